import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitLeadingByline, splitNames } from '../src/assemble/byline.js';
import { assemble, pageNumber, photographers } from '../src/assemble/index.js';
import type { Article, Block } from '../src/model.js';
import { parsePage } from '../src/parse.js';

/** A page given line by line, parsed without extraction. */
const parseLines = (lines: string[]) => parsePage(lines.join('\n'), { extract: false });

/** The titles of the articles, in order. */
const titlesOf = (articles: Article[]) => articles.map((a) => a.title);

/** The one article the lines parse into (the test fails when they give more or none). */
function onlyArticle(lines: string[]): Article {
  const { articles } = parseLines(lines);
  assert.equal(articles.length, 1);
  return articles[0];
}

test('datelines and bylines split off the body with source, place, date and names', () => {
  const a = splitLeadingByline('本报北京5月1日电 （记者王晓明、李 娜）国务院新闻办公室1日举行发布会。');
  assert.ok(a);
  assert.equal(a.byline.text, '本报北京5月1日电 （记者王晓明、李 娜）');
  assert.deepEqual(a.byline.reporters, ['王晓明', '李娜']);
  assert.equal(a.byline.place, '北京');
  assert.equal(a.byline.date, '05-01');
  assert.equal(a.rest, '国务院新闻办公室1日举行发布会。');

  const b = splitLeadingByline('本报讯 记者 林晓雯 通讯员 赵一鸣 报道 近日，城南街道开展消防演练。');
  assert.ok(b);
  assert.deepEqual(b.byline.reporters, ['林晓雯']);
  assert.deepEqual(b.byline.correspondents, ['赵一鸣']);
  assert.equal(b.rest, '近日，城南街道开展消防演练。');

  const c = splitLeadingByline('新华社北京4月30日电 全国铁路今日迎来客流高峰。');
  assert.equal(c?.byline.source, '新华社');
  assert.deepEqual(c?.byline.reporters, []);

  assert.equal(splitLeadingByline('会议指出，要抓好落实。'), null);

  // reprinted from an agency (据新华社电), or with neither place nor date (本报电)
  const d = splitLeadingByline('据新华社电  （记者林晓）这座清末民居常年有人前来参观。');
  assert.equal(d?.byline.source, '新华社');
  assert.deepEqual(d?.byline.reporters, ['林晓']);
  assert.equal(d?.rest, '这座清末民居常年有人前来参观。');
  assert.equal(splitLeadingByline('据新华社海州3月2日电 海州港今年首批货轮出港。')?.byline.place, '海州');
  assert.equal(splitLeadingByline('本报电 近日，海州市举办读书月活动。')?.byline.source, '本报');

  // a dateline giving the year (at the turn of a year)
  const f = splitLeadingByline('新华社北京2025年12月31日电 海州港全年货物吞吐量突破3亿吨。');
  assert.equal(f?.byline.date, '12-31');
  assert.equal(f?.rest, '海州港全年货物吞吐量突破3亿吨。');

  // 记者 X 通讯员 Y without 报道: the names end at a space
  const e = splitLeadingByline('本报讯　记者 刘洋　通讯员 陈晨　4月7日，全市政法系统部署专项行动。');
  assert.deepEqual(e?.byline.reporters, ['刘洋']);
  assert.deepEqual(e?.byline.correspondents, ['陈晨']);
  assert.equal(e?.rest, '4月7日，全市政法系统部署专项行动。');
  assert.deepEqual(splitLeadingByline('本报讯 记者 刘洋 今天上午，全市召开会议。')?.byline.reporters, [
    '刘洋',
  ]);
});

test('a dateline on a line of its own takes the reporters that open the next paragraph', () => {
  const article = onlyArticle([
    '海州港首批货轮出港',
    '',
    '　　本报海州3月2日电',
    '　　（记者林晓、王川）海州港今年首批货轮2日出港，满载机械设备驶往东南亚。',
    '　　港口负责人说，今年的货运量有望再创新高。',
  ]);
  assert.equal(article.byline?.text.replace(/\s/g, ''), '本报海州3月2日电（记者林晓、王川）');
  assert.deepEqual(article.byline?.reporters, ['林晓', '王川']);
  assert.equal(article.paragraphs[0], '海州港今年首批货轮2日出港，满载机械设备驶往东南亚。');
  assert.equal(article.paragraphs.length, 2);
});

test('names split on 、, spaces and no-break spaces; spaced two-character names pair up', () => {
  assert.deepEqual(splitNames('王晓明、李\u00a0\u00a0娜'), ['王晓明', '李娜']);
  assert.deepEqual(splitNames('方 圆'), ['方圆']);
  assert.deepEqual(splitNames('陈思远 欧阳晓'), ['陈思远', '欧阳晓']);
});

test('photo credits give their photographers', () => {
  assert.deepEqual(photographers('江城晚报记者 陈思远 摄'), ['陈思远']);
  assert.deepEqual(photographers('新华社记者 李 娜摄'), ['李娜']);
  assert.deepEqual(photographers('赵一鸣摄（影像中国）'), ['赵一鸣']);
  assert.deepEqual(photographers('图/周 平 文/林晓雯'), ['周平']);
});

test('jump pages in figures or Chinese numerals', () => {
  assert.equal(pageNumber('4'), 4);
  assert.equal(pageNumber('四'), 4);
  assert.equal(pageNumber('十二'), 12);
  assert.equal(pageNumber('二十'), 20);
});

test('a caption and its credit inside a paragraph come out, and the paragraph is rejoined', () => {
  const page = parseLines([
    '城南新区十个重点项目集中开工',
    '',
    '本报讯(江城晚报记者 林晓雯)9月3日上午,城南新区举行重点项目集中开工仪式,十个项目总投资逾百亿',
    '',
    '9月3日,城南新区重点项目集中开工。图为开工仪式现场。',
    '江城晚报记者 陈思远 摄',
    '',
    '元,涵盖先进制造、现代物流等领域。',
    '',
    '(下转第三版)',
  ]);
  assert.equal(page.articles.length, 1);
  const [a] = page.articles;
  assert.equal(a.byline?.text, '本报讯(江城晚报记者 林晓雯)');
  assert.equal(a.byline?.source, '江城晚报');
  assert.deepEqual(a.paragraphs, [
    '9月3日上午,城南新区举行重点项目集中开工仪式,十个项目总投资逾百亿元,涵盖先进制造、现代物流等领域。',
  ]);
  assert.deepEqual(a.photos, [
    {
      caption: '9月3日,城南新区重点项目集中开工。图为开工仪式现场。',
      credit: '江城晚报记者 陈思远 摄',
      photographers: ['陈思远'],
    },
  ]);
  assert.deepEqual(a.continuedTo, { page: 3, marker: '(下转第三版)' });
});

test('a picture story is an article whose body is its caption', () => {
  const page = parseLines([
    '秋收时节',
    '',
    '9月20日,城南街道农民在田间收割水稻。图为丰收景象。',
    '周 平摄(影像中国)',
  ]);
  assert.equal(page.articles.length, 1);
  assert.equal(page.articles[0].title, '秋收时节');
  assert.deepEqual(page.articles[0].paragraphs, ['9月20日,城南街道农民在田间收割水稻。图为丰收景象。']);
  assert.deepEqual(page.articles[0].photos, [
    { caption: null, credit: '周 平摄(影像中国)', photographers: ['周平'] },
  ]);
});

test('a credit set above its caption takes the caption that follows it', () => {
  const article = onlyArticle([
    '秋收时节',
    '',
    '周 平摄(影像中国)',
    '',
    '9月20日,城南街道农民在田间收割水稻。图为丰收景象。',
    '',
    '　　城南街道今年种植水稻三万亩,预计总产量创历史新高。',
  ]);
  assert.deepEqual(article.paragraphs, ['城南街道今年种植水稻三万亩,预计总产量创历史新高。']);
  assert.deepEqual(article.photos, [
    {
      caption: '9月20日,城南街道农民在田间收割水稻。图为丰收景象。',
      credit: '周 平摄(影像中国)',
      photographers: ['周平'],
    },
  ]);
});

test('a byline is cut where it ends even when NFKC lengthens the text after it (… → ...)', () => {
  const split = splitLeadingByline(
    '本报讯（记者林晓雯、赵一鸣、周小川）“我们村的路修好了……”村民说。这几年……变化太大了……',
  );
  assert.equal(split?.byline.text, '本报讯（记者林晓雯、赵一鸣、周小川）');
  assert.equal(split?.rest, '“我们村的路修好了……”村民说。这几年……变化太大了……');
});

test('a caption told apart by its type size stays the photo caption, even closing a short story', () => {
  const at = (line: number) => ({ start: line, end: line });
  const blocks = (bySize: boolean): Block[] => [
    { role: 'title', text: '春光里的油菜花', position: at(0) },
    {
      role: 'paragraph',
      text: '3月8日，青川区石桥村的油菜花竞相开放。',
      position: at(1),
      data: { ends: true },
    },
    {
      role: 'caption',
      text: '游客在花海中拍照。',
      position: at(2),
      data: bySize ? { bySize: true } : undefined,
    },
    { role: 'credit', text: '本报记者 乔木森 摄', position: at(3) },
  ];
  // from a PDF: the caption is set in its own size under the picture
  const [fromPdf] = assemble(blocks(true));
  assert.deepEqual(fromPdf.paragraphs, ['3月8日，青川区石桥村的油菜花竞相开放。']);
  assert.equal(fromPdf.photos[0].caption, '游客在花海中拍照。');
  // from text alone the caption cannot be told from the story: a picture story's text is its body
  const [fromText] = assemble(blocks(false));
  assert.deepEqual(fromText.paragraphs, ['3月8日，青川区石桥村的油菜花竞相开放。', '游客在花海中拍照。']);
  assert.equal(fromText.photos[0].caption, null);
});

test('short lines that end no sentence stand as paragraphs of their own; a word cut by a column still joins', () => {
  assert.deepEqual(
    onlyArticle([
      '城南新区公布首批社区服务示范点',
      '',
      '　　本报讯 城南新区日前公布首批社区服务示范点名单，共十个单位入选。',
      '　　入选名单',
      '城南街道长青社区服务中心',
      '江城市第三人民医',
      '',
      '院志愿服务队',
      '城北街道图书馆',
      '　　新区有关负责人表示，示范点将接受群众监督。',
    ]).paragraphs,
    [
      '城南新区日前公布首批社区服务示范点名单，共十个单位入选。',
      '入选名单',
      '城南街道长青社区服务中心',
      '江城市第三人民医院志愿服务队',
      '城北街道图书馆',
      '新区有关负责人表示，示范点将接受群众监督。',
    ],
  );
});

test('on a page without indents, a short unpunctuated line before a paragraph that opens with a date or a quote is a paragraph', () => {
  assert.deepEqual(
    onlyArticle([
      '老旧小区停车难题有解',
      '',
      '本报讯 城东区今年改造老旧小区停车位两千个，居民反映良好。',
      '',
      '车位紧张，消防通道常被堵',
      '',
      '3月5日上午，记者来到城东区桂花苑小区，看到消防通道上停满了车。',
      '',
      '“以前晚上回来根本找不到车位。”居民林晓雯说。',
      '',
      '区住建委有关负责人介绍，改造工作将于年底前完成，新增车位将优先',
      '',
      '向小区居民开放。',
    ]).paragraphs,
    [
      '城东区今年改造老旧小区停车位两千个，居民反映良好。',
      '车位紧张，消防通道常被堵',
      '3月5日上午，记者来到城东区桂花苑小区，看到消防通道上停满了车。',
      '“以前晚上回来根本找不到车位。”居民林晓雯说。',
      '区住建委有关负责人介绍，改造工作将于年底前完成，新增车位将优先向小区居民开放。',
    ],
  );
});

test('on a page that indents paragraphs, a flush short line after a full stop is a subhead, not a column cut', () => {
  assert.deepEqual(
    onlyArticle([
      '老旧小区停车难题有解',
      '',
      '　　本报讯 城东区今年改造老旧小区停车位两千个，居民反映良好。',
      '车位紧张，消防通道常被堵',
      '　　记者来到城东区桂花苑小区，看到消防通道上停满了车。',
      '　　区住建委有关负责人介绍，改造工作将于年底前完成。',
      '新增车位将优先向小区居民开放，',
      '收费标准另行公布。',
    ]).paragraphs,
    [
      '城东区今年改造老旧小区停车位两千个，居民反映良好。',
      '车位紧张，消防通道常被堵',
      '记者来到城东区桂花苑小区，看到消防通道上停满了车。',
      '区住建委有关负责人介绍，改造工作将于年底前完成。新增车位将优先向小区居民开放，收费标准另行公布。',
    ],
  );
});

test('an ellipsis after a finished sentence opens a paragraph of its own (text left out)', () => {
  const page = parseLines([
    '十年立法路',
    '',
    '　　新区条例自2010年施行以来，先后修订三次。',
    '',
    '　　……',
    '',
    '　　……今年，条例再次修订，新增生态保护一章。',
  ]);
  assert.deepEqual(page.articles[0].paragraphs, [
    '新区条例自2010年施行以来，先后修订三次。',
    '……',
    '……今年，条例再次修订，新增生态保护一章。',
  ]);
});

test('where blank lines part paragraphs, text that follows a full stop with no blank line goes on the paragraph', () => {
  const paragraphs = [
    '城东区今年改造老旧小区停车位两千个，居民反映良好。',
    '改造从去年秋天开始，先后完成十二个小区。',
    '桂花苑小区是第一批改造的小区之一。',
    '改造前，小区消防通道上常年停满车辆。',
    '改造后，小区新增车位三百个，通道畅通无阻。',
    '居民林晓雯说，现在晚上回家再也不用绕圈找车位了。',
    '区住建委有关负责人介绍，改造资金由区财政和社会资本共同承担。',
    '下一步，城东区将在更多小区推广这一做法。',
    '新增车位将优先向小区居民开放。',
  ];
  const lines = paragraphs.flatMap((p) => ['', p]);
  // a column ends after 改造资金由区财政和社会资本共同承担。 and the paragraph goes on below it
  lines.splice(14, 0, '收费标准另行公布，居民可通过社区服务站申请。');
  const page = parseLines(['老旧小区停车难题有解', ...lines]);
  assert.equal(page.articles.length, 1);
  const expected = [...paragraphs];
  expected[6] += '收费标准另行公布，居民可通过社区服务站申请。';
  assert.deepEqual(page.articles[0].paragraphs, expected);
});

test('text that opens with a comma goes on the line before it, even one read as a subhead above a photo', () => {
  const page = parseLines([
    '小航司的大航线',
    '',
    '城南航空成立于2015年，起步时只有两架飞机。',
    '',
    '2017年10月',
    '',
    '城南航空的飞机停在江城机场。图为机组人员在做飞行前检查。',
    '周 平摄(影像中国)',
    '',
    '，城南航空开通首条国际航线，机队扩大到十二架。',
    '',
    '今年，公司计划再引进五架新飞机。',
  ]);
  assert.deepEqual(page.articles[0].paragraphs, [
    '城南航空成立于2015年，起步时只有两架飞机。',
    '2017年10月，城南航空开通首条国际航线，机队扩大到十二架。',
    '今年，公司计划再引进五架新飞机。',
  ]);
  assert.deepEqual(page.articles[0].subheadings, []);
});

test('on a hard-wrapped page a short piece whose last line fills the column runs on across column cuts', () => {
  const page = parseLines([
    '老旧小区改造惠及四千余户',
    '',
    '　　城南新区今年以来持续推进老旧',
    '小区改造，累计完成改造项目二十余',
    '个，惠及居民四千余户，群众获得感',
    '不断增强。',
    '　　据介绍，改造内容涵盖雨污分流',
    '、外墙保温、加装电梯等方面，居民',
    '',
    '纷纷点赞，新区下一步将启动第二批',
    '',
    '改造。',
    '　　新区有关负责人表示，第二批改',
    '造将优先安排建成年代较早的小区，',
    '并广泛听取居民意见。',
  ]);
  assert.deepEqual(page.articles[0].paragraphs, [
    '城南新区今年以来持续推进老旧小区改造，累计完成改造项目二十余个，惠及居民四千余户，群众获得感不断增强。',
    '据介绍，改造内容涵盖雨污分流、外墙保温、加装电梯等方面，居民纷纷点赞，新区下一步将启动第二批改造。',
    '新区有关负责人表示，第二批改造将优先安排建成年代较早的小区，并广泛听取居民意见。',
  ]);
});

test("a picture page's label is an article of its own, apart from the picture story's heads right under it", () => {
  const { articles } = parseLines([
    '图片报道',
    '冬日湿地候鸟翩飞',
    '',
    '图为12月1日，数千只候鸟在海州湾湿地觅食嬉戏。',
    '海州日报记者　陈一鸣　摄',
  ]);
  assert.deepEqual(titlesOf(articles), ['图片报道', '冬日湿地候鸟翩飞']);
  assert.equal(articles[1].photos[0]?.credit, '海州日报记者　陈一鸣　摄');
});

test('parts set under dash 引题 one after another (城东—— | …, 城西—— | …) are one article', () => {
  const { articles } = parseLines([
    '海州各地新春活动丰富多彩',
    '',
    '本报记者　方清源',
    '',
    '新春佳节，海州各地举办丰富多彩的文化活动，处处洋溢着喜庆祥和的节日气氛。',
    '',
    '城东——',
    '',
    '社区书画送福进万家',
    '',
    '春节前夕，城东街道邀请书法家走进社区，为居民现场书写春联和福字。',
    '',
    '城西——',
    '',
    '非遗展演吸引八方游客',
    '',
    '大年初一，城西古镇的非遗展演吸引了大批游客，舞龙舞狮、剪纸糖画轮番登场。',
    '',
    '城北——',
    '',
    '灯会点亮夜空',
    '',
    '元宵节前，城北公园灯会开幕，数百组花灯把园区装点得流光溢彩。',
  ]);
  assert.deepEqual(titlesOf(articles), ['海州各地新春活动丰富多彩', '社区书画送福进万家']);
  const parts = articles[1];
  assert.equal(parts.kicker, '城东——');
  assert.deepEqual(
    parts.subheadings?.map((k) => parts.paragraphs[k]),
    ['城西——', '非遗展演吸引八方游客', '城北——', '灯会点亮夜空'],
  );
});

test("a decree's signer over its date closes the decree, no new article", () => {
  const a = onlyArticle([
    '海州市人民政府令',
    '',
    '现公布《海州市人民政府关于修改部分规章的决定》，自公布之日起施行。',
    '',
    '市长　周明远',
    '2019年9月18日',
    '近日，海州港开通至东盟的集装箱航线，每周往返两班。',
  ]);
  assert.equal(a.title, '海州市人民政府令');
  assert.ok(a.paragraphs.includes('2019年9月18日'));
});

test('a long story bylined 本报记者 X is no part of a feature: the bylined heads after it open an article', () => {
  const paragraph =
    '今年以来，海州市持续推进城市更新行动，老旧小区改造、背街小巷整治和口袋公园建设同步推进，居民生活环境明显改善。';
  const { articles } = parseLines([
    '城市更新让老城焕发新活力',
    '',
    '本报记者　方清源',
    '',
    ...Array.from({ length: 30 }, () => [paragraph, '']).flat(),
    '乡村夜市点亮消费新场景',
    '',
    '本报记者　何　川',
    '',
    '入夜，海州市云台镇的乡村夜市灯火通明，烧烤摊、手工艺品摊前挤满了游客。',
  ]);
  assert.deepEqual(titlesOf(articles), ['城市更新让老城焕发新活力', '乡村夜市点亮消费新场景']);
});
