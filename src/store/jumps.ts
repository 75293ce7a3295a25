import { type Db, prepared } from './schema.js';

interface Part {
  id: number;
  page: number;
  title: string;
  kicker: string | null;
  continuedTo: number | null;
  continuedFrom: number | null;
  paragraphs: string[];
  root: number | null;
}

function grams(text: string): Set<string> {
  const chars = Array.from(text.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, ''));
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  return out;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

const sentenceEnd = /[。！？!?…”」』）)]$/;

/**
 * How likely `next` continues `head` (head printed on page P with 下转N, next on page N):
 * the marker pair (上接P), a repeated title, and text continuity (the head breaks off
 * mid-sentence; the bodies share vocabulary). Returns -1 when nothing ties them.
 */
export function jumpScore(head: Part, next: Part): number {
  const markers = head.continuedTo === next.page && next.continuedFrom === head.page;
  const title = Math.max(
    dice(grams(head.title), grams(next.title)),
    head.kicker ? dice(grams(head.kicker), grams(next.title)) : 0,
  );
  if (!markers && title < 0.5) return -1;
  const lastParagraph = head.paragraphs[head.paragraphs.length - 1] ?? '';
  const brokenOff = lastParagraph && !sentenceEnd.test(lastParagraph.trim()) ? 0.5 : 0;
  const vocabulary = dice(grams(head.paragraphs.join('')), grams(next.paragraphs.join('')));
  return (markers ? 3 : 0) + 2 * title + brokenOff + vocabulary;
}

type PartRow = Omit<Part, 'paragraphs'> & { jumpTo: number | null; jumpFrom: number | null };

/**
 * The articles of an issue that can take part in a jump, in page and reading order: those with a
 * marker or a link (through the partial index articles_jump_parts), those not linked yet, and
 * every article of a page a marker names. Any other article pairs with nothing and is its own
 * story already, so relinking leaves it as it is.
 */
function jumpRows(db: Db, issueId: number): PartRow[] {
  const ids = new Set<number>();
  const named = new Set<number>();
  const marked = prepared(
    db,
    `SELECT a.id, p.number AS page, a.continued_to AS continuedTo, a.continued_from AS continuedFrom
     FROM pages p JOIN articles a INDEXED BY articles_jump_parts ON a.page_id = p.id
     WHERE p.issue_id = ? AND (a.continued_to IS NOT NULL OR a.continued_from IS NOT NULL
       OR a.jump_to_id IS NOT NULL OR a.jump_from_id IS NOT NULL)`,
  ).all(issueId) as { id: number; page: number; continuedTo: number | null; continuedFrom: number | null }[];
  for (const row of marked) {
    ids.add(row.id);
    if (row.continuedTo !== null && row.continuedTo !== row.page) named.add(row.continuedTo);
    if (row.continuedFrom !== null && row.continuedFrom !== row.page) named.add(row.continuedFrom);
  }
  for (const id of prepared(
    db,
    'SELECT a.id FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.root_id IS NULL AND p.issue_id = ?',
  )
    .pluck()
    .all(issueId) as number[])
    ids.add(id);
  const onPage = prepared(
    db,
    'SELECT a.id FROM pages p JOIN articles a ON a.page_id = p.id WHERE p.issue_id = ? AND p.number = ?',
  ).pluck();
  for (const page of named) for (const id of onPage.all(issueId, page) as number[]) ids.add(id);
  if (!ids.size) return [];
  return prepared(
    db,
    `SELECT a.id, p.number AS page, a.title, a.kicker, a.continued_to AS continuedTo,
       a.continued_from AS continuedFrom, a.root_id AS root, a.jump_to_id AS jumpTo, a.jump_from_id AS jumpFrom
     FROM articles a JOIN pages p ON p.id = a.page_id
     WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY p.number, a.ord`,
  ).all(JSON.stringify([...ids])) as PartRow[];
}

/**
 * Links the parts of stories across the pages of one issue, from scratch, so pages can be
 * ingested in any order. Writes jump_to_id / jump_from_id / root_id and returns the ids of
 * every story root whose parts changed (old and new roots), for re-indexing. Only the articles
 * that can take part in a jump are read (see jumpRows): the result is the same as over all.
 */
export function relinkIssue(db: Db, issueId: number): Set<number> {
  const rows = jumpRows(db, issueId);
  // Paragraphs are read only for articles that carry a jump marker or sit on a page a marker names.
  const paragraphs = prepared(db, 'SELECT paragraphs FROM articles WHERE id = ?').pluck();
  const parts = new Map<number, Part>();
  const part = (row: (typeof rows)[number]): Part => {
    let found = parts.get(row.id);
    if (!found) {
      found = { ...row, paragraphs: JSON.parse(paragraphs.get(row.id) as string) as string[] };
      parts.set(row.id, found);
    }
    return found;
  };
  const onPage = new Map<number, typeof rows>();
  for (const row of rows) onPage.set(row.page, [...(onPage.get(row.page) ?? []), row]);
  const candidates = new Map<string, [(typeof rows)[number], (typeof rows)[number]]>();
  for (const row of rows) {
    // A pair needs a marker on at least one side pointing at the other page.
    if (row.continuedTo !== null && row.continuedTo !== row.page)
      for (const next of onPage.get(row.continuedTo) ?? [])
        candidates.set(`${row.id}>${next.id}`, [row, next]);
    if (row.continuedFrom !== null && row.continuedFrom !== row.page)
      for (const head of onPage.get(row.continuedFrom) ?? [])
        candidates.set(`${head.id}>${row.id}`, [head, row]);
  }
  const pairs: { head: Part; next: Part; score: number }[] = [];
  for (const [head, next] of candidates.values()) {
    const score = jumpScore(part(head), part(next));
    if (score >= 0) pairs.push({ head: part(head), next: part(next), score });
  }
  pairs.sort((a, b) => b.score - a.score || a.head.id - b.head.id || a.next.id - b.next.id);
  const nextOf = new Map<number, number>();
  const prevOf = new Map<number, number>();
  for (const { head, next } of pairs) {
    if (nextOf.has(head.id) || prevOf.has(next.id)) continue;
    if (createsCycle(nextOf, head.id, next.id)) continue;
    nextOf.set(head.id, next.id);
    prevOf.set(next.id, head.id);
  }
  const affected = new Set<number>();
  const update = prepared(
    db,
    'UPDATE articles SET jump_to_id = ?, jump_from_id = ?, root_id = ? WHERE id = ?',
  );
  for (const row of rows) {
    let root = row.id;
    for (let prev = prevOf.get(root); prev !== undefined; prev = prevOf.get(root)) root = prev;
    const jumpTo = nextOf.get(row.id) ?? null;
    const jumpFrom = prevOf.get(row.id) ?? null;
    if (row.root !== root || row.jumpTo !== jumpTo || row.jumpFrom !== jumpFrom) {
      if (row.root !== null) affected.add(row.root);
      affected.add(root);
      update.run(jumpTo, jumpFrom, root, row.id);
    }
  }
  return affected;
}

function createsCycle(nextOf: Map<number, number>, head: number, next: number): boolean {
  for (let at: number | undefined = next; at !== undefined; at = nextOf.get(at)) if (at === head) return true;
  return false;
}
