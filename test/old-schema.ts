import type Database from 'better-sqlite3';

/** Takes an archive back to what migration 3 left (no person counts), as an older baoku wrote it. */
export function undoPersonCounts(db: Database.Database): void {
  db.exec(`
    DROP TRIGGER article_people_counted;
    DROP TRIGGER article_people_uncounted;
    DROP TRIGGER article_people_recounted;
    DROP TABLE person_titles;
    ALTER TABLE people DROP COLUMN mentions;
  `);
  db.pragma('user_version = 3');
}
