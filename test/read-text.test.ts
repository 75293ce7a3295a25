import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../src/model.js';
import { decodeText, readText } from '../src/read/text.js';

test('decodes UTF-8 with a BOM and splits CRLF lines, keeping blank lines', () => {
  const bytes = Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from('标题\r\n\r\n正文。\r\n', 'utf8'),
  ]);
  const page = readText(bytes);
  assert.equal(page.encoding, 'utf-8');
  assert.deepEqual(
    page.lines.map((l) => l.text),
    ['标题', '', '正文。', ''],
  );
});

test('falls back to GB18030 for GBK bytes', () => {
  // 你好，世界 in GBK
  const gbk = Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0xa3, 0xac, 0xca, 0xc0, 0xbd, 0xe7]);
  assert.deepEqual(decodeText(gbk), { text: '你好，世界', encoding: 'gb18030' });
});

test('refuses empty and binary input with a rule id', () => {
  assert.throws(
    () => decodeText(new Uint8Array()),
    (e: unknown) => e instanceof InputError && e.rule === 'empty',
  );
  assert.throws(
    () => decodeText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])),
    (e: unknown) => e instanceof InputError && e.rule === 'binary',
  );
  assert.throws(
    () => readText(' \n\n  '),
    (e: unknown) => e instanceof InputError && e.rule === 'empty',
  );
});
