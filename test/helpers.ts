import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tests run from dist/test/). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** ../shared beside the repository: real pages for tests, never copied into the repo. */
export const sharedDir = resolve(repoRoot, '..', 'shared');
export const hasShared = existsSync(join(sharedDir, 'seed', 'expected.json'));
/** The built CLI entry point. */
export const cliPath = join(repoRoot, 'dist', 'src', 'cli.js');
export const fixturesDir = join(repoRoot, 'test', 'fixtures');
