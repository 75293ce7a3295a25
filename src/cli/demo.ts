import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openArchive } from '../store/schema.js';
import { CliError, type Command } from './command.js';
import { ingestFiles, pageFiles, reportSummary } from './ingest.js';
import { parsePort, serveUntilStopped } from './serve.js';

/** The package root: dist/src/cli/demo.js lives three levels below it. */
const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const demoPagesDir = join(packageRoot, 'demo', 'pages');

export const demoCommand: Command = {
  name: 'demo',
  summary: 'build the demo archive from bundled sample pages and serve it',
  usage: `baoku demo [--db FILE] [--port N] [--no-serve]

  --db FILE    where to build the archive (default .cache/demo.sqlite; rebuilt each time)
  --port N     default 8080 (0 picks a free port)
  --no-serve   build the archive and stop`,
  async run(argv, io) {
    let values: { db?: string; port?: string; 'no-serve'?: boolean };
    try {
      ({ values } = parseArgs({
        args: argv,
        options: { db: { type: 'string' }, port: { type: 'string' }, 'no-serve': { type: 'boolean' } },
      }));
    } catch (error) {
      throw new CliError(`${(error as Error).message}\nusage: ${this.usage}`);
    }
    const port = parsePort(values.port, 8080);
    const db = values.db ?? join('.cache', 'demo.sqlite');
    const { files } = existsSync(demoPagesDir) ? pageFiles([demoPagesDir]) : { files: [] };
    if (!files.length) throw new CliError(`no demo pages found under ${demoPagesDir}`);
    mkdirSync(dirname(resolve(db)), { recursive: true });
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
    const archive = openArchive(db);
    try {
      const summary = await ingestFiles(archive, files);
      reportSummary(summary, db, io);
      if (!summary.pages) throw new CliError('none of the demo pages could be ingested');
    } finally {
      archive.close();
    }
    if (values['no-serve']) return 0;
    return serveUntilStopped(db, port, '127.0.0.1', io);
  },
};
