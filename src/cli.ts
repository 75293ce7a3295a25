#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import type { Io } from './cli/command.js';

// Less inlining into the big hot functions of extraction (findPeople, scanUnit): V8 compiles
// them fewer times and smaller, about a tenth less CPU a batch. Set before any module of ours
// loads (the imports below are dynamic), so all our code is compiled under it.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=400');

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
