import type { Article, Organisation, PageEvent, Person } from '../model.js';

export interface Extraction {
  people: Person[];
  organisations: Organisation[];
  events: PageEvent[];
}

/** Articles → people with titles, organisations and events. (Being written.) */
export function extract(_articles: Article[], _options: { date?: string } = {}): Extraction {
  return { people: [], organisations: [], events: [] };
}
