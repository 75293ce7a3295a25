import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Article, Byline, Jump, Person, Photo } from '../src/model.js';
import { parsePage } from '../src/parse.js';
import { isSideBySide, sideBySideLines } from '../src/read/layout-text.js';
import { fixturesDir } from './helpers.js';

/**
 * One folder per parser case under test/fixtures: page.txt (the raw bytes) and expected.json
 * (the hand-checked truth, in the shape of ../shared/seed/expected.json). Text is compared the
 * way CONTRACT.md compares it: NFKC, then every whitespace character removed.
 */

interface ExpectedPhoto {
  caption: string | null;
  credit: string | null;
  photographers: string[];
}

interface ExpectedArticle {
  kicker: string | null;
  title: string;
  subtitle: string | null;
  byline: (Pick<Byline, 'text' | 'reporters'> & { correspondents?: string[] }) | null;
  paragraphs: string[];
  subheadings?: number[];
  photos: ExpectedPhoto[];
  continuedTo: Jump | null;
  continuedFrom?: Jump | null;
}

interface ExpectedPerson {
  name: string;
  titles: string[];
  articles: number[];
}

interface Expected {
  notes?: string;
  runningHeads?: string[];
  /** OCR specks on lines of their own (' 丨): page text that belongs to no article. */
  noise?: string[];
  articles: ExpectedArticle[];
  /** Only in fixtures whose people were annotated with care. */
  people?: ExpectedPerson[];
}

const cases = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(fixturesDir, entry.name, 'page.txt')))
  .map((entry) => entry.name)
  .sort();

function load(name: string): { bytes: Buffer; expected: Expected } {
  const dir = join(fixturesDir, name);
  return {
    bytes: readFileSync(join(dir, 'page.txt')),
    expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected,
  };
}

/** CONTRACT.md text comparison: NFKC, whitespace removed. */
function norm(text: string | null | undefined): string {
  return (text ?? '').normalize('NFKC').replace(/\s+/gu, '');
}

/** Both strings with a window around the first character where they differ. */
function showDifference(want: string, got: string): string {
  let i = 0;
  while (i < want.length && i < got.length && want[i] === got[i]) i++;
  const from = Math.max(0, i - 12);
  const cut = (s: string) => `${from > 0 ? '…' : ''}${s.slice(from, i + 24)}${s.length > i + 24 ? '…' : ''}`;
  return `differs at char ${i}\n      want «${cut(want)}»\n      got  «${cut(got)}»`;
}

function compareText(
  field: string,
  want: string | null | undefined,
  got: string | null | undefined,
): string[] {
  const a = norm(want);
  const b = norm(got);
  if (a === b) return [];
  if (!a) return [`${field}: want none, got «${got}»`];
  if (!b) return [`${field}: want «${want}», got none`];
  return [`${field}: ${showDifference(a, b)}`];
}

function compareNames(field: string, want: string[] | undefined, got: string[] | undefined): string[] {
  const a = (want ?? []).map(norm);
  const b = (got ?? []).map(norm);
  return a.join('、') === b.join('、') ? [] : [`${field}: want [${a.join('、')}], got [${b.join('、')}]`];
}

function compareJump(field: string, want: Jump | null | undefined, got: Jump | null | undefined): string[] {
  const a = want?.page ?? null;
  const b = got?.page ?? null;
  return a === b ? [] : [`${field}: want page ${a ?? 'none'}, got page ${b ?? 'none'}`];
}

function comparePhotos(want: ExpectedPhoto[], got: Photo[]): string[] {
  const out: string[] = [];
  if (want.length !== got.length) {
    out.push(
      `photos: want ${want.length}, got ${got.length}` +
        got.map((p) => `\n      got caption «${p.caption}» credit «${p.credit}»`).join(''),
    );
  }
  for (let i = 0; i < Math.min(want.length, got.length); i++) {
    out.push(
      ...compareText(`photos[${i}].caption`, want[i].caption, got[i].caption),
      ...compareText(`photos[${i}].credit`, want[i].credit, got[i].credit),
      ...compareNames(`photos[${i}].photographers`, want[i].photographers, got[i].photographers),
    );
  }
  return out;
}

function compareParagraphs(want: string[], got: string[]): string[] {
  const out: string[] = [];
  if (want.length !== got.length) out.push(`paragraphs: want ${want.length}, got ${got.length}`);
  // Report each paragraph that differs, aligned by index; stop after a few to keep it readable.
  for (let i = 0; i < Math.max(want.length, got.length) && out.length < 4; i++) {
    out.push(...compareText(`paragraphs[${i}]`, want[i], got[i]));
  }
  return out;
}

function compareArticle(want: ExpectedArticle, got: Article): string[] {
  const out = [
    ...compareText('kicker', want.kicker, got.kicker),
    ...compareText('subtitle', want.subtitle, got.subtitle),
  ];
  if (want.byline === null) {
    if (got.byline) out.push(`byline: want none, got «${got.byline.text}»`);
  } else if (!got.byline) {
    out.push(`byline: want «${want.byline.text}», got none`);
  } else {
    out.push(
      ...compareText('byline.text', want.byline.text, got.byline.text),
      ...compareNames('byline.reporters', want.byline.reporters, got.byline.reporters),
    );
    if (want.byline.correspondents) {
      out.push(
        ...compareNames('byline.correspondents', want.byline.correspondents, got.byline.correspondents),
      );
    }
  }
  out.push(
    ...compareParagraphs(want.paragraphs, got.paragraphs),
    ...compareNames('subheadings', (want.subheadings ?? []).map(String), (got.subheadings ?? []).map(String)),
    ...comparePhotos(want.photos, got.photos),
    ...compareJump('continuedTo', want.continuedTo, got.continuedTo),
    ...compareJump('continuedFrom', want.continuedFrom, got.continuedFrom),
  );
  return out;
}

/**
 * Every difference between the truth and the parse, one line each. Articles are matched by
 * title (as the contract's scoring does); unmatched titles are reported as missing or extra.
 */
function differences(expected: Expected, articles: Article[]): string[] {
  const out: string[] = [];
  const used = new Set<number>();
  const matched: number[] = [];
  expected.articles.forEach((want, i) => {
    const title = norm(want.title);
    const j = articles.findIndex((got, k) => !used.has(k) && norm(got.title) === title);
    if (j < 0) {
      out.push(`article ${i} «${want.title}»: missing (no parsed article has this title)`);
      return;
    }
    used.add(j);
    matched.push(j);
    for (const line of compareArticle(want, articles[j])) out.push(`article ${i} «${want.title}»: ${line}`);
  });
  articles.forEach((got, k) => {
    if (!used.has(k))
      out.push(`extra article ${k}: «${got.kicker ?? ''}|${got.title}|${got.subtitle ?? ''}»`);
  });
  if (matched.some((j, i) => i > 0 && j < matched[i - 1])) {
    out.push(`reading order: matched articles come out in order ${matched.join(', ')}`);
  }
  return out;
}

/**
 * Cases the text path cannot decide yet, kept visible as TODO (they still run and report): a
 * column of short unbylined items on one subject, where nothing but sense tells the next
 * item's head from a subhead of the item above.
 */
const knownWeak: Record<string, string> = {
  'picture-story-then-items':
    'short unbylined items after a picture story: the next item on a close subject reads as a subhead',
};

for (const name of cases) {
  test(`fixture ${name}: parse matches expected.json`, { todo: knownWeak[name] }, () => {
    const { bytes, expected } = load(name);
    const page = parsePage(bytes, { source: 'page.txt', extract: false });
    const diffs = differences(expected, page.articles);
    assert.ok(diffs.length === 0, `${name}: ${diffs.length} difference(s)\n  ${diffs.join('\n  ')}`);
  });
}

/** People of an annotated fixture: each name found, with every printed title; no one extra. */
function peopleDifferences(want: ExpectedPerson[], got: Person[]): string[] {
  const out: string[] = [];
  const byName = new Map(got.map((p) => [norm(p.name), p]));
  for (const person of want) {
    const found = byName.get(norm(person.name));
    if (!found) {
      out.push(`person ${person.name}: missing`);
      continue;
    }
    byName.delete(norm(person.name));
    // A found title may name its source before the printed one: 新华社记者 for 记者 under a 新华社 dateline.
    const titles = found.titles.map(norm);
    const missing = person.titles.filter((printed) => {
      const t = norm(printed);
      return !titles.some(
        (got) => got === t || (got.endsWith(t) && /(报|社|台)$/u.test(got.slice(0, -t.length))),
      );
    });
    if (missing.length)
      out.push(
        `person ${person.name}: titles missing ${missing.join('、')} (got ${found.titles.join('、')})`,
      );
    out.push(
      ...compareNames(
        `person ${person.name} articles`,
        person.articles.map(String),
        found.articles.map(String),
      ),
    );
  }
  for (const extra of byName.values()) out.push(`extra person ${extra.name} (${extra.titles.join('、')})`);
  return out;
}

for (const name of cases) {
  const { expected } = load(name);
  if (!expected.people) continue;
  test(`fixture ${name}: people match expected.json`, () => {
    const page = parsePage(load(name).bytes, { source: 'page.txt' });
    const diffs = peopleDifferences(expected.people!, page.people);
    assert.ok(diffs.length === 0, `${name}: ${diffs.length} difference(s)\n  ${diffs.join('\n  ')}`);
  });
}

/** The page's text; a page of columns side by side (pdftotext -layout) column after column. */
function pageText(bytes: Buffer): string {
  const text = decode(bytes);
  const lines = text.split(/\r\n|\r|\n/).map((t, i) => ({ text: t.trimEnd(), line: i + 1 }));
  return isSideBySide(lines)
    ? sideBySideLines(lines)
        .map((l) => l.text)
        .join('\n')
    : text;
}

/** Decodes like the contract expects readers to: UTF-8 (BOM dropped) or GB18030. */
function decode(bytes: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

/** All strings the truth takes from the page: heads, bylines, paragraphs, photos, jumps, running heads, noise. */
function truthStrings(expected: Expected): string[] {
  const parts = [...(expected.runningHeads ?? []), ...(expected.noise ?? [])];
  for (const a of expected.articles) {
    for (const s of [a.kicker, a.title, a.subtitle, a.byline?.text, ...a.paragraphs]) if (s) parts.push(s);
    for (const p of a.photos) for (const s of [p.caption, p.credit]) if (s) parts.push(s);
    for (const j of [a.continuedTo, a.continuedFrom]) if (j?.marker) parts.push(j.marker);
  }
  return parts;
}

test('fixtures: there are cases, each with page.txt and a well-formed expected.json', () => {
  assert.ok(cases.length >= 17, `only ${cases.length} fixture folders in ${fixturesDir}`);
  for (const name of cases) {
    const { expected } = load(name);
    assert.ok(Array.isArray(expected.articles) && expected.articles.length > 0, `${name}: no articles`);
    expected.articles.forEach((a, i) => {
      const where = `${name} article ${i}`;
      assert.ok(norm(a.title), `${where}: empty title`);
      assert.ok(Array.isArray(a.paragraphs) && Array.isArray(a.photos), `${where}: paragraphs/photos`);
      assert.ok('continuedTo' in a, `${where}: continuedTo missing (use null)`);
      for (const k of a.subheadings ?? []) assert.ok(k < a.paragraphs.length, `${where}: subheading ${k}`);
      if (a.byline) {
        assert.ok(!norm(a.paragraphs[0]).startsWith(norm(a.byline.text)), `${where}: byline left in body`);
      }
    });
  }
});

test('fixtures: expected.json accounts for every character of page.txt exactly once', () => {
  for (const name of cases) {
    const { bytes, expected } = load(name);
    let rest = norm(pageText(bytes));
    // A paragraph cut by a photo caption is found once the caption has been taken out.
    let pending = truthStrings(expected)
      .map(norm)
      .sort((a, b) => b.length - a.length);
    while (pending.length) {
      const left: string[] = [];
      for (const part of pending) {
        if (rest.includes(part)) rest = rest.replace(part, '');
        else left.push(part);
      }
      assert.ok(left.length < pending.length, `${name}: not in page.txt: «${left[0]}»`);
      pending = left;
    }
    assert.equal(rest, '', `${name}: page text that expected.json does not account for`);
  }
});
