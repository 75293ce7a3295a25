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

/** The id of the person a mention (name + titles) belongs to, creating the person when needed. */
export function resolvePerson(db: Db, name: string, titles: string[]): number {
  const candidates = prepared(
    db,
    `SELECT p.id, count(ap.article_id) AS mentions,
         (SELECT json_group_array(DISTINCT t.value) FROM article_people x, json_each(x.titles) t
           WHERE x.person_id = p.id) AS titles
       FROM people p LEFT JOIN article_people ap ON ap.person_id = p.id
       WHERE p.name = ? GROUP BY p.id ORDER BY p.id`,
  ).all(name) as { id: number; mentions: number; titles: string }[];
  let best: { id: number; fit: number; mentions: number } | null = null;
  for (const c of candidates) {
    const fit = titleFit(JSON.parse(c.titles) as string[], titles);
    if (fit < 0) continue;
    if (!best || fit > best.fit || (fit === best.fit && c.mentions > best.mentions))
      best = { id: c.id, fit, mentions: c.mentions };
  }
  if (best) return best.id;
  return Number(prepared(db, 'INSERT INTO people (name) VALUES (?)').run(name).lastInsertRowid);
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
