/**
 * Loaded before every test file (`node --import`, see the test script): points TMPDIR at a
 * directory of this test process's own and removes it when the process ends, so temporary
 * archives, pages and browser profiles never pile up in /tmp, even when a test fails midway.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = mkdtempSync(join(tmpdir(), 'baoku-test-'));
process.env.TMPDIR = root;
process.on('exit', () => rmSync(root, { recursive: true, force: true }));
