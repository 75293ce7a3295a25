import { html } from '../html.js';
import { articleJoins, articleUrl, HttpError, personUrl, type Reader, reporterUrl } from '../read.js';
import type { Params, View } from '../view.js';
import { eventLine, withRoles } from './article.js';

export function peopleView(reader: Reader, params: Params): View {
  const q = params.q?.trim();
  const people = reader
    .all<{ id: number; name: string; titles: string; articles: number; first: string; last: string }>(
      `SELECT pp.id, pp.name,
         (SELECT json_group_array(title) FROM (SELECT title FROM person_titles WHERE person_id = pp.id
            ORDER BY mentions DESC, title)) AS titles,
         count(DISTINCT ap.article_id) AS articles, min(i.date) AS first, max(i.date) AS last
       FROM people pp JOIN article_people ap ON ap.person_id = pp.id JOIN articles a ON a.id = ap.article_id
       JOIN pages p ON p.id = a.page_id JOIN issues i ON i.id = p.issue_id
       ${q ? 'WHERE pp.name LIKE ?' : ''}
       GROUP BY pp.id ORDER BY articles DESC, pp.name LIMIT 1000`,
      q ? [`%${q}%`] : [],
    )
    .map((p) => ({ ...p, titles: JSON.parse(p.titles) as string[], url: personUrl(p.id) }));
  return {
    title: '人物',
    data: { query: q ?? null, people },
    rows: () => people.map((p) => ({ ...p, titles: p.titles.join('；') })),
    html: () => html`<h1>人物 People</h1>
<form class="filters" action="/people" method="get"><label>姓名 <input name="q" value="${q ?? ''}"></label><button>筛选</button></form>
<ul class="plain">${people.map(
      (p) =>
        html`<li><a href="${p.url}">${p.name}</a> <span class="meta">${p.titles.join('；')} · ${p.articles} 篇 · ${p.first} 至 ${p.last}</span></li>`,
    )}</ul>`,
  };
}

export function personView(reader: Reader, id: number): View {
  const person = reader.get<{ id: number; name: string }>('SELECT id, name FROM people WHERE id = ?', [id]);
  if (!person) throw new HttpError(404, `no person ${id} in this archive`);
  const titles = reader.all<{ title: string; first: string; last: string; articles: number }>(
    `SELECT t.value AS title, min(i.date) AS first, max(i.date) AS last, count(*) AS articles
     FROM article_people ap, json_each(ap.titles) t JOIN articles a ON a.id = ap.article_id
     JOIN pages p ON p.id = a.page_id JOIN issues i ON i.id = p.issue_id
     WHERE ap.person_id = ? GROUP BY t.value ORDER BY first, title`,
    [id],
  );
  const articles = reader
    .all<{ id: number; paper: string; date: string; page: number; title: string }>(
      `SELECT a.id, n.name AS paper, i.date, p.number AS page, a.title ${articleJoins}
       JOIN article_people ap ON ap.article_id = a.id WHERE ap.person_id = ? ORDER BY i.date DESC, p.number, a.ord`,
      [id],
    )
    .map((a) => ({ ...a, url: articleUrl(a.id) }));
  const events = withRoles(
    reader,
    reader.all(
      `SELECT DISTINCT e.id, e.article_id, e.type, e.date, e.time_of_day, e.name, e.place
       FROM events e JOIN event_roles r ON r.event_id = e.id WHERE r.person_id = ? ORDER BY e.date DESC, e.id`,
      [id],
    ),
  );
  const coAttendees = reader
    .all<{ id: number; name: string; events: number }>(
      `SELECT o.person_id AS id, pp.name, count(DISTINCT o.event_id) AS events
       FROM event_roles me JOIN event_roles o ON o.event_id = me.event_id AND o.person_id != me.person_id
       JOIN people pp ON pp.id = o.person_id WHERE me.person_id = ?
       GROUP BY o.person_id ORDER BY events DESC, pp.name`,
      [id],
    )
    .map((p) => ({ ...p, url: personUrl(p.id) }));
  return {
    title: person.name,
    data: { id: person.id, name: person.name, titles, articles, events, coAttendees },
    html: () => html`<h1>${person.name}</h1>
<section aria-labelledby="titles-h"><h2 id="titles-h">职务 Titles</h2>
<ul>${titles.map((t) => html`<li>${t.title} <span class="meta">${t.first}${t.last !== t.first ? ` 至 ${t.last}` : ''} · ${t.articles} 篇</span></li>`)}</ul></section>
<section aria-labelledby="articles-h"><h2 id="articles-h">文章 Articles (${articles.length})</h2>
<ul class="plain">${articles.map((a) => html`<li><a href="${a.url}">${a.title}</a> <span class="meta">${a.paper} ${a.date} 第${a.page}版</span></li>`)}</ul></section>
<section aria-labelledby="events-h"><h2 id="events-h">事件 Events (${events.length})</h2>
<ul class="plain">${events.map((e) => html`<li>${eventLine(e)} <a href="${articleUrl(e.articleId)}">原文</a></li>`)}</ul></section>
${
  coAttendees.length
    ? html`<section aria-labelledby="co-h"><h2 id="co-h">同场人物 Co-attendees</h2>
<ul>${coAttendees.map((p) => html`<li><a href="${p.url}">${p.name}</a> <span class="meta">${p.events} 次</span></li>`)}</ul></section>`
    : ''
}`,
  };
}

export function reportersView(reader: Reader): View {
  const reporters = reader
    .all<{ name: string; articles: number; roles: string }>(
      `SELECT name, count(DISTINCT article_id) AS articles, group_concat(DISTINCT role) AS roles
       FROM article_reporters GROUP BY name ORDER BY articles DESC, name LIMIT 1000`,
    )
    .map((r) => ({ ...r, roles: r.roles.split(','), url: reporterUrl(r.name) }));
  return {
    title: '记者',
    data: { reporters },
    html: () => html`<h1>记者 Reporters</h1>
<ul class="plain">${reporters.map((r) => html`<li><a href="${r.url}">${r.name}</a> <span class="meta">${r.articles} 篇</span></li>`)}</ul>`,
  };
}

export function reporterView(reader: Reader, name: string): View {
  const articles = reader
    .all<{ id: number; paper: string; date: string; page: number; title: string; role: string }>(
      `SELECT a.id, n.name AS paper, i.date, p.number AS page, a.title, r.role ${articleJoins}
       JOIN article_reporters r ON r.article_id = a.id WHERE r.name = ? ORDER BY i.date DESC, p.number, a.ord`,
      [name],
    )
    .map((a) => ({ ...a, url: articleUrl(a.id) }));
  if (!articles.length) throw new HttpError(404, `no reporter named ${name} in this archive`);
  return {
    title: name,
    data: { name, articles },
    rows: () => articles,
    html: () => html`<h1>${name} <small>记者</small></h1>
<ul class="plain">${articles.map(
      (a) =>
        html`<li><a href="${a.url}">${a.title}</a> <span class="meta">${a.paper} ${a.date} 第${a.page}版${a.role === 'photographer' ? ' · 摄影' : ''}</span></li>`,
    )}</ul>`,
  };
}
