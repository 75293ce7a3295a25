import { readFileSync } from 'node:fs';
import { type Context, Hono } from 'hono';
import { asDate } from '../store/page-path.js';
import type { Db } from '../store/schema.js';
import { html, layout } from './html.js';
import { HttpError, Reader } from './read.js';
import type { Params, View } from './view.js';
import { articleView } from './views/article.js';
import { eventsView } from './views/events.js';
import { issueView, pageView, papersView, paperView } from './views/papers.js';
import { peopleView, personView, reportersView, reporterView } from './views/people.js';
import { searchView } from './views/search.js';

const formats = ['html', 'json', 'jsonl', 'csv'] as const;
type Format = (typeof formats)[number];

function formatOf(c: Context): Format {
  const format = (c.req.query('format') ?? 'html') as Format;
  if (!formats.includes(format))
    throw new HttpError(400, `unknown format '${format}': use html, json, jsonl or csv`);
  return format;
}

function csvCell(value: unknown): string {
  const text =
    value === null || value === undefined
      ? ''
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: Record<string, unknown>[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return (
    [columns.join(','), ...rows.map((r) => columns.map((k) => csvCell(r[k])).join(','))].join('\r\n') + '\r\n'
  );
}

/** One handler, every format: HTML, its JSON twin, and JSONL/CSV for exportable views. */
function respond(c: Context, view: View, format: Format): Response {
  if (format === 'json') return c.json(view.data);
  if (format === 'jsonl' || format === 'csv') {
    if (!view.rows) throw new HttpError(400, `this view has no ${format} export; try ?format=json`);
    const rows = view.rows();
    if (format === 'jsonl')
      return c.body(rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''), 200, {
        'content-type': 'application/x-ndjson; charset=utf-8',
      });
    return c.body(`\ufeff${toCsv(rows)}`, 200, { 'content-type': 'text/csv; charset=utf-8' });
  }
  return c.html(layout(view.title, view.html(), view.query));
}

function errorResponse(c: Context, status: number, message: string): Response {
  const format = c.req.query('format');
  // Any format but HTML gets the JSON error shape, so API clients never have to parse a page.
  const wantsJson = format !== undefined && format !== 'html';
  const code = status as 400 | 404 | 500 | 503;
  if (wantsJson) return c.json({ error: { status, message } }, code);
  return c.html(
    layout(
      `${status}`,
      html`<h1>${status === 404 ? '找不到' : '出错了'}</h1><p role="alert">${message}</p><p><a href="/">返回首页</a></p>`,
    ),
    code,
  );
}

const param = (c: Context, name: string): string => c.req.param(name) ?? '';

function positiveInt(text: string, what: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1) throw new HttpError(404, `no ${what} '${text}'`);
  return n;
}

function date(text: string): string {
  const d = asDate(text);
  if (!d || d !== text) throw new HttpError(404, `'${text}' is not a date (YYYY-MM-DD)`);
  return d;
}

/** The web reader and JSON API over an archive opened read-only. */
export function createApp(db: Db): Hono {
  const reader = new Reader(db);
  const app = new Hono();
  const view = (path: string, build: (c: Context) => View) =>
    app.get(path, (c) => {
      const format = formatOf(c);
      return respond(c, build(c), format);
    });
  const params = (c: Context): Params => c.req.query();

  view('/', () => papersView(reader));
  view('/papers/:paper', (c) => paperView(reader, param(c, 'paper')));
  view('/papers/:paper/:date', (c) => issueView(reader, param(c, 'paper'), date(param(c, 'date'))));
  view('/papers/:paper/:date/:page', (c) =>
    pageView(
      reader,
      param(c, 'paper'),
      date(param(c, 'date')),
      positiveInt(param(c, 'page'), 'page'),
      c.req.query('q'),
    ),
  );
  view('/articles/:id', (c) => articleView(reader, positiveInt(param(c, 'id'), 'article'), c.req.query('q')));
  view('/search', (c) =>
    searchView(reader, params(c), ['jsonl', 'csv'].includes(c.req.query('format') ?? '')),
  );
  view('/people', (c) => peopleView(reader, params(c)));
  view('/people/:id', (c) => personView(reader, positiveInt(param(c, 'id'), 'person')));
  view('/reporters', () => reportersView(reader));
  view('/reporters/:name', (c) => reporterView(reader, param(c, 'name')));
  view('/events', (c) => eventsView(reader, params(c)));
  app.get('/pages/:id/image', (c) => {
    const id = positiveInt(param(c, 'id'), 'page');
    const image = reader.get<{ mime: string; data: Buffer | null; path: string | null }>(
      'SELECT mime, data, path FROM page_images WHERE page_id = ?',
      [id],
    );
    if (!image) throw new HttpError(404, `page ${id} has no image`);
    let bytes: Buffer;
    try {
      bytes = image.data ?? readFileSync(image.path ?? '');
    } catch {
      throw new HttpError(404, `the image of page ${id} is missing on disk`);
    }
    return c.body(new Uint8Array(bytes), 200, {
      'content-type': image.mime,
      'cache-control': 'max-age=3600',
    });
  });

  app.notFound((c) => errorResponse(c, 404, `nothing at ${c.req.path}`));
  app.onError((error, c) => {
    if (error instanceof HttpError) return errorResponse(c, error.status, error.message);
    if (process.env.BAOKU_DEBUG) console.error(error);
    return errorResponse(c, 500, 'internal error');
  });
  return app;
}
