import { InputError, type Line, type SourcePage } from '../model.js';
import { isSideBySide, sideBySideLines } from './layout-text.js';
import { decodeUtf8 } from './utf8.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

/**
 * Decodes a text page: UTF-8 with or without BOM, else GB18030 (a superset of GBK and
 * GB2312). Throws InputError for binary or empty input, so callers report one clear line.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes.length === 0) throw new InputError('the file is empty', 'empty');
  const probe = bytes.subarray(0, 4096);
  if (probe.includes(0)) throw new InputError('this is a binary file, not page text', 'binary');
  let encoding = 'utf-8';
  // (the fast decoder gives up where it might differ from TextDecoder, which then decides)
  let text = decodeUtf8(bytes);
  if (text === undefined)
    try {
      text = utf8.decode(bytes);
    } catch {
      try {
        text = gb18030.decode(bytes);
        encoding = 'gb18030';
      } catch {
        throw new InputError('the text is neither UTF-8 nor GB18030/GBK', 'encoding');
      }
    }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!/\S/.test(text)) throw new InputError('the file holds no text', 'empty');
  if (controlShare(text) > 0.02) throw new InputError('this is a binary file, not page text', 'binary');
  return { text, encoding };
}

function controlShare(text: string): number {
  let control = 0;
  const n = Math.min(text.length, 8192);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return control / Math.max(n, 1);
}

/** Splits text into lines (CRLF, CR or LF), keeping blank lines: they separate blocks. */
export function readText(input: string | Uint8Array): SourcePage {
  const { text, encoding } =
    typeof input === 'string'
      ? { text: input.replace(/^\uFEFF/, ''), encoding: undefined }
      : decodeText(input);
  if (!/\S/.test(text)) throw new InputError('the page holds no text', 'empty');
  // (a page of LF lines alone, the common case, splits on the string, not the pattern)
  const breaks = text.includes('\r') || text.includes('\f') ? /\r\n|\r|\n|\f/ : '\n';
  const lines: Line[] = text
    .split(breaks)
    // trimEnd strips what /\s+$/u does
    .map((t, i) => ({ text: t.trimEnd(), line: i + 1 }));
  // columns side by side (pdftotext -layout): read column after column
  if (isSideBySide(lines)) return { format: 'text', encoding, lines: sideBySideLines(lines) };
  return { format: 'text', encoding, lines };
}
