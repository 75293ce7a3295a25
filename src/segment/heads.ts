import { readList } from '../lexicon-lists.js';
import type { BlockRole } from '../model.js';
import { countOf } from './chars.js';
import { cohesion } from './cohesion.js';
import { endsParagraph, type Item } from './item.js';
import {
  attendanceCue,
  briefsLabel,
  closingLine,
  datelinePrefix,
  kickerCue,
  looseSignOff,
  namelessDateline,
  openEnd,
  outsideBrackets,
  photographersLine,
  placeSignOff,
  runsOnStart,
  sentenceEnd,
  signOff,
  sourceLead,
  staffLine,
  subheadCue,
  subtitleCue,
  subtitleLead,
  titleEndCue,
  wholeParenthetical,
} from './patterns.js';
import type { Piece } from './pieces.js';
import { charsAcross, listedName, personName, segmenter, wordAcross } from './words.js';
import { wrapOdds } from './wrap-odds.js';

/**
 * Settles which head-like pieces are heads: those a column cut made go back to text, runs
 * of heads open articles (with 引题 / 主题 / 副题 roles) or stand as in-body subheads.
 */
export function resolveHeads(items: Item[], pieces: Piece[]): void {
  const pageIndents = pieces.filter((p) => p.indent).length >= pieces.length * 0.3;
  if (pageIndents) demoteIndentedHeads(items);
  demoteCutHeads(items);
  promoteLongTitles(items, pageIndents);
  promoteSummarySubtitles(items);
  assignHeads(
    items,
    pageIndents,
    pieces.some((p) => p.wrapped),
    setsHeadsClose(items),
  );
}

/**
 * Whether the page sets its head lines one under the other with no blank line between more
 * often than apart: there, head lines set close before a blank line are 引题 and 主题 as well as
 * a title wrapped, where a page that sets heads apart only wraps a title so.
 */
function setsHeadsClose(items: Item[]): boolean {
  let close = 0;
  let apart = 0;
  for (let k = 1; k < items.length; k++) {
    if (items[k].kind !== 'head' || items[k - 1].kind !== 'head') continue;
    if (items[k].piece.gapBefore) apart++;
    else close++;
  }
  return apart === 0 && close >= 2;
}

/**
 * A title too long for the head checks (…将出席海州湾国际港口论坛、临江经贸合作洽谈会并对
 * 两地进行工作考察): one flush line that ends no sentence, after a finished paragraph, right
 * above a dateline or byline that opens the article.
 */
function promoteLongTitles(items: Item[], pageIndents: boolean): void {
  for (let i = 0; i < items.length - 1; i++) {
    const item = items[i];
    const p = item.piece;
    if (item.kind !== 'text' || item.role || p.start !== p.end || (pageIndents && p.indent)) continue;
    const f = p.folded.trim();
    if (f.length < 8 || f.length > 64 || /[。!?;:]/.test(f) || sentenceEnd.test(f)) continue;
    if (closingLine.test(f) || staffLine.test(f) || wholeParenthetical.test(f)) continue;
    const next = items[i + 1];
    const opens =
      next.kind === 'byline' || (next.kind === 'text' && datelinePrefix.test(next.piece.folded.trim()));
    const before = items[i - 1];
    if (opens && (before === undefined || before.kind !== 'text' || endsParagraph(before.piece)))
      item.kind = 'head';
  }
}

/**
 * A 副题 that sums up the story (听取…汇报，要求…；部署…): text set between a head and the
 * dateline or byline that opens the article. The body starts at its dateline, so what stands
 * between the heads and it is one of the heads, however long and whatever its punctuation.
 */
function promoteSummarySubtitles(items: Item[]): void {
  for (let i = 1; i < items.length - 1; i++) {
    const item = items[i];
    // indented, it is a paragraph's start (a part's head set as text on an indenting page)
    if (item.kind !== 'text' || item.role || item.piece.indent || items[i - 1].kind !== 'head') continue;
    const f = item.piece.folded.trim();
    // (short, it is a head of its own or a label such as 推荐人, decided by the head checks)
    if (f.length < 16 || f.length > 240 || datelinePrefix.test(f) || closingLine.test(f) || staffLine.test(f))
      continue;
    const next = items[i + 1];
    const after = next.piece.folded.trim();
    // a byline in brackets ((本报记者 X整理)) signs an article off; it opens none
    const opens =
      next.kind === 'byline'
        ? !wholeParenthetical.test(after)
        : next.kind === 'text' && datelinePrefix.test(after);
    if (opens) item.kind = 'head';
  }
}

/**
 * On a page that indents its paragraphs, heads stand flush and the text after a head starts
 * indented; an indented head-like piece is a paragraph's start, an unindented one followed
 * by unindented text is the end of a column.
 */
function demoteIndentedHeads(items: Item[]): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.kind !== 'head' || item.bySize) continue;
    if (item.piece.indent) {
      item.kind = 'text';
      // an indented whole line before an indented paragraph is an in-body subhead; before
      // unindented text it is a paragraph's start cut by a column
      const after = items[i + 1];
      if (after?.kind === 'text' && after.piece.indent && !item.piece.wrapped) item.role = 'subhead';
      continue;
    }
    const next = items[i + 1];
    const prev = items[i - 1];
    if (!items.slice(0, i).some((x) => x.kind === 'text')) continue;
    if (prev?.kind === 'jump-to' || prev?.kind === 'credit' || prev?.kind === 'head') continue;
    // a column tag closes a title, on its line or the next: 老街为啥留住了“老手艺” | (城市观察)
    if (columnTag.test(item.piece.folded.trim()) || (next && tagLine(next.piece))) continue;
    if (
      next?.kind === 'text' &&
      !next.piece.indent &&
      !next.piece.wide &&
      !datelinePrefix.test(next.piece.folded)
    ) {
      // a flush line that ends no sentence, before an indented paragraph, is a long 副题; so is
      // any text between the head and the dateline under it (promoteSummarySubtitles)
      // (and the date a document was issued, under its title, is its 副题: (2019年10月1日))
      const after = items[i + 2];
      if (after?.kind === 'text' && datelinePrefix.test(after.piece.folded.trim())) continue;
      if (issueDate.test(next.piece.folded.trim())) continue;
      if (!endsParagraph(next.piece) && after?.kind === 'text' && after.piece.indent && next.piece.gapBefore)
        next.kind = 'head';
      else item.kind = 'text';
    }
  }
}

/** A column tag in brackets closing a title: …方向迈出了一步(港城观察), …(城市更新·奋战(30)); a
 * series tag runs long: (在新时代新征程上奋勇争先——海州港口建设巡礼之三). */
const columnTag = /\S ?\((?:[^()]|\([^()]*\)){2,40}\)$/;

/** A title that its column tag closes, not a numbered subhead (（一）…). */
const taggedTitle = (text: string) => columnTag.test(text) && !subheadCue.test(text);

/** The date a document was issued, in brackets under its title: (2019年10月10日), (2019年10月26日第十三届…),
 * (二〇二〇年一月十八日 内比都). */
const issueDate = /^\((?:\d{4}|[〇零一二三四五六七八九]{4})年/;

/** A column tag on a line of its own, under its title: (一线视角) — not a sign-off (新华社电). */
function tagLine(p: Piece): boolean {
  const f = p.folded.trim();
  // (a date in brackets is a 副题 of its own: (2019年10月10日))
  return /^\([^()]{2,24}\)$/.test(f) && !signOff.test(f) && !issueDate.test(f);
}

/** The rest of a column tag whose bracket opened on the line above: …精益求精( | 城市更新·奋战⑦) · …(海州英 | 模谱·平安守护者) */
const tagTail = /^[^()]{1,24}\)$/;

/** What a paragraph cannot start with: closing punctuation, particles (了 们 吗 …). */
const continuing = /^(?:[,，。、;；:：!！?？)）」』”’\]】…了们吗呢吧么]|的(?!确))/;

/** Four characters across the junction of two head lines (…主席毛 | 雷尔…) found in the text below. */
function namedAcross(item: Item, next: Item, below: Item[]): boolean {
  const across = item.piece.folded.trim().slice(-2) + next.piece.folded.trim().slice(0, 2);
  if (!/^[\u4e00-\u9fff]{4}$/.test(across)) return false;
  // (the cheap test first: the segmenter runs only where the text below repeats the junction)
  return (
    below.some((b) => b.kind === 'text' && b.piece.folded.includes(across)) &&
    charsAcross(item.piece.folded, next.piece.folded)
  );
}

/**
 * A head-like piece that a column cut made: the next piece goes on with punctuation, or a
 * word runs across the junction (副主 | 任). Two head pieces joined by a word are one line.
 */
function demoteCutHeads(items: Item[]): void {
  for (let i = items.length - 2; i >= 0; i--) {
    const item = items[i];
    const next = items[i + 1];
    if (item.kind !== 'head' || (next.kind !== 'text' && next.kind !== 'head')) continue;
    if (item.bySize && next.kind === 'text') continue;
    if (
      next.kind === 'text' &&
      !next.piece.gapBefore &&
      (tagLine(next.piece) ||
        (/\([^()]{0,20}$/.test(item.piece.folded.trim()) && tagTail.test(next.piece.folded.trim())))
    ) {
      // a head's column tag set on the line below it: 海州港航运业方兴未艾 | (一线观察)
      next.kind = 'head';
      next.joinPrev = true;
    } else if (
      next.kind === 'text' &&
      issueDate.test(next.piece.folded.trim()) &&
      /^\([^()]*\)$/.test(next.piece.folded.trim())
    ) {
      // the date a document was issued, under its title: a 副题 ((2019年10月10日))
      next.kind = 'head';
    } else if (continuing.test(next.piece.folded)) {
      // a head wrapped before a particle (老街是海州记住乡愁 | 的精神家园) stays a head
      if (next.kind === 'head') next.joinPrev = true;
      else if (wrappedHeadTail(next.piece, items[i + 2])) {
        // 欢乐吉祥 | ,创新亮点频出: a head wrapped at its comma, the tail short and alone
        next.kind = 'head';
        next.joinPrev = true;
      } else item.kind = 'text';
    } else if (cutWord(item.piece.folded, next.piece.folded) && !dashSubtitle(items, i)) {
      if (next.kind === 'head') next.joinPrev = true;
      else item.kind = 'text';
    } else if (next.kind === 'head' && namedAcross(item, next, items.slice(i + 2, i + 6))) {
      // a head wrapped inside a name the lead repeats (海州市长周明 | 远会见东盟客人)
      next.joinPrev = true;
    }
  }
}

/**
 * A word cut in two at the junction of two head lines — save where the upper line ends on a
 * person named after a calling (海州港引航员王勇 | 为万吨巨轮领航): the segmenter glues the given
 * name to what comes next (勇为), yet a 引题 naming a person ends there.
 */
function cutWord(upper: string, lower: string): boolean {
  if (!wordAcross(upper, lower)) return false;
  const named = /[长员者手师家]([\u4e00-\u9fff]{2,3})$/.exec(upper.trim());
  return named === null || !personName(named[1]);
}

/** A ——副题 standing apart under its title (——海州新春团拜会侧记 | (blank) | 叙友情…): no word runs
 * from it into the text below, whatever the characters at the junction make (记叙). */
function dashSubtitle(items: Item[], i: number): boolean {
  const p = items[i].piece;
  return items[i - 1]?.kind === 'head' && p.gapAfter === true && subtitleLead.test(p.folded.trim());
}

/**
 * A head's tail set on a line of its own (灯会喜庆 | ,花样年年翻新 · 提高堵塞“消防通道 | ”的违法
 * 成本): short, one line, no sentence end, and a blank or a byline after it.
 */
function wrappedHeadTail(p: Piece, after: Item | undefined): boolean {
  const f = p.folded.trim();
  const alone =
    p.gapAfter === true || after?.kind === 'byline' || datelinePrefix.test(after?.piece.folded ?? '');
  return p.start === p.end && alone && f.length <= 20 && /^[,、”’)」』]/.test(f) && !/[。!?;:,、]$/.test(f);
}

/**
 * Decides which runs of head-like pieces open a new article (and their roles: 引题 / 主题 /
 * 副题) and which are in-body subheads or plain short paragraphs.
 */
function assignHeads(items: Item[], pageIndents: boolean, hardWrapped: boolean, headsClose: boolean): void {
  let inArticle = false;
  let lastBody: Item | undefined;
  let subheadsInArticle = 0;
  // the article's last subhead is a quotation whole (“守好渡口，就是守好家”): its parts are
  // headed by the voices of the people in them
  let quotedSubheads = false;
  // the article is a column of items under a label (资讯, 来论…)
  let inBriefs = false;
  // the article's heads carry no column tag and its byline names reporters only (本报记者 X),
  // or a speaker's line stands under them
  let reportersOnly = false;
  // the article's heads are a dash 引题 and a title with no byline or tag under them
  // (维也纳—— | 中西音乐会迎新春)
  let dashPart = false;
  // the text read since the last heads: a part of a feature runs short
  let partChars = 0;
  // that text carries a dateline (本报讯, 本报…电): a news story, no part of a feature
  let datelined = false;
  // the article ran on from or to another page (转第N版): a story of its own, no package
  let jumped = false;
  // the article's intro announces parts: an editor's note (…——编者, 编者按:) or a line telling
  // whom the page invited or how many pieces it runs (我们邀请了三位专家, 刊发三篇来稿)
  let announced = false;
  // the article's body opens with an editor's note under its label (编者的话): the note may lead
  // into parts, or into articles of a series
  let noted = false;
  // the open article's heads, while a banner over them may yet head a package
  let bannerHeads: Item[] | undefined;
  for (let i = 0; i < items.length; ) {
    const item = items[i];
    if (item.kind !== 'head') {
      if (item.kind === 'text' || item.kind === 'byline') {
        partChars += item.piece.folded.length;
        const f = item.piece.folded.trim();
        const subhead = item.kind === 'text' && item.role === 'subhead';
        if (datelinePrefix.test(f)) datelined = true;
        if (item.kind === 'text' && announcesParts.test(f)) announced = true;
        if (subhead && f === '编者的话') noted = true;
        // a byline naming reporters only inside a body starts a part (its heads set as text
        // on an indenting page): the part's length counts from there
        // — and the article is a package of bylined parts, whatever its own byline: the next
        // heads over a reporters-only byline are the next part's
        if (item.kind === 'byline' && inArticle && lastBody !== undefined && reporterLine(f)) {
          partChars = item.piece.folded.length;
          reportersOnly = true;
          datelined = false;
        }
        // and so does a subhead naming whose voice the part is ((意大利)X·Y, 海州大学教授 X):
        // the article is a package of voices, and the parts after it are its own
        if (subhead && inArticle && lastBody !== undefined && speakerLine(f)) {
          partChars = 0;
          reportersOnly = true;
        }
        if (subhead) quotedSubheads = wholeQuote(f);
        if (!inArticle && item.kind === 'text') {
          // body before any head: a continuation from another page or a headless piece
          inArticle = true;
        }
        lastBody = item;
      }
      if (item.kind === 'jump-to') lastBody = item;
      if (item.kind === 'jump-to' || item.kind === 'jump-from') jumped = true;
      i++;
      continue;
    }
    let j = i;
    while (j < items.length && items[j].kind === 'head') j++;
    // a head cannot end open (…沿岸的, …《科学): such a last line starts the paragraph below,
    // unless what is below opens an article (…说法完全站不住脚 | 本报海州10月9日电)
    const wholeAbove = (k: number) =>
      opensArticle(items, k) && /[的了]$/.test(items[k - 1].piece.folded.trim());
    while (j > i && !items[j - 1].bySize && endsOpen(items[j - 1].piece.folded) && !wholeAbove(j)) {
      items[j - 1].kind = 'text';
      j--;
    }
    if (j === i) continue;
    // a reader's sign-off after a letter's last line is that letter's last paragraph
    // (in a column of letters the place may be a city's district alone: 北京朝阳 林峰)
    const signOffLine = inBriefs ? looseSignOff : placeSignOff;
    if (items[i - 1]?.kind === 'text' && !item.bySize && signOffLine.test(item.piece.folded.trim())) {
      openBody(item);
      lastBody = item;
      i++;
      continue;
    }
    // a column's label over its first item's head: the label heads the article alone, the
    // item's head opens the body
    const briefs = !item.bySize && briefsLabel.test(item.piece.folded.trim());
    if (briefs && j - i > 1) {
      for (let k = i + 1; k < j; k++) openBody(items[k]);
      j = i + 1;
    }
    // a picture page's label (图片报道) is an article's title alone: the heads under it are the
    // picture story's own
    const pictureLabel = !item.bySize && /^图片(?:报道|新闻)$/.test(item.piece.folded.trim());
    if (pictureLabel && j - i > 1) {
      j = i + 1;
      items[j].joinPrev = false;
      items[j].opensArticle = true;
    }
    // a line leading in with a colon, set close under text and apart from the heads below it,
    // ends that text (这正是: | (blank) | the next article's title); so does the line naming
    // who took a picture story's photos (X Y摄影报道（影像中国）)
    const leadIn = () =>
      !item.piece.gapBefore && items[i + 1].piece.gapBefore && /:$/.test(item.piece.folded.trim());
    if (
      j - i > 1 &&
      !item.bySize &&
      items[i - 1]?.kind === 'text' &&
      (leadIn() || photographersLine.test(item.piece.folded.trim()))
    ) {
      item.kind = 'text';
      lastBody = item;
      i++;
      continue;
    }
    // a line opening with a bracketed label (【人物】…) under the heads opens the body: a subhead;
    // so does a figure set apart under them (63% · 104万 · 44.42万), the first of a data box
    const last = items[j - 1];
    const lastText = last.piece.folded.trim();
    const figure =
      last.piece.gapBefore && lastText.length <= 10 && /^\d[\d.,]*%?[\u4e00-\u9fff]{0,4}$/.test(lastText);
    // and so does a line set apart under a ——副题 that has no dash of its own (——港城发展启示录③
    // | (blank) | 海州不仅能够留住老手艺…): the body's first subhead
    const afterDash =
      j - i > 2 &&
      last.piece.gapBefore &&
      !subtitleLead.test(lastText) &&
      subtitleLead.test(items[j - 2].piece.folded.trim());
    if (j - i > 1 && !last.bySize && (/^【[^】]{1,6}】/.test(lastText) || figure || afterDash))
      openBody(items[--j]);
    // a speaker's post and name under a head (海州港集团首席运营官 叶景行) opens the body: the
    // head is a voice's, the line says whose
    const attributed = j - i > 1 && !items[j - 1].bySize && speakerLine(items[j - 1].piece.folded.trim());
    if (attributed) openBody(items[--j]);
    // where a blank line parts the heads, the last line set close over text, with no blank
    // after it, is the body's first line (莫让…（金台锐评） | (blank) | 一些用人单位 | 滥用竞业…)
    // — not on a hard-wrapped page: pdftotext glues the last head to the body under it
    const under = items[j];
    if (
      !hardWrapped &&
      j - i > 1 &&
      !items[j - 1].bySize &&
      items[j - 1].piece.gapBefore &&
      under?.kind === 'text' &&
      !under.piece.gapBefore &&
      !opensArticle(items, j) &&
      !subtitleLead.test(items[j - 1].piece.folded.trim())
    ) {
      items[--j].kind = 'text';
    }
    // a column tag closes a title: on a page that indents no paragraph, a line set close under
    // it with no dash, over text that no dateline opens, is the body's first line cut by a
    // column (…(海州观察) | 海州老城区的改造没有拆掉 | (blank) | 修鞋铺和裁缝铺…)
    const tagClosed = items[j - 2];
    if (
      !pageIndents &&
      j - i > 1 &&
      !items[j - 1].bySize &&
      !items[j - 1].piece.gapBefore &&
      !items[j - 1].joinPrev &&
      tagClosed !== undefined &&
      taggedTitle(tagClosed.piece.folded.trim()) &&
      items[j]?.kind === 'text' &&
      !opensArticle(items, j) &&
      !subtitleLead.test(items[j - 1].piece.folded.trim()) &&
      !issueDate.test(items[j - 1].piece.folded.trim())
    ) {
      items[--j].kind = 'text';
    }
    // a package's title closed by its column tag over its first part's heads (a place and a
    // subhead) and that part's byline naming reporters only: the part's heads open the body
    const partAt = firstPartHeads(items, i, j);
    const opensPart = partAt > i;
    if (opensPart) {
      for (let k = partAt; k < j; k++) openBody(items[k]);
      j = partAt;
    }
    const run = items.slice(i, j);
    const next = items[j];
    const opensBelow = opensArticle(items, j);
    // (the text around the run, joined once, when a rule first asks for it)
    let around: { before: string; after: string } | undefined;
    const context = () =>
      (around ??= {
        before: items
          .slice(Math.max(0, i - 12), i)
          .filter((x) => x.kind === 'text')
          .map((x) => x.piece.folded)
          .join('')
          .slice(-500),
        after: items
          .slice(j, j + 8)
          .filter((x) => x.kind === 'text')
          .map((x) => x.piece.folded)
          .join('')
          .slice(0, 500),
      });
    const kicker = items[i - 1];
    const hasKicker = leadsIn(kicker, items[i - 2], run);
    // a lone line above that leads in with a dash or colon, or above a title with its column
    // tag, is the 引题 of an article starting here
    // — unless a word runs on from the run into the text after it, past a photo or not: a
    // paragraph cut (三组数字值得细看: | “9.6万人”——随着经 | photo | 济开发区去年…)
    const runLast = run[run.length - 1].piece.folded.trim();
    // the run's printed lines, each with its wrapped pieces (read by the package tests below)
    const runLines = logicalLines(run);
    const runTexts = runLines.map(headText);
    // text of an article stands above the run: a part of it may follow
    const inBody = inArticle && lastBody !== undefined;
    const runsOnPast = () => {
      const past = afterPhoto(items, j);
      return past?.kind === 'text' && wordAcross(runLast, past.piece.folded);
    };
    const ledIn =
      hasKicker && (/(?:——|:)$/.test(kicker.piece.folded.trim()) || columnTag.test(runLast)) && !runsOnPast();
    // inside such a column an item's head is a subhead, unless what marks an article comes
    // with it: a byline or dateline under it (not 本报讯 naming no one: items open so), a
    // column tag, a ——副题
    const runTagged = tagged(run);
    const briefsItem =
      inBriefs &&
      !ledIn &&
      !briefs &&
      !pictureLabel &&
      itemHead(run, runTagged, opensBelow && !namelessDateline.test(next?.piece.folded.trim() ?? '')) &&
      shortItemAfter(items, j) &&
      !storyAfter(items, j);
    // a feature told in parts: one reporter's story after another's, heads without a column
    // tag, each over a byline naming reporters only, is one article with the parts' heads as
    // its subheads
    const reporters =
      (attributed || (next?.kind === 'byline' && reporterLine(next.piece.folded))) && !runTagged;
    const dashed =
      runLines.length === 2 &&
      /——$/.test(run[0].piece.folded.trim()) &&
      !runTagged &&
      next?.kind === 'text' &&
      !datelinePrefix.test(next.piece.folded.trim());
    // a part's 引题 naming only where or which step (法国—— · 孕育—— · 各方承诺——) leads a
    // part of the article above; a 引题 telling news (…探索新路子——) leads a story of its own
    const partLead = dashed && /^[^,，、:;]{1,8}——$/.test(run[0].piece.folded.trim());
    // so does a 引题 naming a place or a person by calling (海州市东港村—— · 海州港引航员王勇——)
    // over a title and a byline naming reporters only: one more voice or place of a feature
    const namedPart = runLines.length === 2 && reporters && namingLead(run[0].piece.folded.trim());
    // a picture story above (a few lines closed by its photo's credit, no dateline: a news
    // story sets photos after its lead) has ended: the heads after it are no part of it
    const pictureAbove = items[i - 1]?.kind === 'credit' && partChars <= PICTURE_CHARS && !datelined;
    const featurePart =
      ((reportersOnly && reporters) ||
        (dashPart && partLead) ||
        ((partLead || namedPart) && inBody && !jumped) ||
        (announced && (reporters || dashed)) ||
        // (a part's heads there are a place or 引题 over its title, as the parts after it have)
        (noted && reporters && runLines.length >= 2)) &&
      partChars <= PART_CHARS &&
      !pictureAbove &&
      !datelined &&
      !datelineUnder(items, j) &&
      !ledIn &&
      !briefs &&
      !pictureLabel;
    // a scene's card among the heads (时间:上午9点 · 地点:渔港码头 · 场景:…) tells where and when
    // a part of the feature above was seen: the run is that part's heads
    const scenePart =
      inBody &&
      partChars <= PART_CHARS &&
      !ledIn &&
      !briefs &&
      !pictureLabel &&
      runTexts.some((text) => sceneCard.test(text));
    // so does a numbered label over the heads (镜头二 · 片段3) or an hour and a place (17时
    // 海州港): one shot of a feature told in shots, unless a dateline or a byline other than
    // one naming reporters only under them opens a story
    const shotPart = inBody && (!opensBelow || reporters) && !ledIn && partLabel.test(runTexts[0]);
    // a line quoting a voice whole, inside an article whose last subhead quotes one, is the
    // next part's subhead, however the text around it reads
    const quotedPart =
      quotedSubheads &&
      runLines.length === 1 &&
      wholeQuote(headText(run)) &&
      !opensBelow &&
      !ledIn &&
      !hasKicker &&
      lastBody?.kind === 'text' &&
      endsParagraph(lastBody.piece);
    // a couplet or short verse signed in brackets right under it ((吴晓华)), after an entry
    // signed so or with the next entry's lines right after the name: one entry of a column of
    // them inside the article above, its lines set as heads — a title heads more than a name
    const signedEntry =
      inArticle &&
      next?.kind === 'text' &&
      signerLine.test(next.piece.folded.trim()) &&
      ((lastBody?.kind === 'text' && signerLine.test(lastBody.piece.folded.trim())) ||
        items[j + 1] === undefined ||
        items[j + 1].kind === 'head');
    // entries of a list inside the article above (a programme: 16.魔术《…》 | 表演:X、Y), each
    // line numbered, a role over names (表演:…) or a roll of names, one numbered at least
    const listed =
      inBody && !opensBelow && runTexts.some((text) => numbered.test(text)) && runTexts.every(listEntry);
    const decision =
      briefsItem || featurePart || scenePart || shotPart || quotedPart || signedEntry || listed
        ? 'subheads'
        : ledIn || briefs || pictureLabel || opensPart
          ? 'heads'
          : decide(run, {
              next,
              nextOpensArticle: opensBelow,
              inArticle,
              lastBody,
              subheads: subheadsInArticle,
              pageIndents,
              context,
              pictureAbove,
              pictureStory: () => storyAfter(items, j),
              pastPhoto: () => afterPhoto(items, j),
            });
    if (decision === 'heads') {
      if (hasKicker) {
        kicker.kind = 'head';
        run.unshift(kicker);
      }
      setHeadRoles(run, next?.piece.gapBefore === true && !headsClose);
      bannerHeads = reporters && next?.kind === 'byline' && bannerOver(run) ? run : undefined;
      inArticle = true;
      inBriefs = briefs;
      reportersOnly = reporters || opensPart;
      dashPart = dashed;
      partChars = 0;
      datelined = false;
      jumped = false;
      announced = false;
      noted = false;
      subheadsInArticle = 0;
      quotedSubheads = false;
      lastBody = undefined;
      i = j;
    } else if (decision === 'continuation' || decision === 'text') {
      // a piece of a paragraph, cut by a column end: before it, or inside it
      item.kind = 'text';
      lastBody = item;
      i++;
    } else {
      if (decision === 'subhead-pair' && lastBody) openBody(lastBody);
      if (featurePart || scenePart) {
        partChars = 0;
        datelined = false;
        // a second bylined part under a short banner: the banner heads the package, and the
        // first part's title and byline open its body
        if (bannerHeads && reportersOnly && reporters) headPackageByBanner(bannerHeads);
        bannerHeads = undefined;
      }
      for (const h of run) {
        h.role = 'subhead';
        subheadsInArticle++;
      }
      quotedSubheads = wholeQuote(headText(run));
      lastBody = run[run.length - 1];
      i = j;
    }
  }
}

/**
 * A 引题 short and bare (新春走基层 · 年货大集·花市 · 新春走基层 港城年味浓) over one title: no
 * comma, quote or dash, at most 12 characters — a series banner, when bylined parts follow.
 * (A 副题 under that title is the first part's too.)
 */
function bannerOver(run: Item[]): boolean {
  const lines = logicalLines(run);
  if (lines.length < 2 || lines.length > 3 || lines[0][0].role !== 'kicker' || lines[1][0].role !== 'title')
    return false;
  const banner = headText(lines[0]).replace(/\s+/g, '');
  return banner.length >= 4 && banner.length <= 12 && !/[,，、:;“”"—()]/.test(banner);
}

/** The banner becomes the package's title and the first part's heads its first subheads: the
 * part's byline, under them, then stands in the text as the parts after it have theirs. */
function headPackageByBanner(run: Item[]): void {
  const [banner, ...heads] = logicalLines(run);
  for (const h of banner) h.role = 'title';
  for (const h of heads.flat()) openBody(h);
}

/**
 * What opens an article under the heads above it: a byline — unless it names in brackets who
 * compiled the text before ((本报记者 X整理)), which closes that text — a jump from another
 * page, or a dateline.
 */
function opensArticle(items: Item[], k: number): boolean {
  const next = items[k];
  if (!next) return false;
  const text = next.piece.folded.trim();
  if (next.kind === 'byline') return !signOff.test(text);
  // (本报电, with neither place nor date, opens a brief inside a column)
  if (next.kind === 'jump-from' || (datelinePrefix.test(text) && !/^本报电/.test(text))) return true;
  // a dateline cut by a column before its 电: 据新华社 | 华盛顿1月20日电…
  const after = items[k + 1];
  return (
    next.kind === 'text' &&
    after?.kind === 'text' &&
    text.length <= 12 &&
    sourceLead.test(text) &&
    datelinePrefix.test(text + after.piece.folded.trim())
  );
}

/** A line under heads or between them that opens the body as a paragraph of its own. */
function openBody(item: Item): void {
  item.kind = 'text';
  item.role = 'subhead';
}

/** An intro announcing the parts below it: an editor's note signed off or opened as one, or
 * the invitation or count of the pieces (我们邀请了三位专家, 本期刊发三篇来稿, 本版约请五位作者). */
const announcesParts =
  /——编\s*者$|^编者按|我们(?:邀请|采访)了|刊发(?:了)?(?:[一二三四五六七八九十两几]|\d)[篇位组]|本版(?:约请|邀请)/;

/**
 * Where a package's first part starts inside the heads i..j: past the line its column tag
 * closes (…生活越过越美(新春走基层·算算增收账)), two lines or more with no dash, date or
 * attendance of a 副题 (a place, the part's subhead), over a byline naming reporters only.
 * Returns i when the heads hold no such part.
 */
function firstPartHeads(items: Item[], i: number, j: number): number {
  const under = items[j];
  if (under?.kind !== 'byline' || !reporterLine(under.piece.folded)) return i;
  const lines = logicalLines(items.slice(i, j));
  if (lines.some((line) => line[0].bySize)) return i;
  const t = lines.findIndex((line) => taggedTitle(headText(line)));
  if (t < 0 || lines.length - t - 1 < 2) return i;
  const rest = lines.slice(t + 1).map(headText);
  if (
    rest.some(
      (text) =>
        subtitleLead.test(text) || issueDate.test(text) || attendanceCue.test(text) || columnTag.test(text),
    )
  )
    return i;
  return items.indexOf(lines[t + 1][0], i);
}

/** A number opening a list's line: 16.…, (2)…, (二)…, 三、… */
const numbered =
  /^(?:\d{1,2}[.、](?!\d)|\(\d{1,2}\)|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、)/;

/** A line of a list: numbered (16.魔术《…》, (2)歌曲…), a role over names (表演:X、Y, 钢琴演奏:X),
 * or a roll of names (X、Y、Z(分会场)). */
function listEntry(text: string): boolean {
  if (numbered.test(text)) return true;
  // (a work and who plays it: 歌舞《…》 表演:X及合唱团)
  if (/^(?:\S+\s+)?[\u4e00-\u9fff]{1,5}:[^:]{2,}$/.test(text) && !/[。!?]$/.test(text)) return true;
  const names = text.replace(/\([^()]*\)/g, '').split('、');
  return names.length >= 3 && names.every((name) => /^[\u4e00-\u9fff·]{2,5}$/.test(name));
}

/** A name alone in brackets, signing the lines above it: (吴晓华), (孙 起). */
const signerLine = /^\([\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3}\)$/;

/** A quotation whole on its line: “渡口有人守，乡亲才安心”. */
const wholeQuote = (text: string) => /^“[^“”]{2,30}”$/.test(text.trim());

/** A byline naming reporters only, with no dateline or 讯: 本报记者 X Y. */
const reporterLine = (text: string) =>
  /^(?:本报|[\u4e00-\u9fff]{1,4}(?:网|社|台|报))?(?:特约|驻[\u4e00-\u9fff]{1,6}|赴[\u4e00-\u9fff]{1,6}特派)?记者/.test(
    text.trim(),
  ) && !/[电讯]/.test(text);
const tagged = (run: Item[]) => run.some((h) => columnTag.test(h.piece.folded.trim()));

/** Posts that close a speaker's line: …主任 方清源, 林晓(话剧《港城往事》编剧). */
const post =
  '(?:主任|社长|院长|所长|处长|局长|部长|厅长|书记|主席|总裁|经理|董事长|秘书长|总编辑|主编|教授|研究员|院士|官|总监|负责人|理事长|会长|校长|编剧|导演|主演|演员|作家|专家|代表|委员' +
  // (or the institution an author writes from: 海州市文物考古研究所 X)
  '|研究所|研究院|研究中心|大学|学院|博物馆|博物院|协会|学会)';

/** A country in brackets before a foreign name: (法国) — not a number ((一), (十二)). */
const countryLead = /^\((?![一二三四五六七八九十]+\))[\u4e00-\u9fff]{2,6}\)/;

/**
 * Whose voice a head is, on the line under it: a post or the institution written from, and a
 * name (海州日报社新媒体中心主任 方清源 · 海州大学历史学院 叶景行), a name and its post in
 * brackets (林晓(话剧《港城往事》编剧)), or a foreign name, its country before it
 * ((法国)让—皮埃尔·马丁 · 阿米娜·卡里姆). Exported for tests.
 */
export function speakerLine(text: string): boolean {
  if (postedSpeaker.test(text) || personName(text)) return true;
  const name = text.replace(countryLead, '');
  // (a foreign name is written in the characters kept for sounds: 克劳斯·韦伯一行来访 is a 副题)
  return (
    (name !== text || name.includes('·')) &&
    /^[\u4e00-\u9fff·—]{2,24}$/.test(name) &&
    [...name.replace(/[·—]/g, '')].every((char) => soundCharacters().has(char))
  );
}

/** The characters foreign names are written in (src/lexicon/transliteration.txt), read when a
 * speaker's line first needs them. */
let sounds: Set<string> | undefined;
const soundCharacters = (): Set<string> => (sounds ??= new Set(readList('transliteration.txt').join('')));
const postedSpeaker = new RegExp(
  `^(?![—-])(?:[^\\s,。;:!?()]{2,30}${post}\\s+[\\u4e00-\\u9fff](?:\\s*[\\u4e00-\\u9fff]){1,2}` +
    `|[\\u4e00-\\u9fff]{2,4}\\([^()]{2,24}${post}\\))$`,
);

/** The head of an item in a column of items: nothing with it marks an article of its own. */
function itemHead(run: Item[], runTagged: boolean, opensBelow: boolean): boolean {
  if (logicalLines(run).length > 2 || run.some((h) => h.bySize)) return false;
  if (opensBelow) return false;
  return !runTagged && !run.some((h) => subtitleLead.test(h.piece.folded.trim()));
}

/** A dateline opening the text under the heads at j, past a byline (本报记者 X | 本报讯 …): news. */
function datelineUnder(items: Item[], j: number): boolean {
  const k = items[j]?.kind === 'byline' ? j + 1 : j;
  return items[k]?.kind === 'text' && datelinePrefix.test(items[k].piece.folded.trim());
}

/** Most text a part of a feature runs to (parts run 300–900 characters): an article longer than
 * that before a bylined head is a story of its own, whatever its byline. */
const PART_CHARS = 1500;

/**
 * A dash 引题 that names and tells nothing: a place or a site (海州市东港镇渔港村——, 东盟港口合作
 * 项目——) or a person by calling and name (海州港引航员王勇——), no clause break in it.
 */
function namingLead(text: string): boolean {
  // (a city may stand before the site: 海州，市气象台——)
  const m = /^(?:[\u4e00-\u9fff]{2,4}[,，])?([^,，、:;：；“”]{4,24})——$/.exec(text);
  if (!m) return false;
  const name = m[1];
  if (
    /(?:村|社区|街道|镇|乡|县|项目|车站|码头|港区|院|学校|工地|农场|林场|牧场|哨所|所|站|中心|馆)$/.test(name)
  )
    return true;
  const person =
    /(?:民|员|长|师|士|手|工|警|察|人|者|书记|主任|代表|委员|干部|党员)([\u4e00-\u9fff]{2,3})$/.exec(name);
  return person !== null && listedName(person[1]);
}

/** A line of a scene's card, under a part's heads: 时间:上午9点, 地点:渔港码头, 场景:… */
const sceneCard = /^(?:时间|地点|场景)\s*[:：]\S/;

/** A feature's numbered shot or scene over its heads (镜头二, 片段3, 场景四), or the hour and
 * place of one stop of a day told hour by hour (17时 海州市政务服务中心). */
const partLabel =
  /^(?:(?:镜头|片段|场景|画面)(?:[一二三四五六七八九十]{1,3}|\d{1,2})|\d{1,2}(?:时|点)(?:\d{1,2}分|半)?\s+[^\s,，。:：]{2,20})$/;

/** Most text a picture story runs to under its heads, its caption aside. */
const PICTURE_CHARS = 300;

/** Items of a column run a few hundred characters; the article after the column runs longer. */
const ITEM_CHARS = 450;
function shortItemAfter(items: Item[], j: number): boolean {
  let chars = 0;
  for (let k = j; k < items.length && items[k].kind !== 'head' && items[k].kind !== 'byline'; k++) {
    if (items[k].kind === 'text') chars += items[k].piece.folded.length;
    if (chars > ITEM_CHARS) return false;
  }
  return true;
}

/**
 * A kicker (引题) set with commas reads like text: a lone line standing before the heads of
 * an article, after a finished paragraph, that stops without a full stop or leads in with a
 * dash (海州大学教授方清源—— · 早一步，少一分损失；晚一步，多一分风险).
 */
function leadsIn(line: Item | undefined, before: Item | undefined, run: Item[]): line is Item {
  if (line?.kind !== 'text' || line.role === 'subhead' || line.piece.indent || line.bySize) return false;
  if (run.some((h) => h.bySize) || logicalLines(run).length > 2) return false;
  const text = line.piece.folded.trim();
  // (one character is a word cut by a column: 制图:蔡华 | 伟)
  if (text.length < 2 || text.length > 40 || /[。!?]/.test(text.replace(/——$/, '')) || /^(?:——|—)/.test(text))
    return false;
  if (closingLine.test(text) || staffLine.test(text) || wholeParenthetical.test(text)) return false;
  // (nor does the line naming who took a picture story's photos: X Y摄影报道)
  if (photographersLine.test(text)) return false;
  if (!/(?:——|:)$/.test(text) && sentenceEnd.test(text)) return false;
  // a 引题 leads in with a colon after a name or an occasion (国台办: · 张晓东:); a longer line
  // with a colon leads into the text below it (居民对老街改造的更多期盼亟待回应:)
  if (/:$/.test(text) && text.length > 16) return false;
  // set close under the text above and apart from the heads below, it ends that text (这正是:)
  if (!line.piece.gapBefore && run[0].piece.gapBefore && before?.kind === 'text') return false;
  // it stands alone: at the top of the page or after a paragraph that has ended
  return before === undefined || before.kind !== 'text' || endsParagraph(before.piece);
}

/**
 * After the heads at j: a caption's few lines and then a photo credit that nothing follows but
 * the next heads: the text of a picture story, not a passage of the article before.
 */
function storyAfter(items: Item[], j: number): boolean {
  let chars = 0;
  for (let k = j; k < items.length && k < j + 5; k++) {
    const item = items[k];
    if (item.kind === 'credit') {
      const after = items[k + 1];
      // (or a line leading in to the next heads: 市卫健委、市医保局提醒:)
      const upNext = items[k + 2];
      return (
        after === undefined ||
        after.kind === 'head' ||
        (upNext?.kind === 'head' && leadsIn(after, item, [upNext]))
      );
    }
    if (item.kind !== 'text' && item.kind !== 'caption') return false;
    chars += item.piece.folded.length;
    if (chars > 300) return false;
  }
  return false;
}

/** The first item after the captions and credits that start at j. */
function afterPhoto(items: Item[], j: number): Item | undefined {
  let k = j;
  while (k < items.length && (items[k].kind === 'caption' || items[k].kind === 'credit')) k++;
  return items[k];
}

/** A line that stops where no head can: on 的/和/与…, or with a bracket or quote left open. */
function endsOpen(text: string): boolean {
  const t = text.trim();
  return /[的和与及或之]$/.test(t) || bracketOpen(t);
}

/** A line with a bracket or quote opened and not closed on it. */
function bracketOpen(text: string): boolean {
  const opened = (open: string, close: string) =>
    countOf(text, open.charCodeAt(0)) > countOf(text, close.charCodeAt(0));
  return opened('《', '》') || opened('“', '”') || opened('(', ')');
}

/** Head pieces grouped into printed lines: a piece cut mid-word joins the one before. */
function logicalLines(run: Item[]): Item[][] {
  const lines: Item[][] = [];
  for (const h of run) {
    if (h.joinPrev && lines.length) lines[lines.length - 1].push(h);
    else lines.push([h]);
  }
  return lines;
}

/** One line of 4 to 20 characters, not wrapped, with no punctuation: a subhead's line. */
function shortWholeLine(p: Piece): boolean {
  const f = p.folded.trim();
  return p.start === p.end && !p.wrapped && f.length >= 4 && f.length <= 20 && !/[,、:;“”]/.test(f);
}

/** A line that signs an article off: (本报X电), a long note in brackets ((摘自…讲话)), or the
 * staff line under it (制图: X). */
const signsOff = (text: string) =>
  signOff.test(text) ||
  staffLine.test(text) ||
  // the line naming who took a photo report's pictures, or the address readers write to
  // (电子信箱:…@…), closes what is above it
  photographersLine.test(text) ||
  mailLine.test(text) ||
  (/^\([^()]{12,}(?:\([^()]*\)[^()]*)*\)$/.test(text) && !issueDate.test(text));

/**
 * Whether the last line above, closing a bracket it did not open, ends a sign-off that began
 * on a line before it, set after a finished sentence (…(本报海州、临江 | 2月14日电)).
 */
function signOffWrapped(last: string, context: () => { before: string }): boolean {
  // (a voice taken down by a reporter, …本报记者X采访整理), closes one voice of a package)
  if (!/\)$/.test(last) || last.includes('(') || /采访整理\)$/.test(last)) return false;
  const { before } = context();
  const open = before.lastIndexOf('(');
  if (open < 0 || before.length - open > 120) return false;
  return (open === 0 || /[。!?”]/.test(before[open - 1])) && signsOff(before.slice(open));
}

/** A line giving only where readers write to: 电子信箱:haizhou@example.com. */
const mailLine = /^[\u4e00-\u9fff]{0,6}(?:电子信箱|电子邮箱|邮箱|信箱)\s*:\s*[\w.-]+@[\w.-]+$/;

/** Topic overlap above which a pair of head lines inside a body is a subhead group. */
const SUBHEAD_PAIR = 0.04;
/** What stands around a run of head-like pieces, for decide. */
interface Surroundings {
  /** The item after the run. */
  next: Item | undefined;
  /** That item opens an article (a byline, a dateline, a jump from another page). */
  nextOpensArticle: boolean;
  /** An article is open above the run. */
  inArticle: boolean;
  /** The last text, byline or jump above the run. */
  lastBody: Item | undefined;
  /** Subheads the open article has so far. */
  subheads: number;
  pageIndents: boolean;
  /** The text just above and just below the run (up to 500 characters each). */
  context: () => { before: string; after: string };
  /** A short text closed by its photo's credit stands right above the run. */
  pictureAbove: boolean;
  /** A short text closed by a photo credit, then nothing or heads, follows the run. */
  pictureStory: () => boolean;
  /** The first item past the captions and credits right after the run. */
  pastPhoto: () => Item | undefined;
}

/**
 * Whether a run of head-like pieces opens an article, stands as in-body subheads (a pair over
 * two lines with the line above: 'subhead-pair'), or is text: a paragraph's start cut by a
 * column ('text') or the rest of the paragraph above ('continuation').
 */
function decide(
  items: Item[],
  around: Surroundings,
): 'heads' | 'subheads' | 'subhead-pair' | 'continuation' | 'text' {
  const { next, nextOpensArticle, inArticle, lastBody, subheads, pageIndents, context } = around;
  const { pictureStory, pastPhoto, pictureAbove } = around;
  if (!inArticle || !lastBody || items.some((h) => h.bySize)) return 'heads';
  const lines = logicalLines(items);
  const run = lines.map((line) => line[0]);
  const first = run[0].piece;
  // the first printed line whole, its pieces joined (a title and its tag set on the line below)
  const firstLine = headText(lines[0]);
  const lastLine = headText(lines[lines.length - 1]);
  // a dash line alone inside a body attributes a quote (——某某); it opens no article, unless
  // a byline stands under it
  if (run.length === 1 && /^(?:——|—)/.test(first.folded) && !(next?.kind === 'byline' && nextOpensArticle))
    return 'text';
  // a line that opens on what no head opens with (的…, 了…, a closing mark) runs on from the
  // text above it, a subhead's line too (老渔民 | 的航海日志(记者手记))
  if (lastBody.kind === 'text' && runsOnStart.test(first.folded.trim()) && !nextOpensArticle)
    return 'continuation';
  if (nextOpensArticle) return 'heads';
  // a lone line leading in with a colon (这正是: · 对话人: · 图片说明:) opens what follows it
  if (run.length === 1 && /:$/.test(first.folded.trim()) && next?.kind === 'text') return 'subheads';
  // a line standing apart that a column tag closes is a title, whatever the text above it
  if (run.length === 1 && first.gapBefore && taggedTitle(firstLine)) return 'heads';
  if (lastBody.kind === 'text' && !endsParagraph(lastBody.piece) && lastBody.role !== 'subhead') {
    // a short whole line above with no punctuation at all (红色基因 | 文艺精品礼赞70华诞) is no
    // paragraph cut open: the two are one subhead set over two lines
    // (a line ending open, or a word cut by a column running across, is text: 为促进港城繁荣与 |
    // 发展…, 两位选手曾在去 | 年11月…, 亲历 | 者说)
    if (
      shortWholeLine(lastBody.piece) &&
      !endsOpen(lastBody.piece.folded) &&
      !wordAcross(lastBody.piece.folded, first.folded)
    )
      return 'subhead-pair';
    // the text before is cut mid-sentence: this short piece is its continuation
    return 'continuation';
  }
  // a word running on across a photo set inside the text (…美国东 | photo | 部时间20日…): text
  const past = next?.kind === 'caption' || next?.kind === 'credit' ? pastPhoto() : undefined;
  if (past && (past.kind === 'text' || past.kind === 'head') && wordAcross(lastLine, past.piece.folded))
    return 'text';
  // a short text closed by a photo credit, with nothing after it: a picture story's head
  if (pictureStory()) return 'heads';
  // a picture story above (a few lines closed by its photo's credit) has ended: heads after it
  // open the next article
  if (pictureAbove && !run.every((h) => subheadCue.test(h.piece.folded))) return 'heads';
  // a paragraph cut at a column end mid-word: 区人大常委会副主 | 任何川参加。
  if (run.length === 1 && next?.kind === 'text' && wordAcross(first.folded, next.piece.folded)) return 'text';
  if (lastBody.kind === 'jump-to') return 'heads';
  // a date alone (2017年10月) marks a step of a chronicle, not a story's title
  if (run.length === 1 && /^\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?$/.test(first.folded.trim()))
    return 'subheads';
  // a signer over a date (总理 李克强 | 2018年9月18日) closes a document: no heads
  if (run.length === 2 && /^\d{4}年\d{1,2}月\d{1,2}日$/.test(run[1].piece.folded.trim())) return 'subheads';
  if ((lastBody.kind === 'text' || lastBody.kind === 'byline') && signsOff(lastBody.piece.folded.trim()))
    return 'heads';
  // so does one wrapped over two lines or more (…(本报海州、临江 | 2月14日电)): its bracket opens
  // after the last sentence above
  if (lastBody.kind === 'text' && signOffWrapped(lastBody.piece.folded.trim(), context)) return 'heads';
  if (run.every((h) => subheadCue.test(h.piece.folded))) return 'subheads';
  if (run.length >= 2) {
    // a 副题 set off by a dash (——专家解读…) belongs to an article's heads
    if (run.slice(1).some((h) => /^(?:——|—)/.test(h.piece.folded))) return 'heads';
    // and so does the date a document was issued, under its title ((二〇二六年三月一日)) —
    // unless the text above announced that document (市委印发了《…办法》, 全文如下): its full text
    if (run.slice(1).some((h) => issueDate.test(h.piece.folded.trim()))) {
      const { before } = context();
      if (!before.includes(`《${firstLine.slice(0, 8)}`) && !/如下[。:]?$/.test(before.trim()))
        return 'heads';
    }
    // so does a 引题 that leads in with a colon or a verb of saying (…时强调, 市民议论纷纷:)
    const lead = first.folded.trim();
    if (kickerCue.test(lead) && !/——$/.test(lead)) return 'heads';
    // a pair set close under the text above, or right under the byline that opens the body,
    // is inside that body; a column tag closing a line marks an article's heads
    if (!first.gapBefore || lastBody.kind === 'byline') return 'subheads';
    if (lines.some((line) => taggedTitle(headText(line)))) return 'heads';
    // a long lead-in led out by a dash (《…》在社会各界引起热烈反响——) is a 引题: a subhead's lead-in
    // names a place or a person (法国——, 作业队队长王海生——), or runs clause after clause
    // (扬长补短、化短为长,思路一变天地宽——); longer than 30 characters, it is a sentence of the
    // text above leading into a subhead (广场上,歌声、掌声…交织在一起——)
    if (
      /——$/.test(lead) &&
      lead.length >= 17 &&
      lead.length <= 32 &&
      !/[,，]/.test(lead) &&
      !/[长员者手][\u4e00-\u9fff]{2,3}——$/.test(lead)
    )
      return 'heads';
    // an article that has subheads already goes on with more of them, whatever the subject
    // (港口由来 | … | 游览指南 | 渔歌号子 唱响海湾): a new article's heads show themselves by a
    // long line telling news over a shorter title, or by a lead under them that opens on a date
    if (subheads > 0 && !newsOverTitle(lines.map(headText)) && !(next && datedLead(next.piece.folded)))
      return 'subheads';
    // otherwise a pair set inside one subject (加强服务、改善环境—— | 老街改造在行动) is a subhead
    // group; a change of subject opens an article
    const { before, after } = context();
    return cohesion(before, after) >= SUBHEAD_PAIR ? 'subheads' : 'heads';
  }
  // a line ending on 的, 和, 在 … runs on: the start of a paragraph cut by a column
  // (a line led out by a dash leads into what follows: 两组数据,可以看出海州发展的成色——)
  if (/——$/.test(firstLine) && next?.kind === 'text') return 'subheads';
  if (openEnd.test(firstLine) && next?.kind === 'text') return 'text';
  // a photo set inside a paragraph cuts it anywhere (目前尚无任何 | caption | credit | 组织或个人…):
  // text that goes on past the photo was cut by it — a picture story's head has none after
  if (next?.kind === 'credit' || next?.kind === 'caption')
    return pastPhoto()?.kind === 'text' ? 'text' : 'heads';
  if (!next) return 'heads';
  // a column tag in brackets marks a title: 朝着解决问题的方向迈出了一步(港城观察)
  if (taggedTitle(firstLine)) return 'heads';
  if (subheads > 0 && !/[,、]/.test(first.folded)) return 'subheads';
  if (subheadCue.test(first.folded)) return 'subheads';
  // one short line between paragraphs: a subhead when the text on both sides keeps to one
  // subject, a new article's title when the subject changes
  // a new article starts a new block of the dump: a line run on from text without a blank
  // line between is inside the article
  if (!first.gapBefore && lastBody.kind === 'text' && next?.kind === 'text')
    return /,/.test(first.folded.replace(/“[^”]*”/g, '')) && !parallelClauses(first.folded)
      ? 'text'
      : 'subheads';
  const { before, after } = context();
  const shared = cohesion(before, after);
  if (shared >= 0.03 || (first.folded.length <= 10 && shared >= 0.02)) {
    // one subject on both sides; a clause with a comma there is a paragraph's start cut by a
    // column more often than a subhead
    // — unless the page indents paragraphs: a flush line before an indented one ends nothing
    const flushBeforeIndent = pageIndents && !first.indent && next?.piece.indent === true;
    return /[,、]/.test(first.folded) &&
      next?.kind === 'text' &&
      !flushBeforeIndent &&
      !parallelClauses(first.folded)
      ? 'text'
      : 'subheads';
  }
  // the subject changes, yet the line is inside the body: right under the byline that opens
  // it (本报记者 X | 罗小强真有名!), set close under what is above, or after the body's own
  // subheads — a subhead, or a paragraph's start cut by a column when it runs on past a comma
  if (lastBody.kind === 'byline' || !first.gapBefore || subheads > 0)
    return /[,、]/.test(first.folded) && first.folded.trim().length >= 16 && next?.kind === 'text'
      ? 'text'
      : 'subheads';
  return 'heads';
}

/**
 * A 引题 telling a piece of news over a shorter 主题 (市教育局印发“春苗计划” | 探索乡村教师…新机制
 * · 党员带头服务、居民参与管理,海州东城区—— | 老街巷焕发新活力): a subhead group leads with a
 * short label or pairs lines of one length (港口由来 | …; 两岸心相连 | 港城共追梦).
 */
function newsOverTitle(lines: string[]): boolean {
  const upper = lines[0];
  const lower = lines[lines.length - 1];
  return upper.length >= 12 && upper.length > lower.length + 2 && lower.length >= 4 && !/^“|:$/.test(upper);
}

/** A news lead's opening: a date or the day's time (1月21日, 24日上午, 近日, 本报电, 当地时间). */
function datedLead(text: string): boolean {
  return /^(?:本报电|当地时间|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日|近日|日前|\d{1,2}日(?:上午|下午|晚|凌晨|,))/.test(
    text.trim(),
  );
}

/**
 * Clauses of one length set side by side (党员领跑,社区有序 · 邻里守望,家园和美): the
 * balanced phrasing of a subhead. A column cut falls at any character, so a paragraph's cut
 * start rarely ends just where a clause as long as the one before it ends.
 */
function parallelClauses(text: string): boolean {
  const clauses = text.trim().split(',');
  if (clauses.length < 2) return false;
  const n = clauses[0].length;
  // (two-character clauses are too common a start: 目前，群众…)
  return n >= 3 && n <= 8 && clauses.every((c) => c.length === n && /^[\u4e00-\u9fff]+$/.test(c));
}

/** The text of a head line (its pieces folded and joined). */
const headText = (line: Item[]) => line.map((h) => h.piece.folded.trim()).join('');

/** Roles inside a head group: 引题 / 主题 / 副题, with a title wrapped over two lines joined. */
function setHeadRoles(run: Item[], blockGaps: boolean): void {
  const lines = blockGaps ? blocksOf(logicalLines(run)) : logicalLines(run);
  // (where blank lines set heads apart, lines set close were joined above: the rest stand apart)
  const roles = headRoles(
    lines.map(headText),
    lines.map((line) => line[0].piece.fontSize),
    !blockGaps,
  );
  lines.forEach((line, k) => {
    for (const h of line) h.role = roles[k];
  });
}

/**
 * Where a page sets its heads apart by blank lines, lines printed one under the other with no
 * blank between are one head wrapped (技术迭代打开 | 无限想象力), not 引题 and 主题.
 */
function blocksOf(lines: Item[][]): Item[][] {
  if (lines.some((line) => line[0].bySize)) return lines;
  const blocks: Item[][] = [];
  for (const line of lines) {
    const first = line[0].piece;
    const last = blocks[blocks.length - 1];
    const leadsIn = last !== undefined && kickerCue.test(headText(last));
    // a column tag closes a title: the line under it does not carry it on
    const closed = last !== undefined && taggedTitle(headText(last));
    // a 副题 that leads in with a dash or names who attended stands apart even when set close
    // (and so does a date in brackets: (2019年10月10日) under a document's title)
    const apart =
      subtitleLead.test(first.folded) ||
      attendanceCue.test(headText(line)) ||
      issueDate.test(first.folded.trim());
    if (last && !leadsIn && !closed && !first.gapBefore && !apart) {
      // one head wrapped: its lines join as one, with no space between CJK
      line[0].joinPrev = true;
      last.push(...line);
    } else blocks.push([...line]);
  }
  return blocks;
}

/**
 * Two lines that each give a figure are one piece of news and its further fact (海州港吞吐量达
 * 2.3亿吨 | 集装箱增长8%): a 引题 seldom carries a figure of its own above a title that does,
 * save a date alone (去年前11月 | …).
 */
function figuresBoth(upper: string, lower: string): boolean {
  return /\d/.test(upper) && /\d/.test(lower) && upper.length > 8 && !/[)）]$/.test(lower);
}

/**
 * A lower line that goes on from a whole piece of news above it, its subject left out (…将,
 * 首次…, 认为…) or set in time (今年…, 年底前…, 5日起…): a further fact, the 副题. A 引题 that
 * names only who or where (海州港区 | 今年首条航线开通) has no verb and is short.
 */
function factFollows(upper: string, lower: string): boolean {
  return (
    /^(?:将|已|首次|均|标志|认为|具有|预计|同比|实现|可能|未来|今年|去年|年底前|年内|全年|\d{1,2}日起|\d{1,2}月\d{1,2}日)/.test(
      lower,
    ) &&
    [...upper].length >= 9 &&
    !/[\s,，、…]/.test(upper) &&
    hasVerb(upper)
  );
}

/** Whether the segmenter tags a verb in the text. */
function hasVerb(text: string): boolean {
  return segmenter()
    .tag(text, false)
    .some((token) => token.tag.startsWith('v'));
}

/**
 * Halves of one length set apart by a space (光影盛宴 丝路共享 · 发展智能养老 做大银发经济): a
 * 主题's slogan under the event that its 引题 tells, never a further fact (…出席 …讲话 aside);
 * a meeting's agenda runs longer (传达学习省委全会精神 研究部署春耕生产工作).
 */
function sloganHalves(text: string): boolean {
  const halves = text.trim().split(/\s+/);
  const sizes = halves.map((half) => [...half].length);
  return (
    halves.length >= 2 &&
    halves.every((half) => /^[\u4e00-\u9fff“”]{3,7}$/.test(half) && !attendanceCue.test(half)) &&
    Math.max(...sizes) - Math.min(...sizes) <= 1
  );
}

/**
 * A lower line with no verb under an upper one whose verb it completes (海州港将培养 | 3.2万港口
 * 技术人才), the break at characters not set against a wrap: one title wrapped. A 主题 under its 引题 says
 * something of its own and so has a verb, save a slogan set apart by spaces or a column's tag.
 */
function objectBelow(upper: string, lower: string): boolean {
  if (/[\s,，、…]/.test(upper) || /\s|\)$/.test(lower) || wrapOdds(upper, lower) <= -1.5) return false;
  return hasVerb(upper) && !hasVerb(lower);
}

/**
 * Lines that one title wrapped can make: the upper line fills its column, so it is no shorter
 * than a third of the title (海州市发文 | 化工园区安全管理纳入年度考核 is a 引题 over its 主题,
 * whatever word 文化 the break makes), however short the tail below; a title set as two halves
 * with a space is not wrapped as well.
 */
function balancedWrap(upper: string, lower: string): boolean {
  // (a tail of a word or two, its column tag aside, whatever the upper line: 海州港居全国 | 前列)
  if (lower.replace(/\([^()]*\)$/, '').trim().length <= 3) return true;
  // (a line its column tag closes ends the title)
  if (/\)$/.test(upper.trim())) return false;
  const u = [...upper.trim()].length;
  const n = u + [...lower.trim()].length;
  return n >= 10 && u >= Math.floor(n / 3) && !/\s/.test(upper + lower);
}

/**
 * A lower line that starts with what carries a phrase on and no head starts with: a conjunction
 * (海州港务局同新加坡港务集团 | 和巴生港签约) or the locative closing a 在 left open above (在港口
 * 合作的新起点 | 上续写友谊). In the tuning months 5 of 1746 主题 under a 引题 start so, each
 * under clauses or a dash (海州市长周明远—— | 与东盟客商共话合作), against 1 in 120 breaks of
 * a 主题 wrapped.
 */
function phraseGoesOn(upper: string, lower: string): boolean {
  if (/[\s,，、:：—]/.test(upper)) return false;
  const first = segmenter().cut(lower.trim().slice(0, 6), false)[0] ?? '';
  if (/^(?:和|与|及|以及)$/.test(first)) return true;
  return /^(?:上|中|下|里|时)$/.test(first) && /在[^上中下里时后前]*$/.test(upper.trim());
}

/**
 * An upper line that ends inside a coverb's phrase, its verb still to come (海州市长周明远同东盟
 * 客商 | 代表举行座谈): in the tuning months 1 in 40 breaks of a 主题 wrapped, against 3 of 1746 引题 and
 * 2 of 814 主题 over a 副题.
 */
function coverbOpen(upper: string): boolean {
  if (/[\s,，、:：—]/.test(upper)) return false;
  const tokens = segmenter().tag(upper.trim(), false);
  let at = -1;
  tokens.forEach((token, k) => {
    if (token.tag === 'p' && /^[同向跟给把被对]$/.test(token.word)) at = k;
  });
  if (at < 1 || at === tokens.length - 1) return false;
  const rest = tokens.slice(at + 1);
  // (a verbal noun at the end is the verb: 推动融合向纵深发展)
  const last = rest[rest.length - 1].tag;
  return (
    !rest.some((token) => token.tag.startsWith('v') && token.tag !== 'vn') && last !== 'f' && last !== 'vn'
  );
}

/** Log odds over which two head lines are one title wrapped (1 in 250 引题 pairs taken for one). */
const WRAP_ODDS = 3;

/**
 * Log odds over which two of three head lines set close are one 主题 wrapped: in the tuning
 * months' three-line heads a 主题 wrapped under a 引题 is about twice as common as a 主题 with a
 * 副题, and one wrapped over a 副题 about as common as 引题, 主题 and 副题 — there any lean of the
 * characters at the break to a wrap settles it.
 */
const WRAP_LEAN_ODDS = 0;

/** Roles for the lines of one head group; exported for tests. */
export function headRoles(texts: string[], sizes: (number | undefined)[] = [], setClose = true): BlockRole[] {
  const n = texts.length;
  if (n === 1) return ['title'];
  if (sizes.every((s) => s !== undefined) && new Set(sizes).size > 1) {
    // with font sizes the title is the largest line; lines above it lead in, lines below follow
    const max = Math.max(...(sizes as number[]));
    const first = sizes.indexOf(max);
    let last = first;
    while (last + 1 < n && sizes[last + 1] === max) last++;
    return texts.map((_, k) => (k < first ? 'kicker' : k <= last ? 'title' : 'subtitle'));
  }
  const kick = (k: number) => kickerCue.test(texts[k]);
  const sub = (k: number) => subtitleCue.test(texts[k]);
  // a line cut where no head ends: inside a word (习近平会见国 | 际奥委会主席), or with a bracket
  // or quote left open (从老街里读懂城市(城市观察· | 读懂海州3)) — a title wrapped, never a
  // 引题 over its 主题 (1 in 500 pairs of the tuning months' heads against 2 in 3 wraps)
  // (or a number: 海州港去年吞吐量达到2 | 3.5亿吨)
  // (a guess from the words or characters at the break needs lines a wrap can make: balanced)
  const balanced = (k: number) => balancedWrap(texts[k], texts[k + 1]);
  const cutInside = (k: number) =>
    setClose &&
    (bracketOpen(texts[k]) ||
      (balanced(k) && (cutWord(texts[k], texts[k + 1]) || coverbOpen(texts[k]))) ||
      phraseGoesOn(texts[k], texts[k + 1]) ||
      (/\d$/.test(texts[k]) && /^[\d.%]/.test(texts[k + 1])));
  const oddsWrap = (k: number) => setClose && balanced(k) && wrapOdds(texts[k], texts[k + 1]) > WRAP_ODDS;
  // (and so does an upper line whose verb the lower one completes: 海州港将培养 | 3.2万港口技术人才)
  const objectWraps = (k: number) => setClose && balanced(k) && objectBelow(texts[k], texts[k + 1]);
  // (or at characters where kickers seldom end and titles seldom start: …合作 | 论坛…)
  // (a lower line of three characters or fewer, its column tag aside: 海州市把老街 | 擦亮(城市观察));
  // a line its column tag closes does not wrap (春江晓色(中国画) | 梅(中国画))
  const shortTail = (k: number) =>
    texts[k + 1].replace(/\([^()]*\)$/, '').length <= 3 && !speakerLine(texts[k + 1]);
  const wraps = (k: number) =>
    !columnTag.test(texts[k]) &&
    (openEnd.test(texts[k]) || shortTail(k) || cutInside(k) || oddsWrap(k) || objectWraps(k));
  // a 主题 is a phrase or two; a line of clause after clause leads in above it or sums up below
  const clauses = (k: number) => outsideBrackets(texts[k]).match(/[,，;；]/g)?.length ?? 0;
  if (n === 2) {
    if (cutInside(0) && !subtitleLead.test(texts[1])) return ['title', 'title'];
    if (subtitleLead.test(texts[1]) || issueDate.test(texts[1])) return ['title', 'subtitle'];
    if (clauses(1) >= 2 && clauses(0) === 0) return ['title', 'subtitle'];
    // a column tag in brackets closes a title: 港口运力强劲(海州经济观察)
    if (/\([^()]{2,16}\)$/.test(texts[0]) && !/\([^()]{2,16}\)$/.test(texts[1])) return ['title', 'subtitle'];
    if (oddsWrap(0)) return ['title', 'title'];
    if (kick(0)) return ['kicker', 'title'];
    // and a tag closing the lower line marks that line the title: 守护菜篮子的安全 | 12个案例给了哪些提醒(港城时评)
    if (!openEnd.test(texts[0]) && /[^(]{4}\([^()]{2,16}\)$/.test(texts[1])) return ['kicker', 'title'];
    // a lower line going on from the upper one's subject (…委员长会议 | 决定…) sums it up
    // and so does the news of a visit above its details (海州市代表团抵达雅加达 | 开始对印度尼西亚进行友好访问 ·
    // …将赴东盟三国进行友好访问 | 市外事办举行媒体吹风会介绍有关情况), and a figure in per cent
    // under news that gives none (海州港货物吞吐量创新高 | 同比增长12.5%)
    if (
      sub(1) ||
      (titleEndCue.test(texts[0]) && !sloganHalves(texts[1])) ||
      /^(?:决定|审议|听取|部署|确定|今起|明起|开始对)/.test(texts[1]) ||
      /将(?:出席|赴|对.{1,12}进行.{0,6}访问)|抵达/.test(texts[0]) ||
      (/\d%/.test(texts[1]) && !/\d%/.test(texts[0])) ||
      figuresBoth(texts[0], texts[1]) ||
      factFollows(texts[0], texts[1])
    )
      return ['title', 'subtitle'];
    if (wraps(0)) return ['title', 'title'];
    return ['kicker', 'title'];
  }
  // three or more: a title wrapped over the first two lines, the rest below it
  const standsBelow = (text: string) =>
    subtitleLead.test(text) || issueDate.test(text) || attendanceCue.test(text);
  // (or three lines set close whose first break leans to a wrap, more than the second: a 主题
  // wrapped over a 副题 is as common there as a 引题 over 主题 and 副题 — unless a column tag
  // closes the middle line, a title's end, with no dash 副题 under it to make it a wrap's tail)
  const leansToWrap = (k: number) =>
    setClose && balanced(k) && wrapOdds(texts[k], texts[k + 1]) > WRAP_LEAN_ODDS;
  const wrapsFirst = () =>
    leansToWrap(0) &&
    (!columnTag.test(texts[1]) || subtitleLead.test(texts[2])) &&
    (!leansToWrap(1) || wrapOdds(texts[0], texts[1]) > wrapOdds(texts[1], texts[2]));
  if (!kick(0) && !standsBelow(texts[1]) && (cutInside(0) || oddsWrap(0) || objectWraps(0) || wrapsFirst()))
    return texts.map((_, k) => (k < 2 ? 'title' : 'subtitle'));
  // or the title is the line after a kicker, or the first line
  let t = kick(0) || !sub(1) ? 1 : 0;
  if (t === 0 && n >= 3 && kick(1)) t = 2;
  const roles: BlockRole[] = texts.map((_, k) => (k < t ? 'kicker' : k === t ? 'title' : 'subtitle'));
  // a title wrapped over two lines: the line after the title carries it on
  // (under a 引题, two lines more often are its 主题 wrapped than a 主题 and its 副题: there any
  // lean of the characters at the break to a wrap settles it)
  const wrapUnderKicker = (k: number) => t === 1 && leansToWrap(k);
  if (t + 1 < n && (wraps(t) || wrapUnderKicker(t)) && !sub(t + 1)) roles[t + 1] = 'title';
  return roles;
}
