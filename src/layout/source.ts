/**
 * The real pages the generator lays out: ../shared/data/rmrb/pages_<month>.jsonl.gz, one
 * JSON line per printed page with its articles in e-paper order.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface SourceArticle {
  yinti: string;
  title: string;
  futi: string;
  body: string;
}

export interface SourcePaperPage {
  newspaper: string;
  /** YYYYMMDD */
  date: string;
  /** '01', '02' … */
  page: string;
  articles: SourceArticle[];
}

export const setMonths: Record<'dev' | 'holdout', string[]> = {
  dev: ['2019-02', '2019-10', '2020-01'],
  holdout: ['2020-02'],
};

/** Thrown when the data directory is missing: the CLI turns it into a one-line message. */
export class MissingDataError extends Error {}

const loaded = new Map<string, SourcePaperPage[]>();

/** Every page of one month's file, as stored (pages without articles included). */
export function readMonth(dataDir: string, month: string): SourcePaperPage[] {
  const file = join(dataDir, `pages_${month}.jsonl.gz`);
  if (!existsSync(file))
    throw new MissingDataError(`${file} is missing: the lay-out generator needs ../shared/data/rmrb`);
  return gunzipSync(readFileSync(file))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as SourcePaperPage);
}

/** Loads every page of a set, sorted by date and page number (kept for the life of the process). */
export function loadSourcePages(dataDir: string, set: 'dev' | 'holdout'): SourcePaperPage[] {
  const key = `${dataDir}\u0000${set}`;
  const cached = loaded.get(key);
  if (cached) return cached;
  const pages: SourcePaperPage[] = [];
  for (const month of setMonths[set])
    for (const page of readMonth(dataDir, month)) if (page.articles?.length) pages.push(page);
  pages.sort((a, b) => (a.date + a.page < b.date + b.page ? -1 : a.date + a.page > b.date + b.page ? 1 : 0));
  loaded.set(key, pages);
  return pages;
}

/** Titles that many unrelated pieces share, so two of them on one date are not one article. */
const genericTitles = /^(图片报道|图片新闻|本版责编|广告|新闻速递|简讯|一周|要闻|综合)/;

/** Where an article that runs over two pages of one date is printed. */
export interface JumpPair {
  title: string;
  fromPage: number;
  toPage: number;
}

/**
 * The jumps of one date: the same title with the same body on two pages means the article
 * starts on the first page and continues on the second (the e-paper lists it on both).
 */
export function findJumps(pagesOfDate: SourcePaperPage[]): Map<string, JumpPair> {
  const first = new Map<string, { page: number; body: string }>();
  const jumps = new Map<string, JumpPair>();
  const sorted = [...pagesOfDate].sort((a, b) => Number(a.page) - Number(b.page));
  for (const page of sorted) {
    const number = Number(page.page);
    for (const article of page.articles) {
      const title = article.title.trim();
      if (title.length < 4 || genericTitles.test(title)) continue;
      const seen = first.get(title);
      if (!seen) {
        first.set(title, { page: number, body: article.body });
        continue;
      }
      if (seen.page !== number && seen.body === article.body && !jumps.has(title))
        jumps.set(title, { title, fromPage: seen.page, toPage: number });
    }
  }
  return jumps;
}

/** Default place of the data, beside the repository. */
export function defaultDataDir(repoRoot: string): string {
  return join(repoRoot, '..', 'shared', 'data', 'rmrb');
}
