/**
 * Can two sets of titles belong to one person at one time? For the archive, which must
 * decide whether 关衷效 of one issue is 关衷效 of another.
 *
 * The rule: only principal posts of a territorial unit are compared — party secretary
 * (永川区委书记), head of government (区长, 永川区区长), chair of the people's congress
 * standing committee (区人大常委会主任) and chair of the CPPCC (区政协主席). Deputies (副…),
 * committee members, 领导 and every other title never conflict: one person holds many of them.
 * Two principal posts conflict when
 *   - they are the same post of two different units (永川区委书记 vs 江津区委书记, 区委书记 vs
 *     市委书记), or
 *   - they are two different posts, except party secretary + congress chair of the same unit,
 *     which are often held together (省委书记、省人大常委会主任).
 * A unit named without its place (区委书记) matches any unit of that level (永川区委书记).
 */

type Office = 'party' | 'government' | 'congress' | 'cppcc';

interface Post {
  /** 永川区, or just the level 区 when the place is not printed. */
  unit: string;
  office: Office;
}

const level = '省|市|区|县|镇|乡';
const patterns: Array<[RegExp, Office]> = [
  [new RegExp(`^(.*?(?:${level}))(?:委|党委)书记$`), 'party'],
  [new RegExp(`^(.*?(?:${level}))(?:人大常委会|人大)主任$`), 'congress'],
  [new RegExp(`^(.*?(?:${level}))政协主席$`), 'cppcc'],
  [new RegExp(`^(.*?)(?:${level})?(${level})长$`), 'government'],
];

function principalPost(title: string): Post | null {
  const text = title.normalize('NFKC').replace(/\s+/g, '');
  if (text.includes('副')) return null;
  for (const [pattern, office] of patterns) {
    const match = text.match(pattern);
    if (!match) continue;
    // 永川区区长 / 区长: the unit is the place (if any) plus the level of the 长.
    const unit =
      office === 'government' ? (match[1].endsWith(match[2]) ? match[1] : match[1] + match[2]) : match[1];
    return { unit, office };
  }
  return null;
}

function sameUnit(a: string, b: string): boolean {
  if (a === b) return true;
  // A bare level (区) matches a named unit of that level (永川区).
  return (a.length === 1 && b.endsWith(a)) || (b.length === 1 && a.endsWith(b));
}

function postsConflict(a: Post, b: Post): boolean {
  const unit = sameUnit(a.unit, b.unit);
  if (a.office === b.office) return !unit;
  const pair = new Set([a.office, b.office]);
  if (unit && pair.has('party') && pair.has('congress')) return false;
  return true;
}

/** True when the two title lists cannot belong to one person at one time. */
export function titlesConflict(a: string[], b: string[]): boolean {
  const postsA = a.map(principalPost).filter((post): post is Post => post !== null);
  const postsB = b.map(principalPost).filter((post): post is Post => post !== null);
  return postsA.some((x) => postsB.some((y) => postsConflict(x, y)));
}
