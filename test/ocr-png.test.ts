import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { test } from 'node:test';
import { fixOcrBrackets } from '../src/read/image.js';
import { cropShrink, decodePng, encodePng, isPng, stack } from '../src/read/png.js';
import { hasChromium, makeSamplePdf } from './support/sample-pdf.js';

test('grayscale PNG round trip, crop with shrink, stacking on white', () => {
  const width = 6;
  const height = 4;
  const data = Uint8Array.from({ length: width * height }, (_, i) => (i * 10) % 256);
  const png = encodePng({ width, height, data });
  assert.ok(isPng(png));
  const back = decodePng(png);
  assert.deepEqual(back, { width, height, data });
  // 2×2 boxes averaged: the top-left box holds 0, 10, 60, 70.
  const small = cropShrink(back!, 0, 0, 4, 4, 2);
  assert.equal(small.width, 2);
  assert.equal(small.height, 2);
  assert.equal(small.data[0], 35);
  const { image, tops } = stack([small, { width: 1, height: 1, data: Uint8Array.of(0) }], 3);
  assert.deepEqual(tops, [3, 8]);
  assert.equal(image.width, 2 + 6);
  assert.equal(image.data[0], 255);
  assert.equal(image.data[8 * image.width + 3], 0);
});

test('kinds it does not read are refused with null, not a crash', () => {
  assert.equal(decodePng(Buffer.from('not a png')), null);
  const png = encodePng({ width: 1, height: 1, data: Uint8Array.of(0) });
  png[8 + 8 + 8] = 16; // IHDR bit depth → 16
  assert.equal(decodePng(png), null);
});

test('an RGB page rendered by pdftoppm (every PNG filter) decodes to its size, mostly white', {
  skip: hasChromium && existsSync('/usr/bin/pdftoppm') ? false : 'needs chromium and pdftoppm',
}, async () => {
  const { dir, pdfPath } = await makeSamplePdf();
  const png = execFileSync('pdftoppm', ['-png', '-r', '50', '-singlefile', pdfPath]);
  await rm(dir, { recursive: true, force: true });
  const gray = decodePng(png);
  assert.ok(gray);
  assert.equal(gray.width, Math.round((750 * 50) / 72));
  const white = gray.data.filter((v) => v > 240).length / gray.data.length;
  const black = gray.data.filter((v) => v < 60).length;
  assert.ok(white > 0.7 && white < 0.99, `white share ${white}`);
  assert.ok(black > 100, 'text pixels are dark');
});

test('OCR brackets: an angle bracket closed by a round one was a round one', () => {
  assert.equal(fixOcrBrackets('本报讯〈记者 柯云帆)走进'), '本报讯(记者 柯云帆)走进');
  assert.equal(fixOcrBrackets('心情《环球走笔）'), '心情(环球走笔）');
  assert.equal(fixOcrBrackets('（国际视点〉'), '（国际视点)');
  // Book-title marks stay: 《》 closed by 》.
  assert.equal(fixOcrBrackets('学习《决定》精神（评论）'), '学习《决定》精神（评论）');
});
