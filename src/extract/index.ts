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
  const units = textUnits(articles);
  const people = findPeople(articles, units);
  return {
    people,
    organisations: findOrganisations(units),
    events: findEvents(articles, people, options.date),
  };
}
