import assert from 'node:assert/strict';
import { test } from 'node:test';
import { removeCjkSpaces, unifyIdeographs } from '../src/read/layout-glyphs.js';
import { fragmentsFromRuns } from '../src/read/layout-lines.js';
import { textOnlyCopy } from '../src/read/pdf.js';
import { textRun } from './support/text-run.js';

test('Kangxi radicals, radical supplement forms and compatibility ideographs map to unified ideographs', () => {
  // ⽇ U+2F47 (Kangxi), ⻓ U+2ED3, ⻔ U+2ED4, ⺠ U+2EA0, ⻘ U+2ED8, ⻝ U+2EDD (supplement), 豈 U+F900.
  assert.equal(unifyIdeographs('\u2F47\u2ED3\u2ED4\u2EA0\u2ED8\u2EDD\uF900'), '日长门民青食豈');
  // Kangxi radicals a simplified font draws as the simplified character: ⼾ ⾭ ⿈ → 户 青 黄.
  assert.equal(unifyIdeographs('账\u2F3E\u2FAD\u2FC8'), '账户青黄');
  // The em dash drawn by a CJK font comes back as a horizontal bar.
  assert.equal(unifyIdeographs('1949\u20152019 \u2015\u2015'), '1949—2019 ——');
  // A rare character that shares its glyph with a common one in the font.
  assert.equal(unifyIdeographs('橡\u3B35'), '橡胶');
  // Nothing else changes: full-width punctuation and digits stay as printed.
  assert.equal(unifyIdeographs('７月７日，“一带一路”（记者）'), '７月７日，“一带一路”（记者）');
});

test('spaces between CJK characters are removed, spaces between Latin words kept', () => {
  assert.equal(removeCjkSpaces('本 报 讯 （记者 张 三）'), '本报讯（记者张三）');
  assert.equal(removeCjkSpaces('Belt and Road 倡议'), 'Belt and Road倡议');
});

const run = textRun;

test('runs on one baseline merge; a wide gutter splits columns; a wide gap between clauses is a space', () => {
  const fragments = fragmentsFromRuns([
    run('第二栏', 200, 100, 10),
    run('第一栏', 10, 100.5, 10),
    run('的文字', 40, 100, 10),
    run('前句', 10, 60, 20),
    run('后句', 70, 60, 20),
    // pdfjs writes justification as spaces inside a run: narrow, so dropped.
    run('产 推 进 会', 10, 130, 10, 44),
  ]);
  assert.deepEqual(
    fragments.map((f) => f.text),
    ['前句 后句', '第一栏的文字', '第二栏', '产推进会'],
  );
  assert.equal(fragments[0].fontSize, 20);
  assert.deepEqual(fragments[1].box, { x: 10, y: 100 - 8.8, w: 60, h: 10.5 });
});

test('Type3 fonts keep only what text needs, blanked in a copy of the same length', () => {
  const font = (id: number, toUnicode: string) =>
    `${id} 0 obj\n<</Type /Font /Subtype /Type3 /CharProcs <</g0 5 0 R\n/g1 6 0 R>> /Widths [1 2]${toUnicode}` +
    ` /FontDescriptor 12 0 R /Encoding <</Type /Encoding /Differences [0 /g0 /g1]>>>>\nendobj\n`;
  const source = `%PDF-1.4\n${font(1, ' /ToUnicode 7 0 R')}${font(2, '')}trailer\n`;
  const pdf = Buffer.from(source, 'latin1');
  const out = Buffer.from(textOnlyCopy(pdf)).toString('latin1');
  assert.equal(out.length, source.length);
  assert.equal(pdf.toString('latin1'), source, 'the bytes given are left as they are');
  const [withMap, withoutMap] = out.split('endobj');
  assert.match(withMap, /\/CharProcs<<>> +\/Widths \[1 2\] \/ToUnicode 7 0 R/);
  assert.match(withMap, /\/FontDescriptor null +\/Encoding/);
  assert.match(withMap, /\/Differences\[\] +>>/);
  // Without a ToUnicode map pdfjs takes the text from the glyph names: they stay.
  assert.match(withoutMap, /\/CharProcs<<>> +\/Widths \[1 2\] \/FontDescriptor 12 0 R \/Encoding/);
  assert.match(withoutMap, /\/Differences \[0 \/g0 \/g1\]/);
  const plain = Buffer.from('no fonts here');
  assert.deepEqual(Buffer.from(textOnlyCopy(plain)), plain);
});
