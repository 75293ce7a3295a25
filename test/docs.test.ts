import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { commands } from '../src/cli/main.js';
import { repoRoot } from './helpers.js';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

test('the README opens with the two commands, and both name scripts that exist', () => {
  const block = /```sh\n([^`]*)```/.exec(readme)?.[1] ?? '';
  const [demo, tests] = block.trim().split('\n');
  assert.match(demo, /^npm install && npm run demo/);
  assert.match(tests, /^bash scripts\/setup\.sh && npm test/);
  assert.ok(pkg.scripts.demo && pkg.scripts.test);
});

test('every CLI command is documented in the README, and every documented one exists', () => {
  const documented = new Set([...readme.matchAll(/^baoku (\w+)/gm)].map((m) => m[1]));
  const names = commands.map((c) => c.name);
  assert.deepEqual(
    names.filter((n) => !documented.has(n)),
    [],
    'commands missing from the README',
  );
  assert.deepEqual(
    [...documented].filter((n) => !names.includes(n)),
    [],
    'README names commands that do not exist',
  );
});

test('every npm script the README mentions exists', () => {
  for (const m of readme.matchAll(/npm run ([\w:]+)/g)) assert.ok(pkg.scripts[m[1]], `npm run ${m[1]}`);
});
