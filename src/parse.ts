import { basename } from 'node:path';
import { assemble } from './assemble/index.js';
import { extract } from './extract/index.js';
import type { Article, Message, Page, ParseOptions, SourcePage } from './model.js';
import { readSourceFile } from './read/file.js';
import { articleRegions } from './read/regions.js';
import { readText } from './read/text.js';
import { segment } from './segment/index.js';

/**
 * The pipeline over one page: read → segment → assemble → extract.
 * Accepts decoded text or raw bytes (UTF-8, UTF-8 with BOM, GB18030/GBK).
 * Throws InputError when the input is not page text at all.
 */
export function parsePage(input: string | Uint8Array, options: ParseOptions = {}): Page {
  return parseSource(readText(input), options);
}

/** The stages after read, shared by every reader (text, PDF, image). */
export function parseSource(source: SourcePage, options: ParseOptions = {}): Page {
  const blocks = segment(source.lines);
  const articles = assemble(blocks);
  const found =
    options.extract === false
      ? { people: [], organisations: [], events: [] }
      : extract(articles, { date: options.date });
  const page: Page = {
    source: options.source,
    paper: options.paper,
    date: options.date,
    page: options.page,
    format: source.format,
    encoding: source.encoding,
    width: source.width,
    height: source.height,
    articles,
    ...found,
    messages: messagesAbout(articles),
  };
  // readers that know geometry (PDF, image): the areas each article covers
  if (source.lines.some((l) => l.box)) {
    articleRegions(source, page).forEach((regions, i) => {
      if (regions.length) page.articles[i].regions = regions;
    });
  }
  return page;
}

/** What a reader of the output should know about the page: each with a rule id and a line. */
function messagesAbout(articles: Article[]): Message[] {
  const messages: Message[] = [];
  if (!articles.length) messages.push({ rule: 'no-articles', reason: 'no article was found on the page' });
  for (const article of articles) {
    if (!article.title)
      messages.push({
        rule: 'headless-text',
        reason:
          'text stands before any headline (a continuation from another page, or a head not recognised)',
        line: article.position?.start,
      });
  }
  return messages;
}

/** Reads and parses one page file of any supported kind (text, PDF, image). */
export async function parseFile(path: string, options: ParseOptions = {}): Promise<Page> {
  return parseSource(await readSourceFile(path), { source: basename(path), ...options });
}
