import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { demoPagesDir } from '../src/cli/demo.js';
import { main } from '../src/cli/main.js';
import { createApp } from '../src/serve/app.js';
import { openArchive } from '../src/store/index.js';
import { demoPdfPage } from './support/demo-pdf.js';

const hasPdftoppm = ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].some((p) => existsSync(p));

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
    if (hasPdftoppm) assert.doesNotMatch(stderr, /warning/);
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
  const app = createApp(archive);
  const home = await (await app.request('/')).text();
  for (const paper of papers) assert.match(home, new RegExp(paper));
  // The one PDF page: its articles are hotzones over the rendered page (pdftoppm draws it).
  const pdfPage = (await (
    await app.request(`/papers/${encodeURIComponent('江城晚报')}/2025-09-18/5?format=json`)
  ).json()) as { image: { url: string } | null; articles: { title: string; regions: unknown[] }[] };
  assert.deepEqual(
    pdfPage.articles.map((a) => a.title),
    demoPdfPage.articles.map((a) => a.title),
  );
  assert.ok(pdfPage.articles.every((a) => a.regions.length > 0));
  if (hasPdftoppm) {
    assert.ok(pdfPage.image);
    const png = Buffer.from(await (await app.request(pdfPage.image.url)).arrayBuffer());
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  }
  archive.close();
});
