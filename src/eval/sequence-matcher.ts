/**
 * difflib.SequenceMatcher(None, a, b, autojunk=False).ratio(), ported line for line so the
 * figures equal ../shared/tools/score-pages.py: the same longest-match search and the same
 * recursion, over code points (Python indexes strings by code point).
 */
export function similarityRatio(a: string, b: string): number {
  const left = Array.from(a, (c) => c.codePointAt(0)!);
  const right = Array.from(b, (c) => c.codePointAt(0)!);
  const total = left.length + right.length;
  if (!total) return 1;
  return (2 * matchingCharacters(left, right)) / total;
}

/** Sum of the sizes of difflib's matching blocks. */
export function matchingCharacters(a: number[], b: number[]): number {
  const b2j = new Map<number, number[]>();
  b.forEach((c, j) => {
    const list = b2j.get(c);
    if (list) list.push(j);
    else b2j.set(c, [j]);
  });
  // j2len of difflib as two arrays indexed j+1, cleared through the list of touched slots.
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  const none: number[] = [];

  const longestMatch = (alo: number, ahi: number, blo: number, bhi: number): [number, number, number] => {
    let besti = alo;
    let bestj = blo;
    let bestsize = 0;
    let touchedPrevious: number[] = [];
    let touchedCurrent: number[] = [];
    for (let i = alo; i < ahi; i++) {
      for (const j of b2j.get(a[i]) ?? none) {
        if (j < blo) continue;
        if (j >= bhi) break;
        const k = previous[j] + 1;
        current[j + 1] = k;
        touchedCurrent.push(j + 1);
        if (k > bestsize) {
          besti = i - k + 1;
          bestj = j - k + 1;
          bestsize = k;
        }
      }
      for (const slot of touchedPrevious) previous[slot] = 0;
      [previous, current] = [current, previous];
      [touchedPrevious, touchedCurrent] = [touchedCurrent, touchedPrevious];
      touchedCurrent.length = 0;
    }
    for (const slot of touchedPrevious) previous[slot] = 0;
    while (besti > alo && bestj > blo && a[besti - 1] === b[bestj - 1]) {
      besti--;
      bestj--;
      bestsize++;
    }
    while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] === b[bestj + bestsize])
      bestsize++;
    return [besti, bestj, bestsize];
  };

  let matched = 0;
  const queue: Array<[number, number, number, number]> = [[0, a.length, 0, b.length]];
  while (queue.length) {
    const [alo, ahi, blo, bhi] = queue.pop()!;
    const [i, j, k] = longestMatch(alo, ahi, blo, bhi);
    if (!k) continue;
    matched += k;
    if (alo < i && blo < j) queue.push([alo, i, blo, j]);
    if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
  }
  return matched;
}
