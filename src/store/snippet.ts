const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]);
}

/**
 * Where the literals occur in `text`: merged [start, end) ranges of code points (Array.from),
 * in order. Matching ignores case, width (NFKC) and whitespace, as the index does.
 */
export function hitRanges(text: string, literals: string[]): [number, number][] {
  // Normalised copy without whitespace, and for each of its characters the source index.
  let compact = '';
  const origin: number[] = [];
  Array.from(text).forEach((ch, i) => {
    if (/\s/u.test(ch)) return;
    for (const n of ch.normalize('NFKC').toLowerCase()) {
      compact += n;
      origin.push(i);
    }
  });
  const hits: [number, number][] = [];
  for (const literal of literals) {
    if (!literal) continue;
    let at = compact.indexOf(literal);
    while (at >= 0) {
      hits.push([origin[at], origin[at + literal.length - 1] + 1]);
      at = compact.indexOf(literal, at + literal.length);
    }
  }
  hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const h of hits) {
    const last = merged[merged.length - 1];
    if (last && h[0] <= last[1]) last[1] = Math.max(last[1], h[1]);
    else merged.push([...h]);
  }
  return merged;
}

/** Characters from..to of `chars`, HTML-escaped, with the hit ranges inside wrapped in <mark>. */
function marked(chars: string[], merged: [number, number][], from: number, to: number): string {
  let out = '';
  let i = from;
  for (const [s, e] of merged) {
    if (e <= from || s >= to) continue;
    const start = Math.max(s, from);
    const end = Math.min(e, to);
    out += escapeHtml(chars.slice(i, start).join(''));
    out += `<mark>${escapeHtml(chars.slice(start, end).join(''))}</mark>`;
    i = end;
  }
  return out + escapeHtml(chars.slice(i, to).join(''));
}

/** The whole of `text`, HTML-escaped, with every hit of the literals wrapped in <mark>. */
export function highlight(text: string, literals: string[]): string {
  const chars = Array.from(text);
  return marked(chars, hitRanges(text, literals), 0, chars.length);
}

/**
 * A short piece of `text` around the first hit, HTML-escaped, with every hit of the literals
 * wrapped in <mark>. Matching ignores case, width (NFKC) and whitespace, as the index does.
 */
export function snippet(text: string, literals: string[], width = 80): string {
  const chars = Array.from(text);
  const merged = hitRanges(text, literals);
  const first = merged[0]?.[0] ?? 0;
  const from = Math.max(0, first - Math.floor(width / 3));
  const to = Math.min(chars.length, from + width);
  return `${from > 0 ? '…' : ''}${marked(chars, merged, from, to)}${to < chars.length ? '…' : ''}`;
}
