import type { Byline } from '../../model.js';
import { isJumpLine } from '../../store/tokens.js';
import { carrying, type Hits, hitsOf, marked, rangesOf } from '../hits.js';
import { html } from '../html.js';
import {
  type ArticleRow,
  articleColumns,
  articleJoins,
  articleUrl,
  HttpError,
  issueUrl,
  pageUrl,
  paperUrl,
  personUrl,
  type Reader,
  reporterUrl,
} from '../read.js';
import type { View } from '../view.js';

export interface EventData {
  id: number;
  articleId: number;
  type: string;
  date: string | null;
  timeOfDay: string | null;
  name: string | null;
  place: string | null;
  roles: Record<string, { name: string; personId: number | null; url: string | null }[]>;
}

/** An events table row as the views select it. */
export interface EventRow {
  id: number;
  article_id: number;
  type: string;
  date: string | null;
  time_of_day: string | null;
  name: string | null;
  place: string | null;
}

/** Events of the given rows, with their roles. */
export function withRoles(reader: Reader, rows: EventRow[]): EventData[] {
  return rows.map((e) => {
    const roles: EventData['roles'] = {};
    for (const r of reader.all<{ role: string; name: string; person_id: number | null }>(
      'SELECT role, name, person_id FROM event_roles WHERE event_id = ? ORDER BY rowid',
      [e.id],
    )) {
      roles[r.role] = roles[r.role] ?? [];
      roles[r.role].push({
        name: r.name,
        personId: r.person_id,
        url: r.person_id === null ? null : personUrl(r.person_id),
      });
    }
    return {
      id: e.id,
      articleId: e.article_id,
      type: e.type,
      date: e.date,
      timeOfDay: e.time_of_day,
      name: e.name,
      place: e.place,
      roles,
    };
  });
}

export const roleNames: Record<string, string> = {
  attended: '出席',
  participated: '参加',
  presided: '主持',
  spoke: '讲话',
  signed: '签署',
  led: '带队',
  met: '会见',
  reported: '汇报',
};

export const eventTypeNames: Record<string, string> = {
  meeting: '会议',
  signing: '签约',
  inspection: '调研',
  visit: '会见',
  call: '通话',
  speech: '讲话',
};

export function eventLine(e: EventData) {
  return html`<span class="meta">${e.date ?? '日期不详'}</span> ${eventTypeNames[e.type] ?? e.type}${e.name ? ` · ${e.name}` : ''}${e.place ? ` · ${e.place}` : ''}
<span class="meta">${Object.entries(e.roles).map(
    ([role, people]) =>
      html` ${roleNames[role] ?? role}：${people.map((p, i) => html`${i ? '、' : ''}${p.url ? html`<a href="${p.url}">${p.name}</a>` : p.name}`)}`,
  )}</span>`;
}

function jumpData(reader: Reader, page: number | null, marker: string | null, linked: number | null) {
  if (page === null && linked === null) return null;
  const other =
    linked === null
      ? undefined
      : reader.get<{ page: number }>(`SELECT p.number AS page ${articleJoins} WHERE a.id = ?`, [linked]);
  return {
    page: other?.page ?? page,
    marker,
    articleId: linked,
    url: linked === null ? null : articleUrl(linked),
  };
}

/** The body without jump lines, subhead indexes renumbered to match. */
function bodyOf(paragraphsJson: string, subheadingsJson: string) {
  const stored = JSON.parse(paragraphsJson) as string[];
  const subheads = new Set(JSON.parse(subheadingsJson) as number[]);
  const paragraphs: string[] = [];
  const subheadings: number[] = [];
  stored.forEach((p, i) => {
    if (isJumpLine(p)) return;
    if (subheads.has(i)) subheadings.push(paragraphs.length);
    paragraphs.push(p);
  });
  return { paragraphs, subheadings };
}

const bodyHtml = (body: { paragraphs: string[]; subheadings: number[] }, hits: Hits | null) =>
  body.paragraphs.map((p, i) =>
    body.subheadings.includes(i)
      ? html`<h2 class="subhead">${marked(p, hits)}</h2>`
      : html`<p>${marked(p, hits)}</p>`,
  );

type HitField = { field: string; index?: number; part?: number; ranges: [number, number][] };

/** Where the query hits the article's text, field by field, for the JSON twin. */
function hitFields(
  hits: Hits,
  heads: { kicker: string | null; title: string; subtitle: string | null; byline: string | null },
  paragraphs: string[],
  captions: (string | null)[],
  continuation: { articleId: number; paragraphs: string[] }[],
): HitField[] {
  const fields: HitField[] = [];
  const add = (field: string, text: string | null, where: { index?: number; part?: number } = {}) => {
    const ranges = text ? rangesOf(text, hits) : [];
    if (ranges.length) fields.push({ field, ...where, ranges });
  };
  for (const name of ['kicker', 'title', 'subtitle', 'byline'] as const) add(name, heads[name]);
  for (const [index, p] of paragraphs.entries()) add('paragraph', p, { index });
  for (const [index, c] of captions.entries()) add('caption', c, { index });
  for (const part of continuation)
    for (const [index, p] of part.paragraphs.entries())
      add('continuation', p, { part: part.articleId, index });
  return fields;
}

/** The article; `q` is the search the reader came from, whose hits are marked. */
export function articleView(reader: Reader, id: number, q?: string): View {
  const hits = hitsOf(q);
  const a = reader.get<ArticleRow>(`SELECT ${articleColumns} ${articleJoins} WHERE a.id = ?`, [id]);
  if (!a) throw new HttpError(404, `no article ${id} in this archive`);
  const { paragraphs, subheadings } = bodyOf(a.paragraphs, a.subheadings);
  const byline = a.byline ? (JSON.parse(a.byline) as Byline) : null;
  const photos = reader
    .all<{ caption: string | null; credit: string | null; photographers: string }>(
      'SELECT caption, credit, photographers FROM photos WHERE article_id = ? ORDER BY ord',
      [id],
    )
    .map((p) => ({ ...p, photographers: JSON.parse(p.photographers) as string[] }));
  const root = a.root_id ?? a.id;
  const story: { articleId: number; page: number; url: string }[] = [];
  const seen = new Set<number>();
  for (let at: number | null = root; at !== null && !seen.has(at); ) {
    seen.add(at);
    const part: { id: number; page: number; jump_to_id: number | null } | undefined = reader.get<{
      id: number;
      page: number;
      jump_to_id: number | null;
    }>(`SELECT a.id, p.number AS page, a.jump_to_id ${articleJoins} WHERE a.id = ?`, [at]);
    if (!part) break;
    story.push({ articleId: part.id, page: part.page, url: articleUrl(part.id) });
    at = part.jump_to_id;
  }
  // The parts after this one, shown inline so the story reads whole.
  const after = story.slice(story.findIndex((p) => p.articleId === id) + 1);
  const continuation = after.map((part) => {
    const row = reader.get<{ paragraphs: string; subheadings: string }>(
      'SELECT paragraphs, subheadings FROM articles WHERE id = ?',
      [part.articleId],
    );
    return { ...part, ...bodyOf(row?.paragraphs ?? '[]', row?.subheadings ?? '[]') };
  });
  const people = reader
    .all<{ id: number; name: string; titles: string }>(
      `SELECT pp.id, pp.name, ap.titles FROM article_people ap JOIN people pp ON pp.id = ap.person_id
       WHERE ap.article_id = ? ORDER BY ap.rowid`,
      [id],
    )
    .map((p) => ({ id: p.id, name: p.name, titles: JSON.parse(p.titles) as string[], url: personUrl(p.id) }));
  const events = withRoles(
    reader,
    reader.all(
      'SELECT id, article_id, type, date, time_of_day, name, place FROM events WHERE article_id = ? ORDER BY id',
      [id],
    ),
  );
  const regions = reader.all<{ x: number; y: number; w: number; h: number }>(
    'SELECT x, y, w, h FROM article_regions WHERE article_id = ? ORDER BY ord',
    [id],
  );
  const data = {
    id: a.id,
    paper: a.paper,
    date: a.date,
    page: a.page,
    order: a.ord + 1,
    url: articleUrl(a.id),
    pageUrl: pageUrl(a.paper, a.date, a.page),
    kicker: a.kicker,
    title: a.title,
    subtitle: a.subtitle,
    byline,
    paragraphs,
    subheadings,
    photos,
    continuedFrom: jumpData(reader, a.continued_from, a.continued_from_marker, a.jump_from_id),
    continuedTo: jumpData(reader, a.continued_to, a.continued_to_marker, a.jump_to_id),
    story,
    continuation,
    people,
    events,
    regions,
    /** Present when the view was asked with ?q=: where the query occurs in this article. */
    hits: hits
      ? (() => {
          const fields = hitFields(
            hits,
            { kicker: a.kicker, title: a.title, subtitle: a.subtitle, byline: byline?.text ?? null },
            paragraphs,
            photos.map((p) => p.caption),
            continuation,
          );
          return {
            query: hits.query,
            count: fields.reduce((n, f) => n + f.ranges.length, 0),
            fields,
          };
        })()
      : null,
  };
  const from = data.continuedFrom;
  const to = data.continuedTo;
  const found = data.hits;
  return {
    title: a.title,
    query: hits?.query,
    data,
    html: () => html`<nav class="meta" aria-label="位置"><a href="${paperUrl(a.paper)}">${a.paper}</a> ›
<a href="${issueUrl(a.paper, a.date)}">${a.date}</a> › <a href="${carrying(data.pageUrl, hits)}">第${a.page}版</a></nav>
${
  found
    ? html`<p class="meta hits" role="status">${
        found.count
          ? html`本文标出 <mark>${found.query}</mark> ${found.count} 处`
          : html`本文里找不到“${found.query}”`
      } · <a href="${carrying('/search', hits)}">回到搜索结果</a> · <a href="${data.url}">不标出</a></p>`
    : ''
}
<article aria-labelledby="article-title">
<header>
${a.kicker ? html`<p class="kicker">${marked(a.kicker, hits)}</p>` : ''}
<h1 id="article-title">${marked(a.title, hits)}</h1>
${a.subtitle ? html`<p class="subtitle">${marked(a.subtitle, hits)}</p>` : ''}
${
  byline
    ? html`<p class="byline">${marked(byline.text, hits)}${
        byline.reporters.length
          ? html` · 记者 ${byline.reporters.map((r, i) => html`${i ? '、' : ''}<a href="${reporterUrl(r)}">${r}</a>`)}`
          : ''
      }</p>`
    : ''
}
</header>
${
  from
    ? html`<p class="jump">${from.url ? html`<a href="${carrying(from.url, hits)}" rel="prev">（上接第${from.page}版）</a>` : `（上接第${from.page}版）`}</p>`
    : ''
}
${bodyHtml({ paragraphs, subheadings }, hits)}
${photos.map(
  (p) =>
    html`<figure><figcaption>${p.caption ? marked(p.caption, hits) : '图片'}${p.credit ? html` <span class="meta">${p.credit}</span>` : ''}</figcaption></figure>`,
)}
${
  to
    ? html`<p class="jump">${to.url ? html`<a href="${carrying(to.url, hits)}" rel="next">（下转第${to.page}版）</a>` : `（下转第${to.page}版）`}</p>`
    : ''
}
${continuation.map(
  (part) => html`<section class="continued" aria-label="接第${part.page}版">
<p class="jump meta">接第${part.page}版 · <a href="${carrying(part.url, hits)}">在第${part.page}版查看</a></p>
${bodyHtml(part, hits)}</section>`,
)}
</article>
${
  people.length
    ? html`<section aria-labelledby="people-h"><h2 id="people-h">人物</h2><ul>${people.map(
        (p) =>
          html`<li><a href="${p.url}">${p.name}</a>${p.titles.length ? ` — ${p.titles.join('；')}` : ''}</li>`,
      )}</ul></section>`
    : ''
}
${
  events.length
    ? html`<section aria-labelledby="events-h"><h2 id="events-h">事件</h2><ul>${events.map((e) => html`<li>${eventLine(e)}</li>`)}</ul></section>`
    : ''
}`,
  };
}
