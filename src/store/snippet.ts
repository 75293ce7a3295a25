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
 * A short piece of `text` around the first hit, HTML-escaped, with every hit of the literals
 * wrapped in <mark>. Matching ignores case, width (NFKC) and whitespace, as the index does.
 */
export function snippet(text: string, literals: string[], width = 80): string {
  // Normalised copy without whitespace, and for each of its characters the source index.
  let compact = '';
  const origin: number[] = [];
  const chars = Array.from(text);
  chars.forEach((ch, i) => {
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
  const first = merged[0]?.[0] ?? 0;
  const from = Math.max(0, first - Math.floor(width / 3));
  const to = Math.min(chars.length, from + width);
  let out = from > 0 ? '…' : '';
  let i = from;
  for (const [s, e] of merged) {
    if (e <= from || s >= to) continue;
    const start = Math.max(s, from);
    const end = Math.min(e, to);
    out += escapeHtml(chars.slice(i, start).join(''));
    out += `<mark>${escapeHtml(chars.slice(start, end).join(''))}</mark>`;
    i = end;
  }
  out += escapeHtml(chars.slice(i, to).join(''));
  if (to < chars.length) out += '…';
  return out;
}
