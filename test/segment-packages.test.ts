import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headsOf, outline, roles, titlesOf } from './segment-roles.js';

/** A part's text at a harbour at night, invented. */
const harbour = [
  '　　凌晨的码头灯火通明，巨大的吊臂在夜色里来回移动，集装箱一层层码上货轮。引航员登上舷梯，对照海图核对航线，提醒船长注意潮位和风向的变化。',
  '　　引航员登上舷梯，对照海图核对航线，提醒船长注意潮位和风向的变化。凌晨的码头灯火通明，巨大的吊臂在夜色里来回移动，集装箱一层层码上货轮。',
];

/** A part's text of about n characters, indented paragraphs of invented news. */
function partText(place: string, n: number): string[] {
  const sentences = [
    `腊月里，${place}的街巷一天比一天热闹，赶集的乡亲提着年货，说说笑笑地往家走。`,
    `村里新修的文化广场上，锣鼓队正在排练，孩子们围着看，笑声一阵高过一阵。`,
    `说起这几年的变化，老人们都说，路宽了，水清了，腰包也鼓起来了。`,
    `合作社的负责人算了一笔账，去年全村人均收入比五年前翻了一番还多。`,
  ];
  const paragraphs: string[] = [];
  let chars = 0;
  for (let k = 0; chars < n; k++) {
    const paragraph = sentences[k % sentences.length] + sentences[(k + 1) % sentences.length];
    paragraphs.push(`　　${paragraph}`);
    chars += paragraph.length;
  }
  return paragraphs;
}

test("a package's title closed by its column tag over its first part's place and subhead: the part's heads open the body", () => {
  const text = [
    '乡亲们的好日子（新春走基层·家乡新变化）',
    '',
    '海州东坪村',
    '茶园绿了 日子甜了',
    '　　本报记者 林晓',
    ...partText('东坪村', 500),
    '临江西岭镇',
    '老街焕新 客商盈门',
    '　　本报记者 方清源',
    ...partText('西岭镇', 500),
  ];
  const found = roles(text.join('\n'));
  assert.deepEqual(
    found.filter((r) => /^(?:kicker|title|subtitle|subhead):/.test(r)),
    [
      'title:乡亲们的好日子（新春走基层·家乡新变化）',
      'subhead:海州东坪村',
      'subhead:茶园绿了 日子甜了',
      'subhead:临江西岭镇',
      'subhead:老街焕新 客商盈门',
    ],
  );
});

test('a title closed by its column tag over one line and a byline keeps that line as its 副题', () => {
  const text = [
    '海州港吞吐量再创新高（经济新观察）',
    '集装箱航线增至一百二十条',
    '　　本报记者 林晓',
    ...partText('海州港', 300),
  ];
  const found = roles(text.join('\n'));
  assert.ok(found.includes('subtitle:集装箱航线增至一百二十条'), found.slice(0, 4).join(' / '));
});

test("a part's byline inside a package starts the part: its heads set as text do not count it long, the next part stays a subhead", () => {
  const text = [
    '乡亲们的好日子（新春走基层·家乡新变化）',
    '',
    '海州东坪村',
    '茶园绿了 日子甜了',
    '　　本报记者 林晓',
    ...partText('东坪村', 900),
    '　　临江西岭镇',
    '　　老街焕新 客商盈门',
    '　　本报记者 方清源',
    ...partText('西岭镇', 900),
    '海州南湾村',
    '渔船归港 鱼虾满仓',
    '　　本报记者 周明远',
    ...partText('南湾村', 900),
  ];
  const found = roles(text.join('\n'));
  assert.deepEqual(titlesOf(found), ['title:乡亲们的好日子（新春走基层·家乡新变化）']);
  assert.ok(found.includes('subhead:渔船归港 鱼虾满仓'), outline(found));
});

test("a line quoting a voice whole, in an article whose last subhead quotes one, is the next part's subhead", () => {
  const text = [
    '守护万家灯火的人们（来自春运一线的报道）',
    '本报记者 林晓 方清源',
    '　　春运大幕拉开，海州的车站、港口和医院里，一群人坚守岗位，守护着万家团圆。',
    '',
    '　　“旅客平安到家，就是我们的年”',
    '',
    '　　凌晨四点，东站检修库里灯火通明，检修工周明远已经钻到车底忙了两个小时。',
    '　　他说，每检查完一节车厢，心里就踏实一分。',
    '',
    '“码头不停工，年货才能准时上桌”',
    '',
    '　　集装箱码头上，龙门吊来回穿梭，调度员叶景行盯着屏幕，一刻也不敢放松。',
    '　　岸桥司机们轮班作业，货轮卸下的冷链果蔬当天就发往各地超市。',
  ];
  const found = roles(text.join('\n'));
  assert.deepEqual(titlesOf(found), ['title:守护万家灯火的人们（来自春运一线的报道）']);
  assert.ok(found.includes('subhead:“码头不停工，年货才能准时上桌”'), outline(found));
});

test("an editor's note telling that the page invited reporters (本版约请…) announces parts: each part's heads are subheads", () => {
  const text = [
    '乡亲们的好日子（新春走基层·家乡新变化）',
    '',
    '编者的话',
    '　　新春佳节前夕，本版约请几位作者，讲述他们眼中海州的新变化。',
    '海州东坪村',
    '茶园绿了 日子甜了',
    '　　本报记者 林晓',
    ...partText('东坪村', 400),
    '临江西岭镇',
    '老街焕新 客商盈门',
    '　　本报记者 方清源',
    ...partText('西岭镇', 400),
  ];
  const found = roles(text.join('\n'));
  assert.deepEqual(titlesOf(found), ['title:乡亲们的好日子（新春走基层·家乡新变化）']);
});

test('couplets each signed by a name in brackets on the line under them are entries of one article, not titles', () => {
  const text = [
    '春到海州 联墨飘香（新春走基层·翰墨里的年味）',
    '本报记者 林晓',
    '　　春节将至，海州的书法爱好者挥毫泼墨，写下对新一年的祝福。',
    '',
    '港通四海迎新岁',
    '',
    '船载千帆贺小康',
    '',
    '（周明远）',
    '',
    '稻香十里丰年景',
    '',
    '灯暖千家幸福春',
    '',
    '（叶 青）',
    '',
    '山青水秀家园美',
    '',
    '人寿年丰日子甜',
    '',
    '（方清源）',
  ];
  const found = roles(text.join('\n'));
  assert.deepEqual(titlesOf(found), ['title:春到海州 联墨飘香（新春走基层·翰墨里的年味）']);
});

test("a programme's numbered entries and their players (16.魔术《…》 | 表演:X、Y) are lines of the list, not titles", () => {
  const text = [
    '海州新春文艺晚会节目单',
    '',
    '　　今晚八时，海州广播电视台新春文艺晚会将与观众见面，节目如下。',
    '',
    '1.开场歌舞《港城春潮》',
    '',
    '表演：海州歌舞剧院',
    '',
    '2.相声《年货清单》 表演：何川、罗小强',
    '',
    '3.分会场：临江',
    '',
    '（1）歌曲《江水长》 表演：林晓',
    '',
    '（2）歌曲《渔火》',
    '',
    '表演：叶青、周明远、方清源',
    '',
    '4.魔术《点石成金》',
    '',
    '表演：罗小强、何川',
    '',
    '5.歌舞《春到海州》 表演：海州少儿合唱团',
  ];
  const found = roles(text.join('\n'));
  assert.deepEqual(titlesOf(found), ['title:海州新春文艺晚会节目单'], outline(found));
});

test('a dash 引题 telling news (…举办迎春书画展——) over a title leads an article of its own, after another led so', () => {
  const text = [
    '海州东关大集人气旺——',
    '年货足 年味浓',
    '',
    '　　腊月二十八一早，海州东关大集上人头攒动，糖瓜、鲜鱼、干果摆满了摊位。',
    '　　市民周明远提着两大袋东西说，今年的大集比往年更热闹，价格也实在。',
    '',
    '临江举办迎春书画展——',
    '翰墨香 楹联佳',
    '',
    '　　临江市文联日前举办春联征集活动，收到全国各地书法爱好者的作品三千余副。',
    '　　获奖春联将张贴在古城的城门上，与市民一起迎接新春。',
  ];
  const found = roles(text.join('\n'));
  assert.deepEqual(titlesOf(found), ['title:年货足 年味浓', 'title:翰墨香 楹联佳']);
});

test("a picture story closed by its photo's credit has ended: a short dash 引题 under it leads a new article", () => {
  const text = [
    '墙画添喜气',
    '',
    '　　22日，海州市东坪村农民画家叶青在村口绘制新春墙画，吸引不少孩子围观。',
    '　　叶青今年七十岁，近年来义务为周边村庄绘制墙画数百幅，为乡村增添色彩。',
    '林晓摄',
    '',
    '海州港务集团——',
    '打好组合拳 服务更贴心',
    '',
    '　　今年以来，海州港务集团推出一站式通关服务，企业办理业务的时间缩短了一半。',
    '　　集团负责人方清源介绍，港区还将新开三条国际航线，方便企业进出口。',
  ];
  const found = roles(text.join('\n'));
  assert.deepEqual(titlesOf(found), ['title:墙画添喜气', 'title:打好组合拳 服务更贴心'], found.join(' / '));
});

test('a picture story closed by its credit, with a lead-in line (…要求:) to the next heads after it, is an article of its own', () => {
  const text = [
    '海州港集装箱吞吐量再创新高',
    '',
    '　　海州港务集团昨日发布数据，去年港口集装箱吞吐量突破五百万标箱，同比增长百分之八。',
    '',
    '航线网络持续加密',
    '',
    '　　去年以来，港口新开国际航线十二条，通达全球一百多个港口，外贸航线占比进一步提高。',
    '',
    '节前检修 保障供电',
    '',
    '　　春节前，临江市组织电力抢修队，对城区各变电站进行检修和维护，保障节日期间居民用电安全。',
    '　　图为1月20日，工作人员在临江市东城变电站进行日常巡检。',
    '叶青摄（影像中国）',
    '',
    '海州市财政局要求：',
    '确保节日期间各项补贴及时发放',
    '',
    '　　海州市财政局日前发出通知，要求各区县做好节日期间困难群众生活补贴发放工作。',
  ];
  const found = roles(text.join('\n'));
  assert.ok(found.includes('title:节前检修 保障供电'), outline(found));
});

test("a part's speaker named under its subhead ((法国)让·马丁) starts the part: a package of voices keeps its later parts", () => {
  const voice = (who: string) => [
    `　　${who}说，这些年他多次来到海州，看到港口一年比一年繁忙，城市一年比一年漂亮。`,
    '　　他还记得第一次来时，老码头只有几台吊机，如今自动化码头已经建成，货轮昼夜进出。',
    '　　谈到未来，他希望更多年轻人来这里交流学习，让两地的友谊一代代传下去。',
  ];
  // (each part signed off in brackets by whom the reporter talked to)
  const part = (who: string) =>
    Array.from({ length: 4 }, () => voice(who))
      .flat()
      .concat(`　　（作者为${who}港口咨询公司总裁，本报记者林晓采访整理）`, '');
  const text = [
    '说说身边事 话话港城情（海外友人看海州）',
    '',
    '　　开港一百年来，海州与世界的联系日益紧密。海外友人讲述着他们眼中的港城变化。',
    '',
    '港口连起了世界',
    '（法国）让·马丁',
    ...part('马丁'),
    '城市越来越年轻',
    '（意大利）马可·罗西',
    ...part('罗西'),
    '友谊一代代传承',
    '（巴西）安娜·席尔瓦',
    ...part('席尔瓦'),
  ];
  const found = roles(text.join('\n'));
  assert.deepEqual(titlesOf(found), ['title:说说身边事 话话港城情（海外友人看海州）'], outline(found));
});

test('a dash 引题 naming a place or a person by calling over a reporters-only byline leads a part of the feature above', () => {
  const text = [
    '新年里的坚守',
    '',
    ...partText('海州', 300),
    '',
    '海州港引航员王勇——',
    '“船舶平安进港，就是最好的年”',
    '',
    '人民网记者  林  晓  本报记者  方清源',
    '',
    ...partText('海州港', 400),
    '',
    '临江县西岭镇卫生院——',
    '守着乡亲过大年',
    '',
    '本报驻临江记者  叶景行',
    '',
    ...partText('西岭镇', 400),
  ];
  const found = roles(text.join('\n'));
  assert.deepEqual(
    titlesOf(found),
    ['title:新年里的坚守'],
    found.filter((r) => /^(?:kicker|title|subtitle|subhead):/.test(r)).join(' / '),
  );
});

test('a dash 引题 telling news over a byline opens an article of its own', () => {
  const text = [
    '新年里的坚守',
    '',
    ...partText('海州', 300),
    '',
    '海州港开通东盟新航线——',
    '首班货轮满载出港',
    '',
    '本报记者  方清源',
    '',
    ...partText('海州港', 400),
  ];
  const found = roles(text.join('\n'));
  assert.ok(found.includes('title:首班货轮满载出港'), outline(found));
});

test("a short bare banner over a title and a reporters-only byline, with a second bylined part below, heads the package: the first part's heads are subheads", () => {
  const text = [
    '新春走基层',
    '海州东坪村 茶园新绿',
    '守着茶山过大年',
    '　　本报记者 林晓',
    ...partText('东坪村', 500),
    '老街焕新 客商盈门',
    '　　本报记者 方清源',
    ...partText('西岭镇', 500),
  ];
  const found = roles(text.join('\n'));
  const heads = found.filter((r) => /^(?:kicker|title|subtitle|subhead|byline):/.test(r));
  assert.deepEqual(
    heads,
    [
      'title:新春走基层',
      'subhead:海州东坪村 茶园新绿',
      'subhead:守着茶山过大年',
      'byline:本报记者 林晓',
      'subhead:老街焕新 客商盈门',
      'byline:本报记者 方清源',
    ],
    heads.join(' / '),
  );
});

test('a 引题 telling news (a clause with a comma) over a bylined feature stays its kicker, however many parts follow', () => {
  const text = [
    '年货节开幕，海州客商云集',
    '守着茶山过大年',
    '　　本报记者 林晓',
    ...partText('东坪村', 500),
    '老街焕新 客商盈门',
    '　　本报记者 方清源',
    ...partText('西岭镇', 500),
  ];
  const found = roles(text.join('\n'));
  assert.ok(found.includes('title:守着茶山过大年'), outline(found));
});

test("a reporters-only byline inside a body makes the article a package of bylined parts, whatever its own byline (本报讯…): the next bylined heads are a part's", () => {
  const text = [
    '新年里的坚守（新春走基层·守护幸福年）',
    '　　本报讯（记者林晓 通讯员周明）',
    ...partText('海州', 300),
    '　　临江西岭镇',
    '　　老街焕新 客商盈门',
    '　　本报记者 方清源',
    ...partText('西岭镇', 600),
    '海州南湾村',
    '渔船归港 鱼虾满仓',
    '　　本报记者 周明远',
    ...partText('南湾村', 600),
  ];
  const found = roles(text.join('\n'));
  const heads = found.filter((r) => /^(?:kicker|title|subtitle|subhead):/.test(r));
  assert.deepEqual(
    heads,
    ['title:新年里的坚守（新春走基层·守护幸福年）', 'subhead:海州南湾村', 'subhead:渔船归港 鱼虾满仓'],
    heads.join(' / '),
  );
});

test("a scene's card among the heads (时间:… · 地点:… · 场景:…) marks them a part's heads inside the feature above", () => {
  const text = [
    '开工第一天，港城干劲足（新春走基层·一线见闻）',
    ...partText('海州', 300),
    '',
    '海州港引航员王勇——',
    '“新的一年，航道更忙了”',
    '',
    '林  晓  周明远',
    '时间：上午9点',
    '地点：海州港引航站',
    '场景：登上第一艘进港货轮',
    '',
    ...harbour,
    ...harbour,
    '',
    '临江县西岭镇卫生院护士长李红——',
    '守着乡亲过大年',
    '方清源  叶景行',
    '时间：上午8点',
    '地点：西岭镇卫生院',
    '场景：挨家挨户回访病人',
    ...partText('西岭镇', 500),
  ];
  const found = roles(text.join('\n'));
  assert.deepEqual(headsOf(found), ['title:开工第一天，港城干劲足（新春走基层·一线见闻）'], outline(found));
  assert.ok(found.includes('subhead:地点：西岭镇卫生院'));
});

test("a numbered shot label over heads (镜头二) inside a feature told in shots keeps them the next shot's subheads", () => {
  const text = [
    '新春看港城  变化在身边（新变化中看发展）',
    ...partText('海州', 300),
    '',
    '镜头一',
    '',
    '新路修到了村口',
    '',
    ...partText('东坪村', 500),
    '',
    '镜头二',
    '',
    '港口夜里也繁忙',
    '',
    '扩大开放，稳住外贸基本盘',
    '',
    ...harbour,
    ...harbour,
  ];
  const found = roles(text.join('\n'));
  assert.deepEqual(headsOf(found), ['title:新春看港城  变化在身边（新变化中看发展）'], outline(found));
  assert.ok(found.includes('subhead:镜头二'));
});

test("an hour and a place over heads (17时 海州港) inside a day told hour by hour keeps them a stop's subheads, a reporters-only byline under them too", () => {
  const text = [
    '节后第一天 干劲足（新春新气象）',
    ...partText('海州', 400),
    '',
    '17时 海州港引航站',
    '',
    '“船舶平安进港，就是最好的年”',
    '',
    '本报记者  林  晓',
    '',
    ...harbour,
    ...harbour,
  ];
  const found = roles(text.join('\n'));
  assert.deepEqual(headsOf(found), ['title:节后第一天 干劲足（新春新气象）'], outline(found));
  assert.ok(found.includes('subhead:17时 海州港引航站'));
});

test("an editor's note under its label (编者的话) leads into parts: a place over a title and a reporters-only byline is the first part's heads", () => {
  const text = [
    '渔村茶乡过新年',
    '',
    '编者的话',
    '',
    '　　每到春节，从海边的渔村到山里的茶乡，乡亲们用各具特色的年俗欢度佳节。本版记者走进三个村庄，记下新春里的新气象。',
    '',
    '海州东坪村',
    '茶园绿了 日子甜了',
    '　　本报记者 林晓',
    ...partText('东坪村', 600),
    '临江西岭镇',
    '老街焕新 客商盈门',
    '　　本报记者 方清源',
    ...partText('西岭镇', 600),
  ];
  const found = roles(text.join('\n'));
  assert.deepEqual(headsOf(found), ['title:渔村茶乡过新年'], outline(found));
});

test("after an editor's note under its label, a one-line title over a byline opens an article of a series", () => {
  const text = [
    '港城治理的新实践（深度观察）',
    '',
    '编者的话',
    '',
    '　　海州推进城市治理现代化，积累了不少新经验。本版今起刊发系列文章，与读者一起探讨。',
    '',
    '以制度之治应对发展中的新挑战',
    '　　本报记者 林晓',
    ...partText('东坪村', 600),
  ];
  const found = roles(text.join('\n'));
  assert.ok(found.includes('title:以制度之治应对发展中的新挑战'), outline(found));
});
