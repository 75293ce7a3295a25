import type Database from 'better-sqlite3';
import type { Db } from '../store/schema.js';

/** An error with an HTTP status; its message is shown to the client as is. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** No query returns more rows than this. */
export const rowCap = 2000;
/** A query still producing rows after this long is stopped (better-sqlite3 has no interrupt). */
export const timeLimitMs = 3000;

/** Read-only queries with a row cap and a time limit, prepared once. */
export class Reader {
  private statements = new Map<string, Database.Statement<unknown[]>>();
  constructor(readonly db: Db) {}

  private prepare(sql: string) {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare<unknown[]>(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  all<T>(sql: string, params: unknown[] = [], cap = rowCap): T[] {
    const deadline = Date.now() + timeLimitMs;
    const out: T[] = [];
    for (const row of this.prepare(sql).iterate(...params)) {
      out.push(row as T);
      if (out.length >= cap) break;
      if (Date.now() > deadline) throw new HttpError(503, 'the query took too long; narrow it down');
    }
    return out;
  }

  get<T>(sql: string, params: unknown[] = []): T | undefined {
    return this.prepare(sql).get(...params) as T | undefined;
  }
}

export interface ArticleRow {
  id: number;
  paper: string;
  date: string;
  page: number;
  ord: number;
  kicker: string | null;
  title: string;
  subtitle: string | null;
  byline: string | null;
  paragraphs: string;
  subheadings: string;
  continued_to: number | null;
  continued_to_marker: string | null;
  continued_from: number | null;
  continued_from_marker: string | null;
  jump_to_id: number | null;
  jump_from_id: number | null;
  root_id: number | null;
  page_id: number;
}

export const articleColumns = `a.id, n.name AS paper, i.date, p.number AS page, a.ord, a.kicker, a.title, a.subtitle,
  a.byline, a.paragraphs, a.subheadings, a.continued_to, a.continued_to_marker, a.continued_from,
  a.continued_from_marker, a.jump_to_id, a.jump_from_id, a.root_id, a.page_id`;

export const articleJoins = `FROM articles a JOIN pages p ON p.id = a.page_id JOIN issues i ON i.id = p.issue_id
  JOIN papers n ON n.id = i.paper_id`;

export const articleUrl = (id: number) => `/articles/${id}`;
export const paperUrl = (paper: string) => `/papers/${encodeURIComponent(paper)}`;
export const issueUrl = (paper: string, date: string) => `${paperUrl(paper)}/${date}`;
export const pageUrl = (paper: string, date: string, page: number) => `${issueUrl(paper, date)}/${page}`;
export const personUrl = (id: number) => `/people/${id}`;
export const reporterUrl = (name: string) => `/reporters/${encodeURIComponent(name)}`;
