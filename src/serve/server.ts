import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { openArchive } from '../store/schema.js';
import { createApp } from './app.js';

export interface ServeOptions {
  db: string;
  port?: number;
  host?: string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Opens the archive read-only and serves it; port 0 picks a free port. Throws ArchiveError. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const db = openArchive(options.db, { readonly: true });
  const app = createApp(db);
  const host = options.host ?? '127.0.0.1';
  return await new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: options.port ?? 8080, hostname: host },
      (info: AddressInfo) => {
        const shown = host.includes(':') ? `[${host}]` : host;
        resolve({
          url: `http://${shown === '0.0.0.0' ? '127.0.0.1' : shown}:${info.port}`,
          close: () =>
            new Promise<void>((done) => {
              server.close(() => {
                db.close();
                done();
              });
              (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
            }),
        });
      },
    );
    server.once('error', (error: Error) => {
      db.close();
      reject(error);
    });
  });
}
