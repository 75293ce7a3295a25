import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../src/model.js';
import { isSideBySide } from '../src/read/layout-text.js';
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

test('columns side by side (pdftotext -layout) are told from a page with a few double spaces', () => {
  const paragraph = '城南街道今年以来持续推进老旧小区改造，累计完成改造项目二十余个，惠及居民四千余户。';
  const normal = [
    '城南新区推进营商环境改革  持续优化服务',
    '',
    '本报记者  林晓雯  陈思远',
    '',
    ...Array.from({ length: 8 }, () => [paragraph, '']).flat(),
  ];
  assert.equal(isSideBySide(readText(normal.join('\n')).lines), false);
  const columns = Array.from(
    { length: 8 },
    (_, i) => `城南街道今年以来持续推进老${i}        旧小区改造累计完成改造项目${i}`,
  );
  const page = readText(columns.join('\n'));
  // read column after column: every left run before every right run
  const texts = page.lines.map((l) => l.text).filter(Boolean);
  assert.ok(texts.length >= 8);
  assert.ok(texts.slice(0, 8).every((t) => t.includes('老')));
  assert.ok(texts.slice(-8).every((t) => t.includes('旧')));
});

test('splits lines at CR, LF, CRLF and form feeds alike, and at LF alone', () => {
  const texts = (text: string) => readText(text).lines.map((l) => `${l.line}:${l.text}`);
  assert.deepEqual(texts('标题\r正文一\r\n正文二\f正文三\n\n正文四 \n'), [
    '1:标题',
    '2:正文一',
    '3:正文二',
    '4:正文三',
    '5:',
    '6:正文四',
    '7:',
  ]);
  assert.deepEqual(texts('标题\n\n正文一\u3000\n正文二'), ['1:标题', '2:', '3:正文一', '4:正文二']);
});
