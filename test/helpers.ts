import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';

/** The repository root (tests run from dist/test/). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** ../shared beside the repository: real pages for tests, never copied into the repo. */
export const sharedDir = resolve(repoRoot, '..', 'shared');
export const hasShared = existsSync(join(sharedDir, 'seed', 'expected.json'));
/** The built CLI entry point. */
export const cliPath = join(repoRoot, 'dist', 'src', 'cli.js');
export const fixturesDir = join(repoRoot, 'test', 'fixtures');

/** Runs the CLI in this process with its output captured; `tty` makes stderr claim a terminal. */
export async function runCli(
  argv: string[],
  options: { tty?: boolean } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { main } = await import('../src/cli/main.js');
  const out: string[] = [];
  const err: string[] = [];
  const stream = (sink: string[]) => new PassThrough().on('data', (d) => sink.push(String(d)));
  const stderr = Object.assign(stream(err), { isTTY: options.tty ?? false });
  const code = await main(argv, { stdout: stream(out), stderr, stdin: new PassThrough() });
  // let the streams deliver what was written last
  await new Promise((r) => setImmediate(r));
  return { code, stdout: out.join(''), stderr: err.join('') };
}
