import { asDate } from '../../store/page-path.js';
import { html, raw } from '../html.js';
import { articleJoins, articleUrl, HttpError, type Reader } from '../read.js';
import type { Params, View } from '../view.js';
import { type EventRow, eventLine, eventTypeNames, withRoles } from './article.js';

/** The events timeline, newest first, filtered by type, person (name or id) and dates. */
export function eventsView(reader: Reader, params: Params): View {
  const where: string[] = [];
  const values: unknown[] = [];
  if (params.type) {
    where.push('e.type = ?');
    values.push(params.type);
  }
  if (params.person) {
    where.push(
      /^\d+$/.test(params.person)
        ? 'EXISTS (SELECT 1 FROM event_roles r WHERE r.event_id = e.id AND r.person_id = ?)'
        : 'EXISTS (SELECT 1 FROM event_roles r WHERE r.event_id = e.id AND r.name = ?)',
    );
    values.push(/^\d+$/.test(params.person) ? Number(params.person) : params.person);
  }
  for (const [name, op] of [
    ['from', '>='],
    ['to', '<='],
  ] as const) {
    const value = params[name];
    if (!value) continue;
    const date = asDate(value);
    if (!date) throw new HttpError(400, `${name} wants a date as YYYY-MM-DD, got '${value}'`);
    where.push(`coalesce(e.date, i.date) ${op} ?`);
    values.push(date);
  }
  const rows = reader.all<EventRow & { title: string; paper: string }>(
    `SELECT e.id, e.article_id, e.type, coalesce(e.date, i.date) AS date, e.time_of_day, e.name, e.place, a.title, n.name AS paper
     FROM events e JOIN articles a ON a.id = e.article_id ${articleJoins.replace('FROM articles a', '')}
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY date DESC, e.id LIMIT 500`,
    values,
  );
  const events = withRoles(reader, rows).map((e, i) => ({
    ...e,
    paper: rows[i].paper,
    title: rows[i].title,
    url: articleUrl(e.articleId),
  }));
  const types = reader
    .all<{ type: string }>('SELECT DISTINCT type FROM events ORDER BY type')
    .map((t) => t.type);
  return {
    title: '事件',
    data: {
      filters: {
        type: params.type ?? null,
        person: params.person ?? null,
        from: params.from ?? null,
        to: params.to ?? null,
      },
      events,
    },
    rows: () =>
      events.map((e) => ({
        ...e,
        roles: Object.entries(e.roles)
          .map(([role, people]) => `${role}: ${people.map((p) => p.name).join('、')}`)
          .join('; '),
      })),
    html: () => html`<h1>事件 Events</h1>
<form class="filters" action="/events" method="get" aria-label="筛选事件">
<label>类型 <select name="type"><option value="">全部</option>${types.map(
      (t) =>
        html`<option value="${t}" ${t === params.type ? raw('selected') : ''}>${eventTypeNames[t] ?? t}</option>`,
    )}</select></label>
<label>人物 <input name="person" value="${params.person ?? ''}"></label>
<label>起 <input type="date" name="from" value="${params.from ?? ''}"></label>
<label>止 <input type="date" name="to" value="${params.to ?? ''}"></label>
<button>筛选</button></form>
<ol class="results">${events.map((e) => html`<li>${eventLine(e)}<br><a href="${e.url}">${e.title}</a> <span class="meta">${e.paper}</span></li>`)}</ol>`,
  };
}
