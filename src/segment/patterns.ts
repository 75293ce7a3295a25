import { isHan } from './chars.js';
/**
 * The printed forms the segmenter recognises, as data: each rule has an id and says why.
 * Patterns run on NFKC-folded text (see `fold`), so full-width and ASCII punctuation match
 * alike: （ → (, ： → :, ， → ,. The text kept in the output is always the original.
 */

/** NFKC plus the CJK radical code points some PDF fonts emit, so patterns see one alphabet. */
export function fold(text: string): string {
  let folded = recentFolds.get(text);
  if (folded === undefined) {
    folded = text.normalize('NFKC');
    if (recentFolds.size >= maxRecentFolds) recentFolds.clear();
    recentFolds.set(text, folded);
  }
  return folded;
}

/** Lines folded lately: a page's lines are folded again and again by the stages (over half of
 * all calls), and a lookup costs less than NFKC. Bounded: cleared when full. */
const recentFolds = new Map<string, string>();
const maxRecentFolds = 4096;

/** fold(text) without the lookup, for a line just read (which no lookup would find): remembering
 * it costs about as much as NFKC (hashing the text), and the stages after segment take the line's
 * fold from its block instead (pieces.ts foldedAsRead). */
export const foldLine = (text: string): string => text.normalize('NFKC');

/**
 * Whether fold(a + text) is fold(a) + fold(text) whatever a is: text opens on a character that
 * nothing before it combines or reorders with (a Han character, ASCII, a full-width form, the
 * common CJK punctuation), so NFKC treats the two sides apart. test/patterns.test.ts holds it.
 */
export function foldsApart(text: string): boolean {
  const c = text.charCodeAt(0);
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x20 && c <= 0x7e) ||
    (c >= 0xff01 && c <= 0xff5e) ||
    (c >= 0x3000 && c <= 0x3003) ||
    (c >= 0x3008 && c <= 0x3011) ||
    c === 0x2014 ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2026 ||
    c === 0xb7
  );
}

/**
 * The offset in `original` where `fold(original)` reaches `foldedAt`: NFKC may change the
 * length of a character (… → ...), so a cut found in folded text maps back character by character.
 */
export function originalOffset(original: string, foldedAt: number): number {
  let folded = 0;
  let at = 0;
  for (const ch of original) {
    if (folded >= foldedAt) break;
    folded += fold(ch).length;
    at += ch.length;
  }
  return at;
}

/** The text outside brackets, quotes and book-title marks: where a head's clauses show. */
export function outsideBrackets(text: string): string {
  return text.replace(/\([^()]*\)|“[^”]*”|《[^》]*》/g, '');
}

/** How a 副题 opens: a dash, a bullet. */
export const subtitleLead = /^(?:——|—|-{2}|[●■◆▲])/;

const cn = '[一二三四五六七八九十百零〇两]';
/** A page number: 4, 四, or with a section letter, A04 (the letter is dropped). */
const num = `(?:[A-H]?\\s?(\\d{1,3})|(${cn}{1,4}))`;
/** A Chinese personal name as printed in bylines: 2–4 characters, maybe spaced, or a ·-name. */
const name = '[\\u4e00-\\u9fff][\\u4e00-\\u9fff\\s\\u00a0\\u3000·]{0,6}[\\u4e00-\\u9fff]';

/** Names one after another: 张三、李四 · 张 三 李四. */
const names = `${name}(?:[、,\\s\\u00a0]+${name})*`;
/** A further part of a byline: 通讯员 X · 实习生 Y · 见习记者 Z · 图/通讯员 Z (who took the photos). */
const moreNames = `(?:图/)?(?:特约通讯员|通讯员|实习生|见习记者|实习记者|记者)[\\s\\u00a0]*${names}`;
/** What a metro paper sets before a byline: ■ □ ◎ markers, 文/图 (who wrote and shot it).
 * OCR reads □ as 口: set apart by a space before a byline it is the mark, never a word. */
const bylineMark = '[■□◎●▲◆★]\\s*|口[\\s\\u00a0]+|(?:文/图|图/文|文)[/\\s\\u00a0]*';

/** Sentence-final punctuation, optionally followed by closing quotes/brackets. */
// (OCR and ASCII-punctuated pages give 。 as . : after a Chinese character it ends the sentence)
export const sentenceEndPattern = /(?:[。!?…;:]|\.{3}|(?<=[\u4e00-\u9fff])\.)["'”’」』)\]】]*$|——$/;

/** Closing quotes and brackets (the class after the stop in sentenceEndPattern). */
const isCloser = (c: number): boolean =>
  c === 0x22 ||
  c === 0x27 ||
  c === 0x201d ||
  c === 0x2019 ||
  c === 0x300d ||
  c === 0x300f ||
  c === 0x29 ||
  c === 0x5d ||
  c === 0x3011;
/** Sentence stops: 。 ! ? … ; : (the first class of sentenceEndPattern). */
const isStop = (c: number): boolean =>
  c === 0x3002 || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3b || c === 0x3a;

/**
 * sentenceEndPattern's test, read from the end of the text: the pattern has no start anchor, so
 * the regex engine tries it at every stop of a long paragraph (it ran in a few percent of all
 * parse time). A match ends at the text's end, behind the closers there; a stop is no closer,
 * so it is the character just before them. test/patterns.test.ts holds it to the pattern.
 */
export const sentenceEnd = {
  test(text: string): boolean {
    let end = text.length;
    while (end > 0 && isCloser(text.charCodeAt(end - 1))) end--;
    if (end > 0 && isStop(text.charCodeAt(end - 1))) return true;
    if (
      end >= 3 &&
      text.charCodeAt(end - 1) === 0x2e &&
      text.charCodeAt(end - 2) === 0x2e &&
      text.charCodeAt(end - 3) === 0x2e
    )
      return true;
    if (end >= 2 && text.charCodeAt(end - 1) === 0x2e && isHan(text.charCodeAt(end - 2))) return true;
    return text.endsWith('——');
  },
};
/** A paragraph that is a whole parenthetical, e.g. (新华社电), (作者为…), (本报记者 X). */
export const wholeParenthetical = /^\([^()]{1,60}\)$/;

export interface Rule {
  id: string;
  pattern: RegExp;
  why: string;
}

/** Jump lines: where an article goes on or comes from. */
export const jumpRules: Rule[] = [
  {
    id: 'jump-to',
    // (brackets may be left out where an arrow or 下转 says it: ▶下转A3版 · 下转第三版)
    pattern: new RegExp(
      `^(?:[▶►→]\\s*)?(?:\\(\\s*(?:下转|转)|下转)\\s*(?:第\\s*)?(${num})\\s*(?:版|页)(?:[^)]{0,12}\\)|\\))?$`,
    ),
    why: '(下转4版), (下转第四版), (转第4版), ▶下转A3版',
  },
  {
    id: 'jump-from',
    pattern: new RegExp(
      `^(?:[▶►→]\\s*)?(?:\\(\\s*(?:上接|紧接|承接|接)|上接|紧接)\\s*(?:第\\s*)?(${num})\\s*(?:版|页)(?:[^)]{0,12}\\)|\\))?$`,
    ),
    why: '(上接第一版), (接第1版), (紧接A1版), ▶上接A1版',
  },
];

/** The same jump markers glued to the end or start of a paragraph. */
export const trailingJump = new RegExp(
  `\\(\\s*(?:下转|转)\\s*(?:第\\s*)?(${num})\\s*(?:版|页)[^)]{0,12}\\)$`,
);
export const leadingJump = new RegExp(
  `^\\(\\s*(?:上接|紧接|承接|接)\\s*(?:第\\s*)?(${num})\\s*(?:版|页)[^)]{0,12}\\)`,
);

/**
 * Photo credits. They end a caption or stand on their own line. Group 1 holds the names.
 */
export const creditRules: Rule[] = [
  {
    id: 'credit-she',
    pattern: new RegExp(
      `^(?:\\(?\\s*)?(?:[\\u4e00-\\u9fff]{0,14}(?:记者|通讯员|特约摄影|摄影记者|摄影)[\\s\\u00a0]*)?(${names})[\\s\\u00a0]*(?:/\\s*)?摄(?:\\s*[(][^)]{1,12}[)])?\\s*\\)?$`,
    ),
    why: '渝西都市报记者 袁卿予 摄 · 新华社记者 X摄 · X摄(影像中国) · (X 摄) · X/摄',
  },
  {
    id: 'credit-slash',
    pattern: new RegExp(
      `^(?:图|图片|摄影|图文|图/文)\\s*[/:]\\s*(?:文\\s*[/:]?\\s*)?(${name})(?:[\\s\\u00a0]+文\\s*[/:]\\s*(${name}))?$`,
    ),
    why: '图/X · 图/文X · 图/X 文/Y · 摄影:X',
  },
  {
    id: 'credit-name-slash',
    // the maker's name first, the job after the slash: X/图, Y/文 X/图, X/图 Y/文
    pattern: new RegExp(
      `^(?:${name}\\s*/\\s*文[\\s\\u00a0]+)?(${name})\\s*/\\s*图(?:[\\s\\u00a0]+${name}\\s*/\\s*文)?$`,
    ),
    why: 'X/图 · Y/文 X/图 · X/图 Y/文',
  },
  {
    id: 'credit-supplied',
    pattern:
      /^(?:[\u4e00-\u9fff]{2,14}(?:供图|提供|供稿)|资料图片|新华社发|中新社发|人民视觉|视觉中国|本报资料图片|[\u4e00-\u9fff]{2,4}[\s\u00a0]*(?:摄|作)?\s*\((?:[^)]{1,10}(?:视觉|中国|图片|供图|新华社发))\))$/,
    why: '某某单位供图 · 资料图片 · 新华社发 · 人民视觉 · X(人民视觉)',
  },
];

/** A credit glued to the end of a caption line: …图为签约仪式现场。渝西都市报记者 袁卿予 摄 ·
 * …效果图。 受访者供图 (a supplied photo's credit only after a space). */
export const gluedCredit = new RegExp(
  `([。!?)”])\\s*((?:\\(\\s*)?(?:[\\u4e00-\\u9fff]{0,14}(?:记者|通讯员|摄影)[\\s\\u00a0]*)?${name}[\\s\\u00a0]*(?:/\\s*)?摄(?:\\s*\\([^)]{1,12}\\))?\\s*\\)?|(?:图|图/文)\\s*/\\s*${name}(?:[\\s\\u00a0]+文\\s*/\\s*${name})?|[\\s\\u00a0\\u3000][\\u4e00-\\u9fffA-Za-z]{2,14}供图)$`,
);

/** Cues that a line is a photo caption. */
export const captionCue = /图为|(?:^|[。,])(?:左图|右图|上图|下图|图\d|组图)|(?:^|。)图片/;

/**
 * Bylines and datelines that open a body. Group `by` is the byline text as printed.
 * 本报讯(渝西都市报记者 彭禹乔) · 本报讯 记者 X 通讯员 Y 报道 · 本报北京5月1日电 (记者X、Y) ·
 * 新华社北京4月30日电 · 据新华社电 (记者X) · 本报电 · 本报记者 X (own line) ·
 * 本报4月8日讯 · 本报北京4月8日讯 (city and metro papers date a 讯, its place often left out)
 */
const place = '[\\u4e00-\\u9fff·]{1,12}?';
const placeOrNone = '[\\u4e00-\\u9fff·]{0,12}?';
const date = '(?:\\d{4}年)?(?:\\d{1,2}月)?\\d{1,2}日';
// (every form names its source within nine characters, 报 社 台 or 网 closing it: the lookahead
// turns most lines away before the alternatives are tried)
export const datelinePattern = new RegExp(
  `^据?(?=[\\u4e00-\\u9fff]{0,8}[报社台网])(?:(?:本报|新华社|中新社|人民日报|[\\u4e00-\\u9fff]{2,8}(?:报|社|台|网))${place}${date}(?:专)?电|(?:本报|[\\u4e00-\\u9fff]{2,8}报)${placeOrNone}${date}讯|本报讯|本报电|[\\u4e00-\\u9fff]{2,8}(?:报|网)讯|新华社(?:[\\u4e00-\\u9fff]{1,8})?电)`,
);
/**
 * The pattern's lookahead read in code first (its source named within nine characters, after a
 * 据: a Han run reaching 报, 社, 台 or 网), sparing most lines the regex engine's call: the
 * pattern ran on every line of a page, in about 2% of all parse time. The pattern still decides.
 */
function namesSourceEarly(text: string): boolean {
  const from = text.charCodeAt(0) === 0x636e /* 据 */ ? 1 : 0;
  const end = Math.min(text.length, from + 9);
  for (let at = from; at < end; at++) {
    const c = text.charCodeAt(at);
    // 报 社 台 网
    if (c === 0x62a5 || c === 0x793e || c === 0x53f0 || c === 0x7f51) return true;
    if (!isHan(c)) return false;
  }
  return false;
}
export const datelinePrefix = {
  test: (text: string): boolean => namesSourceEarly(text) && datelinePattern.test(text),
  exec: (text: string): RegExpExecArray | null =>
    namesSourceEarly(text) ? datelinePattern.exec(text) : null,
};
export const datelineParts = new RegExp(
  `^据?(本报|新华社|中新社|人民日报|[\\u4e00-\\u9fff]{2,8}?(?:报|社|台|网))(${place})(${date})(?:专)?电|^(本报|[\\u4e00-\\u9fff]{2,8}?报)(${placeOrNone})(${date})讯`,
);
/** How a dateline opens, its source named first (本报, 新华社, 渝西都市报): the start of a
 * dateline cut by a column before its 电 (据新华社 | 华盛顿1月20日电…). */
export const sourceLead = /^据?(?:本报|新华社|中新社|人民日报|[\u4e00-\u9fff]{1,8}(?:报|社|台|网))/;
/** Reporter parenthetical right after a dateline: (记者 X、Y) or (渝西都市报记者 X 通讯员 Y). */
export const reporterParen =
  /^[\s\u00a0\u3000]*\(([^()]{0,60}?(?:记者|通讯员|特派|报道员|见习)[^()]{0,60}|[\u4e00-\u9fff·\s\u00a0、]{2,16})\)/;
/** 本报记者 X Y / 记者 X 通讯员 Y 报道 / 本报特约记者 X / 本报评论员 X / 通讯员 X Y / 本报记者 X 文/图 /
 * 文/本报记者 X 图/通讯员 Y, standing alone or before the body. */
export const standaloneByline = new RegExp(
  `^(?:${bylineMark})?(?:本报讯\\s*)?\\(?(?:[\\u4e00-\\u9fff]{0,10}?(?:本报|新华社|人民日报)?(?:驻[\\u4e00-\\u9fff]{1,8})?(?:(?:特约|特派|见习|实习|首席)?记者|(?:特约)?评论员|(?:特约)?通讯员))[\\s\\u00a0]*${names}(?:[\\s\\u00a0]*${moreNames})*(?:[\\s\\u00a0]*(?:报道|文/图|图/文))?\\)?$`,
);
/**
 * A commentary's or column's signature on a line of its own, a bare name behind a mark:
 * □ 方知远 · ◎林一 · 文/方知远 · □ 文/方知远 (no 记者; ■ only with 文/: alone it marks subheads
 * as often as names).
 * Group 1 holds the name, to be checked against the surnames.
 */
export const markedSignature =
  /^(?:[□◎]\s*(?:文\s*\/\s*)?|口\s+(?:文\s*\/\s*)?|■\s*文\s*\/\s*|文\s*\/\s*)((?:[\u4e00-\u9fff]\s*){1,3}[\u4e00-\u9fff])$/;
/** 本报讯 · 本报电 naming no reporter: how each item of a column of briefs opens (its writer signs
 * it off in brackets below), not the dateline of an article of its own. */
export const namelessDateline = /^本报[讯电](?!\s*\(|\s*[\u4e00-\u9fff]{0,6}(?:记者|通讯员))/;
/** The marker a byline may open with, to strip before reading its names. */
export const bylineMarkPrefix = new RegExp(`^(?:${bylineMark})`);
/** 记者 X 通讯员 Y 报道 right after 本报讯, without brackets (报道 may be left out: the names
 * then end at a space, 本报讯　记者 刘洋　通讯员 陈晨　4月7日…; or 文/图 close them: the
 * reporter wrote the text and took the photo; a colon may follow: 记者 X 报道：10月20日…). */
export const looseReporters = new RegExp(
  `^[\\s\\u00a0\\u3000]*(?:[\\u4e00-\\u9fff]{0,10}记者)[\\s\\u00a0]*${names}(?:[\\s\\u00a0\\u3000]*(?:通讯员|实习生)[\\s\\u00a0]*${names})?(?:[\\s\\u00a0]*(?:报道|文/图|图/文)(?:\\s*:)?|(?=[\\s\\u00a0\\u3000]))`,
);

/** Running heads at the page edge: dates with 星期, page numbers, paper names with 版. */
export const runningHeadRules: Rule[] = [
  {
    id: 'rh-date',
    pattern: /^.{0,24}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.{0,30}$/,
    why: '2025年7月9日 星期三',
  },
  {
    id: 'rh-page',
    pattern: new RegExp(`(?:^|\\s)第?\\s*${num}\\s*版(?:\\s|$)|^(?:版面|版次)\\s*[:]?\\s*${num}`),
    why: '第1版 · 3版',
  },
  {
    id: 'rh-staff',
    // with a colon, or two labels and more set with spaces (责编 王一 美编 李二)
    pattern:
      /^(?:(?:责任编辑|责编|编辑|美编|美术编辑|校对|检校|审校|审读|组版|排版|版式|照排|值班编委|制版)\s*[:]\s*[\u4e00-\u9fff·]{2,4}\s*){1,5}$|^(?:(?:责任编辑|责编|编辑|美编|美术编辑|校对|检校|审校|审读|组版|排版|版式|照排|值班编委|制版)\s+[\u4e00-\u9fff·]{2,4}\s*){2,5}$/,
    why: '责任编辑:X 美术编辑:Y · 责编 X 美编 Y at the page edge',
  },
  { id: 'rh-date-dash', pattern: /^.{0,20}\b\d{4}[-./]\d{1,2}[-./]\d{1,2}\b.{0,20}$/, why: '2025-07-09' },
  {
    id: 'rh-section',
    pattern: /^[\u4e00-\u9fff]{2,6}\s+[A-H]?\d{1,2}$|^[A-H]?\d{1,2}\s+[\u4e00-\u9fff]{2,6}$/,
    why: '要闻 2 · 综合 A04',
  },
];

/** In-body subheads: numbered or bracketed short lines, or a section's two words set apart by a
 * middle dot (大保护·底色, 冲突·和解) — not a column's label (来论·春运, 速览·国庆假期). */
export const subheadCue = new RegExp(
  `^(?:${cn}{1,3}[、.]|\\(${cn}{1,3}\\)|\\d{1,2}[、.](?!\\d)|【[^】]{1,30}】$|【[^】]{1,8}】|第${cn}{1,3}[章节部分]|[■●◆▲★◎□△]|(?:之|其)${cn}[:,]?|(?!来论|速览|资讯|快讯|短评)[\\u4e00-\\u9fff]{2,3}·[\\u4e00-\\u9fff]{2,3}$)`,
);

/** A kicker (引题) usually leads into the title: …时强调, …上指出, 网友热议…——. */
export const kickerCue =
  /(?:强调|表示|指出|要求|寄语|呼吁|发表重要讲话|发表[^,。]{0,8}文章|致信|回信|讲话|之际|印发|——|:|在[^,。]{2,40}(?:上|时|中|期间)|前夕)$/;
/** A 副题 that names who attended or spoke: 周明远出席, 叶景行出席并讲话, 会见…. */
export const attendanceCue =
  /(?:出席|主持|讲话|会见|参加|致辞|会谈|出席会议|出席仪式|出席活动|并讲话|发表讲话|作报告|参加活动|见证签约|陪同|致贺信|同志逝世|主旨演讲)$|(?:出席|会见|宣读|主持|参加)[^,]{0,24}$/;
/** A subtitle (副题) follows the title: ——…, (2019年9月30日), …出席, …主持. */
export const subtitleCue = new RegExp(`^(?:——|—|-{2}|\\(|[●■◆▲])|[;；]|${attendanceCue.source}`);
/** A first line that states a whole event is a title, not a kicker: …举行, …召开, …发布. */
export const titleEndCue =
  /(?:会议|贺电|举行|召开|开幕|闭幕|发布|公布|成立|启动|开工|出版|揭晓|落幕|出院|会谈|通话|通过|签署|开通|投产|竣工|上线|亮相|举办|获批|揭牌|就绪|启用|休眠|发生事故|(?<!公)开赛)$/;
/** A first title line that cannot end there: a wrapped title goes on on the next line. */
export const openEnd = /[的与和及或在对把被向从为将以让使给跟同于之、,“《(—]$/;
/** What no paragraph starts with: closing punctuation, particles (了 们 吗 …): text that runs on. */
/**
 * How a paragraph opens that follows a line standing alone: a quote, a box mark, a numbered
 * point, a date, a time or linking word (日前, 目前, 此外 …). Mid-sentence text rarely starts so.
 */
export const paragraphOpener =
  /^(?:[“"■●◆▲【]|\((?:[一二三四五六七八九十]+|\d+)\)|\d{4}年|\d{1,2}月\d{1,2}日|(?:近日|近年来|今年|去年|目前|当前|日前|如今|前不久|不久前|此前|随后|此外|另外|然而|但是|不过|因此|其中|据悉|记者|截至|对于|为了|随着))/;
export const runsOnStart = /^(?:[,，。、;；:：!！?？)）」』”’》\]】…了们吗呢吧么]|的(?!确))/;

/**
 * Lines that close an article without a full stop: a closing parenthetical (…2月24日电),
 * an author's place and name (江苏兴化市 孙贵书), an address to write to.
 */
export const closingLine =
  /\)$|^[\u4e00-\u9fff]{2,12}\s+[\u4e00-\u9fff·]{2,4}$|[\w.-]+@[\w.-]+\.\w+$|https?:\/\/\S+$/;

/**
 * The line that signs an article off: (新华社北京2月15日电) · (本报巴黎电) · (作者为…) ·
 * (综合本报记者…报道) · (记者 X) · (执笔:X). After it a head opens the next article, never a
 * subhead.
 */
export const signOff =
  /^\((?:[^()]{0,30}电|作者[^()]{1,60}|执笔:?[^()]{1,20}|[^()]{0,20}(?:综合|编译|报道|整理)[^()]{0,60}|(?:本报)?记者[^()]{1,30}|[^()]{0,12}(?:新华社|中新社|本报)[^()]{0,12})\)$/;

/**
 * 本版制图: X · 版式设计: X · 版式、制图: X · 责任编辑: X — a line of its own that closes an
 * article; so does a cartoon's (X图 Y文: drawn by X, its verse by Y), its text the article's.
 */
export const staffLine =
  /^(?:(?:本版|本期|图片|稿件)?(?:图片来源|制图|设计|版式设计|版式|摄影|责任编辑|编辑|统筹|策划|插图|漫画|绘图|整理|执笔|翻译|供图|题图|图表|数据来源|资料来源)(?:、(?:制图|设计|版式|摄影|编辑|统筹|策划|插图|绘图|整理|执笔|翻译|题图|图表))*\s*:\s*[\u4e00-\u9fff·\s、]{2,24}|[\u4e00-\u9fff]{1,2}\s*[\u4e00-\u9fff]{1,2}\s*图\s+[\u4e00-\u9fff]{1,2}\s*[\u4e00-\u9fff]{1,2}\s*文)$/;
/**
 * The label a column of short items runs under (资讯 · 速览 · 新闻速递 · 来论, or one a paper
 * coins: 产经快讯 · 本埠简讯 · 科技速递): the column is one article titled by its label, and
 * each item's head is a subhead of its body.
 */
export const briefsLabel =
  /^(?:资讯|速览|简讯|快讯|短讯|[\u4e00-\u9fff]{2}(?:快讯|速递|简讯|短讯|速览|短波)|新闻速递|资讯速递|要闻速览|信息快递|财经短波|微阅读|数读|来论|建议|身边事|反馈|直言)$/;
/** A signer's name after the place, set apart by spaces: 2–3 characters, maybe spaced (冯 毅). */
const signer = '[\\s\\u00a0\\u3000]+[\\u4e00-\\u9fff](?:[\\s\\u00a0\\u3000]*[\\u4e00-\\u9fff]){1,2}$';
/**
 * A reader's sign-off closing a letter in a column: the place and the name (山东惠民县 田晓剑),
 * a paragraph of the letter, never the 引题 of the next one.
 */
export const placeSignOff = new RegExp(`^[\\u4e00-\\u9fff]{2,9}(?:省|市|县|区|州|旗|盟)${signer}`);
/** The same inside a column of letters, where the place may be a city and its district (北京朝阳 林峰). */
export const looseSignOff = new RegExp(`^[\\u4e00-\\u9fff]{2,9}${signer}`);
/** The line naming who took a picture story's photos: X Y摄影报道, X摄影报道（影像中国）. */
export const photographersLine = /摄影报道(?:\([^()]{2,8}\))?$/;
/** Box labels set like heads inside a body: 核心阅读, 编者按, 编者的话, 阅读提示. */
export const bodyLabel =
  /^(?:核心阅读|编者按|编者的话|开栏的话|编后|编后语|人物小传|阅读提示|内容提要|提要|短评|相关链接|延伸阅读|记者手记|记者观察|背景链接|链接|图片说明:?)$/;
