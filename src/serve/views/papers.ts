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

export function pageView(reader: Reader, paper: string, date: string, number: number): View {
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
  const rows = reader.all<ListedArticle>(
    `SELECT ${articleColumns} ${articleJoins} WHERE a.page_id = ? ORDER BY a.ord`,
    [page.id],
  );
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
    regions: reader.all<{ x: number; y: number; w: number; h: number }>(
      'SELECT x, y, w, h FROM article_regions WHERE article_id = ? ORDER BY ord',
      [a.id],
    ),
  }));
  const pages = reader
    .all<{ number: number }>(
      'SELECT number FROM pages WHERE issue_id = (SELECT issue_id FROM pages WHERE id = ?) ORDER BY number',
      [page.id],
    )
    .map((r) => r.number);
  const at = pages.indexOf(number);
  const scan = image ? { url: `/pages/${page.id}/image`, width: image.width, height: image.height } : null;
  const pct = (v: number, of: number) => `${((v / of) * 100).toFixed(3)}%`;
  return {
    title: `${paper} ${date} 第${number}版`,
    data: { paper, date, page: number, image: scan, articles },
    html: () => html`<h1>${paper} <small>${date} 第${number}版</small></h1>
<nav class="pager" aria-label="版面">
${at > 0 ? html`<a href="${pageUrl(paper, date, pages[at - 1])}" rel="prev">← 第${pages[at - 1]}版</a>` : ''}
<a href="${issueUrl(paper, date)}">本期目录</a>
${at < pages.length - 1 ? html`<a href="${pageUrl(paper, date, pages[at + 1])}" rel="next">第${pages[at + 1]}版 →</a>` : ''}
</nav>
${
  scan
    ? html`<div class="scan"><img src="${scan.url}" alt="${paper} ${date} 第${number}版版面" width="${scan.width}" height="${scan.height}">
${articles.flatMap((a) =>
  a.regions.map(
    (r) =>
      html`<a class="region" href="${a.url}" title="${a.title}" aria-label="${a.title}" style="left:${pct(r.x, scan.width)};top:${pct(r.y, scan.height)};width:${pct(r.w, scan.width)};height:${pct(r.h, scan.height)}"></a>`,
  ),
)}</div>`
    : ''
}
<ol class="results">${articles.map(
      (
        a,
      ) => html`<li>${a.kicker ? html`<div class="kicker">${a.kicker}</div>` : ''}<h2><a href="${a.url}">${a.title}</a></h2>
${a.subtitle ? html`<div class="subtitle">${a.subtitle}</div>` : ''}
<div class="meta">${a.byline ?? ''}${a.continuedFrom ? ` · 上接第${a.continuedFrom}版` : ''}${a.continuedTo ? ` · 下转第${a.continuedTo}版` : ''}</div></li>`,
    )}</ol>`,
  };
}
