import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeUtf8 } from '../src/read/utf8.js';

const fatal = new TextDecoder('utf-8', { fatal: true });
/** TextDecoder's answer: the text, or undefined where it refuses the bytes. */
function reference(bytes: Uint8Array): string | undefined {
  try {
    return fatal.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The fast decoder gives TextDecoder's text, or gives up (undefined) and leaves the bytes to it. */
function agrees(bytes: Uint8Array): void {
  const fast = decodeUtf8(bytes);
  if (fast !== undefined) assert.equal(fast, reference(bytes), `bytes ${Buffer.from(bytes).toString('hex')}`);
}

test('decodes one- to three-byte UTF-8 as TextDecoder does, one leading BOM dropped', () => {
  const text = '新华社北京5月1日电（记者 张三）　“你好，世界！”……—— · ©é\t\r\nＡ１';
  assert.equal(decodeUtf8(Buffer.from(text, 'utf8')), text);
  const bom = Buffer.from([0xef, 0xbb, 0xbf]);
  assert.equal(decodeUtf8(Buffer.concat([bom, Buffer.from(text, 'utf8')])), text);
  // a second BOM is text (TextDecoder keeps it too)
  assert.equal(decodeUtf8(Buffer.concat([bom, bom, Buffer.from('正文', 'utf8')])), '\ufeff正文');
  assert.equal(decodeUtf8(bom), '');
  assert.equal(decodeUtf8(new Uint8Array()), '');
});

test('gives up on what is not plain UTF-8 of one to three bytes', () => {
  const cases = [
    [0xf0, 0x9f, 0x98, 0x80], // a four-byte character (left to TextDecoder)
    [0xe4, 0xb8], // cut off at the end
    [0xc3], // cut off at the end
    [0xc0, 0xaf], // overlong
    [0xe0, 0x80, 0xaf], // overlong
    [0xed, 0xa0, 0x80], // a surrogate
    [0x80], // a lone continuation byte
    [0xe4, 0x41, 0x80], // a continuation missing
    [0xc4, 0xe3, 0xba, 0xc3], // GBK 你好
    [0xff, 0xfe],
  ];
  for (const bytes of cases) assert.equal(decodeUtf8(Uint8Array.from(bytes)), undefined);
});

test('agrees with TextDecoder on every one-, two- and three-byte sequence, and random bytes', () => {
  for (let a = 0; a < 256; a++) {
    agrees(Uint8Array.from([a]));
    for (let b = 0; b < 256; b++) {
      agrees(Uint8Array.from([a, b]));
      agrees(Uint8Array.from([0x41, a, b]));
    }
  }
  for (let a = 0xe0; a <= 0xef; a++)
    for (let b = 0x70; b < 0xd0; b++) for (let c = 0x70; c < 0xd0; c++) agrees(Uint8Array.from([a, b, c]));
  // every character of the Basic Multilingual Plane that UTF-8 can carry round trips
  const all: number[] = [];
  for (let unit = 1; unit < 0x10000; unit++) if (unit < 0xd800 || unit > 0xdfff) all.push(unit);
  const text = String.fromCharCode(...all.filter((u) => u !== 0xfeff));
  assert.equal(decodeUtf8(Buffer.from(text, 'utf8')), text);
  let seed = 7;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed >>> 24;
  };
  for (let k = 0; k < 2000; k++) agrees(Uint8Array.from({ length: 1 + (k % 12) }, random));
});
