import { type Db, prepared } from './schema.js';

/**
 * One person across issues. The rule (also in docs/archive.md):
 *
 *   - People are told apart by name first: different names are different people.
 *   - Titles are compared after NFKC and whitespace removal. Two titles are compatible when
 *     they are equal or one ends with the other (区委书记 / 永川区委书记, 记者 / 渝西都市报记者).
 *   - A new mention joins an existing person of the same name when either side has no titles
 *     yet, or some title of the mention is compatible with some title of the person.
 *     Otherwise the titles conflict (区委书记 vs 渝西都市报记者) and the mention is a new person.
 *   - Among several compatible people of the name, the one with the most compatible titles
 *     wins, then the one with the most mentions, then the oldest.
 *
 * Resolution happens at ingest, page by page, so it follows ingest order.
 */
export function normaliseTitle(title: string): string {
  return title.normalize('NFKC').replace(/\s+/g, '');
}

export function titlesCompatible(a: string, b: string): boolean {
  const x = normaliseTitle(a);
  const y = normaliseTitle(b);
  return x === y || x.endsWith(y) || y.endsWith(x);
}

/** How well a mention's titles fit a person's: -1 conflict, else the number of compatible pairs. */
export function titleFit(personTitles: string[], mentionTitles: string[]): number {
  if (!personTitles.length || !mentionTitles.length) return 0;
  let fit = 0;
  for (const p of personTitles) for (const m of mentionTitles) if (titlesCompatible(p, m)) fit++;
  return fit > 0 ? fit : -1;
}

/** Resolves a mention (name + titles) to a person id, creating the person when needed. */
export type PersonResolver = (db: Db, name: string, titles: string[]) => number;

/**
 * The id of the person a mention (name + titles) belongs to, creating the person when needed.
 * Reads each candidate's mention count and distinct titles (people.mentions, person_titles,
 * kept by triggers, see store/schema.ts), never the mentions themselves: the cost follows the
 * number of people of the name and their titles, not the size of the archive.
 */
export const resolvePerson: PersonResolver = (db, name, titles) => {
  const candidates = prepared(
    db,
    `SELECT p.id, p.mentions,
         (SELECT json_group_array(title) FROM person_titles WHERE person_id = p.id) AS titles
       FROM people p WHERE p.name = ? ORDER BY p.id`,
  ).all(name) as { id: number; mentions: number; titles: string }[];
  const mentionTitles = titles.map(normaliseTitle);
  let best: { id: number; fit: number; mentions: number } | null = null;
  for (const c of candidates) {
    const fit = normalisedFit((JSON.parse(c.titles) as string[]).map(normaliseTitle), mentionTitles);
    if (fit < 0) continue;
    if (!best || fit > best.fit || (fit === best.fit && c.mentions > best.mentions))
      best = { id: c.id, fit, mentions: c.mentions };
  }
  if (best) return best.id;
  return Number(prepared(db, 'INSERT INTO people (name) VALUES (?)').run(name).lastInsertRowid);
};

/** titleFit on titles already normalised (each mention title is normalised once, not per pair). */
function normalisedFit(personTitles: string[], mentionTitles: string[]): number {
  if (!personTitles.length || !mentionTitles.length) return 0;
  let fit = 0;
  for (const p of personTitles)
    for (const m of mentionTitles) if (p === m || p.endsWith(m) || m.endsWith(p)) fit++;
  return fit > 0 ? fit : -1;
}

/** Deletes people no article or event mentions any more (after a page was replaced). */
export function dropOrphans(db: Db, personIds: Iterable<number>): void {
  const drop = prepared(
    db,
    `DELETE FROM people WHERE id = ?
       AND NOT EXISTS (SELECT 1 FROM article_people WHERE person_id = people.id)
       AND NOT EXISTS (SELECT 1 FROM event_roles WHERE person_id = people.id)`,
  );
  for (const id of personIds) drop.run(id);
}
