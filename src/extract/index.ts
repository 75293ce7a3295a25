import type { Article, Organisation, PageEvent, Person } from '../model.js';
import { findEvents } from './events.js';
import { findOrganisations } from './organisations.js';
import { findPeople, textUnits } from './people.js';

export interface Extraction {
  people: Person[];
  organisations: Organisation[];
  events: PageEvent[];
}

/**
 * Articles → people with their titles, organisations and the events the articles report.
 * `date` is the issue date (YYYY-MM-DD): with it, event dates come out in full.
 */
export function extract(articles: Article[], options: { date?: string } = {}): Extraction {
  const { people, organisations } = extractNames(articles);
  return { people, organisations, events: findEvents(articles, people, options.date) };
}

/** The people and organisations of extract(), without the events (which need the people):
 * `baoku parse` finds these on a thread of its own, the events on the command's thread. */
export function extractNames(articles: Article[]): Omit<Extraction, 'events'> {
  const units = textUnits(articles);
  return { people: findPeople(articles, units), organisations: findOrganisations(units) };
}
