import type { Article, Block } from '../model.js';

/** Blocks → articles. (Being written.) */
export function assemble(blocks: Block[]): Article[] {
  if (!blocks.length) return [];
  return [
    {
      kicker: null,
      title: blocks[0].text,
      subtitle: null,
      byline: null,
      paragraphs: blocks.slice(1).map((b) => b.text),
      subheadings: [],
      photos: [],
      continuedTo: null,
      continuedFrom: null,
    },
  ];
}
