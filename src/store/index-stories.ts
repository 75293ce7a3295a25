import type { Article } from '../model.js';
import { type Db, prepared } from './schema.js';
import { StoryTokens } from './story-tokens.js';
import { isJumpLine } from './tokens.js';

interface StoryPart {
  id: number;
  kicker: string | null;
  title: string;
  subtitle: string | null;
  byline_text: string | null;
  paragraphs: string;
  jump_to_id: number | null;
  root_id: number | null;
}

/** The searchable fields of a story: its head's heads and byline, and all parts' text. */
export interface StoryText {
  title: string;
  byline: string;
  body: string;
}

/** Reads a story's parts in order (head first, following jump_to_id) as searchable text. */
export function storyText(db: Db, rootId: number): StoryText | null {
  const get = prepared(
    db,
    'SELECT id, kicker, title, subtitle, byline_text, paragraphs, jump_to_id, root_id FROM articles WHERE id = ?',
  );
  const head = get.get(rootId) as StoryPart | undefined;
  if (!head || head.root_id !== head.id) return null;
  const reporters = prepared(
    db,
    "SELECT name FROM article_reporters WHERE article_id = ? AND role != 'photographer'",
  )
    .pluck()
    .all(rootId) as string[];
  const captions = prepared(
    db,
    'SELECT caption FROM photos WHERE article_id = ? AND caption IS NOT NULL',
  ).pluck();
  const body: string[] = [];
  const seen = new Set<number>();
  for (let part: StoryPart | undefined = head; part && !seen.has(part.id); ) {
    seen.add(part.id);
    body.push(...(JSON.parse(part.paragraphs) as string[]).filter((p) => !isJumpLine(p)));
    body.push(...(captions.all(part.id) as string[]));
    part = part.jump_to_id === null ? undefined : (get.get(part.jump_to_id) as StoryPart | undefined);
  }
  return {
    title: [head.kicker, head.title, head.subtitle].filter(Boolean).join('\n'),
    byline: head.byline_text ?? reporters.join('、'),
    body: body.join('\n'),
  };
}

const surrogate = /[\ud800-\udfff]/;
const plain = (value: unknown): value is string => typeof value === 'string' && !surrogate.test(value);

/**
 * The searchable text of a one-part story, from the article being stored rather than read back:
 * what storyText would read. Null when the stored text could differ (SQLite keeps UTF-8, which
 * has no lone surrogates; values that are not strings), so the caller reads it back instead.
 */
export function articleStoryText(a: Article): StoryText | null {
  const paragraphs = a.paragraphs ?? [];
  const captions = (a.photos ?? []).map((p) => p.caption ?? null).filter((c) => c !== null);
  const reporters = [...new Set(a.byline?.reporters ?? []), ...new Set(a.byline?.correspondents ?? [])];
  const heads = [a.kicker || null, a.title ?? '', a.subtitle || null].filter(Boolean);
  const byline = a.byline?.text ?? null;
  if (!Array.isArray(paragraphs) || ![...paragraphs, ...captions, ...reporters, ...heads].every(plain))
    return null;
  if (byline !== null && !plain(byline)) return null;
  return {
    title: heads.join('\n'),
    byline: byline ?? reporters.join('、'),
    body: [...paragraphs.filter((p) => !isJumpLine(p)), ...captions].join('\n'),
  };
}

/**
 * Replaces the index rows of the given story roots (rows of ids that are no longer roots just go).
 * `known` holds the text of one-part stories just stored (see articleStoryText).
 */
export function indexStories(db: Db, roots: Iterable<number>, known?: Map<number, StoryText>): void {
  const remove = prepared(db, 'DELETE FROM story_fts WHERE rowid = ?');
  const insert = prepared(
    db,
    'INSERT INTO story_fts (rowid, title, byline, body, tail) VALUES (?, ?, ?, ?, ?)',
  );
  for (const root of roots) {
    remove.run(root);
    const text = known?.get(root) ?? storyText(db, root);
    if (!text) continue;
    const tokens = new StoryTokens();
    const title = tokens.field(text.title);
    const byline = tokens.field(text.byline);
    const body = tokens.field(text.body);
    insert.run(root, title, byline, body, tokens.tails());
  }
}
