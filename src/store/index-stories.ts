import { type Db, prepared } from './schema.js';
import { indexTokens, isJumpLine } from './tokens.js';

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

/** Replaces the index rows of the given story roots (rows of ids that are no longer roots just go). */
export function indexStories(db: Db, roots: Iterable<number>): void {
  const remove = prepared(db, 'DELETE FROM story_fts WHERE rowid = ?');
  const insert = prepared(
    db,
    'INSERT INTO story_fts (rowid, title, byline, body, tail) VALUES (?, ?, ?, ?, ?)',
  );
  for (const root of roots) {
    remove.run(root);
    const text = storyText(db, root);
    if (!text) continue;
    const tails: string[] = [];
    insert.run(
      root,
      indexTokens(text.title, tails),
      indexTokens(text.byline, tails),
      indexTokens(text.body, tails),
      tails.join(' '),
    );
  }
}
