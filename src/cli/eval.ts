import { existsSync, statSync } from 'node:fs';
import { byArtifact, formatByArtifact, formatFailures, formatScores, scorePages } from '../eval/index.js';
import { CliError, type Command, readArgs } from './command.js';

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score predicted pages against gold pages (CONTRACT.md metrics)',
  usage: `baoku eval GOLD_DIR PRED_DIR [--json] [--by-artifact] [--failures N [--artifact NAME]]

  GOLD_DIR and PRED_DIR hold <id>.json files; a missing prediction scores zero.
  The figures are those of ../shared/tools/score-pages.py.
  --json          print the figures as one JSON object
  --by-artifact   also print heads/body exact for each lay-out artifact of the gold pages
  --failures N    also print the first N articles that are not exact, gold against predicted
  --artifact NAME only those failures whose page or article got this lay-out artifact (hard-wrap, photo …)`,
  async run(argv, io) {
    const { values, positionals } = readArgs(this, argv, {
      json: { type: 'boolean' },
      'by-artifact': { type: 'boolean' },
      failures: { type: 'string' },
      artifact: { type: 'string' },
    });
    if (positionals.length !== 2) throw new CliError(`give GOLD_DIR and PRED_DIR\nusage: ${this.usage}`);
    for (const dir of positionals)
      if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CliError(`${dir} is not a directory`);
    const failures = values.failures === undefined ? 0 : Number(values.failures);
    if (!Number.isInteger(failures) || failures < 0)
      throw new CliError(`--failures wants a whole number, got '${values.failures}'`);
    let result: ReturnType<typeof scorePages>;
    try {
      result = scorePages(positionals[0], positionals[1]);
    } catch (error) {
      throw new CliError(`cannot read the gold pages: ${(error as Error).message}`);
    }
    if (result.scores.pages === 0) throw new CliError(`${positionals[0]} holds no .json gold pages`);
    io.stdout.write(values.json ? `${JSON.stringify(result.scores)}\n` : `${formatScores(result.scores)}\n`);
    if (values['by-artifact']) io.stdout.write(`\n${formatByArtifact(byArtifact(result.articles))}\n`);
    if (failures) {
      const artifact = values.artifact;
      const chosen = artifact
        ? result.articles.filter((a) => a.artifacts.includes(artifact))
        : result.articles;
      if (artifact && !chosen.length) throw new CliError(`no gold article has the artifact '${artifact}'`);
      io.stdout.write(`\n${formatFailures(chosen, failures)}\n`);
    }
    return 0;
  },
};
