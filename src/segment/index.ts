import type { Block, Line } from '../model.js';

/** Lines → blocks with roles. (Being written.) */
export function segment(lines: Line[]): Block[] {
  return lines
    .filter((l) => l.text.trim())
    .map((l) => ({
      role: 'paragraph' as const,
      text: l.text.trim(),
      position: { start: l.line, end: l.line },
    }));
}
