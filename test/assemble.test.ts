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

test('a dated 讯 (本报4月8日讯, 本报海州4月8日讯) is a dateline with its date and place', () => {
  const a = splitLeadingByline('本报4月8日讯（记者 邵晴 通讯员 柳文）今天，市民政局发布助老服务清单。');
  assert.equal(a?.byline.text, '本报4月8日讯（记者 邵晴 通讯员 柳文）');
  assert.equal(a?.byline.source, '本报');
  assert.equal(a?.byline.date, '04-08');
  assert.equal(a?.byline.place, undefined);
  assert.deepEqual(a?.byline.reporters, ['邵晴']);
  assert.deepEqual(a?.byline.correspondents, ['柳文']);
  assert.equal(a?.rest, '今天，市民政局发布助老服务清单。');
  const b = splitLeadingByline('本报海州4月8日讯 全市今天启动助老服务月。');
  assert.equal(b?.byline.place, '海州');
  assert.equal(b?.byline.date, '04-08');
  // 讯 must follow the date: a paragraph that only mentions a date is no dateline
  assert.equal(splitLeadingByline('本报4月8日刊发的报道引起关注。'), null);
});

test('a byline glued before the text and closed by 报道 or 文/图 holds its own spaces', () => {
  const a = splitLeadingByline('湖城日报记者 许诺 报道　今年暑期，我市文旅市场持续升温。');
  assert.equal(a?.byline.text, '湖城日报记者 许诺 报道');
  assert.deepEqual(a?.byline.reporters, ['许诺']);
  assert.equal(a?.rest, '今年暑期，我市文旅市场持续升温。');
  const b = splitLeadingByline('本报讯 记者 孔令仪 文/图　8月1日晚，江心岛音乐节开幕。');
  assert.equal(b?.byline.text, '本报讯 记者 孔令仪 文/图');
  assert.deepEqual(b?.byline.reporters, ['孔令仪']);
  assert.equal(b?.rest, '8月1日晚，江心岛音乐节开幕。');
  const c = splitLeadingByline('本报讯 记者 严冬 报道：10月20日，东川市出台稳就业措施。');
  assert.equal(c?.byline.text, '本报讯 记者 严冬 报道：');
  assert.deepEqual(c?.byline.reporters, ['严冬']);
  assert.equal(c?.rest, '10月20日，东川市出台稳就业措施。');
});

test('bylines of other papers: ranks before 记者, X/文 Y/图, a mark before a glued byline, 网讯', () => {
  const rank = splitLeadingByline(
    '本报讯（全媒体记者 韦思敏 见习记者 唐一 通讯员 钟义）今天上午，全县召开会议。',
  );
  assert.equal(rank?.byline.source, '本报');
  assert.deepEqual(rank?.byline.reporters, ['韦思敏', '唐一']);
  assert.equal(
    splitLeadingByline('本报讯（融媒体记者 欧阳雪）今天上午，全县召开会议。')?.byline.source,
    '本报',
  );
  assert.deepEqual(
    splitLeadingByline('本报讯（记者 孔令仪/文 王晴/图）今天，音乐节开幕。')?.byline.reporters,
    ['孔令仪', '王晴'],
  );
  const marked = splitLeadingByline('■本报记者 于小溪 今天上午，老街夜读空间开放。');
  assert.equal(marked?.byline.text, '■本报记者 于小溪');
  assert.equal(marked?.rest, '今天上午，老街夜读空间开放。');
  const colon = splitLeadingByline('本报记者 严冬 通讯员 丁当 报道：今天上午，全市召开会议。');
  assert.equal(colon?.byline.text, '本报记者 严冬 通讯员 丁当 报道：');
  assert.deepEqual(colon?.byline.correspondents, ['丁当']);
  assert.equal(colon?.rest, '今天上午，全市召开会议。');
  assert.equal(splitLeadingByline('东川网讯（记者 严冬）今天上午，全市召开会议。')?.byline.source, '东川网');
});

test('a commentator signs as a reporter does (本报评论员 X)', () => {
  const page = parseLines([
    '让夜经济亮起来',
    '',
    '本报评论员 林知秋',
    '',
    '夜市、夜游、夜读，城市的夜晚越来越热闹。',
  ]);
  assert.equal(page.articles[0].byline?.text, '本报评论员 林知秋');
  assert.deepEqual(page.articles[0].byline?.reporters, ['林知秋']);
  assert.deepEqual(page.articles[0].paragraphs, ['夜市、夜游、夜读，城市的夜晚越来越热闹。']);
});

test('a bare name behind □ or 文/ is a signature; a short line behind a mark that names no one is not', () => {
  for (const sign of ['□ 方知远', '文/欧阳晓', '◎林一', '□ 文/林知秋']) {
    const page = parseLines([
      '小区改造要多听住户声音',
      '',
      sign,
      '',
      '近段时间，我市多个老旧小区改造项目陆续开工。',
    ]);
    assert.equal(page.articles[0].byline?.text, sign, sign);
    assert.deepEqual(page.articles[0].byline?.reporters, [sign.replace(/^[□◎\s]*(?:文\/)?/u, '')], sign);
    assert.deepEqual(page.articles[0].paragraphs, ['近段时间，我市多个老旧小区改造项目陆续开工。'], sign);
  }
  const page = parseLines([
    '小区改造要多听住户声音',
    '',
    '本报讯 近段时间，我市多个改造项目陆续开工。',
    '',
    '◎ 延伸阅读',
    '',
    '改造项目清单已在网上公布。',
  ]);
  assert.equal(page.articles[0].byline?.text, '本报讯');
  assert.ok(page.articles[0].paragraphs.some((p) => p.includes('延伸阅读')));
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
  assert.deepEqual(photographers('孟子航/摄'), ['孟子航']);
  assert.deepEqual(photographers('李想/文 王晴/图'), ['王晴']);
  assert.deepEqual(photographers('王晴/图'), ['王晴']);
  assert.deepEqual(photographers('首席记者 孟子航 / 摄'), ['孟子航']);
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
  // (the intro and every part, the first one too, are one article: a 引题 naming only a place
  // leads a part)
  assert.deepEqual(titlesOf(articles), ['海州各地新春活动丰富多彩']);
  const parts = articles[0];
  assert.deepEqual(
    parts.subheadings?.map((k) => parts.paragraphs[k]),
    ['城东——', '社区书画送福进万家', '城西——', '非遗展演吸引八方游客', '城北——', '灯会点亮夜空'],
  );
});

test("an intro closed by an editor's note (——编者) announces parts: each part's bylined heads are subheads", () => {
  const { articles } = parseLines([
    '海州人的年味（新春走基层）',
    '',
    '年味是什么？是一桌团圆饭，是一场热闹的庙会。春节前夕，本报记者走进海州的渔村和山城，记录百姓过年的新变化。——编　者',
    '',
    '渔村的年夜饭',
    '',
    '本报记者　方清源',
    '',
    '除夕傍晚，海州湾畔的渔村灯火通明，渔民老周一家围坐在一起，桌上摆满了刚打上来的海鲜。',
    '',
    '山城的庙会',
    '',
    '本报记者　何　川',
    '',
    '大年初一，山城的老街人头攒动，舞龙队伍穿街而过，糖画摊前排起了长队。',
  ]);
  assert.deepEqual(titlesOf(articles), ['海州人的年味（新春走基层）']);
  const parts = articles[0];
  assert.deepEqual(
    parts.subheadings?.map((k) => parts.paragraphs[k]),
    ['渔村的年夜饭', '山城的庙会'],
  );
});

test('a dash 引题 telling news (…探索新路子——) over a title leads a story of its own, no part', () => {
  const { articles } = parseLines([
    '海州各地新春活动丰富多彩',
    '',
    '本报记者　方清源',
    '',
    '新春佳节，海州各地举办丰富多彩的文化活动，处处洋溢着喜庆祥和的节日气氛。',
    '',
    '临江港务集团探索海铁联运新路子——',
    '',
    '集装箱班列开进港区',
    '',
    '近日，临江港首趟海铁联运集装箱班列驶入港区，货物从堆场直接装车发往内陆。',
  ]);
  assert.deepEqual(titlesOf(articles), ['海州各地新春活动丰富多彩', '集装箱班列开进港区']);
  assert.equal(articles[1].kicker, '临江港务集团探索海铁联运新路子——');
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

test('a column tag closes a title: the line set close under it is the body cut by a column, not the title going on', () => {
  // (a page that indents no paragraph, its heads set apart by blank lines)
  const { articles } = parseLines([
    '海州港开通至东盟新航线',
    '',
    '本报海州3月2日电 海州港集装箱码头2日开通至东盟的第五条航线，每周两班，运力比去年增加三成。',
    '',
    '据介绍，今年以来海州港已新增航线三条，集装箱吞吐量同比增长百分之十二。',
    '',
    '',
    '让老手艺留在老街巷（海州观察）',
    '海州老城区的改造没有拆掉',
    '',
    '修鞋铺和裁缝铺，反而给它们留了位置。居民说，老街的味道还在。',
  ]);
  assert.deepEqual(titlesOf(articles), ['海州港开通至东盟新航线', '让老手艺留在老街巷（海州观察）']);
  assert.equal(articles[1].subtitle, null);
  assert.deepEqual(articles[1].paragraphs, [
    '海州老城区的改造没有拆掉修鞋铺和裁缝铺，反而给它们留了位置。居民说，老街的味道还在。',
  ]);
});

test('on a page that sets head lines close, two close lines before a blank are 引题 and 主题, not one title wrapped', () => {
  const { articles } = parseLines([
    '海州市召开全市安全生产工作会议',
    '周明远出席并讲话',
    '本报讯（记者 方清源）海州市12日召开全市安全生产工作会议，部署节前安全生产检查。',
    '',
    '海州港开通至东盟新航线',
    '运力比去年增加三成',
    '本报讯（记者 叶景行）海州港集装箱码头2日开通至东盟的第五条航线，每周两班。',
    '',
    '城南新区十个重点项目集中开工',
    '总投资逾百亿元',
    '本报讯（记者 何川）城南新区20日集中开工十个重点项目，涵盖先进制造、城市更新等领域。',
    '',
    '海州市云台镇',
    '乡村夜市点亮消费新场景',
    '',
    '本报讯（记者 何川）入夜，海州市云台镇的乡村夜市灯火通明，烧烤摊、手工艺品摊前挤满了游客。',
  ]);
  const last = articles[articles.length - 1];
  assert.deepEqual([last.kicker, last.title], ['海州市云台镇', '乡村夜市点亮消费新场景']);
});

test("a picture story's caption opening with 图为 after a finished sentence is a paragraph of its own", () => {
  const { articles } = parseLines([
    '　　海州今年的灯会从正月初一开到十五，每晚都有市民扶老携幼前来赏灯。',
    '',
    '丰收海州',
    '',
    '　　秋分前后，海州东部的稻田陆续开镰，合作社的收割机从早忙到晚。',
    '',
    '　　种粮大户老陈算了一笔账：今年亩产比去年多了六十斤，卖价也好。',
    '',
    '　　图为云台镇农民在稻田里驾驶收割机。',
    '　　方清源摄（影像海州）',
  ]);
  const story = articles[articles.length - 1];
  assert.equal(story.paragraphs.length, 3, story.paragraphs.join(' | '));
  assert.equal(story.paragraphs[2], '图为云台镇农民在稻田里驾驶收割机。');
  assert.equal(story.photos[0].credit, '方清源摄（影像海州）');
});

test('on a hard-wrapped page a head as wide as the column stays a head over the byline alone under it', () => {
  const width = 20;
  const wrap = (text: string) => {
    const chars = [...`　　${text}`];
    const lines: string[] = [];
    for (let k = 0; k < chars.length; k += width) lines.push(chars.slice(k, k + width).join(''));
    return lines;
  };
  const title = '老街巷里焕发新活力（城市更新·特别报道）';
  assert.equal([...title].length, width);
  const { articles } = parseLines([
    '海州港开通至东盟新航线',
    ...wrap(
      '海州港集装箱码头2日开通至东盟的第五条航线，每周两班，运力比去年增加三成。港口负责人介绍，新航线将带动本地家电和农产品出口。',
    ),
    '',
    title,
    '本报记者　方清源',
    ...wrap(
      '走进海州老城区的青石巷，早点铺的蒸笼冒着热气，修鞋匠的摊子前排着队。改造没有拆掉这些老手艺，反而给它们留了位置。',
    ),
  ]);
  assert.deepEqual(titlesOf(articles), ['海州港开通至东盟新航线', title]);
  assert.equal(articles[1].byline?.text, '本报记者　方清源');
});

test('the text glued after a jump from another page is body, however short: (上接1版)者，海州凭的是什么？', () => {
  const { articles } = parseLines([
    '港城的底气从哪里来（海州发展观察·下）',
    '　　（上接1版）者，海州凭的是什么？',
    '　　答案藏在港区的实验楼里：三年间，这里孵化出四十多家做港口机械的小公司。',
  ]);
  assert.deepEqual(titlesOf(articles), ['港城的底气从哪里来（海州发展观察·下）']);
  assert.equal(articles[0].continuedFrom?.page, 1);
  assert.equal(articles[0].paragraphs[0], '者，海州凭的是什么？');
});

test('a line under a colon lead-in whose word runs on past a photo is text, not an article under its 引题', () => {
  const { articles } = parseLines([
    '海州就业形势总体稳定',
    '',
    '本报海州2月24日电　海州人社部门24日发布数据，去年全市就业形势平稳，招工需求旺盛。',
    '',
    '三组数字值得细看：',
    '',
    '“9.6万人”——随着经',
    '',
    '图为海州经济开发区一家电子厂的装配线。',
    '方清源摄（影像海州）',
    '',
    '济开发区去年引进的企业里，仅电子装配一项就新增岗位九千多个。',
  ]);
  assert.deepEqual(titlesOf(articles), ['海州就业形势总体稳定']);
  assert.ok(
    articles[0].paragraphs.some((p) => p.startsWith('“9.6万人”——随着经济开发区')),
    articles[0].paragraphs.join(' | '),
  );
});

test('a column cut through an ellipsis, a year or a foreign name ends no paragraph', () => {
  const a = onlyArticle([
    '海州老街焕新颜',
    '',
    '本报记者　林晓',
    '',
    '修缮老屋、整治街巷、引进老字号，海州老街一年一个样…',
    '',
    '…如今，老街成了市民周末休闲的好去处。',
    '',
    '“老街的味道还在，人气比从前更旺了。”街道负责人说。',
    '',
    '20',
    '',
    '21年起，街道请来规划师和老住户一起商量改造方案。',
    '',
    '规划师安德烈',
    '',
    '·马丁说，老街最珍贵的是住在这里的人。',
  ]);
  assert.deepEqual(a.paragraphs, [
    '修缮老屋、整治街巷、引进老字号，海州老街一年一个样……如今，老街成了市民周末休闲的好去处。',
    '“老街的味道还在，人气比从前更旺了。”街道负责人说。',
    '2021年起，街道请来规划师和老住户一起商量改造方案。',
    '规划师安德烈·马丁说，老街最珍贵的是住在这里的人。',
  ]);
});

test('on a page that indents paragraphs, a numbered point or the next speaker opens a paragraph, flush or not', () => {
  const a = onlyArticle([
    '海州港夜班记',
    '',
    '　　本报记者　何川',
    '　　夜里十点，海州港集装箱码头依旧灯火通明，龙门吊来回穿梭。',
    '　　“今晚要忙到几点收工？”',
    '“十二点前。夜班三班倒，早班六点接班。”',
    '　　值班长老周笑着说，港口一年到头都是这样忙。',
    '　　码头今年的工作重点有三项：',
    '　　（一）扩建东区堆场，新增泊位两个。',
    '（二）开通至东盟的第六条航线。',
    '　　（三）推广无纸化通关，货物提离时间再缩短一半。',
  ]);
  assert.deepEqual(a.paragraphs.slice(1, 4), [
    '“今晚要忙到几点收工？”',
    '“十二点前。夜班三班倒，早班六点接班。”',
    '值班长老周笑着说，港口一年到头都是这样忙。',
  ]);
  assert.deepEqual(a.paragraphs.slice(5), [
    '（一）扩建东区堆场，新增泊位两个。',
    '（二）开通至东盟的第六条航线。',
    '（三）推广无纸化通关，货物提离时间再缩短一半。',
  ]);
});

test('where no paragraph is indented, a line ending with no stop ends its paragraph where such lines end and text starts', () => {
  const lines = [
    '主题教育各地见行动',
    '',
    '本报记者　方清源',
    '',
    '坚持问题导向，把解决群众急难愁盼作为检验主题教育成效的标尺，推动各项整改措施落地，让群众有更多获得感',
    '',
    '近期，各地坚持边学边查边改，一批群众反映强烈的问题得到解决。',
    '海州：聚焦民生短板，解决群众难题',
    '海州市坚持边学边查边改，梳理出教育、医疗、养老等方面问题清单，逐项明确责任单位和完成时限。',
    '云台：下沉服务力量，打通最后一公里',
    '今年以来，云台区组织机关干部下沉社区，帮助群众办理各类事项三千余件。',
    '',
    '据了解，各地还将建立问题整改台账，',
    '',
    '定期向社会公布整改进展。',
  ];
  const a = onlyArticle(lines);
  // a lead line summing up the story (two subheads long) ends its paragraph too
  assert.deepEqual(a.paragraphs.slice(0, 2), [
    '坚持问题导向，把解决群众急难愁盼作为检验主题教育成效的标尺，推动各项整改措施落地，让群众有更多获得感',
    '近期，各地坚持边学边查边改，一批群众反映强烈的问题得到解决。',
  ]);
  assert.deepEqual(a.paragraphs.slice(2), [
    '海州：聚焦民生短板，解决群众难题',
    '海州市坚持边学边查边改，梳理出教育、医疗、养老等方面问题清单，逐项明确责任单位和完成时限。',
    '云台：下沉服务力量，打通最后一公里',
    '今年以来，云台区组织机关干部下沉社区，帮助群众办理各类事项三千余件。',
    '据了解，各地还将建立问题整改台账，定期向社会公布整改进展。',
  ]);
});

test('a line read as a byline runs on where a word crosses into the next line', () => {
  // 记者在采 reads as a reporter named 在采; 采 | 访 is one word cut by the column
  const a = onlyArticle([
    '海州口岸通关再提速',
    '',
    '本报记者　林晓',
    '',
    '今年以来，海州口岸推行“提前申报”“两步申报”等改革，企业通关时间大幅压缩。',
    '',
    '记者在采',
    '访中发现，不少外贸企业已用上“掌上通关”，足不出户即可办理业务。',
    '',
    '据统计，一季度海州口岸进出口货值同比增长一成以上。',
  ]);
  assert.deepEqual(a.paragraphs, [
    '今年以来，海州口岸推行“提前申报”“两步申报”等改革，企业通关时间大幅压缩。',
    '记者在采访中发现，不少外贸企业已用上“掌上通关”，足不出户即可办理业务。',
    '据统计，一季度海州口岸进出口货值同比增长一成以上。',
  ]);
});

test('a short line taken for a subhead runs on into text that opens as paragraphs seldom open', () => {
  const a = onlyArticle([
    '海州老城墙修缮完工',
    '',
    '本报记者　林晓',
    '',
    '经过两年修缮，海州老城墙近日重新向市民开放，城墙上的步道和垛口恢复了旧貌。',
    '海州老城墙',
    '始建于明代，全长四公里，是省内保存最完整的古城墙之一。',
    '',
    '修缮中，工匠们按照传统工艺烧制城砖，尽量保留城墙原有的砖石。',
  ]);
  assert.deepEqual(a.paragraphs, [
    '经过两年修缮，海州老城墙近日重新向市民开放，城墙上的步道和垛口恢复了旧貌。',
    '海州老城墙始建于明代，全长四公里，是省内保存最完整的古城墙之一。',
    '修缮中，工匠们按照传统工艺烧制城砖，尽量保留城墙原有的砖石。',
  ]);
  assert.deepEqual(a.subheadings, []);
});

test('a quote left open runs on into the piece that closes it, whatever stop came before', () => {
  const a = onlyArticle([
    '海州船厂的老木匠',
    '',
    '本报记者　何川',
    '',
    '在海州船厂干了四十年的老木匠陈海生，至今仍守着手工造船的规矩。',
    '',
    '“每道工序都要做到位；',
    '',
    '每块木料都要选好。”陈海生说，造船容不得半点马虎。',
    '',
    '如今，他带出的徒弟已有二十多人。',
  ]);
  assert.deepEqual(a.paragraphs, [
    '在海州船厂干了四十年的老木匠陈海生，至今仍守着手工造船的规矩。',
    '“每道工序都要做到位；每块木料都要选好。”陈海生说，造船容不得半点马虎。',
    '如今，他带出的徒弟已有二十多人。',
  ]);
});

test('a lead line with no stop, cut by a column, is one paragraph that ends where the story starts', () => {
  const a = onlyArticle([
    '海州科幻影视产业观察',
    '',
    '本报记者　方清源',
    '',
    '科幻影视正在成为海州文化产业的新名片，为城市发展提供海州',
    '',
    '视角，讲好海州故事，展现海州经验',
    '',
    '今年春节档，两部在海州拍摄的科幻电影票房均超过十亿元。',
    '',
    '据了解，海州已建成影视基地三处，吸引四十多家制作公司落户。',
  ]);
  assert.deepEqual(a.paragraphs, [
    '科幻影视正在成为海州文化产业的新名片，为城市发展提供海州视角，讲好海州故事，展现海州经验',
    '今年春节档，两部在海州拍摄的科幻电影票房均超过十亿元。',
    '据了解，海州已建成影视基地三处，吸引四十多家制作公司落户。',
  ]);
});

test('a masthead given one part a line (A2 | 要闻 | date | paper) is running heads; a short head over a body is not', () => {
  const body = [
    '国庆假期我市接待游客超过五百万人次',
    '',
    '本报讯（记者 白露）国庆假期全市共接待游客512万人次。',
  ];
  const page = parseLines(['A2', '要闻', '2026年10月9日 星期五', '东川日报', '', ...body]);
  assert.deepEqual(titlesOf(page.articles), ['国庆假期我市接待游客超过五百万人次']);
  assert.equal(page.articles[0].kicker, null);
  // without a date or page line the block is no masthead: 要闻 stays a head line
  const heads = parseLines(['要闻', '', '春耕忙', '', '本报讯（记者 白露）全市春耕生产全面展开。']);
  const article = heads.articles[0];
  assert.ok(`${article.kicker ?? ''}${article.title}`.includes('要闻'));
});

/** Blocks of one article: its title, then body pieces given as [role, text, data]. */
function articleOf(pieces: [Block['role'], string, Record<string, unknown>][]): Article {
  const blocks: Block[] = [
    { role: 'title', text: '海州老城焕发新活力', position: { start: 0, end: 0 } },
    ...pieces.map(([role, text, data], k) => ({ role, text, position: { start: k + 1, end: k + 1 }, data })),
  ];
  const articles = assemble(blocks);
  assert.equal(articles.length, 1);
  return articles[0];
}

test('on a page that indents, a flush line ending no sentence between a finished sentence and an indented paragraph is a paragraph of its own', () => {
  const indented = { indent: true, ends: true };
  const paragraphs = articleOf([
    ['paragraph', '海州老城区今年完成街巷改造二十条，沿街店铺重新开张。', indented],
    // a name led out by a dash (ends the line, though it leaves the line open), then the
    // subhead the segmenter left as text: flush, no stop, before an indented paragraph
    ['paragraph', '海州港码头工人王海波——', indented],
    ['paragraph', '守好家门口的港湾，一干就是三十年', { indent: false, ends: false }],
    ['paragraph', '天还没亮，王海波就来到码头，检查每一台吊机。', indented],
    ['paragraph', '区文旅局负责人介绍，下一步将在老码头举办民俗展览。', indented],
  ]).paragraphs;
  assert.deepEqual(paragraphs, [
    '海州老城区今年完成街巷改造二十条，沿街店铺重新开张。',
    '海州港码头工人王海波——',
    '守好家门口的港湾，一干就是三十年',
    '天还没亮，王海波就来到码头，检查每一台吊机。',
    '区文旅局负责人介绍，下一步将在老码头举办民俗展览。',
  ]);
  // a flush line that a column cut after a full stop (its text runs on, flush) stays in its paragraph
  const cut = articleOf([
    ['paragraph', '海州老城区今年完成街巷改造二十条，沿街店铺重新开张。', indented],
    ['paragraph', '老城区的改造没有大拆大建。修缮', { indent: false, ends: false }],
    ['paragraph', '老房子，增设公共空间。', { indent: false, ends: true }],
    ['paragraph', '区文旅局负责人介绍，下一步将在老码头举办民俗展览。', indented],
  ]).paragraphs;
  assert.equal(cut.length, 2);
});

test('a line taken for a subhead goes on into the flush text below when the break is far more a column cut than a paragraph end', () => {
  const article = articleOf([
    ['paragraph', '海州新区今年新建泊位六个，吞吐能力大幅提升。', { ends: true, gapBefore: true }],
    // …看到 | 海州湾畔…: a verb waiting for its object, cut by a column
    ['subhead', '记者走进海州新区看到', { ends: false, gapBefore: true }],
    ['paragraph', '海州湾畔新建的码头上，一排排集装箱整齐堆放。', { ends: true, gapBefore: true }],
    ['subhead', '老码头焕新颜', { ends: false, gapBefore: true }],
    ['paragraph', '修缮后的老码头成了市民休闲的好去处。', { ends: true, gapBefore: true }],
  ]);
  assert.deepEqual(article.paragraphs, [
    '海州新区今年新建泊位六个，吞吐能力大幅提升。',
    '记者走进海州新区看到海州湾畔新建的码头上，一排排集装箱整齐堆放。',
    '老码头焕新颜',
    '修缮后的老码头成了市民休闲的好去处。',
  ]);
  assert.deepEqual(article.subheadings, [2]);
});

test('a quoted lead line with no stop ends its paragraph though the next opens with a character the dictionary cuts alone', () => {
  const flush = { indent: false, ends: false, gapBefore: true };
  const paragraphs = articleOf([
    ['paragraph', '海州港开通至东南亚的新航线，货轮每周往返两次。', { ...flush, ends: true }],
    ['paragraph', '“海州的日子越过越红火”', flush],
    ['paragraph', '中缅两国港口合作由来已久，新航线让两地往来更加便利。', { ...flush, ends: true }],
    ['paragraph', '港区负责人说，今年还将开通两条航线。', { ...flush, ends: true }],
  ]).paragraphs;
  assert.deepEqual(paragraphs, [
    '海州港开通至东南亚的新航线，货轮每周往返两次。',
    '“海州的日子越过越红火”',
    '中缅两国港口合作由来已久，新航线让两地往来更加便利。',
    '港区负责人说，今年还将开通两条航线。',
  ]);
});

test('on a page that indents, a flush quote of someone’s words after a line with no stop opens a paragraph; a quoted term runs on', () => {
  const indented = { indent: true, ends: true };
  const flush = { indent: false, ends: false };
  const paragraphs = articleOf([
    ['paragraph', '海州老城区今年完成街巷改造二十条，沿街店铺重新开张。', indented],
    // a subhead left as text, then the words of a resident, their opening quote in the indent
    ['paragraph', '老街坊的新日子', flush],
    ['paragraph', '“这几年变化太大了，出门就是公园。”居民林海说。', { indent: false, ends: true }],
    // a paragraph's first line cut by a column before a quoted term: it runs on
    ['paragraph', '海州市去年起在全市推行', { indent: true, ends: false }],
    ['paragraph', '“河长制”，水质明显好转。', { indent: false, ends: true }],
    ['paragraph', '区文旅局负责人介绍，下一步将在老码头举办民俗展览。', indented],
  ]).paragraphs;
  assert.deepEqual(paragraphs, [
    '海州老城区今年完成街巷改造二十条，沿街店铺重新开张。',
    '老街坊的新日子',
    '“这几年变化太大了，出门就是公园。”居民林海说。',
    '海州市去年起在全市推行“河长制”，水质明显好转。',
    '区文旅局负责人介绍，下一步将在老码头举办民俗展览。',
  ]);
});

/** pdftotext's way: every line of a paragraph cut at the column edge (width characters). */
const hardWrap = (text: string, width: number) => {
  const chars = [...text];
  const lines: string[] = [];
  for (let at = 0; at < chars.length; at += width) lines.push(chars.slice(at, at + width).join(''));
  return lines;
};

const wrappedPort = [
  '海州港今年前十个月完成货物吞吐量一亿二千万吨，同比增长百分之九，集装箱航线新增六条。',
  '港区负责人介绍，新航线主要通往东南亚各港口，每周往返两次，企业运输成本明显下降。',
  '下一步，港区将加快智慧码头建设，推进自动化装卸，让货物进出更加便捷高效。',
];

test('in a hard-wrapped dump that parts paragraphs by blank lines, a paragraph starting at the column edge is no head', () => {
  // no paragraph starts two characters short: its first line fills the column and a word runs
  // on into the next line (…货物吞 | 吐量…), so it is text
  const lines = ['海州港吞吐量再创新高', '', ...wrappedPort.flatMap((p) => [...hardWrap(p, 14), ''])];
  assert.deepEqual(onlyArticle(lines).paragraphs, wrappedPort);
});

test('in a hard-wrapped dump, a line stopping short of the edge mid-word runs on into the next', () => {
  const lines = ['海州港吞吐量再创新高', '', ...wrappedPort.flatMap((p) => [...hardWrap(p, 14), ''])];
  // a line set narrow beside a picture stops short: 众掌声不 | 断。
  lines.push(
    '晚会现场，台上好戏连连，台下观',
    '众掌声不',
    '断。海州市民纷纷表示，这样的',
    '文艺演出办到了大家心坎上。',
  );
  assert.deepEqual(onlyArticle(lines).paragraphs, [
    ...wrappedPort,
    '晚会现场，台上好戏连连，台下观众掌声不断。海州市民纷纷表示，这样的文艺演出办到了大家心坎上。',
  ]);
});

test('in a hard-wrapped dump whose paragraphs start two characters short, a paragraph ending at the edge ends there', () => {
  // measured by width (digits are narrow): …比去年少了一半。 fills the column, and the line under
  // it, two characters short with a full line below, is the next paragraph's first line
  const lines = [
    '海州港吞吐量再创新高',
    '',
    '据悉，海州港今年1至10月完',
    '成货物吞吐量1.2亿吨，比上年增长9',
    '%，集装箱航线新增6条，外贸货物',
    '占比提高到45%，创历史同期最好',
    '水平。港区新建的3个泊位已全部',
    '投入使用，船舶平均等待时间缩',
    '短到12小时，比去年少了一半。',
    '港区负责人介绍，2020年',
    '港区将开通至东南亚的4条新航',
    '线，每周往返2次，企业运输成',
    '本可下降15%左右。下一步还',
    '将推进自动化装卸，让货物进出',
    '更加便捷高效，服务好海州企业。',
    '海州市民说，港口兴旺了，',
    '城市的日子也越过越红火。',
  ];
  assert.deepEqual(onlyArticle(lines).paragraphs, [
    '据悉，海州港今年1至10月完成货物吞吐量1.2亿吨，比上年增长9%，集装箱航线新增6条，外贸货物占比提高到45%，创历史同期最好水平。港区新建的3个泊位已全部投入使用，船舶平均等待时间缩短到12小时，比去年少了一半。',
    '港区负责人介绍，2020年港区将开通至东南亚的4条新航线，每周往返2次，企业运输成本可下降15%左右。下一步还将推进自动化装卸，让货物进出更加便捷高效，服务好海州企业。',
    '海州市民说，港口兴旺了，城市的日子也越过越红火。',
  ]);
});

test('where a bare line break parts paragraphs, a finished sentence before a blank line is a column cut: the text runs on', () => {
  const lines = [
    '海州港区加快转型升级',
    '',
    '海州港区今年以来加快转型升级，新开通航线三条，集装箱吞吐量同比增长百分之十二，外贸货物占比进一步提高。',
    '港区负责人介绍，新航线主要通往东南亚各港口。',
    '去年港区完成货物吞吐量一亿吨，比上年多出一成，创下历史新高。港区新建的三个泊位已全部投入使用，船舶平均等待时间缩短到十二小时，比去年少了一半，企业反映良好。',
    '港区与本地企业签订长期协议，按需安排船期。',
    '一家机械企业负责人说，过去货物要等上一周才能装船。',
    '',
    '现在两三天就能出港，订单交付快了不少，企业也敢接更多的海外订单了，今年的订单已经排到了明年三月。',
    '港区还新建了冷链仓库，海鲜和水果可以直接出口。',
    '海州市民说，港口兴旺了，城市的日子也越过越红火，年轻人回乡就业的也多了起来。',
    '港区将继续推进智慧码头建设。',
    '下一步，港区还将开通两条新航线，进一步降低企业物流成本，让海州制造走向更广阔的市场。',
  ];
  assert.deepEqual(onlyArticle(lines).paragraphs, [
    '海州港区今年以来加快转型升级，新开通航线三条，集装箱吞吐量同比增长百分之十二，外贸货物占比进一步提高。',
    '港区负责人介绍，新航线主要通往东南亚各港口。',
    '去年港区完成货物吞吐量一亿吨，比上年多出一成，创下历史新高。港区新建的三个泊位已全部投入使用，船舶平均等待时间缩短到十二小时，比去年少了一半，企业反映良好。',
    '港区与本地企业签订长期协议，按需安排船期。',
    '一家机械企业负责人说，过去货物要等上一周才能装船。现在两三天就能出港，订单交付快了不少，企业也敢接更多的海外订单了，今年的订单已经排到了明年三月。',
    '港区还新建了冷链仓库，海鲜和水果可以直接出口。',
    '海州市民说，港口兴旺了，城市的日子也越过越红火，年轻人回乡就业的也多了起来。',
    '港区将继续推进智慧码头建设。',
    '下一步，港区还将开通两条新航线，进一步降低企业物流成本，让海州制造走向更广阔的市场。',
  ]);
});

test('where blank lines part paragraphs, a line with no stop and no blank line under it runs on, whatever its last characters', () => {
  // …烟火气越来越浓 | 不少老字号…: a paragraph end by its characters, but no blank line parts them
  const lines = [
    '海州港区加快转型升级',
    '',
    '海州港区今年以来加快转型升级，新开通航线三条，集装箱吞吐量同比增长百分之十二，外贸货物占比进一步提高。',
    '',
    '港区负责人介绍，新航线主要通往东南亚各港口。',
    '',
    '去年港区完成货物吞吐量一亿吨，比上年多出一成，创下历史新高。港区新建的三个泊位已全部投入使用，船舶平均等待时间缩短到十二小时，比去年少了一半，企业反映良好。',
    '',
    '港区与本地企业签订长期协议，按需安排船期。',
    '',
    '一家机械企业负责人说，过去货物要等上一周才能装船，现在两三天就能出港，订单交付快了不少，今年的订单已经排到了明年三月。',
    '',
    '港区周边的老街巷里，烟火气越来越浓',
    '不少老字号重新开张，老街坊们又聚在一起喝茶聊天。',
    '',
    '港区还新建了冷链仓库，海鲜和水果可以直接出口。',
    '',
    '海州市民说，港口兴旺了，城市的日子也越过越红火，年轻人回乡就业的也多了起来。',
    '',
    '港区将继续推进智慧码头建设。',
    '',
    '下一步，港区还将开通两条新航线，进一步降低企业物流成本，让海州制造走向更广阔的市场。',
    '',
  ];
  assert.deepEqual(onlyArticle(lines).paragraphs, [
    '海州港区今年以来加快转型升级，新开通航线三条，集装箱吞吐量同比增长百分之十二，外贸货物占比进一步提高。',
    '港区负责人介绍，新航线主要通往东南亚各港口。',
    '去年港区完成货物吞吐量一亿吨，比上年多出一成，创下历史新高。港区新建的三个泊位已全部投入使用，船舶平均等待时间缩短到十二小时，比去年少了一半，企业反映良好。',
    '港区与本地企业签订长期协议，按需安排船期。',
    '一家机械企业负责人说，过去货物要等上一周才能装船，现在两三天就能出港，订单交付快了不少，今年的订单已经排到了明年三月。',
    '港区周边的老街巷里，烟火气越来越浓不少老字号重新开张，老街坊们又聚在一起喝茶聊天。',
    '港区还新建了冷链仓库，海鲜和水果可以直接出口。',
    '海州市民说，港口兴旺了，城市的日子也越过越红火，年轻人回乡就业的也多了起来。',
    '港区将继续推进智慧码头建设。',
    '下一步，港区还将开通两条新航线，进一步降低企业物流成本，让海州制造走向更广阔的市场。',
  ]);
});

test('where a bare line break parts paragraphs, a line with no stop ends its paragraph unless its characters say column cut', () => {
  // …越来越红火 | 不少年轻人…: no blank line (a column cut mostly leaves one), characters
  // either side no more a cut's than a paragraph end's
  const lines = [
    '海州港区加快转型升级',
    '',
    '海州港区今年以来加快转型升级，新开通航线三条，集装箱吞吐量同比增长百分之十二，外贸货物占比进一步提高。',
    '港区负责人介绍，新航线主要通往东南亚各港口。',
    '去年港区完成货物吞吐量一亿吨，比上年多出一成，创下历史新高。港区新建的三个泊位已全部投入使用，船舶平均等待时间缩短到十二小时，比去年少了一半，企业反映良好。',
    '港区与本地企业签订长期协议，按需安排船期。',
    '港口兴旺，城市日子越来越红火',
    '不少年轻人回到海州，在港区找到了工作，有的还在码头附近开起了小店。',
    '一家机械企业负责人说，过去货物要等上一周才能装船，现在两三天就能出港，订单交付快了不少，今年的订单已经排到了明年三月。',
    '港区还新建了冷链仓库，海鲜和水果可以直接出口。',
    '海州市民说，港口兴旺了，城市的日子也越过越红火，年轻人回乡就业的也多了起来。',
    '港区将继续推进智慧码头建设。',
    '下一步，港区还将开通两条新航线，进一步降低企业物流成本，让海州制造走向更广阔的市场。',
  ];
  assert.deepEqual(onlyArticle(lines).paragraphs, [
    '海州港区今年以来加快转型升级，新开通航线三条，集装箱吞吐量同比增长百分之十二，外贸货物占比进一步提高。',
    '港区负责人介绍，新航线主要通往东南亚各港口。',
    '去年港区完成货物吞吐量一亿吨，比上年多出一成，创下历史新高。港区新建的三个泊位已全部投入使用，船舶平均等待时间缩短到十二小时，比去年少了一半，企业反映良好。',
    '港区与本地企业签订长期协议，按需安排船期。',
    '港口兴旺，城市日子越来越红火',
    '不少年轻人回到海州，在港区找到了工作，有的还在码头附近开起了小店。',
    '一家机械企业负责人说，过去货物要等上一周才能装船，现在两三天就能出港，订单交付快了不少，今年的订单已经排到了明年三月。',
    '港区还新建了冷链仓库，海鲜和水果可以直接出口。',
    '海州市民说，港口兴旺了，城市的日子也越过越红火，年轻人回乡就业的也多了起来。',
    '港区将继续推进智慧码头建设。',
    '下一步，港区还将开通两条新航线，进一步降低企业物流成本，让海州制造走向更广阔的市场。',
  ]);
});

test('a short line taken for a subhead runs on where the page parts paragraphs otherwise than around it', () => {
  // 海州新区管委会 | 主任林海波…: with no blank line under it on a page whose paragraphs stand
  // between blank lines, and with one under it on a page that parts them by a bare line break
  const blankParted = [
    '海州港区加快转型升级',
    '',
    '海州港区今年以来加快转型升级，新开通航线三条，集装箱吞吐量同比增长百分之十二，外贸货物占比进一步提高。',
    '',
    '港区负责人介绍，新航线主要通往东南亚各港口。',
    '',
    '去年港区完成货物吞吐量一亿吨，比上年多出一成，创下历史新高。港区新建的三个泊位已全部投入使用，船舶平均等待时间缩短到十二小时，比去年少了一半，企业反映良好。',
    '',
    '港区与本地企业签订长期协议，按需安排船期。',
    '',
    '一家机械企业负责人说，过去货物要等上一周才能装船，现在两三天就能出港，订单交付快了不少，今年的订单已经排到了明年三月。',
    '',
    '海州新区管委会',
    '主任林海波介绍，港区还将新建两个泊位，明年投入使用。',
    '',
    '港区还新建了冷链仓库，海鲜和水果可以直接出口。',
    '',
    '海州市民说，港口兴旺了，城市的日子也越过越红火，年轻人回乡就业的也多了起来。',
    '',
    '港区将继续推进智慧码头建设。',
    '',
    '下一步，港区还将开通两条新航线，进一步降低企业物流成本，让海州制造走向更广阔的市场。',
    '',
  ];
  assert.deepEqual(onlyArticle(blankParted).paragraphs, [
    '海州港区今年以来加快转型升级，新开通航线三条，集装箱吞吐量同比增长百分之十二，外贸货物占比进一步提高。',
    '港区负责人介绍，新航线主要通往东南亚各港口。',
    '去年港区完成货物吞吐量一亿吨，比上年多出一成，创下历史新高。港区新建的三个泊位已全部投入使用，船舶平均等待时间缩短到十二小时，比去年少了一半，企业反映良好。',
    '港区与本地企业签订长期协议，按需安排船期。',
    '一家机械企业负责人说，过去货物要等上一周才能装船，现在两三天就能出港，订单交付快了不少，今年的订单已经排到了明年三月。',
    '海州新区管委会主任林海波介绍，港区还将新建两个泊位，明年投入使用。',
    '港区还新建了冷链仓库，海鲜和水果可以直接出口。',
    '海州市民说，港口兴旺了，城市的日子也越过越红火，年轻人回乡就业的也多了起来。',
    '港区将继续推进智慧码头建设。',
    '下一步，港区还将开通两条新航线，进一步降低企业物流成本，让海州制造走向更广阔的市场。',
  ]);
  const lineParted = [
    '海州港区加快转型升级',
    '',
    '海州港区今年以来加快转型升级，新开通航线三条，集装箱吞吐量同比增长百分之十二，外贸货物占比进一步提高。',
    '港区负责人介绍，新航线主要通往东南亚各港口。',
    '去年港区完成货物吞吐量一亿吨，比上年多出一成，创下历史新高。港区新建的三个泊位已全部投入使用，船舶平均等待时间缩短到十二小时，比去年少了一半，企业反映良好。',
    '港区与本地企业签订长期协议，按需安排船期。',
    '海州新区管委会',
    '',
    '主任林海波介绍，港区还将新建两个泊位，明年投入使用。',
    '一家机械企业负责人说，过去货物要等上一周才能装船，现在两三天就能出港，订单交付快了不少，今年的订单已经排到了明年三月。',
    '港区还新建了冷链仓库，海鲜和水果可以直接出口。',
    '海州市民说，港口兴旺了，城市的日子也越过越红火，年轻人回乡就业的也多了起来。',
    '港区将继续推进智慧码头建设。',
    '下一步，港区还将开通两条新航线，进一步降低企业物流成本，让海州制造走向更广阔的市场。',
  ];
  assert.deepEqual(onlyArticle(lineParted).paragraphs, [
    '海州港区今年以来加快转型升级，新开通航线三条，集装箱吞吐量同比增长百分之十二，外贸货物占比进一步提高。',
    '港区负责人介绍，新航线主要通往东南亚各港口。',
    '去年港区完成货物吞吐量一亿吨，比上年多出一成，创下历史新高。港区新建的三个泊位已全部投入使用，船舶平均等待时间缩短到十二小时，比去年少了一半，企业反映良好。',
    '港区与本地企业签订长期协议，按需安排船期。',
    '海州新区管委会主任林海波介绍，港区还将新建两个泊位，明年投入使用。',
    '一家机械企业负责人说，过去货物要等上一周才能装船，现在两三天就能出港，订单交付快了不少，今年的订单已经排到了明年三月。',
    '港区还新建了冷链仓库，海鲜和水果可以直接出口。',
    '海州市民说，港口兴旺了，城市的日子也越过越红火，年轻人回乡就业的也多了起来。',
    '港区将继续推进智慧码头建设。',
    '下一步，港区还将开通两条新航线，进一步降低企业物流成本，让海州制造走向更广阔的市场。',
  ]);
});

test('where blank lines part paragraphs, a line with no stop runs on into a flush piece with no blank line before it, on a page that indents too', () => {
  const paragraph = { indent: true, ends: true, gapBefore: true };
  const texts = [
    '海州港区今年以来加快转型升级，新开通航线三条。',
    '港区负责人介绍，新航线主要通往东南亚各港口。',
    '去年港区完成货物吞吐量一亿吨，比上年多出一成。',
    '港区与本地企业签订长期协议，按需安排船期。',
    '一家机械企业负责人说，过去货物要等上一周才能装船。',
    '港区还新建了冷链仓库，海鲜和水果可以直接出口。',
    '海州市民说，港口兴旺了，城市的日子也越过越红火。',
    '港区将继续推进智慧码头建设。',
    '下一步，港区还将开通两条新航线。',
  ];
  const article = articleOf([
    ...texts.map((text): [Block['role'], string, Record<string, unknown>] => ['paragraph', text, paragraph]),
    // a paragraph's start cut by a column and taken for a subhead: no blank line under it
    ['subhead', '海州新区管委会', { indent: false, ends: false, gapBefore: true }],
    ['paragraph', '主任林海波介绍，港区还将新建两个泊位。', { indent: false, ends: true, gapBefore: false }],
    ['paragraph', '海州港的明天会更好。', paragraph],
  ]);
  assert.deepEqual(article.paragraphs, [
    ...texts,
    '海州新区管委会主任林海波介绍，港区还将新建两个泊位。',
    '海州港的明天会更好。',
  ]);
  assert.deepEqual(article.subheadings, []);
});

test('on a page that indents, a flush quote of someone’s words after a finished sentence with no blank line between opens a paragraph', () => {
  const indented = { indent: true, ends: true };
  const paragraphs = articleOf([
    ['paragraph', '海州港的早班船六点起航。', indented],
    ['paragraph', '售票窗口前，周大姐问船员今天风浪大不大。', indented],
    // the opening quote hangs in the indent: the line shows flush
    ['paragraph', '“风平浪静，放心上船。”船员笑着说。', { indent: false, ends: true }],
    ['paragraph', '汽笛一响，渡船稳稳驶离码头。', indented],
  ]).paragraphs;
  assert.deepEqual(paragraphs, [
    '海州港的早班船六点起航。',
    '售票窗口前，周大姐问船员今天风浪大不大。',
    '“风平浪静，放心上船。”船员笑着说。',
    '汽笛一响，渡船稳稳驶离码头。',
  ]);
});

test('a dateline on a line of its own inside the text runs on into its reporters in brackets, both indented', () => {
  const a = onlyArticle([
    '海州港开通两条外贸航线',
    '',
    '本报记者　林晓',
    '',
    '　　近日，海州港集装箱码头迎来新航线首航船舶，港区一派繁忙景象。',
    '　　本报海州3月2日电',
    '　　（记者林晓）记者从海州港务集团获悉：今年一季度，海州港新开通两条外贸集装箱航线。',
    '　　据介绍，新航线每周一班，通达东南亚主要港口。',
  ]);
  assert.deepEqual(a.paragraphs, [
    '近日，海州港集装箱码头迎来新航线首航船舶，港区一派繁忙景象。',
    '本报海州3月2日电（记者林晓）记者从海州港务集团获悉：今年一季度，海州港新开通两条外贸集装箱航线。',
    '据介绍，新航线每周一班，通达东南亚主要港口。',
  ]);
});
