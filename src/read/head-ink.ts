/**
 * What the ink of a head says where tesseract's reading of it falls short.
 *
 * A series number at the end of a head is set as a circled digit (（乡村见闻③）), which tesseract
 * chi_sim reads as @, © or nothing at all. Alone, the glyph reads as its digit: so the last
 * glyph of a head (or the one before its closing bracket) is cut out of the page; when its ink
 * is a ring, the digit inside is read by itself and the circled digit goes into the head.
 */
import type { Box } from '../model.js';
import { cropShrink, type Gray } from './png.js';

/** Pixels darker than this are ink. */
const inkLevel = 128;

/** A glyph's box on the page, in pixels. */
export interface GlyphBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Runs of columns holding ink inside the box (glyphs, or parts of glyphs, left to right), each
 * with the rows its ink spans.
 */
export function inkColumns(page: Gray, box: Box): GlyphBox[] {
  const x0 = Math.max(0, Math.floor(box.x));
  const x1 = Math.min(page.width, Math.ceil(box.x + box.w));
  const y0 = Math.max(0, Math.floor(box.y));
  const y1 = Math.min(page.height, Math.ceil(box.y + box.h));
  const out: GlyphBox[] = [];
  let open: { x: number; top: number; bottom: number } | undefined;
  for (let x = x0; x <= x1; x++) {
    let top = -1;
    let bottom = -1;
    if (x < x1) {
      for (let y = y0; y < y1; y++) {
        if (page.data[y * page.width + x] < inkLevel) {
          if (top < 0) top = y;
          bottom = y;
        }
      }
    }
    if (top >= 0) {
      if (!open) open = { x, top, bottom };
      else {
        open.top = Math.min(open.top, top);
        open.bottom = Math.max(open.bottom, bottom);
      }
    } else if (open) {
      out.push({ x: open.x, y: open.top, w: x - open.x, h: open.bottom - open.top + 1 });
      open = undefined;
    }
  }
  return out;
}

/**
 * The glyph's ink draws a circle: about as wide as tall, and ink on the circle through the
 * edges of its box at (nearly) every angle. A square glyph (口, 回) has no ink there on the
 * diagonals; a digit or a bracket is far narrower than tall.
 */
export function isRing(page: Gray, g: GlyphBox): boolean {
  if (g.w < 12 || g.h < 12 || g.w / g.h < 0.8 || g.w / g.h > 1.25) return false;
  const cx = g.x + g.w / 2;
  const cy = g.y + g.h / 2;
  const r = Math.min(g.w, g.h) / 2;
  const angles = 24;
  let hits = 0;
  for (let k = 0; k < angles; k++) {
    const a = (2 * Math.PI * k) / angles;
    // Ink anywhere across the ring's stroke: between 80% and 100% of the radius.
    for (let f = 0.8; f <= 1.001; f += 0.05) {
      const x = Math.round(cx + f * r * Math.cos(a) - 0.5);
      const y = Math.round(cy + f * r * Math.sin(a) - 0.5);
      if (x >= 0 && y >= 0 && x < page.width && y < page.height && page.data[y * page.width + x] < inkLevel) {
        hits++;
        break;
      }
    }
  }
  return hits >= angles - 2;
}

/**
 * The ring glyph that ends a head, or stands right before its closing bracket: the head box
 * widened a little to the right (a line box may cut the bracket). Undefined when none is.
 */
export function endingRing(page: Gray, box: Box): GlyphBox | undefined {
  const pad = 0.3 * box.h;
  const glyphs = inkColumns(page, { x: box.x, y: box.y - 0.1 * box.h, w: box.w + pad, h: 1.2 * box.h });
  const last = glyphs[glyphs.length - 1];
  if (!last) return undefined;
  // Large enough to be a glyph of the head, not a dot or a stray mark.
  const big = (g: GlyphBox) => g.h >= 0.6 * box.h;
  if (big(last) && isRing(page, last)) return last;
  const before = glyphs[glyphs.length - 2];
  const bracket = last.w < 0.5 * last.h;
  return before && bracket && big(before) && isRing(page, before) ? before : undefined;
}

/** ①…⑳ for 1…20. */
export function circledDigit(n: number): string | undefined {
  return Number.isInteger(n) && n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : undefined;
}

/**
 * The head's text with its circled number put in: in place of what OCR read for it between the
 * last ideograph and the closing bracket (@, ©, 3, G@, or the ring's right side as a second
 * bracket), or after the last ideograph when OCR lost the glyph.
 */
export function withCircled(text: string, circled: string): string {
  const m = /^(.*\p{Script=Han})(\P{Script=Han}{0,4}?)([)）]?)$/u.exec(text);
  if (!m) return text;
  const [, head, misread, close] = m;
  // Only glyph-like misreadings: not a sentence's punctuation or a quote.
  if (/[。，、：；！？“”"]/u.test(misread)) return text;
  return `${head}${circled}${close}`;
}

/**
 * The glyph cut out with paper around it, scaled to about 64 pixels, the ring painted over (the
 * inside of a circle of 0.75 its radius kept): what is left is the digit alone.
 */
export function digitImage(page: Gray, g: GlyphBox): Gray {
  const pad = 0.3 * g.h;
  const factor = g.h / 64;
  const image = cropShrink(page, g.x - pad, g.y - pad, g.w + 2 * pad, g.h + 2 * pad, factor);
  const cx = image.width / 2;
  const cy = image.height / 2;
  const r = (0.75 * Math.min(g.w, g.h)) / 2 / factor;
  for (let y = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++)
      if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 > r * r) image.data[y * image.width + x] = 255;
  return image;
}

/** Advance of a character in ems: half for Latin letters and digits, whole for the rest. */
const advance = (c: string) => (/[0-9A-Za-z]/.test(c) ? 0.55 : 1);

/**
 * Middle dots in the head's ink where its last parenthetical stands (the right part of the
 * box, by its share of the characters): small blobs alone between glyphs, at mid height. Their
 * centres, in pixels.
 */
export function tagDots(page: Gray, box: Box, text: string): number[] {
  const chars = [...text.replace(/\s+/gu, '')];
  const open = Math.max(chars.lastIndexOf('('), chars.lastIndexOf('（'));
  if (open < 0) return [];
  const from = box.x + box.w * (open / chars.length) - box.h;
  return inkColumns(page, box)
    .filter((g) => {
      const mid = g.y + g.h / 2 - box.y;
      return (
        g.x >= from &&
        g.w <= 0.3 * box.h &&
        g.h <= 0.3 * box.h &&
        g.w >= 0.05 * box.h &&
        mid > 0.35 * box.h &&
        mid < 0.65 * box.h
      );
    })
    .map((g) => g.x + g.w / 2);
}

/**
 * The head with the middle dot of its column tag put back where the ink holds one (城市观察·老街…):
 * tesseract reads the dot as a space or a lone quote (which headGaps makes a space) — that gap
 * becomes the dot when it is the tag's only one — or loses it: then it goes between the two
 * ideographs of the tag nearest to where the dot stands, counted in character advances across
 * the head (the dot is one of them). One dot in the ink and none in the text only.
 */
export function withTagDot(page: Gray, box: Box, text: string): string {
  const m = /^(.*[(（])([^()（）]+)([)）])$/u.exec(text);
  if (!m || m[2].includes('·')) return text;
  const gapAt = /(?<=\p{Script=Han}) +(?=\p{Script=Han})/gu;
  const gaps = m[2].match(gapAt) ?? [];
  if (gaps.length > 1) return text;
  const dots = tagDots(page, box, text);
  if (dots.length !== 1) return text;
  if (gaps.length === 1) return `${m[1]}${m[2].replace(gapAt, '·')}${m[3]}`;
  // No gap: place the dot by its position.
  const chars = [...text.replace(/\s+/gu, '')];
  const units = chars.reduce((sum, c) => sum + advance(c), 0) + 1;
  const before = ((dots[0] - box.x) / box.w) * units - 0.5;
  let at = 0;
  for (let sum = 0; at < chars.length && sum + advance(chars[at]) / 2 < before; at++)
    sum += advance(chars[at]);
  const tagStart = chars.length - [...m[2].replace(/\s+/gu, '')].length - 1;
  if (at <= tagStart + 1 || at >= chars.length - 1) return text;
  if (!/\p{Script=Han}/u.test(chars[at - 1]) || !/\p{Script=Han}/u.test(chars[at])) return text;
  // Into the text as read, its spaces kept: after the at-th character that is not a space.
  let seen = 0;
  return [...text].map((c) => (/\s/u.test(c) || ++seen !== at ? c : `${c}·`)).join('');
}

/** The column holds ink between rows y0 and y1. */
function columnInk(page: Gray, x: number, y0: number, y1: number): boolean {
  if (x < 0 || x >= page.width) return false;
  for (let y = Math.max(0, y0); y < Math.min(page.height, y1); y++)
    if (page.data[y * page.width + x] < inkLevel) return true;
  return false;
}

/**
 * The head's box grown over the glyph its edge cuts. Tesseract's line box at times ends inside
 * the last glyph of a bold head (a left-right glyph boxed to its left part, the right part
 * read as ;) or starts inside the first: where ink lies within a tenth of an em past an edge
 * (closer than a column gutter), the box reaches on to where the ink stops (gaps narrower
 * than that bridged), at most one em further.
 */
export function grownToInk(page: Gray, box: Box): Box {
  const y0 = Math.round(box.y);
  const y1 = Math.round(box.y + box.h);
  const gapMax = Math.max(1, Math.round(0.1 * box.h));
  const reach = Math.round(box.h);
  const walk = (edge: number, step: 1 | -1): number => {
    let end = edge;
    let gap = 0;
    for (let k = 0; k < reach && gap <= gapMax; k++) {
      const x = step > 0 ? edge + k : edge - 1 - k;
      if (columnInk(page, x, y0, y1)) {
        end = step > 0 ? x + 1 : x;
        gap = 0;
      } else gap++;
    }
    return end;
  };
  const x0 = walk(Math.round(box.x), -1);
  const x1 = walk(Math.round(box.x + box.w), 1);
  return { ...box, x: x0, w: x1 - x0 };
}
