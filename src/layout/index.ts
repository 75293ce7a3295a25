/**
 * The page lay-out generator: real rmrb articles printed as raw page text with the artifacts
 * of PDF and OCR dumps, each page with its truth in the contract form.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLayoutOptions, type LayoutOptions } from './options.js';
import { createRandom, hashSeed } from './prng.js';
import { type LaidOutPage, renderPage } from './render.js';
import { findJumps, type JumpPair, loadSourcePages, type SourcePaperPage } from './source.js';

export { artifactDescriptions } from './artifacts.js';
export { defaultLayoutOptions, type LayoutOptions } from './options.js';
export type { LaidOutPage } from './render.js';
export { MissingDataError } from './source.js';
export type { GoldArticle, GoldPage } from './truth.js';

/** Lays out `options.pages` pages of the set drawn with the seed; a page's look depends only on (seed, id). */
export function layoutPages(dataDir: string, overrides: Partial<LayoutOptions> = {}): LaidOutPage[] {
  const options: LayoutOptions = { ...defaultLayoutOptions, ...overrides };
  const pool = loadSourcePages(dataDir, options.set);
  const byDate = new Map<string, SourcePaperPage[]>();
  for (const page of pool) byDate.set(page.date, [...(byDate.get(page.date) ?? []), page]);
  const jumpsByDate = new Map<string, Map<string, JumpPair>>();
  const jumpsOf = (date: string) => {
    let jumps = jumpsByDate.get(date);
    if (!jumps) {
      jumps = findJumps(byDate.get(date) ?? []);
      jumpsByDate.set(date, jumps);
    }
    return jumps;
  };
  const random = createRandom(hashSeed(options.seed, options.set, 'draw'));
  const out: LaidOutPage[] = [];
  for (let round = 1; out.length < options.pages && pool.length; round++) {
    const order = pool.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random.next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const index of order) {
      if (out.length >= options.pages) break;
      const page = pool[index];
      const id = `rmrb-${page.date}-${page.page}${round > 1 ? `-r${round}` : ''}`;
      out.push(renderPage(page, jumpsOf(page.date), id, options));
    }
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Writes OUT_DIR/pages/<id>.txt and OUT_DIR/gold/<id>.json, removing pages of an earlier run. */
export function writeLayout(outDir: string, pages: LaidOutPage[]): void {
  for (const [dir, ext] of [
    ['pages', '.txt'],
    ['gold', '.json'],
  ]) {
    mkdirSync(join(outDir, dir), { recursive: true });
    for (const name of readdirSync(join(outDir, dir)))
      if (name.startsWith('rmrb-') && name.endsWith(ext)) rmSync(join(outDir, dir, name));
  }
  for (const page of pages) {
    writeFileSync(join(outDir, 'pages', `${page.id}.txt`), page.bytes);
    writeFileSync(join(outDir, 'gold', `${page.id}.json`), `${JSON.stringify(page.gold, null, 1)}\n`);
  }
}
