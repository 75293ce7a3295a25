/**
 * Invented material the generator prints around the real articles: names of reporters and
 * photographers, the 图为… ends of captions, credit forms, section names. All of it is ours;
 * nothing here comes from a newspaper.
 */
import type { Random } from './prng.js';

const familyNames = [
  ...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文',
];
const givenChars = [
  ...'思远晓明子涵嘉怡雨桐梓轩浩然欣悦一鸣海峰志强秀兰建华俊杰文博雅琴立新晨阳静宜天宇梦瑶伟东丽娜振国佳琪若曦清源景行安澜',
];

/** A person's name made up on the spot: a common family name and one or two given characters. */
export function inventName(random: Random): string {
  const given = random.chance(0.7)
    ? random.pick(givenChars) + random.pick(givenChars)
    : random.pick(givenChars);
  return random.pick(familyNames) + given;
}

/** Ends of invented captions: what the picture shows, in the 图为… form. */
export const pictureShows = [
  '图为活动现场。',
  '图为工作人员在检查设备。',
  '图为当地群众在参观展览。',
  '图为会议现场。',
  '图为游客在景区游览。',
  '图为志愿者在为群众提供服务。',
  '图为施工现场。',
  '图为学生们在课堂上。',
  '图为农民在田间劳作。',
  '图为技术人员在调试设备。',
  '图为市民在广场上休闲。',
  '图为生产线上的工人正在作业。',
];

/** One photo credit in a printed form, and who took the picture. */
export interface Credit {
  text: string;
  photographers: string[];
  form: string;
}

/** Credit forms seen in Chinese papers; names are invented. */
export function inventCredit(random: Random): Credit {
  const name = inventName(random);
  const forms: Array<[string, () => string]> = [
    ['paper-reporter-spaced', () => `渝西都市报记者 ${name} 摄`],
    ['xinhua', () => `新华社记者 ${name}摄`],
    ['benbao', () => `本报记者 ${name}摄`],
    ['benbao-nbsp', () => `本报记者\u00a0\u00a0${name}摄`],
    ['yingxiang', () => `${name}摄（影像中国）`],
    ['tu-slash', () => `图/${name}`],
    ['tu-wen', () => `图/文${name}`],
    ['tu-wen-split', () => `图/${name} 文/${inventName(random)}`],
  ];
  const [form, make] = random.pick(forms);
  return { text: make(), photographers: [name], form };
}

/** Section names for running heads (generic words, not any paper's own furniture). */
export const sectionNames = [
  '要闻',
  '综合',
  '国际',
  '经济',
  '社会',
  '文化',
  '评论',
  '体育',
  '副刊',
  '政治',
  '视点',
];

const chineseDigits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 4 → 四, 12 → 十二, 20 → 二十, 24 → 二十四 (page numbers). */
export function chineseNumber(n: number): string {
  if (n < 10) return chineseDigits[n];
  if (n < 20) return `十${n % 10 ? chineseDigits[n % 10] : ''}`;
  return `${chineseDigits[Math.floor(n / 10)]}十${n % 10 ? chineseDigits[n % 10] : ''}`;
}
