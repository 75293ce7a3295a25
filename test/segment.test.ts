import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { readText } from '../src/read/text.js';
import { cohesion } from '../src/segment/cohesion.js';
import { headRoles, segment, speakerLine } from '../src/segment/index.js';
import { toPieces, wrapWidth } from '../src/segment/pieces.js';
import { listedName, wordAcross } from '../src/segment/words.js';
import { repoRoot } from './helpers.js';
import { headsOf, roles, titlesOf } from './segment-roles.js';

/** cohesion in its plain form, over Maps of bigram counts: what the typed tables must equal. */
function cohesionOfMaps(a: string, b: string): number {
  const common = new Set(
    readFileSync(join(repoRoot, 'src', 'lexicon', 'common-bigrams.txt'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.slice(0, 2)),
  );
  const bigrams = (s: string) => {
    const out = new Map<string, number>();
    for (let i = 1; i < s.length; i++) {
      const pair = s.slice(i - 1, i + 1);
      if (/^[\u4e00-\u9fff]{2}$/.test(pair)) out.set(pair, (out.get(pair) ?? 0) + 1);
    }
    return out;
  };
  const x = bigrams(a);
  const y = bigrams(b);
  const w = (g: string) => (common.has(g) ? 0.2 : 1);
  let dot = 0;
  let nx = 0;
  let ny = 0;
  for (const [g, c] of x) {
    const v = w(g) * c;
    nx += v * v;
    const d = y.get(g);
    if (d) dot += v * w(g) * d;
  }
  for (const [g, c] of y) {
    const v = w(g) * c;
    ny += v * v;
  }
  return nx && ny ? dot / Math.sqrt(nx * ny) : 0;
}

/** The title blocks of a page given line by line. */
const titleRoles = (lines: string[]) => roles(lines.join('\n')).filter((r) => r.startsWith('title:'));

test('head roles follow the cues of kickers and subtitles', () => {
  assert.deepEqual(headRoles(['周明远在全区生态保护大会上强调', '守住绿水青山 建设美丽城区']), [
    'kicker',
    'title',
  ]);
  assert.deepEqual(headRoles(['城南新区开工建设', '——首批十个项目总投资逾百亿元']), ['title', 'subtitle']);
  assert.deepEqual(headRoles(['全市农村公路建设推进会召开', '李华明出席']), ['title', 'subtitle']);
  assert.deepEqual(headRoles(['周明远在调研时强调', '抓好秋粮收储', '王红梅参加']), [
    'kicker',
    'title',
    'subtitle',
  ]);
  const twoLines: Array<[string, string, string]> = [
    // a column tag closing the lower line makes it the title, unless the upper line runs on into it
    ['守护城市的烟火气', '夜经济如何更有温度(海州观察)', 'kicker title'],
    ['让乡村的', '夜晚亮起来(经济观察)', 'title title'],
    ['市委办公室市政府办公室印发', '关于推进老旧小区改造的意见', 'kicker title'],
    // a lower line going on from the upper one's subject sums it up: 会议 | 决定…
    ['海州市人大常委会召开主任会议', '决定第十七次会议本月下旬举行', 'title subtitle'],
    // the news of a visit over its details
    ['海州市友好代表团抵达雅加达', '开始对印度尼西亚进行友好访问', 'title subtitle'],
    ['市长周明远将赴东盟三国进行友好访问', '市外事办举行媒体吹风会介绍有关情况', 'title subtitle'],
    // a figure in per cent below the news it details
    ['海州港货物吞吐量创新高', '同比增长12.5%', 'title subtitle'],
    // news and a further fact, each with its figure; an event told whole above what went on at it
    ['海州港去年吞吐量达2.3亿吨', '集装箱运量增长8万标箱', 'title subtitle'],
    ['海州国际龙舟邀请赛开赛', '二十支队伍同场竞渡', 'title subtitle'],
    ['海州网球公开赛', '周明远晋级男单八强', 'kicker title'],
    // a further fact going on from the news above it, its subject left out or set in time
    ['海州首次公布河湖治理评估结果', '将每季度通报整改情况', 'title subtitle'],
    ['海州加快充电基础设施建设', '年底前新建充电桩三千个', 'title subtitle'],
    // but a 引题 naming only where stays one, and so does a signed article's
    ['海州港区', '今年首条远洋航线开通', 'kicker title'],
    ['周明远在东盟媒体发表署名文章', '将海州与东盟的友谊推向新高度', 'kicker title'],
    // a slogan of halves of one length is the 主题 under the event its 引题 tells
    ['第三届海州国际茶博会开幕', '品味千年茶香 共享绿色发展', 'kicker title'],
    ['海州市政协十二届三次会议开幕', '周明远出席 李海东讲话', 'title subtitle'],
    ['海州市委常委会召开第5次会议', '传达学习省委全会精神 研究部署春耕生产工作', 'title subtitle'],
    // a lower line with no verb completing the upper one's: one title wrapped
    ['海州文化交流团访问', '泰国、老挝、越南三国', 'title title'],
    ['海州港将培养', '3.2万港口技术人才', 'title title'],
    // a title wrapped where no head line ends: inside a word, a bracket or a number, or at
    // characters that seldom end a 引题 and start a 主题
    ['海州市友好代表团访问雅加', '达并出席经贸论坛', 'title title'],
    ['老街巷里的烟火气(海州', '观察·城市更新)', 'title title'],
    ['海州港去年吞吐量达到2', '3.5亿吨', 'title title'],
    ['海州港集装箱吞吐量居全国', '前列', 'title title'],
    // a lower line of three characters, its column tag aside, carries the title on
    ['海州市把老街', '擦亮(城市观察)', 'title title'],
    // a title breaks near its middle: lines one third apart are no wrap, whatever word the
    // break makes (发文 | 化工: 文化)
    ['海州市发文', '化工园区安全管理纳入年度考核', 'kicker title'],
    // (a title wrapped at its column's edge leaves any tail: the upper line is the long one)
    ['海州港集装箱吞吐量连续五年位居全国沿', '海港口前列', 'title title'],
    // a 引题 ends on a person named after a calling, though the segmenter glues the given name to
    // what follows (勇为, 明天)
    ['海州港引航员王勇', '为万吨巨轮领航', 'kicker title'],
    ['海州造船工程师李明', '天天守在船台上', 'kicker title'],
    // a lower line starting with a conjunction, or the locative closing a 在 left open, goes on
    // from the upper one — save under a dash or clauses that lead in
    ['海州港务局同新加坡港务集团', '和马来西亚巴生港签约', 'title title'],
    ['在海州港口合作的新起点', '上续写友谊新篇章(港城观察)', 'title title'],
    ['海州市长周明远——', '与东盟客商共话合作', 'kicker title'],
    // an upper line ending inside a coverb's phrase, its verb on the next line
    ['海州市长周明远同东盟客商', '代表举行座谈', 'title title'],
    ['海州国资委对六家市属', '企业开展专项巡察', 'title title'],
  ];
  for (const [upper, lower, want] of twoLines)
    assert.deepEqual(headRoles([upper, lower]), want.split(' '), `${upper} | ${lower}`);
  // lines a page sets apart by a blank line are never one title wrapped
  assert.deepEqual(headRoles(['老街巷里的烟火气(海州', '观察·城市更新)'], [], false), ['kicker', 'title']);
  assert.deepEqual(headRoles(['海州港集装箱吞吐量居全国', '前列', '周明远出席'], []), [
    'title',
    'title',
    'subtitle',
  ]);
  // three lines set close: the two under a 引题 are its 主题 wrapped when the break leans to a
  // wrap at all; an upper line whose verb the next completes is a 主题 wrapped
  assert.deepEqual(headRoles(['海州港务集团', '推动老港区转型升级和临港', '产业集群发展']), [
    'kicker',
    'title',
    'title',
  ]);
  assert.deepEqual(headRoles(['海州港将培养', '3.2万港口技术人才', '周明远出席']), [
    'title',
    'title',
    'subtitle',
  ]);
  // with no 引题 cue, a first break that leans to a wrap (more than the second) wraps the 主题
  // over its 副题 — unless a column tag closes the middle line with no dash 副题 under it
  assert.deepEqual(headRoles(['海州市第四届文化旅游', '博览会在新区开幕', '三百家企业参展']), [
    'title',
    'title',
    'subtitle',
  ]);
  assert.deepEqual(headRoles(['海州文化旅游合作', '论坛在新区举行(港城观察)', '——三十国代表共话合作']), [
    'title',
    'title',
    'subtitle',
  ]);
  assert.deepEqual(
    headRoles(['海州港货物吞吐量去年增百分之八', '集装箱业务首成第一大板块(港城观察)', '东南亚航线居第二']),
    ['kicker', 'title', 'subtitle'],
  );
  assert.deepEqual(headRoles(['一行大字'], []), ['title']);
  // font sizes decide when a reader knows them: the largest line is the title
  assert.deepEqual(headRoles(['甲乙丙', '丁戊己', '庚辛壬'], [14, 22, 14]), ['kicker', 'title', 'subtitle']);
});

test('head lines set apart are no word cut in two where the upper one ends on a name', () => {
  const page = [
    '　　海州港今年新开三条远洋航线，港区吞吐量稳步增长，码头作业效率明显提高。',
    '',
    '海州港引航员王勇',
    '',
    '为万吨巨轮领航',
    '',
    '　　本报海州1月20日电（记者林平）清晨六点，引航员王勇已经登上了一艘万吨货轮。',
    '',
    '　　他说，每一次引航都不能出错。',
  ];
  assert.deepEqual(
    roles(page.join('\n')).filter((r) => /^(kicker|title):/.test(r)),
    ['kicker:海州港引航员王勇', 'title:为万吨巨轮领航'],
  );
});

test('a word running across a column cut is seen', () => {
  assert.equal(wordAcross('区人大常委会副主', '任张正元参加。'), true);
  assert.equal(wordAcross('会议强调要抓好落实。', '会上,大家交流了经验。'), false);
});

test('cohesion on its reused tables gives exactly the sum over Maps', () => {
  // invented texts from a small alphabet (frequent words among them), so bigrams repeat and collide
  const alphabet = '发展工作建设一个我们经济社会人民会议全面推进改革开放城乡绿色,。、 A1';
  let seed = 11;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const text = (length: number) =>
    Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
  assert.equal(cohesion('', ''), 0);
  assert.equal(cohesion('发展经济', '。,'), 0);
  for (let round = 0; round < 300; round++) {
    const a = text(Math.floor(next() * 600));
    const b = text(Math.floor(next() * 600));
    assert.equal(cohesion(a, b), cohesionOfMaps(a, b));
  }
  assert.ok(cohesion('城乡建设全面推进', '全面推进城乡建设') > 0.5);
});

test('cohesion against empty text, as the first call a process makes, ends', () => {
  // the tables start with no slots: a lookup in an empty right-hand table once probed for ever
  const script = `import { cohesion } from ${JSON.stringify(pathToFileURL(join(repoRoot, 'dist/src/segment/cohesion.js')).href)};
process.stdout.write(String(cohesion('城乡建设全面推进', '')));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { timeout: 20_000 });
  assert.equal(out.toString(), '0');
});

test('hard-wrapped lines are rejoined and short lines end paragraphs', () => {
  const lines = [
    '　　城南街道今年以来持续推进老',
    '旧小区改造，累计完成改造项目二',
    '十余个，惠及居民四千余户，群众',
    '获得感不断增强。',
    '　　据介绍，改造内容涵盖雨污分',
    '流、外墙保温、加装电梯等方面，',
    '居民纷纷表示“家门口变美了。',
    '”',
  ].join('\n');
  const source = readText(lines);
  assert.equal(wrapWidth([30, 30, 30, 16, 30, 30, 28].map((width) => ({ width }))), 30);
  assert.equal(wrapWidth([30, 52, 12, 80, 44, 36, 20].map((width) => ({ width }))), 0);
  const pieces = toPieces(source.lines);
  assert.deepEqual(
    pieces.map((p) => p.text),
    [
      '城南街道今年以来持续推进老旧小区改造，累计完成改造项目二十余个，惠及居民四千余户，群众获得感不断增强。',
      '据介绍，改造内容涵盖雨污分流、外墙保温、加装电梯等方面，居民纷纷表示“家门口变美了。”',
    ],
  );
  assert.equal(pieces[0].closed, true);

  // a paragraph's last line over a dateline (…坚决维 | 护世界和平 | 本报海州…电) runs on: only a
  // line naming a source (本报, 新华社…) can start a dateline wrapped before its 电
  const dump = [
    '港口负责人说，我们要坚持开放',
    '合作，推动共建共享，坚决维护',
    '地区和平',
    '本报海州3月2日电 海州港今',
    '年首批货轮2日出港，满载机械',
    '设备驶往东南亚，港口今年的货',
    '运量有望再创新高，港口负责人',
    '表示，新航线将为沿线企业带来',
    '更多机遇。',
    '海州港始建于上世纪五十年代，',
    '经过多年建设，已成为区域重要',
    '的综合性港口，年吞吐能力超过',
    '一亿吨。',
  ].join('\n');
  assert.deepEqual(
    toPieces(readText(dump).lines).map((p) => p.text.slice(0, 6)),
    ['港口负责人说', '本报海州3月', '海州港始建于'],
  );
});

test('pdftotext: a head closed by its column tag stands apart from the first line glued under it', () => {
  // columns 12 glyphs wide, a paragraph's first line two short (pdftotext drops the indent); the
  // article before stops mid-sentence at its column's foot, so only the head's own form tells
  const wrap = (text: string) => [text.slice(0, 10), ...(text.slice(10).match(/.{1,12}/gu) ?? [])];
  const lines = [
    ...wrap('城南街道今年以来持续推进老旧小区改造，累计完成改造项目二十余个，惠及居民四千余户。'),
    // cut at the column's foot: a full last line, mid-sentence
    ...wrap('据介绍，改造内容涵盖雨污分流、外墙保温、加装电梯等方面，居民纷纷表示家门口变美了'.slice(0, 34)),
    '',
    '通关效率再度提速（一线视角）',
    ...wrap('今年以来，口岸推行提前申报等便利措施，进口货物整体通关时间大幅压缩。'),
  ].join('\n');
  const texts = toPieces(readText(lines).lines).map((p) => p.text);
  assert.ok(texts.includes('通关效率再度提速（一线视角）'), texts.join(' | '));
});

test('a lead-in set close under a paragraph and apart from the title below ends that paragraph', () => {
  const wrap = (text: string) => [text.slice(0, 10), ...(text.slice(10).match(/.{1,12}/gu) ?? [])];
  const lines = [
    ...wrap('城南街道今年以来持续推进老旧小区改造，累计完成改造项目二十余个，惠及居民四千余户。'),
    ...wrap('据介绍，改造内容涵盖雨污分流、外墙保温、加装电梯等方面，居民纷纷表示家门口变美了。'),
    '这正是：',
    '',
    '志愿服务温暖社区（纵横）',
    ...wrap('今年以来，社区志愿者走进独居老人家中，帮助打扫卫生、代购生活用品。'),
  ].join('\n');
  const blocks = segment(readText(lines).lines);
  const lead = blocks.find((b) => b.text.includes('这正是'));
  assert.equal(lead?.role, 'paragraph');
  assert.equal(blocks.find((b) => b.role === 'title')?.text, '志愿服务温暖社区（纵横）');
});

test('a lone line leading in with a colon, set apart inside a body, opens what follows, no title', () => {
  const text = [
    '城南街道今年以来持续推进老旧小区改造，累计完成改造项目二十余个。',
    '',
    '居民对改造效果评价很高，不少人写下了顺口溜。',
    '',
    '这正是：',
    '',
    '旧楼换新颜，邻里笑开颜。',
  ].join('\n');
  const got = roles(text);
  assert.ok(got.includes('subhead:这正是：'), got.join(' | '));
  assert.ok(!got.some((r) => r.startsWith('title:')), got.join(' | '));
});

test('a title ending on 的 right above a dateline is whole, not a paragraph cut open', () => {
  const text = [
    '海州港今年货物吞吐量预计突破一亿吨，集装箱航线增至六十条。',
    '',
    '发言人：个别国家的无端指责是徒劳的',
    '',
    '本报海州11月20日电  （记者 方清源）市政府新闻发言人20日表示，海州的营商环境有目共睹。',
  ].join('\n');
  const got = roles(text);
  assert.ok(got.includes('title:发言人：个别国家的无端指责是徒劳的'), got.join(' | '));
});

test('a title with its column tag stays a title: the tag on the line below, its bracket opened above, or long', () => {
  const body = '近日，海州市出台新规，进一步规范物业服务收费，保障业主合法权益。';
  for (const head of [
    ['让群众的日子过得安稳的', '（今日谈）'],
    ['物业服务更要讲诚信（', '民生观察·社区治理新实践）'],
    ['李明：守护一方平安的好民警（海州英', '模谱·平安守护者）'],
    // a long tag makes the line long, not the title: it is no paragraph of clauses
    ['扎实整改，让居民有更多获得感（守初心 担使命 找差距 抓落实·深入开展主题教育）'],
  ]) {
    const text = ['海州港今年货物吞吐量预计突破一亿吨，集装箱航线增至六十条。', '', ...head, '', body].join(
      '\n',
    );
    const got = roles(text);
    // (one block or two, the title's lines are all the title)
    assert.equal(
      got
        .filter((r) => r.startsWith('title:'))
        .map((r) => r.slice('title:'.length))
        .join(''),
      head.join(''),
      got.join(' | '),
    );
    assert.ok(
      !got.some((r) => r.startsWith('paragraph:') && r.includes(head[head.length - 1])),
      got.join(' | '),
    );
  }
});

test('a long line ending on a colon leads into the text, no 引题; a short one may be the 引题', () => {
  const long = roles(
    [
      '海州港今年货物吞吐量预计突破一亿吨，集装箱航线增至六十条。',
      '',
      '群众对港区周边环境治理的期待亟待回应：',
      '港区噪声扰民问题如何解决',
      '',
      '本报海州11月20日电  （记者 方清源）市政府新闻发言人20日表示，将出台港区降噪措施。',
    ].join('\n'),
  );
  assert.ok(!long.some((r) => r.startsWith('kicker:')), long.join(' | '));
  const short = roles(
    [
      '海州港今年货物吞吐量预计突破一亿吨。',
      '',
      '市交通局：',
      '港区噪声扰民问题将限期解决',
      '',
      '本报海州11月20日电  （记者 方清源）市交通局20日表示，将出台港区降噪措施。',
    ].join('\n'),
  );
  assert.ok(short.includes('kicker:市交通局：'), short.join(' | '));
});

test("a quote's attribution over the compiler's sign-off ((本报记者 X整理)) closes the text, no title", () => {
  const got = roles(
    [
      '抓落实，关键在于久久为功，一张蓝图绘到底，不能虎头蛇尾。',
      '',
      '——海州市委书记周明远日前在市委全会上说',
      '（本报记者 方清源整理）',
      '',
      '城南新区十个重点项目集中开工',
      '',
      '本报海州11月20日电  （记者 叶景行）城南新区20日集中开工十个重点项目。',
    ].join('\n'),
  );
  assert.ok(got.includes('paragraph:——海州市委书记周明远日前在市委全会上说'), got.join(' | '));
  assert.deepEqual(
    got.filter((r) => r.startsWith('title:')),
    ['title:城南新区十个重点项目集中开工'],
  );
});

test('a sign-off, the staff line under it or a long note in brackets ends the article: the head after it opens the next', () => {
  const page = [
    '海州港开通至东盟新航线',
    '',
    '　　本报海州3月2日电　海州港集装箱码头2日开通至东盟的第五条航线，每周两班，运力比去年增加三成。',
    '',
    '　　据介绍，今年以来海州港已新增航线三条，集装箱吞吐量同比增长百分之十二。',
    '',
    '　　（本报海州3月2日电）',
    '',
    '　　制图：李　明',
    '',
    '老城区改造完成首批项目',
    '',
    '　　海州市老城区改造首批十二个项目日前完工，涉及居民两千余户。改造后的街巷铺设了透水砖。',
    '',
    '　　居民王大妈说，家门口的路平了，晚上散步也亮堂了。',
    '',
    '　　（摘自3月1日在全市城市更新论坛上的发言）',
    '',
    '文化惠民演出走进乡村',
    '',
    '　　海州市文化惠民演出季近日启动，三十支文艺小分队将在两个月里走进一百个村庄。',
  ];
  assert.deepEqual(titleRoles(page), [
    'title:海州港开通至东盟新航线',
    'title:老城区改造完成首批项目',
    'title:文化惠民演出走进乡村',
  ]);
});

test('a title whose column tag wraps with its bracket left open is one head line: …烟火气( | 城市更新观察)', () => {
  const page = [
    '海州港开通至东盟新航线',
    '',
    '　　本报海州3月2日电　海州港集装箱码头2日开通至东盟的第五条航线，每周两班。',
    '',
    '　　据介绍，今年以来海州港已新增航线三条，集装箱吞吐量同比增长百分之十二。',
    '',
    '老街巷里的烟火气(',
    '城市更新观察)',
    '',
    '　　走进海州老城区的青石巷，早点铺的蒸笼冒着热气，修鞋匠的摊子前排着队。',
  ];
  assert.deepEqual(titleRoles(page), [
    'title:海州港开通至东盟新航线',
    'title:老街巷里的烟火气(城市更新观察)',
  ]);
});

test('a line led out by a dash inside a body leads into the paragraph below, a line of its own', () => {
  const got = roles(
    [
      '今年前三季度，海州市地区生产总值同比增长百分之六点八。',
      '',
      '两组数据，可以看出海州高质量发展的成色——',
      '',
      '看结构：第三产业增加值占比超过六成，高新技术产业投资增长两成以上。',
    ].join('\n'),
  );
  assert.ok(got.includes('subhead:两组数据，可以看出海州高质量发展的成色——'), got.join(' | '));
});

test('a dateline cut by a column inside its date (本报海州11月2 | 0日电) is no head', () => {
  assert.deepEqual(
    titleRoles([
      '海州港开通东盟新航线',
      '',
      '本报海州11月2',
      '',
      '0日电  （记者 叶景行）海州港至东盟的直达集装箱航线20日开通，每周往返两班。',
    ]),
    ['title:海州港开通东盟新航线'],
  );
});

test('an article of a rule cut by a column (第三条　…) is text, no title', () => {
  assert.deepEqual(
    titleRoles([
      '海州市城市绿化管理办法',
      '',
      '第一条　为了加强城市绿化管理，改善生态环境，制定本办法。',
      '',
      '第三条　城市绿化应当坚持政府主导',
      '',
      '社会参与、统筹规划、因地制宜的原则，推进公园城市建设，让居民推窗见绿、出门见园。',
    ]),
    ['title:海州市城市绿化管理办法'],
  );
});

test('a staff line naming several jobs (版式、制图：X) closes an article, no title', () => {
  assert.deepEqual(
    titleRoles([
      '海州湾湿地迎来越冬候鸟',
      '',
      '入冬以来，数万只候鸟陆续飞抵海州湾湿地越冬，其中不乏珍稀鸟类。',
      '',
      '版式、制图：王　洋',
      '本期统筹：李　明',
      '',
      '海州港开通东盟新航线',
      '',
      '本报海州11月20日电  （记者 叶景行）海州港至东盟的直达集装箱航线20日开通。',
    ]),
    ['title:海州湾湿地迎来越冬候鸟', 'title:海州港开通东盟新航线'],
  );
});

test('a title wrapped inside a foreign name the lead repeats stays one title', () => {
  const got = roles(
    [
      '海州港今年货物吞吐量预计突破一亿吨，集装箱航线增至六十条。',
      '',
      '芬兰图尔库市长姆',
      '南加瓦会见周明远',
      '本报海州11月20日电  （记者 方清源）芬兰图尔库市长姆南加瓦20日在图尔库会见海州市长周明远。',
    ].join('\n'),
  );
  assert.deepEqual(
    got.filter((r) => /^(?:title|subtitle|kicker):/.test(r)),
    ['title:芬兰图尔库市长姆', 'title:南加瓦会见周明远'],
  );
});

test('the date a document was issued, under its title, is its 副题, not a column tag or the body', () => {
  const text = [
    '海州市人民政府关于表彰2025年度优秀志愿服务项目的决定',
    '（2026年3月1日）',
    '',
    '2025年，全市广大志愿者积极投身社区治理、应急救援和助老助残等志愿服务。',
  ];
  assert.deepEqual(roles(text.join('\n')).slice(0, 2), [
    'title:海州市人民政府关于表彰2025年度优秀志愿服务项目的决定',
    'subtitle:（2026年3月1日）',
  ]);
  // set apart by blank lines, or in Chinese numerals with the place it was signed
  const apart = [
    '海州市与雅加达市友好合作联合声明',
    '',
    '（二〇二六年三月一日  雅加达）',
    '',
    '双方同意进一步深化港口、旅游和文化交流合作。',
  ];
  assert.deepEqual(roles(apart.join('\n')).slice(0, 2), [
    'title:海州市与雅加达市友好合作联合声明',
    'subtitle:（二〇二六年三月一日  雅加达）',
  ]);
});

test('a bracketed label under the heads (【人物】…) opens the body as a subhead, no 副题', () => {
  const text = [
    '扎根山村的“泥腿子”书记（最美奋斗者）',
    '',
    '【人物】海州市东坪村党支部书记林秀山',
    '',
    '【故事】二十年前，林秀山回到家乡东坪村，带领村民修路、种茶，让山村变了模样。',
  ];
  assert.deepEqual(
    roles(text.join('\n')).map((r) => r.split(':')[0]),
    ['title', 'subhead', 'paragraph'],
  );
});

test('one character cut off by a column is no 引题 of the heads after it', () => {
  const text = [
    '这些年，社区的变化大家有目共睹，居民的日子越过越红火。',
    '制图：蔡华',
    '',
    '伟',
    '',
    '春风又绿江南岸（大家谈）',
    '本报记者　方清源',
    '开春以来，江南各地的茶园陆续开采，茶农们迎来了一年中最忙碌的时节。',
  ];
  const found = roles(text.join('\n'));
  assert.ok(found.includes('paragraph:伟'));
  assert.ok(!found.some((r) => r.startsWith('kicker:')));
});

test('a box label (编者的话), a figure (63%) or a line under a ——副题, set apart under the heads, opens the body as a subhead', () => {
  const pages: Array<[string[], string[]]> = [
    [
      ['新春走基层', '', '编者的话', '', '新春佳节，本报记者走进乡村、社区和工地，记录下一个个温暖的瞬间。'],
      [
        'title:新春走基层',
        'subhead:编者的话',
        'paragraph:新春佳节，本报记者走进乡村、社区和工地，记录下一个个温暖的瞬间。',
      ],
    ],
    [
      [
        '科技创新引领高质量发展',
        '',
        '——海州落实全市科技大会精神纪实',
        '',
        '63%',
        '',
        '去年全市高新技术产业产值占比达63%，创历史新高。',
      ],
      [
        'title:科技创新引领高质量发展',
        'subtitle:——海州落实全市科技大会精神纪实',
        'subhead:63%',
        'paragraph:去年全市高新技术产业产值占比达63%，创历史新高。',
      ],
    ],
  ];
  // a line set apart under a ——副题, with no dash of its own, is the body's first subhead
  pages.push([
    [
      '我们的脚步坚定向前',
      '',
      '——盛典启示录之三',
      '',
      '发展的机遇握在我们自己手中',
      '',
      '回望来路，每一步都凝结着奋斗者的汗水。',
    ],
    [
      'title:我们的脚步坚定向前',
      'subtitle:——盛典启示录之三',
      'subhead:发展的机遇握在我们自己手中',
      'paragraph:回望来路，每一步都凝结着奋斗者的汗水。',
    ],
  ]);
  for (const [lines, expected] of pages) assert.deepEqual(roles(lines.join('\n')), expected);
});

test("the line naming a picture story's photographers ends it, no 引题 of the next heads", () => {
  const text = [
    '春运首日',
    '',
    '1月10日，旅客在海州站乘车返乡。',
    '林  海  陈  思摄影报道',
    '',
    '海州港开通东盟新航线',
    '',
    '本报海州1月10日电  （记者叶景行）海州港至东盟的直达航线10日开通。',
  ];
  const found = roles(text.join('\n'));
  assert.ok(found.some((r) => r.startsWith('paragraph:') && r.includes('摄影报道')));
  assert.ok(!found.some((r) => r.startsWith('kicker:')));
});

test("the photographers' line under a caption is no 引题 of the title below it", () => {
  const text = [
    '海州港新码头投入运营',
    '',
    '新码头设计年吞吐能力一千万吨，可停靠十万吨级船舶。',
    '图为1月10日，一艘货轮在新码头装卸集装箱。',
    '林　海　陈　思摄影报道',
    '海州出台稳就业十条措施',
    '',
    '本报海州1月10日电  （记者叶景行）海州市10日出台稳就业十条措施。',
  ];
  const found = roles(text.join('\n'));
  assert.ok(!found.some((r) => r.startsWith('kicker:')), found.join(' | '));
  assert.ok(found.includes('title:海州出台稳就业十条措施'), found.join(' | '));
});

test('a wrapped line with digits holds more glyphs than the column, set in it, not across columns', () => {
  // a dump that wraps by glyph count (15 a line, whatever their width: the ASCII commas make the
  // widths spread); digits are narrow, so the line with a year and a count holds 18 glyphs
  const lines = [
    '　　城南街道今年以来持续推进老',
    '旧小区改造,累计完成改造,项目',
    '二十余个惠及居民四千余户的群众',
    '获得感,不断增强,居民满意度明',
    '显提高从2019年的1200户增至今',
    '年四千余户改造质量也得到了居民',
    '的普遍认可。',
  ].join('\n');
  const pieces = toPieces(readText(lines).lines);
  assert.deepEqual(
    pieces.map((p) => p.wide),
    [false],
  );
});

test('an opening quote left alone on a line goes with the line after it', () => {
  const lines = ['　　城南新区今年新开工项目十个。', '　　“', '我们要跑出加速度。”新区负责人说。'].join('\n');
  const pieces = toPieces(readText(lines).lines);
  assert.deepEqual(
    pieces.map((p) => p.text),
    ['城南新区今年新开工项目十个。', '“我们要跑出加速度。”新区负责人说。'],
  );
  assert.equal(pieces[1].indent, true);
});

test('captions, credits, jumps and bylines get their roles', () => {
  const page = [
    '城南新区十个重点项目集中开工',
    '',
    '本报讯(江城晚报记者 林晓雯)9月3日上午,城南新区举行重点项目集中开工仪式,十个项目总投资逾百亿',
    '',
    '图为开工仪式现场。',
    '江城晚报记者 陈思远 摄',
    '',
    '元,涵盖先进制造、现代物流等领域。',
    '(下转第三版)',
  ].join('\n');
  assert.deepEqual(roles(page), [
    'title:城南新区十个重点项目集中开工',
    'paragraph:本报讯(江城晚报记者 林晓雯)9月3日上午,城南新区举行重点项目集中开工仪式,十个项目总投资逾百亿',
    'caption:图为开工仪式现场。',
    'credit:江城晚报记者 陈思远 摄',
    'paragraph:元,涵盖先进制造、现代物流等领域。',
    'jump:(下转第三版)',
  ]);
});

test('running heads at the page edge are dropped, not taken as titles', () => {
  const page = [
    '江城晚报 2025年9月4日 星期四 第1版',
    '',
    '秋粮收购有序开展',
    '',
    '本报讯 今年秋粮收购工作日前全面启动。',
  ].join('\n');
  assert.deepEqual(roles(page), [
    'title:秋粮收购有序开展',
    'paragraph:本报讯 今年秋粮收购工作日前全面启动。',
  ]);
});

test('a staff line at the page edge, with colons or spaces, is a running head', () => {
  for (const staff of ['责任编辑:王一 美术编辑:李二', '责编 王一 美编 李二 校对 张三']) {
    const page = [staff, '', '秋粮收购有序开展', '', '本报讯 今年秋粮收购工作日前全面启动。'].join('\n');
    assert.deepEqual(roles(page), [
      'title:秋粮收购有序开展',
      'paragraph:本报讯 今年秋粮收购工作日前全面启动。',
    ]);
  }
});

test('a numbered short line inside a body is a subhead, not a new article', () => {
  const page = [
    '城南新区推进营商环境改革',
    '',
    '本报讯(记者 林晓雯)城南新区近日出台措施,持续优化营商环境。',
    '',
    '一、压缩审批时限',
    '',
    '新区将企业开办时间压缩至一个工作日以内。',
  ].join('\n');
  assert.deepEqual(
    roles(page).map((r) => r.split(':')[0]),
    ['title', 'paragraph', 'subhead', 'paragraph'],
  );
});

test('a head wrapped at its comma stays one head, its tail joined without a space', () => {
  const page = '欢乐吉祥\n，创新亮点频出\n\n本报讯（记者 吴思齐）春晚第二次彩排在京举行。\n';
  assert.deepEqual(roles(page).slice(0, 2), ['title:欢乐吉祥', 'title:，创新亮点频出']);
  const blocks = segment(readText(page).lines);
  assert.equal(blocks[1].data?.joinPrev, true);
});

test('a head over a short caption closed by a credit opens a picture story', () => {
  const page = [
    '　　青石镇今年水稻种植面积比去年增加两成，农民在田间收割水稻，预计水稻总产量创新高。',
    '',
    '秋收正忙',
    '',
    '　　10月8日，青石镇农民在田间收割水稻。',
    '　　当日，全镇三万亩水稻进入收割期，收割机在田间往来穿梭。',
    '',
    '本报记者 林可欣摄',
    '',
    '库区移民新村建成',
    '',
    '　　本报讯（记者 吴思齐）库区移民新村日前建成，首批120户移民喜迁新居。',
  ].join('\n');
  const got = roles(page);
  assert.ok(got.includes('title:秋收正忙'), got.join(' / '));
  assert.ok(got.includes('credit:本报记者 林可欣摄'), got.join(' / '));
});

test('a long title with a list in it, right above a dateline, opens the article', () => {
  const page = [
    '　　全区今年新建改建农村公路120公里，实现了村村通硬化路。',
    '',
    '市长周明远将出席海州湾国际港口论坛、临江经贸合作洽谈会并对海州湾新区和临江开发区进行为期三天的工作考察',
    '　　本报海州6月3日电 （记者 吴思齐）记者从市政府新闻办获悉，市长周明远将于近日出席论坛。',
  ].join('\n');
  assert.ok(
    roles(page).includes(
      'title:市长周明远将出席海州湾国际港口论坛、临江经贸合作洽谈会并对海州湾新区和临江开发区进行为期三天的工作考察',
    ),
    roles(page).join(' / '),
  );
});

test('a head wrapped before its closing quote stays one head', () => {
  const page = [
    '提高堵塞“消防通道',
    '”的违法成本',
    '本报讯（记者 孟然）市消防救援支队日前通报了一批占用消防通道的案例。',
  ].join('\n');
  assert.deepEqual(roles(page).slice(0, 2), ['title:提高堵塞“消防通道', 'title:”的违法成本']);
});

test('a ——副题 set apart under its title stays the 副题, whatever word its last character makes with the text below', () => {
  // (侧记 | 叙友情: 记叙 is a word across the junction, yet the dash line is no cut paragraph)
  const text = [
    '在奋斗中收获',
    '更多信心',
    '',
    '——海州市新春团拜会侧记',
    '',
    '叙友情、话发展，辞旧岁、迎新春。海州市新春团拜会3日举行。',
  ];
  assert.deepEqual(roles(text.join('\n')).slice(0, 3), [
    'title:在奋斗中收获',
    'title:更多信心',
    'subtitle:——海州市新春团拜会侧记',
  ]);
});

/** How many articles the roles open (title lines). */
const titleCount = (found: string[]) => titlesOf(found).length;

/** An invented article's head and dateline opening, where a test needs an article above. */
const harbourLead = [
  '海州港首批货轮出港',
  '',
  '本报海州3月2日电 海州港今年首批货轮2日出港，满载机械设备驶往东南亚。',
];

test('a line cut off by a photo set inside its paragraph is text, no title; a picture story keeps its head', () => {
  const cut = [
    ...harbourLead,
    '',
    '港口负责人介绍，目前尚无任何',
    '',
    '货轮驶离海州港。',
    '本报记者  林晓摄',
    '',
    '延误情况发生，今年的货运量有望再创新高。',
  ];
  const found = roles(cut.join('\n'));
  assert.ok(!found.some((r) => r.startsWith('title:港口负责人')));
  assert.equal(titleCount(found), 1);

  const story = [
    ...harbourLead,
    '',
    '春到茶园',
    '',
    '3月1日，海州市东坪村茶农在茶园里采摘春茶。',
    '本报记者  林晓摄',
  ];
  assert.ok(roles(story.join('\n')).includes('title:春到茶园'));
});

test("a voice's head over a foreign name, its country before it, is a part of the feature", () => {
  const text = [
    '海外人士看海州',
    '',
    '港口让城市走向世界',
    '（英国）大卫·安德森',
    '',
    '第一次来到海州，我就被这座港口城市的活力吸引。码头上货轮往来，岸边新楼林立，城市的发展日新月异。',
    '',
    '（本报记者林晓采访整理）',
    '',
    '古城新韵令人难忘',
    '（法国）让—皮埃尔·马丁',
    '',
    '海州的老街保存得很好，青石板路两旁的店铺里，手艺人仍在做着传统的竹编和木雕。',
    '',
    '（本报记者王川采访整理）',
  ];
  const found = roles(text.join('\n'));
  assert.equal(titleCount(found), 1);
  assert.ok(found.includes('subhead:古城新韵令人难忘'));
  // a 副题 naming a visitor (克劳斯·韦伯一行来访) is no voice
  assert.ok(!speakerCase('深化合作 实现共赢', '克劳斯·韦伯一行来访').includes('subhead:克劳斯·韦伯一行来访'));
});

function speakerCase(title: string, below: string): string[] {
  return roles([title, below, '', '本报讯（记者林晓）5月15日，区委书记会见了德国客人一行。'].join('\n'));
}

test('a subhead set over two lines, one indented, stays two subhead lines, not a paragraph cut open', () => {
  const text = [
    '海州艺术节开幕',
    '',
    '　　第五届海州艺术节将于10月18日至11月17日举行，来自各地的40台剧目将在全市10个剧场上演。',
    '',
    '　　本届艺术节精心遴选的剧目中，首演剧目7台，多部作品由本地院团原创。',
    '',
    '　　红色基因',
    '',
    '文艺精品礼赞新时代',
    '',
    '　　10月18日晚，艺术节的大幕将由市杂技团与市艺术学校联合创作的杂技剧拉开。',
  ];
  const found = roles(text.join('\n'));
  assert.ok(found.includes('subhead:红色基因'));
  assert.ok(found.includes('subhead:文艺精品礼赞新时代'));
  assert.equal(titleCount(found), 1);
});

test('a dateline cut by a column before its 电 (据新华社 | 海州3月2日电) opens the article under the title above it', () => {
  const text = [
    ...harbourLead,
    '',
    '港口负责人说，今年的货运量有望再创新高。',
    '',
    '两名宇航员出舱更换电池',
    '',
    '据新华社',
    '',
    '华盛顿1月20日电  （记者林晓）两名宇航员20日出舱，为空间站更换电池。',
  ];
  const found = roles(text.join('\n'));
  assert.ok(found.includes('title:两名宇航员出舱更换电池'));
});

test('a word that runs on across a photo set inside the text (…美国东 | photo | 部时间…) keeps the text together, no picture story', () => {
  const text = [
    '两名宇航员出舱更换电池',
    '',
    '新华社华盛顿1月20日电  （记者林晓）两名宇航员20日出舱，为空间站更换电池。',
    '',
    '据报道，美国东',
    '',
    '两名宇航员在空间站外作业。',
    '新华社记者 王川摄',
    '',
    '部时间20日早晨',
    '',
    '两人开始太空行走，下午顺利收工，整个出舱任务历时6小时58分。',
  ];
  const found = roles(text.join('\n'));
  assert.equal(titleCount(found), 1);
});

test('a section label of two words set apart by a middle dot (大保护·底色) is a subhead, whatever the subject below', () => {
  const text = [
    '打开海州新格局',
    '',
    '本报海州3月2日电 海州港今年首批货轮2日出港，满载机械设备驶往东南亚。',
    '',
    '大保护·底色',
    '',
    '东坪村的茶园层层叠叠，村民们正忙着采摘春茶，山间溪水清澈见底。',
  ];
  const found = roles(text.join('\n'));
  assert.ok(found.includes('subhead:大保护·底色'));
  assert.equal(titleCount(found), 1);
});

test('pdftotext: head lines as wide as the column, set right above a dateline, are heads, not a paragraph', () => {
  const page = [
    '　　港口负责人说，我们要坚持开放合',
    '作，推动共建共享，坚决维护地区和平',
    '与稳定，推动港口高质量发展再上新台',
    '阶，为全市经济社会发展作出新的更大',
    '贡献',
    '（下转2版）',
    '',
    '海州市委主持召开部分民营企业家座谈会',
    '就优化营商环境工作听取各方面意见和建议',
    '　　本报海州3月2日电 （记者林晓',
    '）海州市委2日召开部分民营企业家座',
    '谈会，就优化营商环境听取企业家的意',
    '见和建议。市委书记主持会议并讲话，',
    '要求各部门切实为企业排忧解难。',
  ].join('\n');
  const found = roles(page);
  assert.deepEqual(
    headsOf(found).map((r) => r.split(':')[1]),
    ['海州市委主持召开部分民营企业家座谈会', '就优化营商环境工作听取各方面意见和建议'],
  );
});

test("a cartoon's credit (X图 Y文) closes its article as its last line; the heads after it open the next", () => {
  const text = [
    '漫画',
    '',
    '消防通道莫堵塞，',
    '生命安全靠大家。',
    '林  晓图  王  川文',
    '',
    '春运路上的暖心服务',
    '',
    '春运以来，海州火车站开通了爱心通道，为老人和儿童提供便利服务。',
  ];
  const found = roles(text.join('\n'));
  assert.ok(found.includes('paragraph:林  晓图  王  川文'));
  assert.ok(found.includes('title:春运路上的暖心服务'));
});

test('where a blank line parts the heads, a last head-like line set close over text is the body starting, no 副题', () => {
  const text = [
    '莫让“试用期”成了“白用期”（海州锐评）',
    '',
    '一些用人单位',
    '滥用试用期，将新员工的试用期一再延长，甚至试用期满即辞退，损害了劳动者的合法权益。',
    '',
    '劳动合同法对试用期的期限和工资都有明确规定，用人单位理应依法办事。',
  ];
  const found = roles(text.join('\n'));
  assert.deepEqual(headsOf(found), ['title:莫让“试用期”成了“白用期”（海州锐评）']);
});

test("a document's title over the date it was issued opens an article, unless the text above announced it (全文如下)", () => {
  const lead = harbourLead;
  // (set close under the text, as pdftotext gives it)
  const doc = [
    '海州市关于促进港口经济高质量发展的意见',
    '（二〇二六年三月一日）',
    '为加快建设现代化港口城市，推动港口经济高质量发展，现提出如下意见。',
  ];
  assert.ok(roles([...lead, ...doc].join('\n')).includes('title:海州市关于促进港口经济高质量发展的意见'));
  const announced = [...lead, '市政府日前印发《海州市关于促进港口经济高质量发展的意见》，全文如下。', ...doc];
  const found = roles(announced.join('\n'));
  assert.ok(!found.includes('title:海州市关于促进港口经济高质量发展的意见'));
  assert.equal(titleCount(found), 1);
});

test('on a page that indents paragraphs, a speech set close under text keeps its title over the date it was given', () => {
  const text = [
    '　　港口负责人说，今年的货运量有望再创新高。',
    '',
    '在海州港开港五十周年大会上的讲话',
    '（2026年3月1日）',
    '　　同志们，朋友们：',
    '　　今天，我们在这里隆重集会，庆祝海州港开港五十周年。',
  ];
  const found = roles(text.join('\n'));
  assert.ok(found.includes('title:在海州港开港五十周年大会上的讲话'));
  assert.ok(found.includes('subtitle:（2026年3月1日）'));
});

test('on a page that indents paragraphs, text set close between a head and the indented dateline under it is its 副题', () => {
  const text = [
    '　　港口负责人说，今年的货运量有望再创新高。',
    '',
    '海州市政府召开常务会议',
    '听取港口建设情况汇报，部署春季安全生产工作；要求狠抓项目落实，为全年发展打好基础',
    '　　本报海州3月2日电  市长周明远2日主持召开市政府常务会议，听取港口建设情况汇报。',
    '　　会议指出，要扎实做好春季安全生产各项工作。',
  ];
  const found = roles(text.join('\n'));
  assert.ok(found.includes('title:海州市政府召开常务会议'));
  assert.ok(found.some((r) => r.startsWith('subtitle:听取港口建设情况汇报')));
});

test('inside a body: a line right under the byline, a pair set close under the text; a pair closed by a column tag opens an article', () => {
  // the subject changes from the lead's, yet the line under the byline is the body's first subhead
  const underByline = [
    '海州港首批货轮出港',
    '',
    '本报记者　林晓',
    '',
    '老船长的新航线',
    '',
    '清晨六点，老船长王海生已经站在驾驶台上，检查雷达和通信设备。',
  ];
  const first = roles(underByline.join('\n'));
  assert.ok(first.includes('subhead:老船长的新航线'));
  assert.equal(titleCount(first), 1);

  const page = [
    ...harbourLead,
    '',
    '港口负责人说，今年的货运量有望再创新高。',
    '东坪村茶园',
    '采茶正当时',
    '清晨的东坪村，茶农们背着竹篓上山采摘春茶，山间溪水清澈见底。',
    '',
    '春茶上市',
    '价格平稳（海州观察）',
    '',
    '今年春茶上市以来，全市茶叶价格总体平稳，品质较往年有所提升。',
  ];
  const found = roles(page.join('\n'));
  assert.ok(found.includes('subhead:东坪村茶园'));
  assert.ok(found.includes('title:价格平稳（海州观察）'));
});

test('a short title of three clauses closed by its column tag, and a long tag on the line under a title, are heads', () => {
  const lead = ['　　海州港今年货物吞吐量预计突破一亿吨，集装箱航线增至六十条。', ''];
  const body = '　　今年以来，海州市持续推进城市更新行动，老旧小区改造、背街小巷整治同步推进。';
  assert.deepEqual(titleRoles([...lead, '整治河道，贵在坚持，重在长效（声音）', '', body]), [
    'title:整治河道，贵在坚持，重在长效（声音）',
  ]);
  assert.deepEqual(
    titleRoles([...lead, '当好老街改造“领路人”', '（一线观察·聚焦城市更新③）', '', body])
      .map((r) => r.slice('title:'.length))
      .join(''),
    '当好老街改造“领路人”（一线观察·聚焦城市更新③）',
  );
});

test("a speaker's line names a post or the institution written from, and a name", () => {
  assert.equal(speakerLine('海州日报社新媒体中心主任 方清源'), true);
  assert.equal(speakerLine('海州大学历史学院　叶景行'), true);
  assert.equal(speakerLine('海州市文物考古研究所 何 川'), true);
  assert.equal(speakerLine('海州大学举办建校七十周年庆祝活动'), false);
  assert.equal(speakerLine('城南新区十个重点项目集中开工'), false);
  // or a name alone, the author signing under the head — not a word of three characters
  assert.equal(speakerLine('叶景行'), true);
  assert.equal(speakerLine('高质量'), false);
  assert.equal(speakerLine('新篇章'), false);
});

test('no head opens on a day and a comma: a cut line such as 3月2日，海州港集装箱 is text', () => {
  const got = roles(
    [
      '海州港开通至东盟新航线',
      '',
      '　　本报海州3月2日电　海州港集装箱码头2日开通至东盟的第五条航线，每周两班。',
      '',
      '3月2日，海州港集装箱',
      '',
      '码头，一艘货轮满载家电驶向东盟。方清源摄',
    ].join('\n'),
  );
  assert.ok(!got.some((r) => r.startsWith('title:3月2日')), got.join(' | '));
});

test("an author's name alone under a head opens the body: it carries no title on", () => {
  const got = roles(
    [
      '让老手艺留在老街巷',
      '叶景行',
      '　　走进海州老城区的青石巷，早点铺的蒸笼冒着热气，修鞋匠的摊子前排着队。',
    ].join('\n'),
  );
  assert.ok(got.includes('title:让老手艺留在老街巷'), got.join(' | '));
  assert.ok(!got.some((r) => r.startsWith('title:') && r.includes('叶景行')), got.join(' | '));
});

test('names in a list of who attended are told from places and words', () => {
  for (const name of ['方清源', '叶景行', '何川', '欧阳明远']) assert.equal(listedName(name), true, name);
  for (const word of ['浙江', '上海', '长江', '经济发展']) assert.equal(listedName(word), false, word);
});

test('a line that opens on 的 runs on from the line above it, a subhead wrapped: 老渔民 | 的航海日志', () => {
  const got = roles(
    [
      '　　“出海三十年，哪片海域有暗礁，我心里都有数。”老周合上厚厚的航海日志说。',
      '',
      '　　老渔民',
      '',
      '的航海日志（记者手记）',
      '',
      '　　海州港的渔民大多靠经验吃饭，老周却坚持把每天的风向、潮汐记下来。',
    ].join('\n'),
  );
  assert.ok(!got.some((r) => r.startsWith('title:')), got.join(' | '));
});

test('a line without two characters of words (a phone number, a time) is no head', () => {
  const got = roles(
    [
      '海州市12345热线开通三周年',
      '',
      '　　本报海州3月2日电　市民遇到急难愁盼的问题，可以拨打热线电话：',
      '',
      '0518-85551234',
      '',
      '　　热线开通三年来，共受理群众诉求四十余万件，办结率超过百分之九十八。',
    ].join('\n'),
  );
  assert.deepEqual(
    got.filter((r) => r.startsWith('title:')),
    ['title:海州市12345热线开通三周年'],
  );
  assert.ok(got.includes('paragraph:0518-85551234'), got.join(' | '));
});

test('a box of photo captions (图片说明： | 图②：…) stays inside the body, no head', () => {
  const got = roles(
    [
      '海州春运一线见闻',
      '',
      '　　本报海州1月20日电　春运首日，海州火车站迎来客流高峰，志愿者在进站口引导旅客。',
      '',
      '图片说明：',
      '',
      '图①：海州站，志愿者帮一位老人把行李抬上站台。',
      '',
      '图②：海州港，装卸工把年货搬上驳船',
    ].join('\n'),
  );
  assert.deepEqual(
    got.filter((r) => r.startsWith('title:')),
    ['title:海州春运一线见闻'],
  );
});

test('a long column tag (up to 40 characters) closing a line inside a body marks a new title', () => {
  const page = [
    ...harbourLead,
    '',
    '码头新貌',
    '',
    '港口负责人说，今年的货运量有望再创新高，码头装卸效率明显提升。',
    '',
    '海州港集装箱吞吐量创新高（在新时代新征程上奋勇争先——海州港口建设巡礼之三·码头篇）',
    '',
    '海州港集装箱码头今年前两个月吞吐量同比增长一成，港口货运持续向好。',
  ];
  const found = roles(page.join('\n'));
  assert.ok(found.includes('subhead:码头新貌'));
  assert.ok(
    found.includes('title:海州港集装箱吞吐量创新高（在新时代新征程上奋勇争先——海州港口建设巡礼之三·码头篇）'),
  );
  assert.equal(titleCount(found), 2);
});

test('a long lead-in led out by a dash, over a line, opens an article; a person named so leads a subhead', () => {
  const page = (lead: string) => [
    ...harbourLead,
    '',
    '港口负责人说，海州港今年的货运量有望再创新高，港口码头装卸效率明显提升。',
    '',
    lead,
    '让港口成为城市发展引擎',
    '',
    '海州港口发展规划发布以来，港区企业和码头职工纷纷表示，要让港口货运再上台阶。',
  ];
  const story = roles(page('《海州港口发展规划》在港区企业引起热烈反响——').join('\n'));
  assert.ok(story.includes('title:让港口成为城市发展引擎'));
  assert.equal(titleCount(story), 2);
  // a post and a name before the dash introduce one speaker inside the story
  const speaker = roles(page('海州港务集团码头装卸作业队队长王海生——').join('\n'));
  assert.equal(titleCount(speaker), 1);
  // and a lead-in of clause after clause leads a part of the story above
  const clauses = roles(page('扬长补短、化短为长，思路一变港区宽——').join('\n'));
  assert.equal(titleCount(clauses), 1);
});

test("a 图为 sentence over a photo report's makers is the report's text, no caption", () => {
  const text = [
    '海州港迎来新年首班货轮',
    '',
    '　　1月2日，满载集装箱的货轮停靠海州港新码头，港区工人冒着细雨装卸，为',
    '新年开工送上好彩头。图为工人在码头指挥吊装。',
    '',
    '　　林  海  陈  思摄影报道',
  ];
  const found = roles(text.join('\n'));
  assert.ok(!found.some((r) => r.startsWith('caption:')), found.join(' | '));
  assert.ok(
    found.some((r) => r.startsWith('paragraph:') && r.includes('图为工人')),
    found.join(' | '),
  );
});

test('captions listed under 图片说明 at an article end are its text', () => {
  const text = [
    '海州乡村过大年',
    '',
    '　　腊月二十九，海州各村张灯结彩，村民们忙着写春联、备年货。',
    '图片说明：',
    '图①：村民在文化广场写春联。',
    '林  海摄',
    '图②：孩子们在村口放烟花。',
    '本报记者 陈 思摄',
  ];
  const found = roles(text.join('\n'));
  assert.ok(!found.some((r) => r.startsWith('caption:') || r.startsWith('credit:')), found.join(' | '));
  assert.ok(found.includes('paragraph:图②：孩子们在村口放烟花。'), found.join(' | '));
});

test('a 。 alone on its line over a photo credit ends the text above, no caption', () => {
  const text = [
    '海州港夜间作业忙',
    '',
    '　　海州港集装箱码头灯火通明。',
    '　　连日来，港区组织党员突击队，工人们加班加点装卸防疫物资，确保物资及时运抵',
    '',
    '。',
    '　　林  海摄（影像中国）',
    '',
    '',
    '梅园，暗香浮动',
    '',
    '　　早春时节，城西梅园的千余株蜡梅竞相绽放，游人踏青赏花，拍照留念。',
  ];
  const found = roles(text.join('\n'));
  assert.ok(!found.some((r) => r.startsWith('caption:')), found.join(' | '));
  assert.ok(found.includes('title:梅园，暗香浮动'), found.join(' | '));
});

test('a label over a name under a title (追梦人：叶 景) is text, no subtitle', () => {
  const text = [
    '渔村来了年轻船长（逐梦小康）',
    '',
    '追梦人：叶 景',
    '',
    '　　28岁，海州市东港镇渔民，曾在外地打工，前年回村考取船长证书，如今带着乡亲们出海。',
  ];
  const found = roles(text.join('\n'));
  assert.ok(!found.some((r) => r.startsWith('subtitle:')), found.join(' | '));
  assert.ok(found.includes('paragraph:追梦人：叶 景'), found.join(' | '));
});

test("heads right after a picture story closed by its photo's credit open the next article", () => {
  const text = [
    '秋收时节',
    '',
    '　　金秋十月，海州市东坪镇的中稻进入收割期，农民抢抓晴好天气收割。',
    '',
    '　　10月5日，东坪镇的农民驾驶收割机在稻田里抢收中稻。',
    '',
    '　　本报记者 陈墨 摄',
    '',
    '东坪镇中稻收购有序',
    '',
    '　　海州市东坪镇的中稻收割过半，镇粮站敞开收购，农民驾驶农用车排队售粮。',
  ];
  const found = roles(text.join('\n'));
  assert.ok(found.includes('title:东坪镇中稻收购有序'), found.join(' | '));
});

test('a pair of lines after an article has subheads is one more subhead group, whatever its subject', () => {
  const text = [
    '海州老街迎新春',
    '',
    '　　春节将至，海州老街张灯结彩，老字号店铺门前排起长队，街坊们忙着置办年货。',
    '',
    '老店铺',
    '新年味',
    '',
    '　　老街上的糕点铺已开了八十多年，店铺年前每天要做两千斤年糕，老街坊和外地游客都来排队。',
    '',
    '游览指南',
    '夜市灯会 各有看头',
    '',
    '　　乘坐地铁三号线在北门站下车，步行五分钟即到。晚上七点以后人多，建议错峰前往，自驾者可停在东侧停车场。',
  ];
  const found = roles(text.join('\n'));
  assert.ok(!found.includes('title:夜市灯会 各有看头'), found.join(' | '));
  assert.ok(found.includes('subhead:游览指南'), found.join(' | '));
});

test('a line telling news over a shorter title, after an article with subheads, opens an article', () => {
  const text = [
    '海州老街迎新春',
    '',
    '　　春节将至，海州老街张灯结彩，老字号店铺门前排起长队，街坊们忙着置办年货。',
    '',
    '老店铺',
    '新年味',
    '',
    '　　老街上的糕点铺已开了八十多年，店铺年前每天要做两千斤年糕，老街坊和外地游客都来排队。',
    '',
    '海州市气象台发布寒潮蓝色预警',
    '本周将迎大范围降温',
    '',
    '　　受强冷空气影响，本周中后期全市气温将下降八至十摄氏度，最低气温零下五摄氏度。',
  ];
  const found = roles(text.join('\n'));
  assert.ok(found.includes('title:本周将迎大范围降温'), found.join(' | '));
});

test('a sign-off wrapped over two lines ends the article: the line after it opens the next', () => {
  const text = [
    '海州港冬季航线全面开通',
    '',
    '　　海州港冬季航线近日全面开通，港口集装箱航线增至四十条，冬季航线覆盖东南亚各主要港口。港口方面表示，冬季航线开通后，海州港集装箱吞吐量有望再创新高。',
    '',
    '　　（本报海州、临江2月',
    '',
    '14日电）',
    '',
    '',
    '海州港集装箱航线再添新线',
    '',
    '　　海州港集装箱航线再添新线，首条直达南亚的集装箱航线昨日开通，海州港航线总数增至四十一条。',
  ];
  const found = roles(text.join('\n'));
  assert.ok(found.includes('title:海州港集装箱航线再添新线'), found.join(' | '));
});

test("a reader's mail address or a photo report's makers close the text above: the head after it opens an article", () => {
  const mail = [
    '海州梅园花开正盛',
    '',
    '　　海州梅园的蜡梅近日进入盛花期，梅园内千余株蜡梅竞相绽放，吸引市民游客前来赏梅。梅园管理处介绍，今年赏梅季将持续到三月中旬。',
    '',
    '　　电子信箱：haizhou@example.com',
    '',
    '赏梅胜地海州梅园迎客忙',
    '',
    '　　海州梅园赏梅季游客增多，梅园管理处增设停车位，赏梅游客可预约入园。',
  ];
  const byMail = roles(mail.join('\n'));
  assert.ok(byMail.includes('title:赏梅胜地海州梅园迎客忙'), byMail.join(' | '));
  const photos = [
    '港城春运一线',
    '',
    '　　凌晨四点，海州站的检票员已经到岗，迎接返乡的旅客。',
    '',
    '　　林  海  陈  思摄影报道（港城视觉）',
    '',
    '港城春运一线温暖相伴',
    '',
    '　　海州站春运期间增开临客，港城春运旅客发送量同比增长。',
  ];
  const byPhotos = roles(photos.join('\n'));
  assert.ok(byPhotos.includes('title:港城春运一线温暖相伴'), byPhotos.join(' | '));
});

test('a sign-off naming who wrote the text ((执笔：X)) ends the article: the head after it opens the next', () => {
  const text = [
    '海州纪检监察干部要敢于担当',
    '',
    '　　海州市纪委监委近日召开会议，要求纪检监察干部敢于担当、善于作为，在监督执纪中勇于较真碰硬。',
    '',
    '　　（执笔：林  海）',
    '',
    '纪检监察干部担当作为见行动',
    '',
    '　　海州市纪检监察干部深入基层一线，监督执纪问责，推动担当作为落到实处。',
  ];
  const found = roles(text.join('\n'));
  assert.ok(found.includes('title:纪检监察干部担当作为见行动'), found.join(' | '));
});

test('a box label set letter-spaced (链  接) is a subhead of the body, no title', () => {
  const text = [
    '海州港开通东盟新航线',
    '',
    '　　本报海州1月10日电  （记者叶景行）海州港至东盟的直达集装箱航线10日开通，每周往返两班。',
    '',
    '链  接',
    '',
    '　　据统计，去年全市外贸进出口总值突破千亿元大关，民营企业占比过半。',
  ];
  const found = roles(text.join('\n'));
  assert.ok(!found.includes('title:链  接'), found.join(' | '));
  assert.ok(found.includes('subhead:链  接'), found.join(' | '));
});
