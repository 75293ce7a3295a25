/**
 * The truth side of a laid-out page: an rmrb article read into the contract form
 * (byline taken off the body, credit lines of picture stories taken out, subheads marked).
 */
import type { Article, Byline, Photo } from '../model.js';
import type { SourceArticle } from './source.js';

/** A contract article plus what the scorer and the by-artifact report need. */
export interface GoldArticle extends Omit<Article, 'position' | 'regions' | 'data'> {
  /** Reporter and correspondent names of the byline (score-pages.py scores these). */
  authors: string[];
  /** Lay-out artifacts this article got, for grouping failures. */
  artifacts: string[];
}

export interface GoldPage {
  source: string;
  paper: string;
  date: string;
  page: number;
  seed: number;
  /** Every artifact drawn for the page, page-wide and per article. */
  artifacts: string[];
  /** The page-wide ones only (separators, indents, wraps, encoding); articles list their own. */
  pageArtifacts: string[];
  articles: GoldArticle[];
}

/** An rmrb article split into the parts the generator prints. */
export interface ArticleParts {
  kicker: string | null;
  title: string;
  subtitle: string | null;
  /** A dateline byline as printed at the start of the body, or a byline line standing first. */
  byline: Byline | null;
  /** True when the byline stands on its own line in the source body. */
  bylineApart: boolean;
  /** The byline exactly as it precedes the first paragraph in the source (with its spaces). */
  bylinePrefix: string;
  paragraphs: string[];
  subheadings: number[];
  /** The last line of a picture story (or of an article with a photo): its credit. */
  credit: Photo | null;
}

const space = '[\\s\\u00a0\\u3000]';
const datelinePattern =
  /^(据)?(?:本报讯|(本报|新华社|中新社|人民日报)([^\s\u00a0\u3000（(，。、：]{0,12}?)(\d{1,2}月\d{1,2}日)?电)/;
const bracketPattern = new RegExp(`^${space}*[（(]([^（）()]{1,40})[）)]`);
const bylineLinePattern =
  /^(本报|新华社|人民日报)?(特约)?记者[\s\u00a0\u3000]*[\u4e00-\u9fff·][\u4e00-\u9fff·\s\u00a0\u3000、]{0,30}$/;
const creditPattern = /摄(（[^（）]{1,12}）)?$/;

/** Paragraph text without its indent and trailing spaces. */
export function cleanLine(line: string): string {
  return line.replace(/^[\s\u00a0\u3000]+/, '').replace(/[\s\u00a0\u3000]+$/, '');
}

/** Names in a byline or credit: split on 、 and spaces; a name padded with spaces (张　三) is one name. */
export function splitNames(text: string): string[] {
  const names: string[] = [];
  for (const part of text.split(/[、，,]/)) {
    const tokens = part.split(/[\s\u00a0\u3000]+/).filter(Boolean);
    if (!tokens.length) continue;
    if (tokens.every((t) => [...t].length === 1)) names.push(tokens.join(''));
    else names.push(...tokens);
  }
  return names.filter((n) => /^[\u4e00-\u9fff·]{2,8}$/.test(n));
}

/** Reporters and correspondents of a bracket such as （记者张烁　通讯员李四）. */
export function bylineNames(inside: string): { reporters: string[]; correspondents: string[] } {
  const [reporterPart, correspondentPart = ''] = inside.split('通讯员');
  const reporters = splitNames(reporterPart.replace(/^.*?记者/, ''));
  const correspondents = splitNames(correspondentPart);
  return { reporters, correspondents };
}

function zeroPad(n: string): string {
  return n.padStart(2, '0');
}

/** A dateline at the start of a paragraph: 本报北京9月30日电　（记者张烁）… */
export function readDateline(paragraph: string): { byline: Byline; rest: string; prefix: string } | null {
  const m = datelinePattern.exec(paragraph);
  if (!m) return null;
  let end = m[0].length;
  let names = { reporters: [] as string[], correspondents: [] as string[] };
  const bracket = bracketPattern.exec(paragraph.slice(end));
  if (bracket) {
    const inside = bracket[1];
    const found = bylineNames(inside);
    const onlyNames = /^[\u4e00-\u9fff·、\s\u00a0\u3000]{2,30}$/.test(inside) && found.reporters.length > 0;
    if (/记者|通讯员/.test(inside) || onlyNames) {
      end += bracket[0].length;
      names = found;
    }
  }
  const byline: Byline = {
    text: cleanLine(paragraph.slice(0, end)),
    source: m[2] ?? '本报',
    reporters: names.reporters,
  };
  if (names.correspondents.length) byline.correspondents = names.correspondents;
  if (m[3]) byline.place = m[3];
  if (m[4]) {
    const [month, day] = m[4].replace('日', '').split('月');
    byline.date = `${zeroPad(month)}-${zeroPad(day)}`;
  }
  const rest = cleanLine(paragraph.slice(end));
  return { byline, rest, prefix: paragraph.slice(0, paragraph.length - rest.length) };
}

/** A short line without closing punctuation between paragraphs: an in-body subhead. */
export function isSubhead(paragraph: string): boolean {
  const length = [...paragraph].length;
  if (length > 30 || length < 2) return false;
  if (/[。！？!?；;，,：:、…]$/.test(paragraph)) return false;
  if (/记者|通讯员/.test(paragraph) || creditPattern.test(paragraph)) return false;
  return true;
}

/** A photo credit line: 本报记者　张三摄, 张三摄（影像中国）. */
export function readCredit(line: string): Photo | null {
  if ([...line].length > 40 || /[。！？]/.test(line) || !creditPattern.test(line)) return null;
  const names = line
    .replace(/（[^（）]*）$/, '')
    .replace(/摄$/, '')
    .replace(/^.*?(记者|通讯员|摄影|特约)/, '');
  return { caption: null, credit: line, photographers: splitNames(names) };
}

/** Reads an rmrb article into heads, byline, paragraphs, subheads and a closing credit. */
export function readArticle(article: SourceArticle): ArticleParts {
  let paragraphs = article.body.split('\n').map(cleanLine).filter(Boolean);
  let byline: Byline | null = null;
  let bylineApart = false;
  let bylinePrefix = '';
  let credit: Photo | null = null;
  if (paragraphs.length > 1) {
    credit = readCredit(paragraphs[paragraphs.length - 1]);
    if (credit) paragraphs = paragraphs.slice(0, -1);
  }
  if (paragraphs.length) {
    const dateline = readDateline(paragraphs[0]);
    if (dateline) {
      byline = dateline.byline;
      paragraphs = dateline.rest ? [dateline.rest, ...paragraphs.slice(1)] : paragraphs.slice(1);
      bylineApart = !dateline.rest;
      bylinePrefix = dateline.prefix;
    } else if (paragraphs.length > 1 && bylineLinePattern.test(paragraphs[0])) {
      const names = bylineNames(paragraphs[0]);
      byline = {
        text: paragraphs[0],
        source: /^新华社/.test(paragraphs[0]) ? '新华社' : '本报',
        reporters: names.reporters,
      };
      bylinePrefix = paragraphs[0];
      paragraphs = paragraphs.slice(1);
      bylineApart = true;
    }
  }
  const subheadings: number[] = [];
  paragraphs.forEach((p, i) => {
    if (i < paragraphs.length - 1 && isSubhead(p)) subheadings.push(i);
  });
  return {
    kicker: cleanLine(article.yinti) || null,
    title: cleanLine(article.title),
    subtitle: cleanLine(article.futi) || null,
    byline,
    bylineApart,
    bylinePrefix,
    paragraphs,
    subheadings,
    credit,
  };
}
