import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createApp } from '../src/serve/app.js';
import { openArchive } from '../src/store/index.js';
import { hasShared, runCli, sharedDir } from './helpers.js';

const seed = join(sharedDir, 'seed', 'yuxi-dushibao-front-page.txt');
const skip = hasShared ? false : 'needs ../shared (the seed page)';

const run = (...argv: string[]) => runCli(argv);

test('acceptance: the seed page ingested twice, searched from the CLI and the server', { skip }, async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'baoku-seed-')), 'seed.sqlite');
  for (let i = 0; i < 2; i++) {
    const r = await run(
      'ingest',
      seed,
      '--db',
      db,
      '--paper',
      '渝西都市报',
      '--date',
      '2025-07-09',
      '--page',
      '1',
    );
    assert.equal(r.code, 0, r.stderr);
  }
  const archive = openArchive(db, { readonly: true });
  assert.equal(archive.prepare('SELECT count(*) FROM articles').pluck().get(), 3);
  const expected: [string, number][] = [
    ['胡楠', 1],
    ['永川', 3],
    ['彭禹乔', 3],
    ['AI技术', 1],
    ['下转', 0],
    ['潘文峰', 1],
  ];
  for (const [query, total] of expected) {
    const r = await run('search', query, '--db', db, '--json');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).total, total, query);
  }
  const app = createApp(archive);
  const found = (await (await app.request(`/search?q=${encodeURIComponent('胡楠')}&format=json`)).json()) as {
    results: { title: string }[];
  };
  assert.equal(found.results.length, 1);
  assert.match(found.results[0].title, /签署合作备忘录/);
  assert.match(await (await app.request('/')).text(), /渝西都市报/);
  archive.close();
});
