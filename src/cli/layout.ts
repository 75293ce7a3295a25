import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { layoutPages, MissingDataError, writeLayout } from '../layout/index.js';
import { CliError, type Command, readArgs } from './command.js';

/** ../shared/data/rmrb beside the repository, or BAOKU_RMRB when set. */
export function rmrbDir(): string {
  if (process.env.BAOKU_RMRB) return process.env.BAOKU_RMRB;
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  return join(repoRoot, '..', 'shared', 'data', 'rmrb');
}

export const layoutCommand: Command = {
  name: 'layout',
  summary: 'lay out raw test pages with truth from ../shared/data/rmrb',
  usage: `baoku layout OUT_DIR [--pages N] [--seed S] [--set dev|holdout] [--data DIR]

  writes OUT_DIR/pages/<id>.txt (raw page text) and OUT_DIR/gold/<id>.json (its truth)
  --pages N     how many pages (default 100)
  --seed S      the seed: same seed, same bytes (default 1)
  --set NAME    dev (2019-02, 2019-10, 2020-01) or holdout (2020-02); default dev
  --data DIR    the rmrb data (default ../shared/data/rmrb, or $BAOKU_RMRB)`,
  async run(argv, io) {
    const { values, positionals } = readArgs(this, argv, {
      pages: { type: 'string' },
      seed: { type: 'string' },
      set: { type: 'string' },
      data: { type: 'string' },
    });
    if (positionals.length !== 1) throw new CliError(`give one output directory\nusage: ${this.usage}`);
    const pages = Number(values.pages ?? 100);
    if (!Number.isInteger(pages) || pages < 1)
      throw new CliError(`--pages wants a positive whole number, got '${values.pages}'`);
    const seed = Number(values.seed ?? 1);
    if (!Number.isInteger(seed)) throw new CliError(`--seed wants a whole number, got '${values.seed}'`);
    const set = values.set ?? 'dev';
    if (set !== 'dev' && set !== 'holdout') throw new CliError(`--set wants dev or holdout, got '${set}'`);
    const dataDir = values.data ?? rmrbDir();
    if (!existsSync(dataDir))
      throw new CliError(
        `the rmrb data is not at ${dataDir} (the generator needs ../shared/data/rmrb; or pass --data DIR)`,
      );
    let laidOut: ReturnType<typeof layoutPages>;
    try {
      laidOut = layoutPages(dataDir, { pages, seed, set });
    } catch (error) {
      if (error instanceof MissingDataError) throw new CliError(error.message);
      throw error;
    }
    writeLayout(positionals[0], laidOut);
    io.stderr.write(`laid out ${laidOut.length} ${set} pages into ${positionals[0]} (seed ${seed})\n`);
    return 0;
  },
};
