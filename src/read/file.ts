import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError, type SourcePage } from '../model.js';
import { readText } from './text.js';

const imageTypes = new Set(['.png', '.jpg', '.jpeg', '.tif', '.tiff', '.bmp', '.webp']);

/** Which reader a file goes to, by its first bytes and then its name. */
export function sourceKind(name: string, head: Uint8Array): 'text' | 'pdf' | 'image' {
  if (head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46) return 'pdf';
  if (
    (head[0] === 0x89 && head[1] === 0x50) ||
    (head[0] === 0xff && head[1] === 0xd8) ||
    (head[0] === 0x49 && head[1] === 0x49 && head[2] === 0x2a) ||
    (head[0] === 0x4d && head[1] === 0x4d && head[2] === 0x00)
  )
    return 'image';
  const ext = extname(name).toLowerCase();
  if (ext === '.pdf') return 'pdf';
  if (imageTypes.has(ext)) return 'image';
  return 'text';
}

/**
 * A page of a file: a path, or a path with the page of a multi-page PDF after it as PDF viewers
 * take it (issue.pdf#page=3).
 */
export function splitPageRef(ref: string): { path: string; page?: number } {
  const found = /^(.+\.pdf)#page=(\d+)$/i.exec(ref);
  return found && Number(found[2]) > 0 ? { path: found[1], page: Number(found[2]) } : { path: ref };
}

/** Reads any supported page file (or one page of a PDF: `issue.pdf#page=3`) into lines. Throws
 * InputError with a reason a person can act on. */
export async function readSourceFile(ref: string): Promise<SourcePage> {
  const { path, page } = splitPageRef(ref);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : `cannot be read (${code})`;
    throw new InputError(reason, 'unreadable');
  }
  const kind = sourceKind(path, bytes.subarray(0, 8));
  // The PDF and image readers (pdfjs, the OCR layout modules) load on first use: a batch of
  // text pages starts without them.
  if (kind === 'pdf') return (await import('./pdf.js')).readPdf(bytes, page);
  if (kind === 'image') return (await import('./image.js')).readImage(path);
  return readText(bytes);
}
