/**
 * Re-reads the page images an OCR evaluation kept (pdf-eval --keep DIR) without re-running
 * tesseract (its TSV is cached by image hash), scores them, and sorts each title miss:
 *
 *   node dist/test/support/ocr-diag.js DIR [--show]
 *
 * - characters: the title's text is nowhere in the lines OCR gave (a misread character), so
 *   no layout could have found it;
 * - structure: its text is there, but it did not come out as the article's title (split,
 *   joined with another head, taken for a kicker or body).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { toContract } from '../../src/contract.js';
import { formatScores, scorePages } from '../../src/eval/index.js';
import { parseSource } from '../../src/parse.js';
import { readImage } from '../../src/read/image.js';
import { cachedTesseract } from './ocr-cache.js';
import { normalize, similarity } from './similarity.js';

interface Article {
  title?: string;
  kicker?: string | null;
  subtitle?: string | null;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { show: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const dir = positionals[0];
  if (!dir) throw new Error('usage: ocr-diag DIR [--show]');
  const goldDir = join(dir, 'gold-ocr');
  const predDir = join(dir, 'ocr-diag');
  await mkdir(predDir, { recursive: true });
  let characters = 0;
  let structure = 0;
  let titles = 0;
  for (const name of readdirSync(goldDir).filter((n) => n.endsWith('.json'))) {
    const id = name.replace(/\.json$/, '');
    const read = await readImage(join(dir, 'files', `${id}.png`), { ocr: cachedTesseract });
    const parsed = toContract(parseSource(read, { source: id, extract: false }));
    await writeFile(join(predDir, name), JSON.stringify(parsed));
    await writeFile(
      join(predDir, `${id}.lines.txt`),
      read.lines
        .map(
          (l) =>
            `${l.fontSize?.toFixed(1) ?? ''}\t${l.box ? [l.box.x, l.box.y, l.box.w, l.box.h].map(Math.round).join(',') : ''}\t${l.text}`,
        )
        .join('\n'),
    );
    const gold = JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as { articles: Article[] };
    const pred = (parsed as { articles: Article[] }).articles;
    const predTitles = pred.map((a) => normalize(a.title ?? ''));
    const text = read.lines.map((l) => normalize(l.text)).join('');
    for (const g of gold.articles) {
      titles++;
      const t = normalize(g.title ?? '');
      if (predTitles.includes(t)) continue;
      const kind = text.includes(t) ? 'structure' : 'characters';
      if (kind === 'structure') structure++;
      else characters++;
      if (values.show) {
        const nearest = [...pred].sort(
          (a, b) => similarity(b.title ?? '', t) - similarity(a.title ?? '', t),
        )[0];
        process.stdout.write(
          `${id} ${kind}\n  gold: ${g.kicker ? `[${g.kicker}] ` : ''}${g.title}${g.subtitle ? ` [${g.subtitle}]` : ''}\n  pred: ${nearest?.kicker ? `[${nearest.kicker}] ` : ''}${nearest?.title ?? '-'}${nearest?.subtitle ? ` [${nearest.subtitle}]` : ''}\n`,
        );
      }
    }
  }
  process.stdout.write(`${formatScores(scorePages(goldDir, predDir).scores)}\n`);
  process.stdout.write(
    `title misses: ${characters + structure} of ${titles} (characters ${characters}, structure ${structure})\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`ocr-diag: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
