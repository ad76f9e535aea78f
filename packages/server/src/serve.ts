import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Dataset } from './sdk.js';
import { createApp, type AppOptions } from './app.js';
import { loadDatasetFromDir } from './load.js';
import { nodeCompressors } from './node-compress.js';
import type { CorsOrigins } from './cors.js';

/**
 * Options of {@link startServer}: those of {@link createApp} plus where to listen. `compress` defaults
 * to {@link nodeCompressors} here (gzip and br from node:zlib).
 */
export interface StartServerOptions extends AppOptions {
  /** TCP port; `0` picks a free one. @default 8080 */
  port?: number;
  /** Interface to listen on. @default '127.0.0.1' */
  host?: string;
}

/** A listening server. */
export interface RunningServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:8080/`. */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  readonly server: Server;
  /** Stops accepting connections, lets requests in flight finish (up to `graceMs`), then closes. */
  close(graceMs?: number): Promise<void>;
}

/** `http://host:port/`, bracketing IPv6 literals. */
export function urlOf(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}/`;
}

/**
 * Serves the Exchange API with @hono/node-server.
 *
 * @example
 * ```ts
 * const running = await startServer({ dataset, port: 0 });
 * await fetch(new URL('v1/events', running.url));
 * await running.close();
 * ```
 */
export function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { port = 8080, host = '127.0.0.1', compress = nodeCompressors, ...appOptions } = options;
  const app = createApp({ ...appOptions, compress });
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }) as Server;
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      const actual = (server.address() as AddressInfo).port;
      resolvePromise({
        url: urlOf(host, actual),
        port: actual,
        host,
        server,
        close: (graceMs = 5000) =>
          new Promise<void>((done) => {
            const timer = setTimeout(() => server.closeAllConnections(), graceMs);
            timer.unref();
            server.close(() => {
              clearTimeout(timer);
              done();
            });
            // Keep-alive sockets with no request in flight would otherwise hold close() open.
            server.closeIdleConnections();
          }),
      });
    });
  });
}

/** Server settings read from the environment. */
export interface ServeConfig {
  port: number;
  host: string;
  dataDir: string;
  corsOrigins: CorsOrigins;
  publicBaseUrl?: string;
}

/** Finds `@shhk/dataset`'s `dist/data`, installed or next to this package in the monorepo. */
export function defaultDataDir(): string {
  try {
    let dir = dirname(fileURLToPath(import.meta.resolve('@shhk/dataset')));
    while (dir !== dirname(dir)) {
      const manifest = join(dir, 'package.json');
      if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === '@shhk/dataset') {
        return join(dir, 'dist', 'data');
      }
      dir = dirname(dir);
    }
  } catch {
    // Not resolvable (not installed, or no entry built yet): fall back to the monorepo layout.
  }
  return fileURLToPath(new URL('../../dataset/dist/data', import.meta.url));
}

/** Parses `PORT`, `HOST`, `DATA_DIR`, `CORS_ORIGINS` and `PUBLIC_BASE_URL`. @throws {Error} on a bad value */
export function configFromEnv(env: NodeJS.ProcessEnv): ServeConfig {
  const rawPort = env.PORT?.trim() || '8080';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) throw new Error(`PORT must be an integer from 0 to 65535, got "${env.PORT}"`);
  const origins = (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of origins) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/i.test(origin.replace(/\/$/, ''))) {
      throw new Error(`CORS_ORIGINS must list origins like https://example.org, got "${origin}"`);
    }
  }
  return {
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    dataDir: resolve(env.DATA_DIR?.trim() || defaultDataDir()),
    corsOrigins: origins.length === 0 || origins.includes('*') ? '*' : origins,
    ...(env.PUBLIC_BASE_URL?.trim() ? { publicBaseUrl: env.PUBLIC_BASE_URL.trim() } : {}),
  };
}

/** Closes the server on SIGINT/SIGTERM; a second signal exits at once. */
export function closeOnSignals(running: RunningServer, log: (line: string) => void): void {
  let closing = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (closing) process.exit(1);
    closing = true;
    log(`${signal} received, shutting down…`);
    void running.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Logs a 500's cause to stderr: the client only ever sees a problem document without details. */
export function logError(error: unknown, request: Request): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`[shhk-server] ${request.method} ${request.url} failed: ${detail}\n`);
}

/**
 * The `shhk-server` command: loads `DATA_DIR`, serves it and prints the URL. Returns the exit code
 * when it fails to start; otherwise runs until a signal.
 */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let config: ServeConfig;
  let dataset: Dataset;
  try {
    config = configFromEnv(env);
    dataset = await loadDatasetFromDir(config.dataDir);
  } catch (error) {
    process.stderr.write(`shhk-server: ${(error as Error).message}\n`);
    return 1;
  }
  let running: RunningServer;
  try {
    running = await startServer({
      dataset,
      port: config.port,
      host: config.host,
      corsOrigins: config.corsOrigins,
      ...(config.publicBaseUrl ? { publicBaseUrl: config.publicBaseUrl } : {}),
      onError: logError,
    });
  } catch (error) {
    process.stderr.write(`shhk-server: cannot listen on ${config.host}:${config.port}: ${(error as Error).message}\n`);
    return 1;
  }
  process.stdout.write(`Exchange API listening at ${running.url}v1/ (data: ${config.dataDir}, ${dataset.events.length} events, ${dataset.incubators.length} incubators)\n`);
  closeOnSignals(running, (line) => process.stdout.write(`${line}\n`));
  return 0;
}
