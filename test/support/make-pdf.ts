/**
 * Lays out a newspaper page as HTML and prints it to PDF with the system chromium, returning the
 * truth (contract JSON) of what it laid out. Used by the PDF/OCR tests and the PDF evaluation.
 * Never downloads a browser: it runs /usr/bin/chromium (Debian) through playwright-core.
 */
import { writeFile } from 'node:fs/promises';
import { type Browser, chromium } from 'playwright-core';

export interface LayoutPhoto {
  caption: string;
  credit?: string | null;
}

export interface LayoutArticle {
  kicker?: string | null;
  title: string;
  subtitle?: string | null;
  /** A byline printed apart, at the head of the body (本报记者 X). */
  byline?: string | null;
  paragraphs: string[];
  /** A picture with its caption and credit, set after paragraph `photoAfter` (default: the middle). */
  photo?: LayoutPhoto | null;
  photoAfter?: number;
  /** Set the picture inside that paragraph, cutting it in two (as a column or picture does). */
  photoSplitsParagraph?: boolean;
  /** A jump line (下转N版) after the body. */
  continuedTo?: number | null;
  /** Columns of the body (default: the page's). */
  columns?: number;
  /** The title set vertically (竖排) at the article's left or right edge, beside the body. */
  verticalTitle?: 'left' | 'right';
}

export interface LayoutPage {
  paper: string;
  /** As printed in the running head, e.g. 2026年3月9日 星期一. */
  dateLine: string;
  page: number;
  columns?: number;
  /** Page width in CSS pixels. */
  width?: number;
  articles: LayoutArticle[];
  /**
   * A modular page: rows of articles side by side on the page's column grid, each number the
   * columns one article spans (e.g. [[3, 1], [2, 2], [1, 1, 2]]), filled with `articles` in order;
   * its heads span those columns and its body is set in them. Without it, articles are stacked,
   * each over the page's width.
   */
  rows?: number[][];
}

/** The contract JSON of a page, as ../shared/CONTRACT.md and the scorer read it. */
export interface TruthPage {
  articles: {
    kicker: string | null;
    title: string;
    subtitle: string | null;
    byline: { text: string } | null;
    paragraphs: string[];
    photos: { caption: string | null; credit: string | null; photographers: string[] }[];
    continuedTo: { page: number } | null;
    continuedFrom: null;
  }[];
}

/** Debian chromium's flags for a closed network, as root: shared by every browser the tests start. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A head whose clauses are set apart by a wide gap, as papers print 主题 of two clauses. */
const headHtml = (s: string) =>
  s.trim().split(/\s+/).map(escapeHtml).join('<span style="display:inline-block;width:1em"></span>');

const style = `
@page { margin: 0 }
* { box-sizing: border-box }
body { margin: 0; padding: 28px 32px; font-family: 'Noto Sans CJK SC', sans-serif; color: #000;
  font-size: 14px; line-height: 1.55 }
.running { font-size: 12px; border-bottom: 2px solid #000; padding-bottom: 6px; margin-bottom: 18px; white-space: pre }
article { border-bottom: 1px solid #444; padding-bottom: 16px; margin-bottom: 18px }
.kicker { font-size: 19px; margin: 0 0 4px }
.title { font-size: 30px; font-weight: 700; line-height: 1.3; margin: 0 0 4px }
.vertical { display: flex; gap: 28px; align-items: flex-start }
.vertical .body { flex: 1 }
.vt { writing-mode: vertical-rl; margin: 0 }
.subtitle { font-size: 18px; margin: 0 0 12px }
.heads { margin-bottom: 12px }
.body { column-gap: 36px; column-fill: balance }
.row { display: grid; column-gap: 36px; align-items: start }
.row > article { min-width: 0 }
.body p { margin: 0; text-indent: 2em; text-align: justify }
.body p.cont, .body p.byline, .body p.jump { text-indent: 0 }
.body p.jump { text-align: right }
figure { margin: 10px 0; break-inside: avoid }
.float { float: left; width: 100%; margin: 8px 0; text-indent: 0; break-inside: avoid }
.float > span { display: block }
.pic { height: 110px; background: #bbb }
.cap { font-size: 11.5px; line-height: 1.45; margin-top: 5px }
.credit { font-size: 10.5px; text-align: right; line-height: 1.4 }
`;

function figureHtml(photo: LayoutPhoto, tag: 'div' | 'span' = 'div'): string {
  const credit = photo.credit ? `<${tag} class="credit">${escapeHtml(photo.credit)}</${tag}>` : '';
  const parts = `<${tag} class="pic"></${tag}><${tag} class="cap">${escapeHtml(photo.caption)}</${tag}>${credit}`;
  return tag === 'div' ? `<figure>${parts}</figure>` : `<span class="float">${parts}</span>`;
}

function articleHtml(article: LayoutArticle, columns: number, span?: number): string {
  const heads = [
    article.kicker ? `<div class="kicker">${headHtml(article.kicker)}</div>` : '',
    `<div class="title">${headHtml(article.title)}</div>`,
    article.subtitle ? `<div class="subtitle">${headHtml(article.subtitle)}</div>` : '',
  ].join('');
  const body: string[] = [];
  if (article.byline) body.push(`<p class="byline">${escapeHtml(article.byline)}</p>`);
  const photoAfter = article.photoAfter ?? Math.floor((article.paragraphs.length - 1) / 2);
  article.paragraphs.forEach((paragraph, i) => {
    if (article.photo && i === photoAfter && article.photoSplitsParagraph) {
      // A full-width float inside the paragraph: the text runs on below the picture.
      const cut = Math.floor(paragraph.length / 2);
      body.push(
        `<p>${escapeHtml(paragraph.slice(0, cut))}${figureHtml(article.photo, 'span')}${escapeHtml(paragraph.slice(cut))}</p>`,
      );
      return;
    }
    body.push(`<p>${escapeHtml(paragraph)}</p>`);
    if (article.photo && i === photoAfter) body.push(figureHtml(article.photo));
  });
  if (article.continuedTo) body.push(`<p class="jump">(下转${article.continuedTo}版)</p>`);
  // On a modular page the body fills the columns the article spans.
  const count = span ?? article.columns ?? columns;
  const place = span ? ` style="grid-column:span ${span}"` : '';
  const bodyHtml = `<div class="body" style="column-count:${count}">${body.join('')}</div>`;
  if (article.verticalTitle) {
    const order = article.verticalTitle === 'right' ? 'row-reverse' : 'row';
    return `<article${place}><div class="vertical" style="flex-direction:${order}"><div class="title vt">${headHtml(article.title)}</div>${bodyHtml}</div></article>`;
  }
  return `<article${place}><div class="heads">${heads}</div>${bodyHtml}</article>`;
}

/** The page as a standalone HTML document. */
export function pageHtml(page: LayoutPage): string {
  const columns = page.columns ?? 4;
  const width = page.width ?? 1000;
  const running = `${page.paper}　　${page.dateLine}　　第${page.page}版`;
  const content = page.rows
    ? modularHtml(page.articles, page.rows, columns)
    : page.articles.map((a) => articleHtml(a, columns)).join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${style}</style></head>
<body style="width:${width}px"><div class="running">${escapeHtml(running)}</div>
${content}</body></html>`;
}

/**
 * Rows of articles side by side on a grid of `columns` equal columns: every article starts at its
 * row's top; a shorter one leaves white space under it. Articles beyond the rows are stacked.
 */
function modularHtml(articles: LayoutArticle[], rows: number[][], columns: number): string {
  const out: string[] = [];
  let next = 0;
  for (const spans of rows) {
    const cells = spans
      .slice(0, articles.length - next)
      .map((span) => articleHtml(articles[next++], columns, span));
    if (cells.length)
      out.push(
        `<div class="row" style="grid-template-columns:repeat(${columns},1fr)">${cells.join('')}</div>`,
      );
  }
  for (const article of articles.slice(next)) out.push(articleHtml(article, columns));
  return out.join('\n');
}

/** What the page should parse into. */
export function pageTruth(page: LayoutPage): TruthPage {
  return {
    articles: page.articles.map((a) => ({
      kicker: a.kicker || null,
      title: a.title,
      subtitle: a.subtitle || null,
      byline: a.byline ? { text: a.byline } : null,
      paragraphs: a.paragraphs,
      photos: a.photo
        ? [
            {
              caption: a.photo.caption,
              credit: a.photo.credit ?? null,
              photographers: photographersOf(a.photo.credit ?? ''),
            },
          ]
        : [],
      continuedTo: a.continuedTo ? { page: a.continuedTo } : null,
      continuedFrom: null,
    })),
  };
}

function photographersOf(credit: string): string[] {
  const match = /(?:记者|通讯员)?\s*([\p{Script=Han}·]{2,4})\s*摄/u.exec(credit);
  return match ? [match[1]] : [];
}

/** One headless chromium that prints many pages; close it when done. */
export interface Printer {
  print(page: LayoutPage, pdfPath: string): Promise<TruthPage>;
  close(): Promise<void>;
}

export async function openPrinter(): Promise<Printer> {
  const browser: Browser = await chromium.launch({
    executablePath: process.env.BAOKU_CHROMIUM ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
  return {
    async print(page, pdfPath) {
      const tab = await browser.newPage();
      try {
        await tab.setContent(pageHtml(page), { waitUntil: 'load' });
        await tab.emulateMedia({ media: 'print' });
        // One tall page: the whole layout on a single PDF page.
        const height = await tab.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
        const pdf = await tab.pdf({
          width: `${page.width ?? 1000}px`,
          height: `${height + 8}px`,
          printBackground: true,
          margin: { top: '0', right: '0', bottom: '0', left: '0' },
        });
        await writeFile(pdfPath, pdf);
        return pageTruth(page);
      } finally {
        await tab.close();
      }
    },
    close: () => browser.close(),
  };
}

/** Prints one page and closes the browser. */
export async function makePdf(page: LayoutPage, pdfPath: string): Promise<TruthPage> {
  const printer = await openPrinter();
  try {
    return await printer.print(page, pdfPath);
  } finally {
    await printer.close();
  }
}
