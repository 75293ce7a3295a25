import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { minPipelinePages } from '../src/cli/extract-thread.js';
import { cliPath, fixturesDir } from './helpers.js';

const page = [
  '城南新区十个重点项目集中开工',
  '',
  '本报讯(江城晚报记者 林晓雯)9月3日上午,城南新区举行重点项目集中开工仪式。',
].join('\n');

function baoku(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cliPath, ...args], { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function workdir(): string {
  return mkdtempSync(join(tmpdir(), 'baoku-cli-'));
}

test('parse --json prints the contract of one page', () => {
  const dir = workdir();
  writeFileSync(join(dir, 'p.txt'), page);
  const r = baoku(['parse', join(dir, 'p.txt'), '--json', '--no-extract']);
  assert.equal(r.code, 0, r.err);
  const json = JSON.parse(r.out);
  assert.equal(json.articles[0].title, '城南新区十个重点项目集中开工');
  assert.deepEqual(json.articles[0].byline.reporters, ['林晓雯']);
});

test('parse reads standard input and renders for a person without --json', () => {
  const r = baoku(['parse', '-', '--no-extract'], page);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /主题 城南新区十个重点项目集中开工/);
  assert.match(r.out, /署名 本报讯/);
});

test('bad inputs get one clear line each, the batch goes on, and the exit code says so', () => {
  const dir = workdir();
  writeFileSync(join(dir, 'a-good.txt'), page);
  writeFileSync(join(dir, 'b-empty.txt'), '');
  writeFileSync(join(dir, 'c-binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]));
  const out = join(dir, 'out');
  const r = baoku(['parse', dir, join(dir, 'missing.txt'), '--out', out, '--no-extract']);
  assert.equal(r.code, 1);
  assert.doesNotMatch(r.err, /at .*\.js:\d+/, 'no stack trace');
  assert.match(r.err, /b-empty\.txt: the file is empty/);
  assert.match(r.err, /c-binary\.txt: this is a binary file/);
  assert.match(r.err, /missing\.txt: no such file or directory/);
  assert.deepEqual(readdirSync(out), ['a-good.json']);
  assert.equal(JSON.parse(readFileSync(join(out, 'a-good.json'), 'utf8')).articles.length, 1);
});

test('a directory without pages and a bad option are refused clearly', () => {
  const dir = workdir();
  const empty = baoku(['parse', dir]);
  assert.equal(empty.code, 1);
  assert.match(empty.err, /holds no page files/);
  const option = baoku(['parse', '--date', 'July 7', dir]);
  assert.equal(option.code, 2);
  assert.match(option.err, /--date wants YYYY-MM-DD/);
  const unknown = baoku(['nosuchcommand']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /unknown command/);
});

test('a batch on worker threads, or with its extraction on a second thread (the default), gives what one thread gives: the same files, output and failures in input order', () => {
  const dir = workdir();
  const fixtures = readdirSync(fixturesDir).filter((name) => existsSync(join(fixturesDir, name, 'page.txt')));
  // each fixture as often as needed for a batch the default gives a second thread
  const copies = Math.ceil(minPipelinePages / fixtures.length);
  for (let copy = 0; copy < copies; copy++) {
    for (const [index, name] of fixtures.entries()) {
      writeFileSync(
        join(dir, `${String(copy * fixtures.length + index).padStart(3, '0')}-${name}.txt`),
        readFileSync(join(fixturesDir, name, 'page.txt')),
      );
    }
  }
  writeFileSync(join(dir, '500-empty.txt'), '');
  // --jobs 1: one thread; --jobs 3: a pool; none: the default, extraction on a second thread
  const outputs = [['--jobs', '1'], ['--jobs', '3'], []].map((jobs, run) => {
    const out = join(dir, `out-${run}`);
    const written = baoku(['parse', dir, '--out', out, ...jobs, '--date', '2024-09-03']);
    const lines = baoku(['parse', dir, '--json', ...jobs]);
    const files = readdirSync(out).sort();
    return { written, lines, files, texts: files.map((file) => readFileSync(join(out, file), 'utf8')) };
  });
  const [one, ...others] = outputs;
  assert.equal(one.written.code, 1, 'the empty page fails');
  assert.ok(one.files.length >= minPipelinePages);
  assert.equal(one.files.length, copies * fixtures.length);
  assert.match(one.written.err, /500-empty\.txt: the file is empty/);
  assert.ok(
    one.texts.some((text) => JSON.parse(text).people.length > 0),
    'people are extracted (the second thread does extract)',
  );
  for (const other of others) {
    assert.equal(other.written.code, 1);
    assert.deepEqual(other.files, one.files);
    assert.deepEqual(other.texts, one.texts);
    assert.equal(other.written.err, one.written.err);
    assert.equal(other.lines.out, one.lines.out);
  }
  assert.equal(one.lines.out.trim().split('\n').length, copies * fixtures.length);
  const sources = one.lines.out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line).source);
  assert.deepEqual(sources, [...sources].sort(), 'JSON lines in input order');
});

test('--jobs wants a positive whole number', () => {
  const r = baoku(['parse', '--jobs', '0', '-']);
  assert.equal(r.code, 2);
  assert.match(r.err, /--jobs wants a positive whole number/);
});
