import type { BlockRole } from '../model.js';
import { closingLine, sentenceEnd, staffLine, wholeParenthetical } from './patterns.js';
import type { Piece } from './pieces.js';

/** What a piece looks like on its own, before context decides. */
export type Kind = 'text' | 'head' | 'byline' | 'caption' | 'credit' | 'jump-to' | 'jump-from';

export interface Item {
  piece: Piece;
  kind: Kind;
  role?: BlockRole;
  /** The piece carries on the line before it (a head or subhead cut mid-word). */
  joinPrev?: boolean;
  /** The kind came from the font size (PDF, OCR), which outranks the text's own cues. */
  bySize?: boolean;
  /** The head opens an article of its own though heads stand right above it (图片报道 | its story's title). */
  opensArticle?: boolean;
}

/** The piece ends a sentence (so a paragraph may end here). */
export function endsParagraph(p: Piece): boolean {
  const f = p.folded.trim();
  return (
    p.closed || sentenceEnd.test(f) || wholeParenthetical.test(f) || staffLine.test(f) || closingLine.test(f)
  );
}
