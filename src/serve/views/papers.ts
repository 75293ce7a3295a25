import { carrying, hitsOf, marked, storiesFound } from '../hits.js';
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
  type Reader,
} from '../read.js';
import type { View } from '../view.js';

export function papersView(reader: Reader): View {
  const papers = reader
    .all<{ name: string; issues: number; first: string; last: string }>(
      `SELECT n.name, count(i.id) AS issues, min(i.date) AS first, max(i.date) AS last
       FROM papers n JOIN issues i ON i.paper_id = n.id GROUP BY n.id ORDER BY n.name`,
    )
    .map((p) => ({ ...p, url: paperUrl(p.name) }));
  const counts = reader.get<{ articles: number; people: number }>(
    'SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM people) AS people',
  ) ?? { articles: 0, people: 0 };
  return {
    title: '报纸',
    data: { papers, articles: counts.articles, people: counts.people },
    html: () => html`<h1>报纸 Papers</h1>
${papers.length ? '' : html`<p>档案里还没有报纸。用 <code>baoku ingest</code> 导入版面。</p>`}
<ul class="plain">${papers.map(
      (p) => html`<li><h2><a href="${p.url}">${p.name}</a></h2>
<p class="meta">${p.issues} 期 · ${p.first} 至 ${p.last} · <a href="${issueUrl(p.name, p.last)}">最新一期</a></p></li>`,
    )}</ul>
<p class="meta">共 ${counts.articles} 篇文章，${counts.people} 位人物。</p>`,
  };
}

const weekdays = ['一', '二', '三', '四', '五', '六', '日'];

/** A month grid with the issue dates as links. */
function calendar(paper: string, month: string, dates: Set<string>) {
  const [year, mon] = month.split('-').map(Number);
  const first = new Date(Date.UTC(year, mon - 1, 1));
  const days = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (number | null)[] = [
    ...Array(lead).fill(null),
    ...Array.from({ length: days }, (_, i) => i + 1),
  ];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  return html`<table class="calendar"><caption>${year}年${mon}月</caption>
<thead><tr>${weekdays.map((d) => html`<th scope="col">${d}</th>`)}</tr></thead>
<tbody>${weeks.map(
    (week) =>
      html`<tr>${week.map((day) => {
        if (day === null) return html`<td></td>`;
        const date = `${month}-${String(day).padStart(2, '0')}`;
        return dates.has(date)
          ? html`<td><a href="${issueUrl(paper, date)}" aria-label="${date}">${day}</a></td>`
          : html`<td>${day}</td>`;
      })}</tr>`,
  )}</tbody></table>`;
}

export function paperView(reader: Reader, paper: string): View {
  const issues = reader
    .all<{ date: string; pages: number; articles: number }>(
      `SELECT i.date, count(DISTINCT p.id) AS pages, count(a.id) AS articles
       FROM issues i JOIN papers n ON n.id = i.paper_id LEFT JOIN pages p ON p.issue_id = i.id
       LEFT JOIN articles a ON a.page_id = p.id WHERE n.name = ? GROUP BY i.id ORDER BY i.date DESC`,
      [paper],
    )
    .map((i) => ({ ...i, url: issueUrl(paper, i.date) }));
  if (!issues.length) throw new HttpError(404, `no paper named ${paper} in this archive`);
  const months = [...new Set(issues.map((i) => i.date.slice(0, 7)))];
  const dates = new Set(issues.map((i) => i.date));
  return {
    title: paper,
    data: { paper, issues },
    html: () => html`<h1>${paper}</h1>
<p class="meta">${issues.length} 期</p>
<section aria-labelledby="cal"><h2 id="cal">日历 Calendar</h2>${months.map((m) => calendar(paper, m, dates))}</section>`,
  };
}

type ListedArticle = Pick<
  ArticleRow,
  | 'id'
  | 'page'
  | 'ord'
  | 'kicker'
  | 'title'
  | 'subtitle'
  | 'byline'
  | 'paragraphs'
  | 'continued_to'
  | 'continued_from'
>;

function exportRow(paper: string, date: string, a: ListedArticle, reporters: string[]) {
  return {
    paper,
    date,
    page: a.page,
    order: a.ord + 1,
    articleId: a.id,
    kicker: a.kicker ?? '',
    title: a.title,
    subtitle: a.subtitle ?? '',
    reporters: reporters.join('、'),
    text: (JSON.parse(a.paragraphs) as string[]).join('\n'),
    continuedTo: a.continued_to ?? '',
    continuedFrom: a.continued_from ?? '',
    url: articleUrl(a.id),
  };
}

export function issueView(reader: Reader, paper: string, date: string): View {
  const articles = reader.all<ListedArticle>(
    `SELECT ${articleColumns} ${articleJoins} WHERE n.name = ? AND i.date = ? ORDER BY p.number, a.ord`,
    [paper, date],
  );
  const pageNumbers = reader
    .all<{ number: number }>(
      `SELECT p.number FROM pages p JOIN issues i ON i.id = p.issue_id JOIN papers n ON n.id = i.paper_id
       WHERE n.name = ? AND i.date = ? ORDER BY p.number`,
      [paper, date],
    )
    .map((r) => r.number);
  if (!pageNumbers.length) throw new HttpError(404, `no issue of ${paper} on ${date} in this archive`);
  const pages = pageNumbers.map((number) => ({
    page: number,
    url: pageUrl(paper, date, number),
    articles: articles
      .filter((a) => a.page === number)
      .map((a) => ({ articleId: a.id, order: a.ord + 1, title: a.title, url: articleUrl(a.id) })),
  }));
  const reportersOf = (id: number) =>
    reader
      .all<{ name: string }>(
        "SELECT name FROM article_reporters WHERE article_id = ? AND role != 'photographer'",
        [id],
      )
      .map((r) => r.name);
  return {
    title: `${paper} ${date}`,
    data: { paper, date, pages },
    rows: () => articles.map((a) => exportRow(paper, date, a, reportersOf(a.id))),
    html: () => html`<h1>${paper} <small>${date}</small></h1>
<p class="meta"><a href="${paperUrl(paper)}">全部期次</a> · 导出 <a href="?format=jsonl">JSONL</a> · <a href="?format=csv">CSV</a></p>
${pages.map(
  (
    p,
  ) => html`<section aria-labelledby="p${p.page}"><h2 id="p${p.page}"><a href="${p.url}">第${p.page}版</a></h2>
<ol>${p.articles.map((a) => html`<li><a href="${a.url}">${a.title}</a></li>`)}</ol></section>`,
)}`,
  };
}

type Box = { x: number; y: number; w: number; h: number };

/** The rectangle around all the boxes. */
function around(boxes: Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.w));
  const bottom = Math.max(...boxes.map((b) => b.y + b.h));
  return { x, y, w: right - x, h: bottom - y };
}

const pct = (v: number, of: number) => `${((v / of) * 100).toFixed(3)}%`;
const placed = (b: Box, within: Box) =>
  `left:${pct(b.x - within.x, within.w)};top:${pct(b.y - within.y, within.h)};width:${pct(b.w, within.w)};height:${pct(b.h, within.h)}`;

/**
 * One link per article over the page image (the e-paper hotzone): positioned as the rectangle
 * around the article's regions, and clickable only on the regions themselves (spans inside),
 * so that hovering any part of the article lights all of it and the link takes focus once.
 */
function hotzone(
  a: { title: string; url: string; regions: Box[]; hit: boolean },
  image: { width: number; height: number },
) {
  const zones = a.regions.filter((r) => r.w > 0 && r.h > 0);
  if (!zones.length) return '';
  const outer = around(zones);
  const page = { x: 0, y: 0, w: image.width, h: image.height };
  return html`<a class="hotzone${a.hit ? ' hit' : ''}" href="${a.url}" aria-label="${a.title}" style="${placed(outer, page)}">${zones.map(
    (r) => html`<span class="zone" style="${placed(r, outer)}"></span>`,
  )}<span class="label" aria-hidden="true">${a.title}</span></a>`;
}

/** A page: its image with the articles as hotzones, and the list of its articles; `q` marks hits. */
export function pageView(reader: Reader, paper: string, date: string, number: number, q?: string): View {
  const hits = hitsOf(q);
  const page = reader.get<{ id: number; width: number | null; height: number | null; source: string | null }>(
    `SELECT p.id, p.width, p.height, p.source FROM pages p JOIN issues i ON i.id = p.issue_id
     JOIN papers n ON n.id = i.paper_id WHERE n.name = ? AND i.date = ? AND p.number = ?`,
    [paper, date, number],
  );
  if (!page) throw new HttpError(404, `no page ${number} in ${paper} of ${date}`);
  const image = reader.get<{ width: number; height: number }>(
    'SELECT width, height FROM page_images WHERE page_id = ?',
    [page.id],
  );
  const rows = reader.all<ListedArticle & { root_id: number | null }>(
    `SELECT ${articleColumns} ${articleJoins} WHERE a.page_id = ? ORDER BY a.ord`,
    [page.id],
  );
  // A part of a story that jumps is a hit when its story is: search finds stories.
  const rootOf = (a: { id: number; root_id: number | null }) => a.root_id ?? a.id;
  const found = hits ? storiesFound(reader, hits, rows.map(rootOf)) : new Set<number>();
  const articles = rows.map((a) => ({
    articleId: a.id,
    order: a.ord + 1,
    kicker: a.kicker,
    title: a.title,
    subtitle: a.subtitle,
    byline: a.byline ? (JSON.parse(a.byline) as { text: string }).text : null,
    continuedTo: a.continued_to,
    continuedFrom: a.continued_from,
    url: articleUrl(a.id),
    /** Whether the story holds the query (?q=); false without one. */
    hit: found.has(rootOf(a)),
    regions: reader.all<Box>('SELECT x, y, w, h FROM article_regions WHERE article_id = ? ORDER BY ord', [
      a.id,
    ]),
  }));
  const pages = reader
    .all<{ number: number }>(
      'SELECT number FROM pages WHERE issue_id = (SELECT issue_id FROM pages WHERE id = ?) ORDER BY number',
      [page.id],
    )
    .map((r) => r.number);
  const at = pages.indexOf(number);
  const scan = image ? { url: `/pages/${page.id}/image`, width: image.width, height: image.height } : null;
  const zoned = scan !== null && articles.some((a) => a.regions.length);
  const hitCount = articles.filter((a) => a.hit).length;
  const pageLink = (n: number) => carrying(pageUrl(paper, date, n), hits);
  return {
    title: `${paper} ${date} 第${number}版`,
    query: hits?.query,
    data: { paper, date, page: number, query: hits?.query ?? null, image: scan, articles },
    html: () => html`<h1>${paper} <small>${date} 第${number}版</small></h1>
<nav class="pager" aria-label="版面">
${at > 0 ? html`<a href="${pageLink(pages[at - 1])}" rel="prev">← 第${pages[at - 1]}版</a>` : ''}
<a href="${issueUrl(paper, date)}">本期目录</a>
${at < pages.length - 1 ? html`<a href="${pageLink(pages[at + 1])}" rel="next">第${pages[at + 1]}版 →</a>` : ''}
</nav>
${
  hits
    ? html`<p class="meta hits" role="status">${
        hitCount
          ? html`本版有 ${hitCount} 篇文章含 <mark>${hits.query}</mark>${zoned ? '，版面上已标出' : ''}`
          : html`本版没有含“${hits.query}”的文章`
      } · <a href="${carrying('/search', hits)}">回到搜索结果</a> · <a href="${pageUrl(paper, date, number)}">不标出</a></p>`
    : ''
}
${
  scan
    ? html`${zoned ? html`<p class="meta">点版面上的文章打开全文，也可以用 Tab 键逐篇选择。</p>` : ''}
<div class="scan"><img src="${scan.url}" alt="${paper} ${date} 第${number}版版面" width="${Math.round(scan.width)}" height="${Math.round(scan.height)}">
${articles.map((a) => hotzone({ ...a, url: carrying(a.url, hits) }, scan))}</div>
<p class="meta"><a href="${scan.url}">看原图</a></p>`
    : ''
}
<ol class="results">${articles.map(
      (
        a,
      ) => html`<li${a.hit ? html` class="hit"` : ''}>${a.kicker ? html`<div class="kicker">${marked(a.kicker, hits)}</div>` : ''}<h2><a href="${carrying(a.url, hits)}">${marked(a.title, hits)}</a></h2>
${a.subtitle ? html`<div class="subtitle">${marked(a.subtitle, hits)}</div>` : ''}
<div class="meta">${a.hit ? html`<span class="badge">含搜索词</span> ` : ''}${a.byline ?? ''}${a.continuedFrom ? ` · 上接第${a.continuedFrom}版` : ''}${a.continuedTo ? ` · 下转第${a.continuedTo}版` : ''}</div></li>`,
    )}</ol>`,
  };
}
