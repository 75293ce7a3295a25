/** How the segmenter reads a page, as `role:text` lines, and the views of them tests assert on. */
import { readText } from '../src/read/text.js';
import { segment } from '../src/segment/index.js';

/** Each block of the page as `role:text`. */
export const roles = (text: string) => segment(readText(text).lines).map((b) => `${b.role}:${b.text}`);

/** The article heads among them: 引题, 主题, 副题. */
export const headsOf = (found: string[]) => found.filter((r) => /^(?:kicker|title|subtitle):/.test(r));

/** The titles among them. */
export const titlesOf = (found: string[]) => found.filter((r) => r.startsWith('title:'));

/** Everything but the paragraphs, on one line: what a failed assertion shows. */
export const outline = (found: string[]) => found.filter((r) => !r.startsWith('paragraph')).join(' / ');
