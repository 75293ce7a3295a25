import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { demoPagesDir } from '../src/cli/demo.js';
import { main } from '../src/cli/main.js';
import { createApp } from '../src/serve/app.js';
import { openArchive } from '../src/store/index.js';

test('baoku demo --no-serve builds the archive from every bundled page, and rebuilds it each time', async () => {
  const papers = readdirSync(demoPagesDir);
  assert.ok(papers.length > 0, 'demo/pages holds papers');
  const db = join(mkdtempSync(join(tmpdir(), 'baoku-demo-')), 'demo.sqlite');
  for (let i = 0; i < 2; i++) {
    let stderr = '';
    const err = new PassThrough().on('data', (d) => {
      stderr += d;
    });
    const code = await main(['demo', '--db', db, '--no-serve'], {
      stdout: new PassThrough(),
      stderr: err,
      stdin: new PassThrough(),
    });
    await new Promise((r) => setImmediate(r));
    assert.equal(code, 0, stderr);
    assert.match(stderr, /ingested \d+ pages/);
    assert.doesNotMatch(stderr, /failed/);
  }
  const archive = openArchive(db, { readonly: true });
  const stored = archive.prepare('SELECT name FROM papers ORDER BY name').pluck().all();
  assert.deepEqual(stored, [...papers].sort());
  assert.equal(
    archive.prepare('SELECT count(DISTINCT page_id) FROM articles').pluck().get(),
    archive.prepare('SELECT count(*) FROM pages').pluck().get(),
  );
  assert.ok(
    (archive.prepare('SELECT count(*) FROM articles WHERE jump_to_id IS NOT NULL').pluck().get() as number) >
      0,
    'some story is linked across a jump',
  );
  const home = await (await createApp(archive).request('/')).text();
  for (const paper of papers) assert.match(home, new RegExp(paper));
  archive.close();
});
