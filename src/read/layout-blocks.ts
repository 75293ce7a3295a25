/**
 * Printed lines (blank lines between blocks) → one line per block, as the text reader gives a
 * paragraph per line: heads, paragraphs and captions each on one line, blank lines between.
 */
import type { Line } from '../model.js';
import { boxUnion as union } from './box.js';

/** Joins two printed lines: no space between CJK, one between Latin words. */
function joinPrinted(a: string, b: string): string {
  return /[A-Za-z0-9,.;:]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b;
}

/**
 * Joins each block of printed lines into one line. `indent` marks the blocks whose first line
 * is indented (a paragraph start); they get the 2-em indent of printed Chinese (　　).
 */
export function joinBlocks(printed: Line[], indented: Set<Line>): Line[] {
  const out: Line[] = [];
  let block: Line[] = [];
  const flush = () => {
    if (!block.length) return;
    if (out.length) out.push({ text: '', line: out.length + 1 });
    const first = block[0];
    const text = block.map((l) => l.text.trim()).reduce(joinPrinted);
    const line: Line = { text: indented.has(first) ? `　　${text}` : text, line: out.length + 1 };
    const boxes = block.flatMap((l) => (l.box ? [l.box] : []));
    if (boxes.length) line.box = union(boxes);
    if (first.fontSize !== undefined) line.fontSize = first.fontSize;
    if (first.column !== undefined) line.column = first.column;
    line.printed = block.filter((l) => l.box).map((l) => ({ text: l.text, box: l.box! }));
    out.push(line);
    block = [];
  };
  for (const line of printed) {
    if (line.text) block.push(line);
    else flush();
  }
  flush();
  return out;
}
