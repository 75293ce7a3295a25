#!/usr/bin/env node
import type { Io } from './cli/command.js';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});
const argv = process.argv.slice(2);
const io: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
if (argv[0] === 'parse') {
  // The batch command starts without loading every other command (the archive's SQLite, the
  // server): a tenth of a second of CPU a run.
  const [{ runCommand }, { parseCommand }] = await Promise.all([
    import('./cli/command.js'),
    import('./cli/parse.js'),
  ]);
  process.exitCode = await runCommand(parseCommand, argv.slice(1), io);
} else {
  const { main } = await import('./cli/main.js');
  process.exitCode = await main(argv, io);
}
