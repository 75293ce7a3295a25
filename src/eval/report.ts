/** Reports over scored articles: figures per lay-out artifact, and the first failures in detail. */
import { type ArticleOutcome, norm } from './score.js';
import { similarityRatio } from './sequence-matcher.js';

export interface ArtifactRow {
  artifact: string;
  articles: number;
  matched: number;
  headsExact: number;
  bodyExact: number;
}

/** Per artifact: how many gold articles carry it, how many were found, heads and body exact among those. */
export function byArtifact(outcomes: ArticleOutcome[]): ArtifactRow[] {
  const rows = new Map<string, ArtifactRow>();
  for (const o of outcomes) {
    for (const artifact of ['(all)', ...o.artifacts]) {
      let row = rows.get(artifact);
      if (!row) {
        row = { artifact, articles: 0, matched: 0, headsExact: 0, bodyExact: 0 };
        rows.set(artifact, row);
      }
      row.articles++;
      if (o.predicted) row.matched++;
      if (o.headsExact) row.headsExact++;
      if (o.bodyExact) row.bodyExact++;
    }
  }
  return [...rows.values()].sort((a, b) =>
    a.artifact === '(all)' ? -1 : b.artifact === '(all)' ? 1 : a.artifact.localeCompare(b.artifact),
  );
}

const share = (n: number, of: number): string => (of ? (n / of).toFixed(3) : '  -  ');

export function formatByArtifact(rows: ArtifactRow[]): string {
  const width = Math.max(8, ...rows.map((r) => r.artifact.length));
  const out = [`${'artifact'.padEnd(width)}  articles  found  heads_exact  body_exact`];
  for (const r of rows)
    out.push(
      `${r.artifact.padEnd(width)}  ${String(r.articles).padStart(8)}  ${share(r.matched, r.articles)}  ${share(r.headsExact, r.matched).padStart(11)}  ${share(r.bodyExact, r.matched).padStart(10)}`,
    );
  return out.join('\n');
}

const clip = (s: string, n = 80): string =>
  Array.from(s).length > n ? `${Array.from(s).slice(0, n).join('')}…` : s;
const show = (v: unknown): string => (typeof v === 'string' && v ? v : '∅');

/** Where two normalised strings first differ, with a little context on both sides. */
function firstDifference(gold: string, predicted: string): string {
  const g = Array.from(gold);
  const p = Array.from(predicted);
  let i = 0;
  while (i < g.length && i < p.length && g[i] === p[i]) i++;
  const from = Math.max(0, i - 15);
  return `at char ${i}:\n      gold: …${g.slice(from, i + 40).join('')}\n      pred: …${p.slice(from, i + 40).join('')}`;
}

/** The first n articles that are not exact (title missing, heads, body or paragraph breaks). */
export function formatFailures(outcomes: ArticleOutcome[], n: number): string {
  const failing = outcomes.filter((o) => !(o.predicted && o.headsExact && o.bodyExact && o.paragraphsExact));
  const out: string[] = [
    `${failing.length} of ${outcomes.length} gold articles are not exact; the first ${Math.min(n, failing.length)}:`,
  ];
  for (const o of failing.slice(0, n)) {
    out.push('', `● ${o.page} #${o.index}  [${o.artifacts.join(' ')}]`);
    out.push(`    title   gold: ${show(o.gold.title)}`);
    if (!o.predicted) {
      const goldTitle = norm(o.gold.title);
      const nearest = (o.pageTitles ?? [])
        .map((t) => ({ t, r: similarityRatio(goldTitle, t) }))
        .sort((a, b) => b.r - a.r)[0];
      out.push(
        `    title   pred: (no unmatched predicted article has this title; ${o.pageTitles?.length ?? 0} predicted on the page${nearest ? `, nearest: ${clip(nearest.t, 60)}` : ''})`,
      );
      out.push(`    body    gold: ${clip(o.goldParts.join('¶'))}`);
      continue;
    }
    if (!o.headsExact) {
      out.push(`    kicker  gold: ${show(o.gold.kicker)}  pred: ${show(o.predicted.kicker)}`);
      out.push(`    subtitle gold: ${show(o.gold.subtitle)}  pred: ${show(o.predicted.subtitle)}`);
    }
    if (!o.bodyExact) {
      out.push(
        `    body (similarity ${o.similarity.toFixed(3)}) ${firstDifference(o.goldParts.join(''), o.predictedParts.join(''))}`,
      );
    } else if (!o.paragraphsExact) {
      const k = o.goldParts.findIndex((p, i) => p !== o.predictedParts[i]);
      out.push(
        `    paragraphs: gold has ${o.goldParts.length}, pred ${o.predictedParts.length}; first different is #${k}`,
      );
      out.push(`      gold: ${clip(o.goldParts[k] ?? '∅')}`);
      out.push(`      pred: ${clip(o.predictedParts[k] ?? '∅')}`);
    }
  }
  return out.join('\n');
}
