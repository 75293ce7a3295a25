import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { ingestPage, openArchive, search } from '../src/store/index.js';
import { StoryTokens } from '../src/store/story-tokens.js';
import { bigram, runs } from '../src/store/tokens.js';
import { hasShared, sharedDir } from './helpers.js';

/** What the index must hold, from the query side's `runs`: bigrams per field, then the tails. */
function expected(fields: string[]): string[] {
  const starts = new Set<string>();
  const ends: string[] = [];
  const out = fields.map((field) => {
    const tokens: string[] = [];
    for (const run of runs(field)) {
      for (let i = 0; i + 1 < run.length; i++) {
        tokens.push(bigram(run[i], run[i + 1]));
        starts.add(run[i].text);
      }
      ends.push(run[run.length - 1].text);
    }
    return tokens.join(' ');
  });
  const tails: string[] = [];
  for (const end of ends)
    if (!starts.has(end)) {
      starts.add(end);
      tails.push(end);
    }
  return [...out, tails.join(' ')];
}

function written(fields: string[]): string[] {
  const tokens = new StoryTokens();
  const out = fields.map((field) => Buffer.from(tokens.field(field)).toString('utf8'));
  return [...out, tokens.tails()];
}

test('story tokens: bigrams of each run, tails only for run ends that start no bigram, once', () => {
  assert.deepEqual(written(['永川，川', '']), ['永川', '', '川']);
  assert.deepEqual(
    written(['技术，术语。语', '语言']),
    ['技术 术语', '语言', '言'],
    '术 and 语 start bigrams; 言 only ends a run',
  );
  assert.deepEqual(written(['推广AI。', 'Ｇ５网络']), ['推广 广_ai', 'g5_网 网络', 'ai 络']);
  assert.deepEqual(written(['', '　']), ['', '', '']);
});

test('story tokens match the query side on any text: fast path, NFKC, astral characters', () => {
  // Characters the table maps one by one (full-width, ideographic space, …) and characters
  // that send the text through NFKC whole (ligatures, circled digits, combining marks, kana).
  const alphabet = [
    ...'胡楠AI技术ａｂＣ１２3 　，。、…—“”（）()!?·.-_éÉßΣΩως①⑴ﬁ〸〇々ーガｶﾞ한국\t\n\u00a0×¼²¨■∶℃Ⅲ︰｡｢→∬≠',
    'e\u0301',
    '=\u0338',
    'ΟΔΟΣ',
    '𠀀',
    '𠀁',
  ];
  let seed = 20261127;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let k = 0; k < 3000; k++) {
    const fields = [0, 1, 2].map(() => {
      let text = '';
      for (let n = Math.floor(random() * 16); n > 0; n--)
        text += alphabet[Math.floor(random() * alphabet.length)];
      return text;
    });
    assert.deepEqual(written(fields), expected(fields), JSON.stringify(fields));
  }
});

test('story tokens match the query side on real pages', { skip: !hasShared && 'no ../shared' }, () => {
  const dir = join(sharedDir, 'data', 'rmrb');
  const file = readdirSync(dir).find((name) => name.endsWith('.jsonl.gz'));
  assert.ok(file);
  const lines = gunzipSync(readFileSync(join(dir, file)))
    .toString('utf8')
    .split('\n')
    .slice(0, 200);
  for (const line of lines.filter((l) => l.trim())) {
    const page = JSON.parse(line) as {
      articles: { yinti: string; title: string; futi: string; body: string }[];
    };
    for (const a of page.articles) {
      const fields = [[a.yinti, a.title, a.futi].join('\n'), '', a.body];
      assert.deepEqual(written(fields), expected(fields));
    }
  }
});

test('a 1-character query finds a character that only ends runs, in titles, bylines and bodies', () => {
  const db = openArchive(join(mkdtempSync(join(tmpdir(), 'baoku-tokens-')), 'a.sqlite'));
  ingestPage(
    db,
    {
      articles: [
        {
          kicker: null,
          title: '青溪举办读书节',
          subtitle: null,
          byline: { text: '本报记者 林沐', reporters: ['林沐'] },
          paragraphs: ['活动吸引市民参与，书香满城。', '现场推广AI。'],
          subheadings: [],
          photos: [],
          continuedTo: null,
          continuedFrom: null,
        },
      ],
      people: [],
      organisations: [],
      events: [],
      messages: [],
    },
    { paper: '白沙晚报', date: '2025-04-23', page: 2 },
  );
  for (const query of ['节', '城', '沐', 'ai', '书', '读书节', '满城'])
    assert.equal(search(db, query).total, 1, query);
  assert.equal(search(db, '节书').total, 0);
  db.close();
});
