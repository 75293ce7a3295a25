import { type Command, type Io, runCommand } from './command.js';
import { demoCommand } from './demo.js';
import { evalCommand } from './eval.js';
import { exportCommand } from './export.js';
import { ingestCommand } from './ingest.js';
import { layoutCommand } from './layout.js';
import { parseCommand } from './parse.js';
import { searchCommand } from './search.js';
import { serveCommand } from './serve.js';

export const commands: Command[] = [
  parseCommand,
  ingestCommand,
  searchCommand,
  serveCommand,
  demoCommand,
  exportCommand,
  evalCommand,
  layoutCommand,
];

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'baoku — raw newspaper pages in, the newspaper as data out',
    '',
    'usage: baoku <command> [options]',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'baoku <command> --help for its options',
  ].join('\n');
}

/** Runs the CLI over argv (without node and script) and returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${help()}\n`);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write('baoku 0.1.0\n');
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`baoku: unknown command '${name}'\n\n${help()}\n`);
    return 2;
  }
  return runCommand(command, rest, io);
}
