import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  datelinePattern,
  datelinePrefix,
  foldsApart,
  sentenceEnd,
  sentenceEndPattern,
  staffLine,
} from '../src/segment/patterns.js';
import { displayWidth, measureLine } from '../src/segment/pieces.js';

test('sentenceEnd reads the end of a text as its pattern does', () => {
  // every string of up to five characters over stops, closers, dots, dashes and text
  const alphabet = [
    '。',
    '!',
    '?',
    '…',
    ';',
    ':',
    '.',
    '"',
    "'",
    '”',
    '’',
    '」',
    '』',
    ')',
    ']',
    '】',
    '—',
    '中',
    'a',
    ',',
    ' ',
  ];
  let strings = [''];
  let tested = 0;
  for (let length = 0; length <= 4; length++) {
    for (const text of strings) {
      assert.equal(sentenceEnd.test(text), sentenceEndPattern.test(text), JSON.stringify(text));
      tested++;
    }
    strings = strings.flatMap((text) => alphabet.map((char) => text + char));
  }
  assert.ok(tested > 200_000);
  for (const text of [
    '他说:“我们会回来的。”',
    '全文完……',
    '——编者',
    '未完待续...)',
    '共同推进合作,',
    '（下转第四版）',
    '会议强调:',
    '背街小巷48条.',
    '版本号v1.',
  ])
    assert.equal(sentenceEnd.test(text), sentenceEndPattern.test(text), text);
  // OCR gives 。 as . : after a Chinese character it ends the sentence, after a figure or letter not
  assert.ok(sentenceEnd.test('背街小巷48条.'));
  assert.ok(!sentenceEnd.test('版本号v1.'));
});

test('measureLine gives displayWidth and the glyphs as set (... one glyph) in one pass', () => {
  const alphabet = ['.', 'a', '中', '\ud83d', '\ude00', '…', '—', '“', ' ', '１', 'ᄀ'];
  let strings = [''];
  for (let length = 0; length <= 5; length++) {
    for (const text of strings) {
      const { width, glyphs } = measureLine(text);
      assert.equal(width, displayWidth(text), JSON.stringify(text));
      assert.equal(glyphs, [...text.replace(/\.\.\./g, '…')].length, JSON.stringify(text));
    }
    strings = strings.flatMap((text) => alphabet.map((char) => text + char));
  }
});

test('foldsApart: what it lets join folds as NFKC of the joined text would', () => {
  const opening: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (foldsApart(String.fromCharCode(c))) opening.push(c);
  // the Han block, ASCII, full-width forms and the common punctuation, nothing else
  assert.ok(opening.length > 21000 && opening.length < 21400);
  // (every Han character alike: a few stand for the block)
  const sample = opening.filter((c) => c < 0x4e00 || c > 0x9fff || c % 1999 === 0);
  for (let before = 1; before < 0x3100; before++) {
    if (before >= 0xd800) continue;
    const a = String.fromCharCode(before);
    const foldedA = a.normalize('NFKC');
    for (const c of sample) {
      const b = String.fromCharCode(c);
      if ((a + b).normalize('NFKC') !== foldedA + b.normalize('NFKC'))
        assert.fail(`U+${before.toString(16)} U+${c.toString(16)}`);
    }
  }
});

test('staff lines name the job and who did it: 制图, 版式设计, 稿件统筹…', () => {
  for (const line of [
    '制图:方清源',
    '版式设计:叶景行',
    '本版制图:何川',
    '稿件统筹:方清源 叶景行',
    '数据来源:海州市统计局',
  ])
    assert.equal(staffLine.test(line), true, line);
  for (const line of ['海州港开通至东盟新航线', '统筹城乡发展:海州在行动'])
    assert.equal(staffLine.test(line), false, line);
});

test('datelinePrefix answers as its pattern does, its lookahead read in code first', () => {
  const alphabet = ['据', '本', '报', '社', '网', '北', '京', '1', '日', '电', '讯', ' '];
  let texts = [''];
  const all: string[] = [];
  for (let n = 0; n < 5; n++) {
    texts = texts.flatMap((t) => alphabet.map((c) => t + c));
    for (const text of texts) all.push(text);
  }
  all.push(
    '本报北京5月1日电',
    '新华社北京4月30日电(记者王某)',
    '据新华社华盛顿1月20日电',
    '渝西都市报讯(记者 彭某)',
    '某某某某某某某某某报讯',
    '据某某某某某某某某报讯',
    '某某某某某某某某某某报讯',
  );
  for (const text of all) {
    assert.equal(datelinePrefix.test(text), datelinePattern.test(text), text);
    assert.deepEqual(datelinePrefix.exec(text), datelinePattern.exec(text), text);
  }
});
