/** Text comparison of the contract: NFKC, all whitespace removed. */
export const normalize = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '');

/** Character similarity 1 − edit distance / longer length, on normalized text. */
export function similarity(a: string, b: string): number {
  const x = [...normalize(a)];
  const y = [...normalize(b)];
  if (!x.length && !y.length) return 1;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return 1 - prev[y.length] / Math.max(x.length, y.length);
}
