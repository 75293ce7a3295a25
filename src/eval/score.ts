/**
 * The page-set scorer: exactly the figures of ../shared/tools/score-pages.py (the
 * reference), computed the same way in the same order so the rounded numbers agree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { similarityRatio } from './sequence-matcher.js';

/** Python's str.isspace() set (what `\s` matches in Python's re on str). */
const whitespace = /[\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/** NFKC, then every whitespace character removed (CONTRACT.md "How text is compared"). */
export function norm(text: unknown): string {
  if (typeof text !== 'string' || !text) return '';
  return text.normalize('NFKC').replace(whitespace, '');
}

const codePoints = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

type Json = Record<string, unknown>;

const asObject = (value: unknown): Json | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
/** Python truthiness: empty lists and dicts are false too. */
const truthy = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.length > 0
    : value && typeof value === 'object'
      ? Object.keys(value).length > 0
      : Boolean(value);

/** Normalised paragraphs of an article, byline first, with the strings of `drop` removed. */
export function bodyParts(article: Json, drop: string[]): string[] {
  let paragraphs = asArray(article.paragraphs).map(norm);
  const byline = article.byline;
  const bylineText = norm(asObject(byline) ? asObject(byline)!.text : byline);
  if (bylineText && !(paragraphs.length && paragraphs[0].startsWith(bylineText)))
    paragraphs = paragraphs.length
      ? [bylineText + paragraphs[0], ...paragraphs.slice(1)]
      : [bylineText, ...paragraphs];
  const out: string[] = [];
  for (let p of paragraphs) {
    for (const d of drop) if (d && codePoints(d) >= 2) p = p.replaceAll(d, '');
    if (p) out.push(p);
  }
  if (!out.length)
    return asArray(article.photos)
      .map(asObject)
      .filter((photo) => photo?.caption)
      .map((photo) => norm(photo!.caption));
  return out;
}

function bounds(parts: string[], skip: number): Set<number> {
  let position = 0;
  const found = new Set<number>();
  for (const p of parts.slice(0, -1)) {
    position += codePoints(p);
    if (position > skip) found.add(position);
  }
  return found;
}

function f1(tp: number, np: number, ng: number): number {
  const p = np ? tp / np : ng ? 0 : 1;
  const r = ng ? tp / ng : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** Python's round(x, 4): correctly rounded, ties (exact binary halves) to even. */
export function round4(x: number): number {
  const exact = x.toFixed(100);
  const dot = exact.indexOf('.');
  const tail = exact.slice(dot + 5);
  if (/^50*$/.test(tail)) {
    const truncated = Number(exact.slice(0, dot + 5));
    const lastDigit = Number(exact[dot + 4]);
    return lastDigit % 2 === 0 ? truncated : Number((truncated + 0.0001 * Math.sign(x)).toFixed(4));
  }
  return Number(x.toFixed(4));
}

/** The figures of score-pages.py, in its key order. */
export interface Scores {
  pages: number;
  missing: number;
  gold_articles: number;
  pred_articles: number;
  title_f1: number;
  heads_exact: number;
  body_exact: number;
  body_sim: number;
  para_f1: number;
  caption_clean: number | null;
  jump_acc: number | null;
  jump_false: number;
  reporters_f1: number | null;
  page_exact: number;
}

/** One gold article's outcome, for the by-artifact and failure reports. */
export interface ArticleOutcome {
  page: string;
  index: number;
  gold: Json;
  predicted: Json | null;
  headsExact: boolean;
  bodyExact: boolean;
  paragraphsExact: boolean;
  similarity: number;
  goldParts: string[];
  predictedParts: string[];
  /** Page-wide and article artifacts recorded by the lay-out generator. */
  artifacts: string[];
  /** For a gold article without a match: the titles predicted on its page. */
  pageTitles?: string[];
}

export interface ScoreResult {
  scores: Scores;
  articles: ArticleOutcome[];
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

const reporterCue = /记者|通讯员/;

/** Scores every GOLD_DIR/<id>.json against PRED_DIR/<id>.json (a missing prediction scores zero). */
export function scorePages(goldDir: string, predDir: string): ScoreResult {
  const S = {
    gold: 0,
    pred: 0,
    matched: 0,
    heads: 0,
    body: 0,
    sim: 0,
    pbTp: 0,
    pbNp: 0,
    pbNg: 0,
    cap: 0,
    capOk: 0,
    jumpG: 0,
    jumpOk: 0,
    jumpFalse: 0,
    repTp: 0,
    repNp: 0,
    repNg: 0,
    pages: 0,
    pagesExact: 0,
    missing: 0,
  };
  const outcomes: ArticleOutcome[] = [];
  const names = readdirSync(goldDir)
    .filter((n) => n.endsWith('.json'))
    .sort();
  for (const fn of names) {
    const gold = readJson(join(goldDir, fn)) as Json;
    S.pages++;
    let parts: Json[];
    try {
      const pred = asObject(readJson(join(predDir, fn)));
      if (!pred) throw new Error('not an object');
      parts = asArray(pred.articles) as Json[];
    } catch {
      S.missing++;
      parts = [];
    }
    const G = asArray(gold.articles) as Json[];
    S.gold += G.length;
    S.pred += parts.length;
    const photosOf = (a: Json) => asArray(a.photos).map((p) => asObject(p) ?? {});
    const credits = G.flatMap((g) => photosOf(g).map((ph) => norm(ph.credit)));
    const embedded = G.flatMap((g) =>
      photosOf(g)
        .filter((ph) => ph.caption)
        .map((ph) => norm(ph.caption)),
    );
    const drop = [...credits.filter(Boolean), ...embedded];
    const used = new Set<number>();
    let pageOk = true;
    const pageArtifacts = asArray(gold.pageArtifacts ?? gold.artifacts).map(String);
    G.forEach((g, index) => {
      const gt = norm(g.title);
      let m: number | null = null;
      for (let k = 0; k < parts.length; k++) {
        if (!used.has(k) && norm(asObject(parts[k])?.title) === gt) {
          m = k;
          break;
        }
      }
      const goldJump = truthy(g.continuedTo) ? asObject(g.continuedTo) : null;
      if (goldJump) S.jumpG++;
      const artifacts = [...new Set([...pageArtifacts, ...asArray(g.artifacts).map(String)])];
      if (m === null) {
        pageOk = false;
        outcomes.push({
          page: fn,
          index,
          gold: g,
          predicted: null,
          headsExact: false,
          bodyExact: false,
          paragraphsExact: false,
          similarity: 0,
          goldParts: bodyParts(g, drop),
          predictedParts: [],
          artifacts,
          pageTitles: parts.map((p) => norm(asObject(p)?.title)),
        });
        return;
      }
      used.add(m);
      const p = parts[m];
      S.matched++;
      const heads = norm(g.kicker) === norm(p.kicker) && norm(g.subtitle) === norm(p.subtitle);
      S.heads += Number(heads);
      const gp = bodyParts(g, drop);
      const pp = bodyParts(p, drop);
      const gs = gp.join('');
      const ps = pp.join('');
      const ok = gs === ps;
      S.body += Number(ok);
      // Equal strings score exactly 1 in difflib too; skip the quadratic search for them.
      const similarity = gs === ps ? 1 : similarityRatio(gs, ps);
      S.sim += similarity;
      const goldByline = asObject(g.byline);
      let skip = goldByline?.text ? codePoints(norm(goldByline.text)) : 0;
      if (!skip && gp.length && codePoints(gp[0]) <= 30 && reporterCue.test(gp[0])) skip = codePoints(gp[0]);
      const predByline = asObject(p.byline);
      const pskip = Math.max(skip, codePoints(norm(predByline ? predByline.text : '')));
      const gb = bounds(gp, pskip);
      const pb = bounds(pp, pskip);
      let common = 0;
      for (const b of gb) if (pb.has(b)) common++;
      S.pbTp += common;
      S.pbNp += pb.size;
      S.pbNg += gb.size;
      const predJump = asObject(p.continuedTo);
      if (goldJump) S.jumpOk += Number(predJump?.page === goldJump.page);
      else if (truthy(p.continuedTo)) S.jumpFalse++;
      const authors = asArray(g.authors);
      if (authors.length && gp.length && reporterCue.test(Array.from(gp[0]).slice(0, 14).join(''))) {
        const found = new Set<string>();
        for (const key of ['reporters', 'correspondents', 'authors'])
          for (const x of predByline ? asArray(predByline[key]) : []) found.add(norm(x));
        const goldNames = new Set(authors.map(norm));
        for (const n of goldNames) if (found.has(n)) S.repTp++;
        S.repNp += found.size;
        S.repNg += goldNames.size;
      }
      const paragraphsExact = gb.size === pb.size && common === gb.size;
      pageOk = pageOk && heads && ok && paragraphsExact;
      outcomes.push({
        page: fn,
        index,
        gold: g,
        predicted: p,
        headsExact: heads,
        bodyExact: ok,
        paragraphsExact,
        similarity,
        goldParts: gp,
        predictedParts: pp,
        artifacts,
      });
    });
    for (const c of embedded) {
      S.cap++;
      const inBody = parts.some((p) =>
        asArray(p.paragraphs).some((x) => {
          const n = norm(x);
          return codePoints(n) >= codePoints(c) && n.includes(c);
        }),
      );
      S.capOk += Number(!inBody);
    }
    pageOk = pageOk && parts.length === G.length;
    S.pagesExact += Number(pageOk);
  }
  const mt = Math.max(S.matched, 1);
  const scores: Scores = {
    pages: S.pages,
    missing: S.missing,
    gold_articles: S.gold,
    pred_articles: S.pred,
    title_f1: round4(f1(S.matched, S.pred, S.gold)),
    heads_exact: round4(S.heads / mt),
    body_exact: round4(S.body / mt),
    body_sim: round4(S.sim / mt),
    para_f1: round4(f1(S.pbTp, S.pbNp, S.pbNg)),
    caption_clean: S.cap ? round4(S.capOk / S.cap) : null,
    jump_acc: S.jumpG ? round4(S.jumpOk / S.jumpG) : null,
    jump_false: S.jumpFalse,
    reporters_f1: S.repNg ? round4(f1(S.repTp, S.repNp, S.repNg)) : null,
    page_exact: round4(S.pagesExact / Math.max(S.pages, 1)),
  };
  return { scores, articles: outcomes };
}

const integerKeys = new Set(['pages', 'missing', 'gold_articles', 'pred_articles', 'jump_false']);

/** The scores as score-pages.py prints them (right-aligned keys, Python float repr). */
export function formatScores(scores: Scores): string {
  return Object.entries(scores)
    .map(([key, value]) => {
      let shown: string;
      if (value === null) shown = 'None';
      else if (!integerKeys.has(key) && Number.isInteger(value)) shown = (value as number).toFixed(1);
      else shown = String(value);
      return `${key.padStart(15)}: ${shown}`;
    })
    .join('\n');
}
