import type { Block, BlockRole, Line } from '../model.js';
import { classify } from './classify.js';
import { resolveHeads } from './heads.js';
import { endsParagraph, type Item, type Kind } from './item.js';
import { foldOf, toPieces } from './pieces.js';

export { headRoles, speakerLine } from './heads.js';
export { endsParagraph } from './item.js';

/**
 * Lines → blocks with roles. Every piece of the page becomes one block; the order is the
 * reading order of the input. Paragraph blocks are pieces, not yet paragraphs: assemble
 * joins the pieces a column cut or a caption split.
 *
 *   pieces (pieces.ts) → kinds, captions (classify.ts) → heads and subheads (heads.ts)
 */
export function segment(lines: Line[]): Block[] {
  const pieces = toPieces(lines);
  const items = classify(pieces);
  resolveHeads(items, pieces);
  return items.map(toBlock);
}

function toBlock(item: Item): Block {
  const p = item.piece;
  const role: BlockRole =
    item.role ?? (item.kind === 'head' || item.kind === 'text' ? 'paragraph' : roleOf(item.kind));
  const block: Block = { role, text: p.text, position: { start: p.start, end: p.end } };
  if (role === 'paragraph' || role === 'subhead')
    block.data = {
      indent: p.indent,
      gapBefore: p.gapBefore,
      ends: endsParagraph(p),
      closed: p.closed,
      wrapped: p.wrapped,
      joinPrev: item.joinPrev,
      // fold(text), when segment has it as such: assemble need not fold the text again
      folded: foldOf(p),
    };
  else if (item.joinPrev) block.data = { joinPrev: true };
  else if (item.opensArticle) block.data = { opensArticle: true };
  // a caption told by its type size (PDF, scan) stands apart from the story's own text
  if (role === 'caption' && item.bySize) block.data = { bySize: true };
  return block;
}

function roleOf(kind: Kind): BlockRole {
  if (kind === 'jump-to' || kind === 'jump-from') return 'jump';
  return kind as BlockRole;
}
