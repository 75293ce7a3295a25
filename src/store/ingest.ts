import type { Article, Page } from '../model.js';
import { articleStoryText, indexStories, type StoryText } from './index-stories.js';
import { relinkIssue } from './jumps.js';
import { dropOrphans, type PersonResolver, resolvePerson } from './people.js';
import { type Db, prepared } from './schema.js';

/** Which page of which issue of which paper: the key that makes ingest idempotent. */
export interface PageKey {
  paper: string;
  /** YYYY-MM-DD */
  date: string;
  page: number;
}

/** A scanned page image (PDF or image input): PNG bytes or a file path, in the page's units. */
export interface PageImage {
  data?: Uint8Array;
  path?: string;
  mime?: string;
  width: number;
  height: number;
}

export interface IngestResult {
  pageId: number;
  issueId: number;
  articles: number;
  replaced: boolean;
}

/**
 * Stores one parsed page, in one transaction: the same paper/date/page again replaces the
 * stored page (never duplicates), then the issue's jumps are re-linked and the touched
 * stories re-indexed. On any error nothing is written. `resolve` finds each mention's person
 * (tests pass a reference implementation to compare against).
 */
export function ingestPage(
  db: Db,
  page: Page,
  key: PageKey,
  image?: PageImage,
  resolve: PersonResolver = resolvePerson,
): IngestResult {
  return db.transaction(() => {
    const paperId = upsert(
      db,
      'INSERT INTO papers (name) VALUES (?) ON CONFLICT (name) DO NOTHING',
      'SELECT id FROM papers WHERE name = ?',
      [key.paper],
    );
    const issueId = upsert(
      db,
      'INSERT INTO issues (paper_id, date) VALUES (?, ?) ON CONFLICT (paper_id, date) DO NOTHING',
      'SELECT id FROM issues WHERE paper_id = ? AND date = ?',
      [paperId, key.date],
    );
    const old = prepared(db, 'SELECT id FROM pages WHERE issue_id = ? AND number = ?')
      .pluck()
      .get(issueId, key.page) as number | undefined;
    const touchedRoots = new Set<number>();
    const touchedPeople = new Set<number>();
    if (old !== undefined) {
      for (const root of prepared(
        db,
        'SELECT DISTINCT root_id FROM articles WHERE page_id = ? AND root_id IS NOT NULL',
      )
        .pluck()
        .all(old) as number[])
        touchedRoots.add(root);
      for (const id of prepared(
        db,
        `SELECT person_id FROM article_people WHERE article_id IN (SELECT id FROM articles WHERE page_id = ?)
           UNION SELECT person_id FROM event_roles WHERE person_id IS NOT NULL
             AND event_id IN (SELECT e.id FROM events e JOIN articles a ON a.id = e.article_id WHERE a.page_id = ?)`,
      )
        .pluck()
        .all(old, old) as number[])
        touchedPeople.add(id);
      prepared(db, 'DELETE FROM pages WHERE id = ?').run(old);
    }
    const pageId = Number(
      prepared(
        db,
        `INSERT INTO pages (issue_id, number, source, format, width, height, ingested_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        issueId,
        key.page,
        page.source ?? null,
        page.format ?? null,
        page.width ?? image?.width ?? null,
        page.height ?? image?.height ?? null,
        new Date().toISOString(),
      ).lastInsertRowid,
    );
    // Ids as SQLite would give them (the largest + 1), known up front so that each article is
    // written once already as its own story (root_id): relinking rewrites only jump parts.
    const lastId = prepared(db, 'SELECT coalesce(max(id), 0) FROM articles').pluck().get() as number;
    const articleIds = page.articles.map((article, ord) =>
      insertArticle(db, lastId + ord + 1, pageId, ord, article),
    );
    insertPeople(db, page, articleIds, key.date, resolve);
    if (image) writeImage(db, pageId, image);
    for (const root of relinkIssue(db, issueId)) touchedRoots.add(root);
    for (const id of articleIds) touchedRoots.add(id);
    // One-part stories are indexed from the page in hand; jump parts are read back whole.
    const jumpParts = new Set(
      prepared(
        db,
        `SELECT id FROM articles INDEXED BY articles_jump_parts WHERE page_id = ?
           AND (continued_to IS NOT NULL OR continued_from IS NOT NULL
             OR jump_to_id IS NOT NULL OR jump_from_id IS NOT NULL)
           AND (jump_to_id IS NOT NULL OR jump_from_id IS NOT NULL)`,
      )
        .pluck()
        .all(pageId) as number[],
    );
    const known = new Map<number, StoryText>();
    page.articles.forEach((article, ord) => {
      const text = jumpParts.has(articleIds[ord]) ? null : articleStoryText(article);
      if (text) known.set(articleIds[ord], text);
    });
    indexStories(db, touchedRoots, known);
    dropOrphans(db, touchedPeople);
    return { pageId, issueId, articles: articleIds.length, replaced: old !== undefined };
  })();
}

function upsert(db: Db, insert: string, select: string, params: unknown[]): number {
  prepared(db, insert).run(...params);
  return prepared(db, select)
    .pluck()
    .get(...params) as number;
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

function insertArticle(db: Db, id: number, pageId: number, ord: number, a: Article): number {
  prepared(
    db,
    `INSERT INTO articles (id, root_id, page_id, ord, kicker, title, subtitle, byline_text, byline, paragraphs,
         subheadings, continued_to, continued_to_marker, continued_from, continued_from_marker, position, data)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    id,
    pageId,
    ord,
    a.kicker || null,
    a.title ?? '',
    a.subtitle || null,
    a.byline?.text ?? null,
    a.byline ? JSON.stringify(a.byline) : null,
    JSON.stringify(a.paragraphs ?? []),
    JSON.stringify(a.subheadings ?? []),
    a.continuedTo?.page ?? null,
    a.continuedTo?.marker ?? null,
    a.continuedFrom?.page ?? null,
    a.continuedFrom?.marker ?? null,
    json(a.position),
    json(a.data),
  );
  const reporter = prepared(db, 'INSERT INTO article_reporters (article_id, name, role) VALUES (?, ?, ?)');
  for (const name of new Set(a.byline?.reporters ?? [])) reporter.run(id, name, 'reporter');
  for (const name of new Set(a.byline?.correspondents ?? [])) reporter.run(id, name, 'correspondent');
  const photo = prepared(
    db,
    'INSERT INTO photos (article_id, ord, caption, credit, photographers) VALUES (?, ?, ?, ?, ?)',
  );
  (a.photos ?? []).forEach((p, i) => {
    photo.run(id, i, p.caption ?? null, p.credit ?? null, JSON.stringify(p.photographers ?? []));
    for (const name of new Set(p.photographers ?? [])) reporter.run(id, name, 'photographer');
  });
  const region = prepared(
    db,
    'INSERT INTO article_regions (article_id, ord, x, y, w, h) VALUES (?, ?, ?, ?, ?, ?)',
  );
  (a.regions ?? []).forEach((r, i) => {
    region.run(id, i, r.x, r.y, r.w, r.h);
  });
  return id;
}

/** MM-DD event dates get the issue's year (the year before when the month lies ahead of the issue). */
export function completeDate(date: string | null, issueDate: string): string | null {
  if (!date || !/^\d{2}-\d{2}$/.test(date)) return date;
  const year = Number(issueDate.slice(0, 4));
  return `${date > issueDate.slice(5) ? year - 1 : year}-${date}`;
}

function insertPeople(
  db: Db,
  page: Page,
  articleIds: number[],
  issueDate: string,
  resolve: PersonResolver,
): void {
  const personOf = new Map<string, number>();
  const mention = prepared(
    db,
    `INSERT INTO article_people (article_id, person_id, titles) VALUES (?, ?, ?)
     ON CONFLICT (article_id, person_id) DO UPDATE SET titles = excluded.titles`,
  );
  for (const person of page.people ?? []) {
    const id = resolve(db, person.name, person.titles ?? []);
    personOf.set(person.name, id);
    for (const index of new Set(person.articles ?? []))
      if (articleIds[index] !== undefined)
        mention.run(articleIds[index], id, JSON.stringify(person.titles ?? []));
  }
  const organisation = prepared(db, 'INSERT INTO organisations (article_id, name) VALUES (?, ?)');
  for (const org of page.organisations ?? [])
    for (const index of new Set(org.articles ?? []))
      if (articleIds[index] !== undefined) organisation.run(articleIds[index], org.name);
  const event = prepared(
    db,
    'INSERT INTO events (article_id, type, date, time_of_day, name, place) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const role = prepared(db, 'INSERT INTO event_roles (event_id, role, name, person_id) VALUES (?, ?, ?, ?)');
  for (const e of page.events ?? []) {
    const articleId = articleIds[e.article];
    if (articleId === undefined) continue;
    const eventId = Number(
      event.run(
        articleId,
        e.type,
        completeDate(e.date, issueDate),
        e.timeOfDay ?? null,
        e.name ?? null,
        e.place ?? null,
      ).lastInsertRowid,
    );
    for (const [roleName, names] of Object.entries(e.roles ?? {}))
      for (const name of new Set(names)) {
        let personId = personOf.get(name);
        if (personId === undefined) {
          personId = resolve(db, name, []);
          personOf.set(name, personId);
        }
        role.run(eventId, roleName, name, personId);
      }
  }
}

function writeImage(db: Db, pageId: number, image: PageImage): void {
  if (!image.data && !image.path) throw new Error('a page image needs data or a path');
  prepared(
    db,
    `INSERT INTO page_images (page_id, mime, data, path, width, height) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (page_id) DO UPDATE SET mime = excluded.mime, data = excluded.data, path = excluded.path,
       width = excluded.width, height = excluded.height`,
  ).run(
    pageId,
    image.mime ?? 'image/png',
    image.data ? Buffer.from(image.data) : null,
    image.path ?? null,
    image.width,
    image.height,
  );
}

/** Saves (or replaces) the image of a page already stored, e.g. the rendered PDF page. */
export function savePageImage(db: Db, key: PageKey, image: PageImage): void {
  const pageId = prepared(
    db,
    `SELECT p.id FROM pages p JOIN issues i ON i.id = p.issue_id JOIN papers n ON n.id = i.paper_id
       WHERE n.name = ? AND i.date = ? AND p.number = ?`,
  )
    .pluck()
    .get(key.paper, key.date, key.page) as number | undefined;
  if (pageId === undefined) throw new Error(`no page ${key.paper} ${key.date} p${key.page} in the archive`);
  db.transaction(() => writeImage(db, pageId, image))();
}
