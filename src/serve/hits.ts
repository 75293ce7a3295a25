import { highlight, hitRanges } from '../store/snippet.js';
import { parseQuery } from '../store/tokens.js';
import { type Html, raw } from './html.js';
import type { Reader } from './read.js';

/**
 * The search a reader came from (?q= on an article or page view): what to mark. Null without a
 * query, or for one with nothing to search for (the views then show no marks).
 */
export interface Hits {
  query: string;
  /** The FTS5 expression, as search runs it. */
  match: string;
  /** Normalised literals to mark in the text. */
  literals: string[];
}

export function hitsOf(q: string | undefined): Hits | null {
  const query = q?.trim() ?? '';
  const parsed = query ? parseQuery(query) : null;
  return parsed ? { query, match: parsed.match, literals: parsed.literals } : null;
}

/** The text, escaped, its hits in <mark>; plain text without a query. */
export const marked = (text: string, hits: Hits | null): Html | string =>
  hits ? raw(highlight(text, hits.literals)) : text;

/** Where the hits lie in the text: [start, end) ranges of code points. */
export const rangesOf = (text: string, hits: Hits): [number, number][] => hitRanges(text, hits.literals);

/** A reader URL that carries the query on, so the next view marks it too. */
export const carrying = (url: string, hits: Hits | null): string =>
  hits ? `${url}?q=${encodeURIComponent(hits.query)}` : url;

/** Which of the stories (by head article id) the query finds, as search would. */
export function storiesFound(reader: Reader, hits: Hits, rootIds: number[]): Set<number> {
  const ids = [...new Set(rootIds)];
  if (!ids.length) return new Set();
  return new Set(
    reader
      .all<{ id: number }>(
        `SELECT rowid AS id FROM story_fts WHERE story_fts MATCH ? AND rowid IN (${ids.map(() => '?').join(',')})`,
        [hits.match, ...ids],
      )
      .map((r) => r.id),
  );
}
