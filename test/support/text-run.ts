import type { TextRun } from '../../src/read/layout-lines.js';

/** A text run as a PDF gives it: x and baseline in points, CJK glyphs an em wide unless `w` says. */
export const textRun = (text: string, x: number, baseline: number, fontSize = 10, w?: number): TextRun => ({
  text,
  x,
  y: baseline - 0.88 * fontSize,
  w: w ?? [...text].length * fontSize,
  h: fontSize,
  baseline,
  fontSize,
});
