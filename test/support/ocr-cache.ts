/**
 * Tesseract's TSV cached by the hash of the image and the segmentation mode, under .cache/ocr
 * (evaluation only): re-running an evaluation re-reads the same renders without re-running OCR.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type OcrOptions, tesseractTsv } from '../../src/read/image.js';

const cacheDir = join(process.cwd(), '.cache', 'ocr');

export async function cachedTesseract(path: string, psm: number, options: OcrOptions = {}): Promise<string> {
  const hash = createHash('sha256')
    .update(await readFile(path))
    .digest('hex')
    .slice(0, 32);
  const file = join(cacheDir, `${hash}-psm${psm}${options.digits ? '-digits' : ''}.tsv`);
  if (existsSync(file)) return readFile(file, 'utf8');
  const tsv = await tesseractTsv(path, psm, options);
  await mkdir(cacheDir, { recursive: true });
  await writeFile(file, tsv);
  return tsv;
}
