import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { main } from '../src/cli/main.js';
import { createApp } from '../src/serve/app.js';
import { openArchive } from '../src/store/index.js';
import { hasChromium, makeSamplePdf } from './support/sample-pdf.js';

test('a PDF page is stored with its rendered image, which the page view shows', {
  skip: hasChromium ? false : 'needs /usr/bin/chromium to print the sample PDF',
}, async () => {
  const { dir, pdfPath } = await makeSamplePdf();
  try {
    const laidOut = join(dir, 'pages', '青溪日报', '2025-03-14');
    mkdirSync(laidOut, { recursive: true });
    await copyFile(pdfPath, join(laidOut, '01.pdf'));
    const db = join(dir, 'a.sqlite');
    let stderr = '';
    const err = new PassThrough().on('data', (d) => {
      stderr += d;
    });
    const code = await main(['ingest', join(dir, 'pages'), '--db', db], {
      stdout: new PassThrough(),
      stderr: err,
      stdin: new PassThrough(),
    });
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stderr, /warning/);
    const archive = openArchive(db, { readonly: true });
    const image = archive
      .prepare('SELECT mime, length(data) AS bytes, width, height FROM page_images')
      .get() as {
      mime: string;
      bytes: number;
      width: number;
      height: number;
    };
    const page = archive.prepare('SELECT width, height FROM pages').get() as {
      width: number;
      height: number;
    };
    assert.equal(image.mime, 'image/png');
    assert.ok(image.bytes > 1000);
    assert.deepEqual([image.width, image.height], [page.width, page.height]);
    const app = createApp(archive);
    const view = (await (
      await app.request(`/papers/${encodeURIComponent('青溪日报')}/2025-03-14/1?format=json`)
    ).json()) as {
      image: { url: string };
    };
    const png = Buffer.from(await (await app.request(view.image.url)).arrayBuffer());
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    archive.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
