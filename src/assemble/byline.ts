import type { Byline } from '../model.js';
import {
  bylineMarkPrefix,
  datelineParts,
  datelinePrefix,
  fold,
  looseReporters,
  originalOffset,
  reporterParen,
  standaloneByline,
} from '../segment/patterns.js';

/**
 * Splits names as bylines print them: 、 or commas between names, spaces between names, and
 * spaces inside a two-character name (方　圆). Single characters standing apart pair up.
 */
export function splitNames(text: string): string[] {
  const tokens = fold(text)
    .split(/[、,，;；\s]+/u)
    .map((t) => t.replace(/[^\u4e00-\u9fff·]/gu, ''))
    .filter(Boolean);
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].length === 1 && i + 1 < tokens.length && tokens[i + 1].length <= 2) {
      names.push(tokens[i] + tokens[i + 1]);
      i++;
    } else if (tokens[i].length >= 2 && tokens[i].length <= 12) {
      names.push(tokens[i]);
    }
  }
  return names;
}

/** Reporters and correspondents out of 记者 X、Y 通讯员 Z 报道 (any order of the parts). */
function people(text: string): { reporters: string[]; correspondents: string[]; source?: string } {
  const f = fold(text).replace(/\s*(?:报道|文\/图|图\/文)?\s*:?$/, '');
  const reporters: string[] = [];
  const correspondents: string[] = [];
  let source: string | undefined;
  // 见习记者, 首席记者 … are reporters too: the rank goes with the marker, not into the names;
  // a commentator (本报评论员 X) is the writer, listed with them; X/文 Y/图 name the jobs
  const parts = f
    .replace(/\s*\/\s*[文图]/g, ' ')
    .split(/((?:特约)?通讯员|实习生|(?:见习|实习|特约|特派|首席|全媒体|融媒体|摄影)?记者|(?:特约)?评论员)/);
  // parts: [before, marker, names, marker, names …]
  const lead = parts[0].trim();
  const sourceMatch =
    /^(?:本报讯)?\s*([\u4e00-\u9fff]{2,12}?)(?:驻[\u4e00-\u9fff]{1,8})?(?:特约|特派|见习|首席)?$/.exec(lead);
  if (sourceMatch && parts.length > 1) source = sourceMatch[1];
  if (parts.length === 1) reporters.push(...splitNames(f));
  for (let k = 1; k < parts.length; k += 2) {
    const names = splitNames(parts[k + 1] ?? '');
    if (parts[k].endsWith('记者') || parts[k].endsWith('评论员')) reporters.push(...names);
    else correspondents.push(...names);
  }
  return { reporters, correspondents, source };
}

function build(text: string, fields: Partial<Byline>, who: ReturnType<typeof people> | null): Byline {
  const byline: Byline = { text: text.trim(), reporters: who?.reporters ?? [] };
  const source = fields.source ?? who?.source;
  if (source) byline.source = source;
  if (who?.correspondents.length) byline.correspondents = who.correspondents;
  if (fields.place) byline.place = fields.place;
  if (fields.date) byline.date = fields.date;
  return byline;
}

function monthDay(text: string): string | undefined {
  const m = /(?:(\d{1,2})月)?(\d{1,2})日/.exec(text);
  if (!m) return undefined;
  const day = m[2].padStart(2, '0');
  return m[1] ? `${m[1].padStart(2, '0')}-${day}` : day;
}

/** A byline standing on its own line: 本报记者 X · 本报讯（记者 X 通讯员 Y）. */
export function parseStandaloneByline(text: string): Byline {
  // (a mark may come before 文/ as well: □ 文/方知远)
  const f = fold(text)
    .replace(bylineMarkPrefix, '')
    .replace(/^文\s*\/\s*/, '');
  const inner = /^本报讯\s*\((.*)\)$/.exec(f);
  const who = people(inner ? inner[1] : f);
  if (!who.source && /^本报/.test(f)) who.source = '本报';
  return build(text, {}, who);
}

/**
 * A byline glued before the text and set apart by a space (本报记者 X　… · ■记者 X 通讯员 Y　…):
 * the shortest such prefix that reads as a byline naming a 记者. One closed by 报道, maybe with
 * a colon, holds spaces of its own (湖城日报记者 许诺 报道　… · 本报记者 X 通讯员 Y 报道：…).
 */
function gluedByline(f: string): string | null {
  const reads = (prefix: string) => standaloneByline.test(prefix.trim()) && /记者/.test(prefix);
  const closed = /^([^,。:]{2,40}?报道)(:|(?=\s))/.exec(f);
  if (closed && reads(closed[1])) return closed[0];
  for (const space of f.slice(0, 42).matchAll(/\s+/gu)) {
    const prefix = f.slice(0, space.index);
    if (/[,。:]/.test(prefix)) break;
    if (prefix.length >= 2 && reads(prefix)) return prefix;
  }
  return null;
}

/**
 * A byline or dateline opening a paragraph: returns the byline and the rest of the paragraph,
 * or null when the paragraph does not open with one.
 */
export function splitLeadingByline(paragraph: string): { byline: Byline; rest: string } | null {
  const f = fold(paragraph);
  const lead = datelinePrefix.exec(f);
  if (!lead) {
    const alone = gluedByline(f);
    if (alone)
      return cut(paragraph, f, alone.length, build(paragraph.slice(0, alone.length), {}, people(alone)));
    return null;
  }
  let end = lead[0].length;
  const fields: Partial<Byline> = {};
  const parts = datelineParts.exec(f);
  if (parts) {
    // groups 1–3: …电 datelines; 4–6: 本报4月8日讯 (the date before 讯, the place often left out)
    fields.source = parts[1] ?? parts[4];
    fields.place = (parts[2] ?? parts[5]) || undefined;
    fields.date = monthDay(parts[3] ?? parts[6]);
  } else if (/^本报[讯电]/.test(f)) {
    fields.source = '本报';
  } else {
    const src = /^据?([\u4e00-\u9fff]{2,8}?(?:报|社|台|网))/.exec(f);
    if (src) fields.source = src[1];
  }
  let who: ReturnType<typeof people> | null = null;
  const rest = f.slice(end);
  const paren = reporterParen.exec(rest);
  const loose = paren ? null : looseReporters.exec(rest);
  if (paren) {
    end += paren[0].length;
    who = people(paren[1]);
  } else if (loose) {
    end += loose[0].length;
    who = people(loose[0]);
  }
  if (who?.source && fields.source === '本报') fields.source = who.source;
  return cut(paragraph, f, end, build(f.slice(0, end), fields, who), paragraph);
}

/** Cuts the original text where the folded text's byline ends (NFKC keeps lengths for these forms). */
function cut(
  original: string,
  folded: string,
  end: number,
  byline: Byline,
  source = original,
): { byline: Byline; rest: string } {
  const at = original.length === folded.length ? end : originalOffset(original, end);
  byline.text = source.slice(0, at).trim();
  return { byline, rest: original.slice(at).replace(/^[\s\u3000\u00a0]+/u, '') };
}
