import type { Article, Page } from './model.js';

/**
 * The page as CONTRACT.md JSON: the model minus its internal slots (`data`, the source format).
 * Fields left undefined disappear when the result is serialised.
 */
export function toContract(page: Page): Record<string, unknown> {
  return {
    source: page.source,
    paper: page.paper,
    date: page.date,
    page: page.page,
    articles: page.articles.map(contractArticle),
    people: page.people,
    organisations: page.organisations,
    events: page.events,
    messages: page.messages.length ? page.messages : undefined,
  };
}

function contractArticle(article: Article): Record<string, unknown> {
  const { data: _data, ...rest } = article;
  return rest;
}
