import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { createApp } from '../src/serve/app.js';
import { ingestPage, openArchive, savePageImage } from '../src/store/index.js';
import { frontPage, key, nextDayPage, paper, thirdPage } from './archive-pages.js';

const file = join(mkdtempSync(join(tmpdir(), 'baoku-serve-')), 'a.sqlite');
{
  const db = openArchive(file);
  const scanned = {
    ...frontPage,
    articles: frontPage.articles.map((a, i) => ({ ...a, regions: [{ x: 0, y: i * 450, w: 600, h: 450 }] })),
  };
  ingestPage(db, scanned, key('2025-03-14', 1));
  ingestPage(db, thirdPage, key('2025-03-14', 3));
  ingestPage(db, nextDayPage, key('2025-03-15', 1));
  savePageImage(db, key('2025-03-14', 1), {
    data: Buffer.from('89504e470d0a1a0a', 'hex'),
    width: 600,
    height: 900,
  });
  db.close();
}
const db = openArchive(file, { readonly: true });
const app = createApp(db);
after(() => db.close());

const get = async (path: string) => {
  const response = await app.request(path);
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
};
const json = async (path: string) => {
  const r = await get(path);
  return { status: r.status, body: JSON.parse(r.text) };
};
const paperPath = `/papers/${encodeURIComponent(paper)}`;

test('the home page names the papers, in Chinese, with landmarks; its JSON twin lists them', async () => {
  const page = await get('/');
  assert.equal(page.status, 200);
  assert.match(page.type, /text\/html/);
  assert.match(page.text, /<html lang="zh-CN">/);
  assert.match(page.text, /<main id="main">/);
  assert.match(page.text, /role="search"/);
  assert.match(page.text, new RegExp(paper));
  const twin = await json('/?format=json');
  assert.deepEqual(
    twin.body.papers.map((p: { name: string; issues: number }) => [p.name, p.issues]),
    [[paper, 2]],
  );
});

test('paper calendar, issue, and page views with their JSON twins', async () => {
  const calendar = await get(paperPath);
  assert.match(calendar.text, /2025年3月/);
  assert.match(calendar.text, new RegExp(`href="${paperPath}/2025-03-14"`));
  const issue = (await json(`${paperPath}/2025-03-14?format=json`)).body;
  assert.deepEqual(
    issue.pages.map((p: { page: number; articles: unknown[] }) => [p.page, p.articles.length]),
    [
      [1, 2],
      [3, 2],
    ],
  );
  const page = (await json(`${paperPath}/2025-03-14/1?format=json`)).body;
  assert.equal(page.articles[0].title, '青溪新区数字产业园开园');
  assert.equal(page.image.width, 600);
  const html = await get(`${paperPath}/2025-03-14/1`);
  assert.match(html.text, /<img src="\/pages\/\d+\/image"/);
  assert.match(html.text, new RegExp(`<a href="${page.image.url}">看原图</a>`));
  assert.match(
    html.text,
    /<a class="hotzone" href="\/articles\/\d+" aria-label="春耕备耕有序推进" style="left:0\.000%;top:50\.000%;width:100\.000%;height:50\.000%"><span class="zone" style="left:0\.000%;top:0\.000%;width:100\.000%;height:100\.000%"><\/span>/,
  );
  const image = await app.request(page.image.url);
  assert.equal(image.headers.get('content-type'), 'image/png');
  assert.equal(Buffer.from(await image.arrayBuffer()).toString('hex'), '89504e470d0a1a0a');
});

test('the article view links both ways across a jump, marks subheads, shows photos and people', async () => {
  const page = (await json(`${paperPath}/2025-03-14/1?format=json`)).body;
  const head = (await json(`${page.articles[0].url}?format=json`)).body;
  assert.equal(head.continuedTo.page, 3);
  assert.ok(head.continuedTo.url);
  assert.equal(head.story.length, 2);
  // The head reads whole: the continuation's text follows inline.
  assert.equal(head.continuation.length, 1);
  assert.match(head.continuation[0].paragraphs.join(''), /量子传感联合实验室/);
  assert.ok(!head.continuation[0].paragraphs.includes('（上接第一版）'));
  assert.ok(!head.paragraphs.includes('(下转3版)'), 'jump lines are not paragraphs');
  assert.deepEqual(
    head.people.map((p: { name: string }) => p.name),
    ['周启明', '林晓雯'],
  );
  assert.equal(head.events[0].date, '2025-03-13');
  const tail = (await json(`${head.continuedTo.url}?format=json`)).body;
  assert.equal(tail.continuedFrom.url, head.url);
  assert.equal(tail.page, 3);
  assert.deepEqual(tail.continuation, []);
  const html = await get(head.url);
  assert.match(html.text, new RegExp(`<a href="${head.continuedTo.url}" rel="next">（下转第3版）</a>`));
  assert.match(
    html.text,
    /<section class="continued" aria-label="接第3版">[\s\S]*量子传感联合实验室[\s\S]*<\/section>/,
  );
  assert.match(
    html.text,
    /<figcaption>图为产业园展示中心。 <span class="meta">青溪日报记者 陶然 摄<\/span><\/figcaption>/,
  );
  const other = (await json(`${paperPath}/2025-03-14/1?format=json`)).body.articles[1];
  assert.match((await get(other.url)).text, /<h2 class="subhead">现场要点<\/h2>/);
});

test('search: highlighted, escaped, filtered, exported as JSONL and CSV', async () => {
  const found = (await json(`/search?q=${encodeURIComponent('苏禾')}&format=json`)).body;
  assert.equal(found.total, 2);
  assert.match(found.results[0].snippet, /<mark>苏禾<\/mark>/);
  const html = await get(`/search?q=${encodeURIComponent('读者')}`);
  assert.match(html.text, /方便&lt;<mark>读者<\/mark>&gt;夜读/);
  assert.match(html.text, /value="读者"/);
  const filtered = (await json(`/search?q=${encodeURIComponent('周启明')}&from=2025-03-15&format=json`)).body;
  assert.equal(filtered.total, 1);
  const jsonl = await get(`/search?q=${encodeURIComponent('苏禾')}&format=jsonl`);
  assert.match(jsonl.type, /ndjson/);
  const lines = jsonl.text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(lines.length, 2);
  assert.doesNotMatch(lines[0].snippet, /<mark>/);
  const csv = await get(`/search?q=${encodeURIComponent('苏禾')}&format=csv`);
  const rows = csv.text
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n');
  assert.equal(rows[0], 'paper,date,page,title,snippet,articleId,url');
  assert.equal(rows.length, 3);
  const issueCsv = await get(`${paperPath}/2025-03-14?format=csv`);
  assert.equal(
    issueCsv.text
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n').length,
    5,
  );
});

test('from a search result: the article marks the hits, escaped; its page marks the hit stories', async () => {
  const q = encodeURIComponent('读者');
  const results = await get(`/search?q=${q}`);
  const link = /<h2><a href="(\/articles\/\d+)\?q=([^"]+)">/.exec(results.text);
  assert.ok(link, 'a result links to its article with the query');
  assert.equal(decodeURIComponent(link[2]), '读者');
  assert.match(results.text, new RegExp(`<a href="${paperPath}/2025-03-14/3\\?q=${q}">第3版</a>`));
  const article = await get(`${link[1]}?q=${q}`);
  assert.match(
    article.text,
    /<p>自3月15日起，青溪图书馆每日开放至晚上九点，方便&lt;<mark>读者<\/mark>&gt;夜读。<\/p>/,
  );
  assert.match(article.text, /本文标出 <mark>读者<\/mark> 1 处/);
  assert.match(article.text, /value="读者"/);
  const twin = (await json(`${link[1]}?q=${q}&format=json`)).body;
  assert.deepEqual(twin.hits, {
    query: '读者',
    count: 1,
    fields: [{ field: 'paragraph', index: 0, ranges: [[26, 28]] }],
  });
  assert.equal(
    Array.from(twin.paragraphs[0] as string)
      .slice(26, 28)
      .join(''),
    '读者',
  );
  const plain = await get(link[1]);
  assert.doesNotMatch(plain.text, /<mark>/);
  assert.equal((await json(`${link[1]}?format=json`)).body.hits, null);
  // A query is text: never markup, on the article or the page.
  const hostile = await get(`${link[1]}?q=${encodeURIComponent('<script>alert(1)</script>')}`);
  assert.doesNotMatch(hostile.text, /<script>/);
  assert.match(hostile.text, /role="status">本文标出 <mark>&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/mark>/);
  assert.doesNotMatch(
    (await get(`${paperPath}/2025-03-14/1?q=${encodeURIComponent('"><b>苏禾')}`)).text,
    /<b>/,
  );

  // On the page: the hotzone of the story that holds the query is marked, and carries it on.
  const page = (await json(`${paperPath}/2025-03-14/1?q=${encodeURIComponent('苏禾')}&format=json`)).body;
  assert.equal(page.query, '苏禾');
  assert.deepEqual(
    page.articles.map((a: { hit: boolean }) => a.hit),
    [false, true],
  );
  const pageHtml = (await get(`${paperPath}/2025-03-14/1?q=${encodeURIComponent('苏禾')}`)).text;
  assert.match(
    pageHtml,
    new RegExp(
      `<a class="hotzone hit" href="${page.articles[1].url}\\?q=${encodeURIComponent('苏禾')}" aria-label="春耕备耕有序推进"`,
    ),
  );
  assert.match(
    pageHtml,
    /<a class="hotzone" href="\/articles\/\d+\?q=[^"]+" aria-label="青溪新区数字产业园开园"/,
  );
  assert.match(pageHtml, /本版有 1 篇文章含 <mark>苏禾<\/mark>，版面上已标出/);
  // A story is found whole: a hit in its continuation on page 3 marks its head on page 1 too.
  const jump = encodeURIComponent('量子传感');
  const front = (await json(`${paperPath}/2025-03-14/1?q=${jump}&format=json`)).body;
  assert.deepEqual(
    front.articles.map((a: { hit: boolean }) => a.hit),
    [true, false],
  );
  const third = (await json(`${paperPath}/2025-03-14/3?q=${jump}&format=json`)).body;
  assert.equal(
    third.articles.find((a: { title: string }) => a.title === '青溪新区数字产业园开园')?.hit,
    true,
  );
  const head = (await json(`${front.articles[0].url}?q=${jump}&format=json`)).body;
  assert.equal(head.hits.fields[0].field, 'continuation');
  assert.match(
    (await get(`${front.articles[0].url}?q=${jump}`)).text,
    /建设<mark>量子传感<\/mark>联合实验室/,
  );
  assert.equal((await json(`${paperPath}/2025-03-14/1?format=json`)).body.query, null);
});

test('people index, person page with titles first/last seen and co-attendees, reporters, events', async () => {
  const people = (await json('/people?format=json')).body.people as {
    id: number;
    name: string;
    url: string;
  }[];
  const zhou = people.find((p) => p.name === '周启明');
  assert.ok(zhou);
  assert.equal(people.filter((p) => p.name === '苏禾').length, 2, 'conflicting titles make two people');
  const person = (await json(`${zhou.url}?format=json`)).body;
  assert.deepEqual(
    person.titles.map((t: { title: string; first: string; last: string }) => [t.title, t.first, t.last]),
    [
      ['青溪区委书记', '2025-03-14', '2025-03-14'],
      ['区委书记', '2025-03-15', '2025-03-15'],
    ],
  );
  assert.equal(person.articles.length, 3);
  assert.equal(person.events.length, 2);
  assert.deepEqual(
    person.coAttendees.map((p: { name: string }) => p.name),
    ['苏禾'],
  );
  const reporter = (await json(`/reporters/${encodeURIComponent('林晓雯')}?format=json`)).body;
  assert.equal(reporter.articles.length, 2);
  const events = (await json(`/events?type=meeting&person=${encodeURIComponent('苏禾')}&format=json`)).body;
  assert.equal(events.events.length, 1);
  assert.equal((await json('/events?from=2025-03-14&to=2025-03-14&format=json')).body.events.length, 1);
  assert.match((await get('/events')).text, /主持：<a href="\/people\/\d+">周启明<\/a>/);
});

test('errors have one shape in JSON and a page in HTML', async () => {
  for (const [path, status] of [
    ['/articles/99999?format=json', 404],
    ['/articles/abc?format=json', 404],
    [`/search?q=${encodeURIComponent('！？')}&format=json`, 400],
    ['/search?q=x&from=yesterday&format=json', 400],
    ['/?format=xml', 400],
    ['/people?format=csv&x=1', 200],
    ['/nowhere?format=json', 404],
    [`${paperPath}/2025-03-14/9?format=json`, 404],
    ['/reporters?format=csv', 400],
  ] as const) {
    const r = await get(path);
    assert.equal(r.status, status, path);
    if (status !== 200) {
      const body = JSON.parse(r.text);
      assert.deepEqual(Object.keys(body), ['error'], path);
      assert.equal(body.error.status, status);
      assert.equal(typeof body.error.message, 'string');
    }
  }
  const page = await get('/articles/99999');
  assert.equal(page.status, 404);
  assert.match(page.text, /<p role="alert">no article 99999 in this archive<\/p>/);
});

test('the server cannot write: the archive is open read-only', () => {
  assert.throws(() => db.prepare('DELETE FROM articles').run(), /readonly/);
});
