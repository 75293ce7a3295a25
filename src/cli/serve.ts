import { parseArgs } from 'node:util';
import { type RunningServer, startServer } from '../serve/server.js';
import { ArchiveError } from '../store/schema.js';
import { CliError, type Command, type Io } from './command.js';

export function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!(Number.isInteger(port) && port >= 0 && port < 65536))
    throw new CliError(`--port wants a port number 0-65535, got '${value}'`);
  return port;
}

/** Starts the server, prints its URL, and resolves when SIGINT/SIGTERM has closed it. */
export async function serveUntilStopped(
  db: string,
  port: number,
  host: string | undefined,
  io: Io,
): Promise<number> {
  let server: RunningServer;
  try {
    server = await startServer({ db, port, host });
  } catch (error) {
    if (error instanceof ArchiveError) throw new CliError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`port ${port} is in use: pick another with --port`);
    if (code === 'EACCES') throw new CliError(`no permission to listen on port ${port}`);
    throw error;
  }
  io.stdout.write(`serving ${db} at ${server.url}/ (read-only; Ctrl-C stops)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the web reader and JSON API of an archive',
  usage: `baoku serve --db FILE [--port N] [--host H]

  --db FILE   the archive, opened read-only
  --port N    default 8080 (0 picks a free port); --host default 127.0.0.1
  Every page has a JSON twin (?format=json); search and issues export as ?format=jsonl|csv.`,
  async run(argv, io) {
    let values: { db?: string; port?: string; host?: string };
    try {
      ({ values } = parseArgs({
        args: argv,
        options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } },
      }));
    } catch (error) {
      throw new CliError(`${(error as Error).message}\nusage: ${this.usage}`);
    }
    if (!values.db) throw new CliError(`--db FILE is required\nusage: ${this.usage}`);
    return serveUntilStopped(values.db, parsePort(values.port, 8080), values.host, io);
  },
};
