import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { toContract } from '../src/contract.js';
import { round4, scorePages } from '../src/eval/score.js';
import { similarityRatio } from '../src/eval/sequence-matcher.js';
import { layoutPages, writeLayout } from '../src/layout/index.js';
import { createRandom } from '../src/layout/prng.js';
import { parsePage } from '../src/parse.js';
import { cliPath, hasShared, sharedDir } from './helpers.js';

const reference = join(sharedDir, 'tools', 'score-pages.py');
const hasPython = spawnSync('python3', ['--version']).status === 0;
const skip = hasShared && hasPython ? false : 'needs python3 and ../shared';
const work = mkdtempSync(join(tmpdir(), 'baoku-eval-'));
after(() => rmSync(work, { recursive: true, force: true }));

test('similarity equals difflib.SequenceMatcher(autojunk=False).ratio()', {
  skip: hasPython ? false : 'needs python3',
}, () => {
  const random = createRandom(9);
  const alphabet = [
    ...'的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要她出也得里后自以会家可下而过天去能对小多然于心学么之都好看起发当没成只如事把还用第样道想作种开美总从无情己面最女但现前些所同日手又行意动方期它头经长儿回位分爱老因很给名法间斯知世什两次使身者被高已亲其进此话常与活正感',
    'a',
    'b',
    '𠀀',
  ];
  const pairs: Array<[string, string]> = [
    ['', ''],
    ['abc', ''],
    ['市长会见海州女排代表', '市长会见女排代表'],
  ];
  for (let i = 0; i < 40; i++) {
    const a = Array.from({ length: random.int(0, 300) }, () => random.pick(alphabet)).join('');
    const chars = [...a];
    for (let k = random.int(0, 30); k > 0; k--)
      chars.splice(random.int(0, chars.length), random.int(0, 3), random.pick(alphabet));
    pairs.push([a, chars.join('')]);
  }
  const py = spawnSync(
    'python3',
    [
      '-c',
      'import sys,json,difflib\nfor a,b in json.load(sys.stdin): print(repr(difflib.SequenceMatcher(None,a,b,autojunk=False).ratio() if a or b else 1.0))',
    ],
    { input: JSON.stringify(pairs) },
  );
  const expected = py.stdout.toString().trim().split('\n').map(Number);
  assert.deepEqual(
    pairs.map(([a, b]) => similarityRatio(a, b)),
    expected,
  );
});

test('figures are rounded like Python round(x, 4), ties to even', () => {
  assert.equal(round4(0.03125), 0.0312);
  assert.equal(round4(0.09375), 0.0938);
  assert.equal(round4(0.12345), 0.1235);
  assert.equal(round4(1), 1);
  assert.equal(round4(2 / 3), 0.6667);
});

// biome-ignore lint/suspicious/noExplicitAny: predictions are edited freely to corrupt them
type Json = Record<string, any>;

/** A prediction set made from the truth with many kinds of mistakes. */
function corrupt(goldDir: string, predDir: string): void {
  mkdirSync(predDir, { recursive: true });
  const random = createRandom(77);
  readdirSync(goldDir).forEach((name, n) => {
    if (n % 17 === 3) return; // missing prediction
    if (n % 23 === 5) {
      writeFileSync(join(predDir, name), '{ not json');
      return;
    }
    const gold = JSON.parse(readFileSync(join(goldDir, name), 'utf8'));
    const articles: Json[] = [];
    for (const g of gold.articles as Json[]) {
      const a: Json = structuredClone(g);
      delete a.authors;
      const roll = random.next();
      if (roll < 0.06) continue;
      if (roll < 0.12) a.title = `${a.title}X`;
      else if (roll < 0.18) a.kicker = a.kicker ? null : '多出来的引题';
      else if (roll < 0.26 && a.paragraphs.length > 2)
        a.paragraphs.splice(0, 2, a.paragraphs[0] + a.paragraphs[1]);
      else if (roll < 0.34 && a.paragraphs.length) {
        const p = [...a.paragraphs[0]];
        const at = random.int(1, Math.max(1, p.length - 1));
        a.paragraphs.splice(0, 1, p.slice(0, at).join(''), p.slice(at).join(''));
      } else if (roll < 0.42 && a.photos.length && a.photos[0].caption)
        a.paragraphs.push(a.photos[0].caption + (a.photos[0].credit ?? ''));
      else if (roll < 0.48) a.continuedTo = a.continuedTo ? null : { page: 3 };
      else if (roll < 0.52 && a.continuedTo) a.continuedTo = { page: a.continuedTo.page + 1 };
      else if (roll < 0.6 && a.byline)
        a.byline = { ...a.byline, reporters: [...a.byline.reporters.slice(1), '王某某'] };
      else if (roll < 0.66 && a.byline) {
        a.paragraphs[0] = a.byline.text + (a.paragraphs[0] ?? '');
        a.byline = null;
      } else if (roll < 0.74 && a.paragraphs.length) {
        const p = [...a.paragraphs[a.paragraphs.length - 1]];
        p.splice(random.int(0, p.length), random.int(1, 8), '错字');
        a.paragraphs[a.paragraphs.length - 1] = p.join('').normalize('NFKC');
      } else if (roll < 0.78) a.paragraphs = [];
      articles.push(a);
      if (random.chance(0.05)) articles.push({ title: '多出来的文章', paragraphs: ['正文。'] });
    }
    writeFileSync(join(predDir, name), JSON.stringify({ articles }));
  });
}

test('baoku eval prints the figures of score-pages.py on laid-out pages and a corrupted prediction', {
  skip,
}, () => {
  const pages = layoutPages(join(sharedDir, 'data', 'rmrb'), { pages: 120, seed: 8 });
  writeLayout(join(work, 'set'), pages);
  const goldDir = join(work, 'set', 'gold');
  const predDir = join(work, 'pred');
  corrupt(goldDir, predDir);
  const ours = spawnSync(process.execPath, [cliPath, 'eval', goldDir, predDir, '--json']);
  assert.equal(ours.status, 0, ours.stderr.toString());
  const theirs = spawnSync('python3', [reference, goldDir, predDir, '--json']);
  assert.equal(theirs.status, 0, theirs.stderr.toString());
  const figures = JSON.parse(ours.stdout.toString());
  assert.deepEqual(figures, JSON.parse(theirs.stdout.toString()));
  // The corruption really moved every figure away from a perfect score.
  for (const key of [
    'title_f1',
    'heads_exact',
    'body_exact',
    'para_f1',
    'jump_acc',
    'reporters_f1',
    'page_exact',
  ])
    assert.ok(figures[key] < 1, key);
  assert.ok(figures.jump_false > 0 && figures.missing > 0);
  // The printed table is the reference's too.
  const table = spawnSync(process.execPath, [cliPath, 'eval', goldDir, predDir]);
  const pyTable = spawnSync('python3', [reference, goldDir, predDir]);
  assert.equal(table.stdout.toString(), pyTable.stdout.toString());
});

test('baoku eval agrees with score-pages.py on what the parser really predicts', { skip }, () => {
  const pages = layoutPages(join(sharedDir, 'data', 'rmrb'), { pages: 40, seed: 21, set: 'holdout' });
  writeLayout(join(work, 'parsed'), pages);
  const predDir = join(work, 'parsed', 'pred');
  mkdirSync(predDir, { recursive: true });
  for (const page of pages)
    writeFileSync(
      join(predDir, `${page.id}.json`),
      JSON.stringify(toContract(parsePage(page.bytes, { extract: false }))),
    );
  const goldDir = join(work, 'parsed', 'gold');
  const ours = spawnSync(process.execPath, [cliPath, 'eval', goldDir, predDir]);
  const theirs = spawnSync('python3', [reference, goldDir, predDir]);
  assert.equal(theirs.status, 0, theirs.stderr.toString());
  assert.equal(ours.stdout.toString(), theirs.stdout.toString());
});

test('truth scored against itself is perfect', { skip: hasShared ? false : 'needs ../shared' }, () => {
  const pages = layoutPages(join(sharedDir, 'data', 'rmrb'), { pages: 30, seed: 4 });
  writeLayout(join(work, 'self'), pages);
  const { scores } = scorePages(join(work, 'self', 'gold'), join(work, 'self', 'gold'));
  assert.equal(scores.title_f1, 1);
  assert.equal(scores.body_exact, 1);
  assert.equal(scores.para_f1, 1);
  assert.equal(scores.page_exact, 1);
});

test('--by-artifact and --failures show what fails; bad arguments get one line', { skip }, () => {
  const goldDir = join(work, 'set', 'gold');
  const predDir = join(work, 'pred');
  const run = spawnSync(process.execPath, [
    cliPath,
    'eval',
    goldDir,
    predDir,
    '--by-artifact',
    '--failures',
    '3',
  ]);
  assert.equal(run.status, 0, run.stderr.toString());
  const out = run.stdout.toString();
  assert.match(out, /^\(all\)\s+\d+/m);
  assert.match(out, /^column-cut\s+\d+/m);
  assert.match(out, /gold articles are not exact; the first 3:/);
  assert.equal(out.match(/^● /gm)?.length, 3);
  const missing = spawnSync(process.execPath, [cliPath, 'eval', goldDir, join(work, 'nowhere')]);
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr.toString().trim().split('\n').length, 1);
  const badCount = spawnSync(process.execPath, [cliPath, 'eval', goldDir, predDir, '--failures', 'many']);
  assert.equal(badCount.status, 2);
});
