import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { toAlto } from '../src/export/alto.js';
import { readText } from '../src/read/text.js';
import { cliPath, hasShared, sharedDir } from './helpers.js';
import { hasChromium, makeSamplePdf } from './support/sample-pdf.js';

const run = promisify(execFile);
const schema = join(sharedDir, 'schemas', 'alto-4-4.xsd');
const canValidate = hasShared && existsSync(schema) && existsSync('/usr/bin/xmllint');
const noValidator = canValidate ? false : 'needs xmllint and ../shared/schemas';

async function validate(path: string): Promise<void> {
  const { stderr } = await run('xmllint', ['--noout', '--schema', schema, path]);
  assert.match(stderr, /validates/);
}

const baoku = (...args: string[]) =>
  run(process.execPath, [cliPath, ...args]).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'baoku-alto-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Invented text, laid out as a text page: heads, a paragraph, a blank line between blocks.
const textPage =
  '青川晨报\n\n石桥村的“共享菜园”火了\n\n　　本报讯 村里把闲置的土地整理出来<分给>城里人种菜 & 管护。\n会议。\n';

test('text input: line positions synthesized on a grid, one TextBlock per block, escaped content', () => {
  const xml = toAlto(readText(textPage), undefined, { fileName: 'page.txt' });
  assert.match(xml, /<MeasurementUnit>pixel<\/MeasurementUnit>/);
  assert.equal(xml.match(/<TextBlock /g)?.length, 3);
  assert.equal(xml.match(/<TextLine /g)?.length, 4);
  assert.match(xml, /CONTENT="村里把闲置的土地整理出来&lt;分给&gt;城里人种菜"/);
  assert.match(xml, /<TextLine ID="LINE5" HPOS="32" VPOS="96" /);
});

test('text input exports valid ALTO 4.4 through the CLI', { skip: noValidator }, async () => {
  const input = join(dir, 'page.txt');
  await writeFile(input, textPage);
  const out = join(dir, 'page.alto.xml');
  const result = await baoku('export', 'alto', input, '--out', out);
  assert.equal(result.code, 0, result.stderr);
  await validate(out);
});

test('PDF input exports valid ALTO with inch1200 positions, font styles and every line', {
  skip: noValidator || (hasChromium ? false : 'needs chromium'),
}, async () => {
  const { dir: pdfDir, pdfPath } = await makeSamplePdf();
  try {
    const result = await baoku('export', 'alto', pdfPath);
    assert.equal(result.code, 0, result.stderr);
    const out = join(pdfDir, 'sample.alto.xml');
    await writeFile(out, result.stdout);
    await validate(out);
    assert.match(result.stdout, /<MeasurementUnit>inch1200<\/MeasurementUnit>/);
    assert.match(result.stdout, /<TextStyle ID="FS22_5" FONTSIZE="22.5"\/>/);
    assert.match(result.stdout, /<fileName>sample.pdf<\/fileName>/);
    // The page is 1000 CSS px = 750 pt wide = 12500 inch1200 units.
    assert.match(result.stdout, /<Page ID="PAGE1" PHYSICAL_IMG_NR="1" WIDTH="12500" /);
    assert.ok((result.stdout.match(/<TextLine /g)?.length ?? 0) > 60);
  } finally {
    await rm(pdfDir, { recursive: true, force: true });
  }
});

test('bad input: one line on stderr and a non-zero exit, nothing written', async () => {
  const missing = await baoku('export', 'alto', join(dir, 'nope.pdf'), '--out', join(dir, 'x.xml'));
  assert.equal(missing.code, 1);
  assert.equal(missing.stderr.trim().split('\n').length, 1);
  assert.match(missing.stderr, /nope\.pdf: no such file/);
  assert.equal(existsSync(join(dir, 'x.xml')), false);
  const junk = join(dir, 'junk.pdf');
  await writeFile(junk, '%PDF-1.4 broken');
  const broken = await baoku('export', 'alto', junk);
  assert.equal(broken.code, 1);
  assert.match(broken.stderr, /not a readable PDF/);
  const format = await baoku('export', 'csv', junk);
  assert.equal(format.code, 2);
  assert.match(format.stderr, /unknown export format/);
  assert.equal(await readFile(junk, 'utf8'), '%PDF-1.4 broken');
});
