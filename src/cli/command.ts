import { type ParseArgsConfig, parseArgs } from 'node:util';
/** What every `baoku` subcommand is: a name, one line of help, and a run over argv. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Returns the exit code. Throws CliError for misuse or bad input. */
  run(argv: string[], io: Io): Promise<number>;
}

/** Streams a command writes to, injected so tests can run commands in-process. */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
}

/** The one error class of the CLI: its message is printed as is, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function notYet(name: string, summary: string): Command {
  return {
    name,
    summary,
    usage: `baoku ${name}`,
    async run() {
      throw new CliError(`baoku ${name} is not available in this build yet`);
    },
  };
}

type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs with positionals, its errors turned into a CliError that shows the usage. */
export function readArgs<O extends OptionSpec>(
  command: Pick<Command, 'usage'>,
  argv: string[],
  options: O,
): ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>> {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\nusage: ${command.usage}`);
  }
}

/** Runs one command over its arguments: its help, or its run with errors turned into a message
 * and an exit code (a CliError as is, anything else as an internal error). */
export async function runCommand(command: Command, argv: string[], io: Io): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(`${command.summary}\n\nusage: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(argv, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`baoku ${command.name}: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`baoku ${command.name}: internal error: ${message}\n`);
    if (process.env.BAOKU_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return 70;
  }
}
