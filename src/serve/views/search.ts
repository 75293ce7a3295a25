import { asDate } from '../../store/page-path.js';
import { ArchiveError } from '../../store/schema.js';
import { maxLimit, type SearchFilters, search } from '../../store/search.js';
import { html, raw } from '../html.js';
import { HttpError, pageUrl, type Reader } from '../read.js';
import type { Params, View } from '../view.js';

function filtersOf(params: Params, exporting: boolean): SearchFilters {
  const filters: SearchFilters = {};
  if (params.paper) filters.paper = params.paper;
  if (params.reporter) filters.reporter = params.reporter;
  if (params.person) filters.person = /^\d+$/.test(params.person) ? Number(params.person) : params.person;
  for (const name of ['from', 'to'] as const) {
    const value = params[name];
    if (!value) continue;
    const date = asDate(value);
    if (!date) throw new HttpError(400, `${name} wants a date as YYYY-MM-DD, got '${value}'`);
    filters[name] = date;
  }
  for (const name of ['page', 'limit', 'offset'] as const) {
    const value = params[name];
    if (!value) continue;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0)
      throw new HttpError(400, `${name} wants a whole number, got '${value}'`);
    filters[name] = n;
  }
  if (exporting) filters.limit = Math.min(filters.limit ?? maxLimit, maxLimit);
  return filters;
}

export function searchView(reader: Reader, params: Params, exporting: boolean): View {
  const q = params.q?.trim() ?? '';
  const filters = filtersOf(params, exporting);
  const papers = reader.all<{ name: string }>('SELECT name FROM papers ORDER BY name').map((p) => p.name);
  let found: ReturnType<typeof search> | null = null;
  if (q) {
    try {
      found = search(reader.db, q, filters);
    } catch (error) {
      if (error instanceof ArchiveError) throw new HttpError(400, error.message);
      throw error;
    }
  }
  const limit = filters.limit ?? 20;
  const offset = filters.offset ?? 0;
  const pageLink = (at: number) => {
    const next = new URLSearchParams(
      Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])),
    );
    next.delete('format');
    next.set('offset', String(at));
    return `/search?${next}`;
  };
  // A result opens with the query marked in the article and on its page.
  const withQuery = (url: string) => `${url}?q=${encodeURIComponent(q)}`;
  const field = (name: string, label: string, type = 'text') =>
    html`<label>${label} <input type="${type}" name="${name}" value="${params[name] ?? ''}"></label>`;
  return {
    title: q ? `搜索：${q}` : '搜索',
    query: q,
    data: { query: q, filters, total: found?.total ?? 0, results: found?.results ?? [] },
    rows: () => (found?.results ?? []).map((r) => ({ ...r, snippet: r.snippet.replace(/<\/?mark>/g, '') })),
    html: () => html`<h1>搜索 Search</h1>
<form class="filters" action="/search" method="get" role="search" aria-label="搜索与筛选">
<label>关键词 <input type="search" name="q" value="${q}" required></label>
<label>报纸 <select name="paper"><option value="">全部</option>${papers.map(
      (p) => html`<option ${p === params.paper ? raw('selected') : ''}>${p}</option>`,
    )}</select></label>
${field('from', '起', 'date')}${field('to', '止', 'date')}${field('page', '版次', 'number')}
${field('reporter', '记者')}${field('person', '人物')}
<button type="submit">搜索</button>
</form>
${
  found
    ? html`<p class="meta" role="status">共 ${found.total} 条结果${
        found.total
          ? html` · 导出 <a href="${pageLink(offset)}&format=jsonl">JSONL</a> · <a href="${pageLink(offset)}&format=csv">CSV</a>`
          : ''
      }</p>
<ol class="results">${found.results.map(
        (r) => html`<li><h2><a href="${withQuery(r.url)}">${r.title}</a></h2>
<p>${raw(r.snippet)}</p>
<p class="meta">${r.paper} · ${r.date} · <a href="${withQuery(pageUrl(r.paper, r.date, r.page))}">第${r.page}版</a></p></li>`,
      )}</ol>
<nav class="pager" aria-label="翻页">${offset > 0 ? html`<a href="${pageLink(Math.max(0, offset - limit))}" rel="prev">← 上一页</a>` : ''}
${offset + limit < found.total ? html`<a href="${pageLink(offset + limit)}" rel="next">下一页 →</a>` : ''}</nav>`
    : ''
}`,
  };
}
