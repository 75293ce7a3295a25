/**
 * Pages of ../shared/data/rmrb laid out for make-pdf.ts, with their truth. The text is read at
 * run time and never stored in the repository; the captions of added pictures are ours.
 */
import { join } from 'node:path';
import { readMonth, type SourceArticle, type SourcePaperPage } from '../../src/layout/source.js';
import { readArticle } from '../../src/layout/truth.js';
import { sharedDir } from '../helpers.js';
import type { LayoutArticle, LayoutPage, TruthPage } from './make-pdf.js';

/** Captions we write ourselves for the pictures we add (the data has none). */
const inventedCaptions = [
  '图为活动现场。',
  '图为工作人员在现场查看进展情况。',
  '图为当地群众参加活动的场景。',
  '图为项目建设现场，施工人员正在作业。',
];

export function loadMonth(month: string): SourcePaperPage[] {
  return readMonth(join(sharedDir, 'data', 'rmrb'), month).filter((p) => p.articles?.length);
}

/** One rmrb article → what make-pdf prints and the truth of it. */
function layArticle(
  source: SourceArticle,
  n: number,
): { printed: LayoutArticle; truth: TruthPage['articles'][number] } | null {
  const parts = readArticle(source);
  if (!parts.title || !parts.paragraphs.length) return null;
  const paragraphs = [...parts.paragraphs];
  // A dateline byline is printed where the paper prints it: at the start of the first paragraph.
  if (parts.byline && !parts.bylineApart) paragraphs[0] = `${parts.bylinePrefix}${paragraphs[0]}`;
  const credit = parts.credit?.credit ?? null;
  const withPhoto = credit !== null || n % 3 === 1;
  const caption = withPhoto ? inventedCaptions[n % inventedCaptions.length] : null;
  const printed: LayoutArticle = {
    kicker: parts.kicker,
    title: parts.title,
    subtitle: parts.subtitle,
    byline: parts.byline && parts.bylineApart ? parts.byline.text : null,
    paragraphs,
    photo: caption ? { caption, credit } : null,
    photoAfter: Math.min(1, paragraphs.length - 1),
    photoSplitsParagraph: n % 2 === 0 && paragraphs.length > 1,
    columns: paragraphs.join('').length < 300 ? 2 : 4,
  };
  const truth: TruthPage['articles'][number] = {
    kicker: parts.kicker,
    title: parts.title,
    subtitle: parts.subtitle,
    byline: parts.byline ? { text: parts.byline.text } : null,
    paragraphs: parts.paragraphs,
    photos: caption ? [{ caption, credit, photographers: parts.credit?.photographers ?? [] }] : [],
    continuedTo: null,
    continuedFrom: null,
  };
  return { printed, truth };
}

/** A small seeded generator (mulberry32): the same page draws the same layout every run. */
function seededRandom(key: string): () => number {
  let seed = 2166136261;
  for (const c of key) seed = Math.imul(seed ^ c.charCodeAt(0), 16777619);
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Ways a row of a 4-column page splits between its articles (widest first), by the number of articles. */
const rowSplits: number[][][] = [
  [],
  [[4]],
  [
    [3, 1],
    [2, 2],
  ],
  [[2, 1, 1]],
];

/**
 * A modular grid for articles of these lengths: rows of 1–3 articles drawn at random, each
 * row's wider spans given to its longer articles (as an editor fits a page).
 */
export function drawRows(lengths: number[], random: () => number): number[][] {
  const rows: number[][] = [];
  for (let at = 0; at < lengths.length; ) {
    const count = Math.min(lengths.length - at, 1 + Math.floor(random() * 3));
    const split = rowSplits[count][Math.floor(random() * rowSplits[count].length)];
    const byLength = lengths
      .slice(at, at + count)
      .map((length, i) => ({ length, i }))
      .sort((a, b) => b.length - a.length);
    const spans = new Array<number>(count);
    byLength.forEach(({ i }, rank) => {
      spans[i] = split[rank];
    });
    rows.push(spans);
    at += count;
  }
  return rows;
}

export function layPage(
  source: SourcePaperPage,
  options: { modular?: boolean } = {},
): { page: LayoutPage; truth: TruthPage } {
  const laid = source.articles.map((a, i) => layArticle(a, i)).filter((a) => a !== null);
  const date = source.date;
  const articles = laid.map((a) => a.printed);
  const rows = options.modular
    ? drawRows(
        articles.map((a) => a.paragraphs.join('').length),
        seededRandom(`${date}-${source.page}`),
      )
    : undefined;
  return {
    page: {
      paper: source.newspaper,
      dateLine: `${date.slice(0, 4)}年${Number(date.slice(4, 6))}月${Number(date.slice(6, 8))}日`,
      page: Number(source.page),
      articles,
      ...(rows ? { rows } : {}),
    },
    truth: { articles: laid.map((a) => a.truth) },
  };
}
