/**
 * A page as ALTO XML 4.4 (Library of Congress): Description (unit, source image), Styles (font
 * sizes), Tags (one StructureTag per article) and Layout/Page/PrintSpace/TextBlock/TextLine/String
 * with positions. Blocks are the runs of lines between blank lines of the reader's output.
 */
import type { Box, Line, Page, SourcePage } from '../model.js';
import { boxUnion as union } from '../read/box.js';

export interface AltoOptions {
  /** File name of the source, for sourceImageInformation. */
  fileName?: string;
}

const points = 1200 / 72;
/** Text input has no geometry: lines are set on a grid of this many pixels. */
const gridLine = 24;
const gridChar = 16;

const escapeXml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 cannot carry.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

const num = (n: number) => String(Math.round(n * 100) / 100);

/** A line's box in ALTO units: inch1200 for PDF points, pixels for images, a grid for text. */
function placer(source: SourcePage): { unit: string; box(line: Line): Box; scale: number } {
  if (source.format === 'pdf') {
    return { unit: 'inch1200', scale: points, box: (l) => scaleBox(l.box ?? gridBox(l), points) };
  }
  if (source.format === 'image') return { unit: 'pixel', scale: 1, box: (l) => l.box ?? gridBox(l) };
  return { unit: 'pixel', scale: 1, box: gridBox };
}

function scaleBox(b: Box, k: number): Box {
  return { x: b.x * k, y: b.y * k, w: b.w * k, h: b.h * k };
}

function gridBox(line: Line): Box {
  const indent = line.text.length - line.text.trimStart().length;
  const chars = [...line.text.trim()].length;
  return {
    x: indent * gridChar,
    y: (line.line - 1) * gridLine,
    w: Math.max(1, chars) * gridChar,
    h: gridChar,
  };
}

const position = (b: Box) => `HPOS="${num(b.x)}" VPOS="${num(b.y)}" WIDTH="${num(b.w)}" HEIGHT="${num(b.h)}"`;

/** Which articles use each line: `data.lines` from assemble, else the article's position. */
function articlesByLine(page: Page | undefined): Map<number, number[]> {
  const map = new Map<number, number[]>();
  page?.articles.forEach((article, i) => {
    const used = article.data?.lines;
    const lines: number[] = Array.isArray(used)
      ? (used as number[])
      : article.position
        ? Array.from(
            { length: article.position.end - article.position.start + 1 },
            (_, k) => article.position!.start + k,
          )
        : [];
    for (const n of lines) map.set(n, [...(map.get(n) ?? []), i]);
  });
  return map;
}

const styleId = (size: number) => `FS${num(size).replace('.', '_')}`;

/** Splits a line into words at spaces, each with its share of the line's width. */
function strings(text: string, box: Box, styleRef: string): string {
  const words = text.trim().split(/\s+/);
  const total = words.reduce((n, w) => n + [...w].length, 0) || 1;
  let x = box.x;
  return words
    .map((word, i) => {
      const w = (box.w * [...word].length) / total;
      const s = `<String ${position({ x, y: box.y, w, h: box.h })} CONTENT="${escapeXml(word)}"${styleRef}/>`;
      x += w;
      return i < words.length - 1 ? `${s}<SP/>` : s;
    })
    .join('');
}

/** ALTO 4.4 XML for one page. `page` (the parse of the same source) adds article Tags. */
export function toAlto(source: SourcePage, page?: Page, options: AltoOptions = {}): string {
  const { unit, box, scale } = placer(source);
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const line of source.lines) {
    if (line.text.trim()) current.push(line);
    else if (current.length) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length) blocks.push(current);

  // What ALTO calls a TextLine is a printed line: a joined line of a PDF or image gives its
  // printed lines back; a text line is one printed line.
  const textLines = new Map<Line, { id: string; text: string; box: Box }[]>();
  for (const line of source.lines) {
    if (!line.text.trim()) continue;
    const printed = line.printed?.length ? line.printed : [{ text: line.text, box: box(line) }];
    textLines.set(
      line,
      printed.map((p, k) => ({
        id: printed.length > 1 ? `LINE${line.line}_${k + 1}` : `LINE${line.line}`,
        text: p.text,
        box: line.printed?.length ? scaleBox(p.box, scale) : p.box,
      })),
    );
  }
  const all = [...textLines.values()].flat().map((t) => t.box);
  const printSpace = all.length ? union(all) : { x: 0, y: 0, w: 0, h: 0 };
  const width = source.width !== undefined ? source.width * scale : printSpace.x + printSpace.w;
  const height = source.height !== undefined ? source.height * scale : printSpace.y + printSpace.h;

  const sizes = [...new Set(source.lines.flatMap((l) => (l.fontSize ? [l.fontSize] : [])))];
  // FONTSIZE is in points; image pixels have no known resolution, so only PDFs get styles.
  const styled = source.format === 'pdf' && sizes.length > 0;
  const byLine = articlesByLine(page);
  const articleIds = (page?.articles ?? []).map((_, i) => `ART${i + 1}`);

  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    '<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.loc.gov/standards/alto/ns-v4# http://www.loc.gov/alto/v4/alto-4-4.xsd" SCHEMAVERSION="4.4">',
  );
  out.push('  <Description>');
  out.push(`    <MeasurementUnit>${unit}</MeasurementUnit>`);
  out.push('    <sourceImageInformation>');
  out.push(`      <fileName>${escapeXml(options.fileName ?? page?.source ?? '')}</fileName>`);
  out.push('    </sourceImageInformation>');
  out.push('  </Description>');
  if (styled) {
    out.push('  <Styles>');
    for (const size of sizes) out.push(`    <TextStyle ID="${styleId(size)}" FONTSIZE="${num(size)}"/>`);
    out.push('  </Styles>');
  }
  if (articleIds.length) {
    out.push('  <Tags>');
    page!.articles.forEach((article, i) => {
      out.push(
        `    <StructureTag ID="${articleIds[i]}" TYPE="article" LABEL="${escapeXml(article.title)}"/>`,
      );
    });
    out.push('  </Tags>');
  }
  out.push('  <Layout>');
  out.push(`    <Page ID="PAGE1" PHYSICAL_IMG_NR="1" WIDTH="${num(width)}" HEIGHT="${num(height)}">`);
  out.push(`      <PrintSpace ${position(printSpace)}>`);
  blocks.forEach((lines, b) => {
    const tags = [...new Set(lines.flatMap((l) => byLine.get(l.line) ?? []))].map((i) => articleIds[i]);
    const tagRefs = tags.length ? ` TAGREFS="${tags.join(' ')}"` : '';
    const blockBox = union(lines.flatMap((l) => textLines.get(l)!.map((t) => t.box)));
    out.push(`        <TextBlock ID="BLOCK${b + 1}" ${position(blockBox)}${tagRefs}>`);
    for (const line of lines) {
      const styleRef = styled && line.fontSize ? ` STYLEREFS="${styleId(line.fontSize)}"` : '';
      for (const t of textLines.get(line)!) {
        out.push(
          `          <TextLine ID="${t.id}" ${position(t.box)}>${strings(t.text, t.box, styleRef)}</TextLine>`,
        );
      }
    }
    out.push('        </TextBlock>');
  });
  out.push('      </PrintSpace>');
  out.push('    </Page>');
  out.push('  </Layout>');
  out.push('</alto>');
  return `${out.join('\n')}\n`;
}
