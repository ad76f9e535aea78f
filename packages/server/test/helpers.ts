import { request as httpRequest } from 'node:http';
import { buildSampleDataset } from '@shhk/dataset';
import type { Dataset } from '@shhk/sdk';
import { startServer, type RunningServer, type StartServerOptions } from '../src/serve.js';

let shared: Dataset | undefined;

/** The sample dataset at the fixed anchor date the tests use, built once per process. */
export function sampleDataset(): Dataset {
  shared ??= buildSampleDataset({ anchor: '2026-11-27' });
  return shared;
}

/** Starts the real server on a free loopback port. */
export function startTestServer(options: Partial<StartServerOptions> = {}): Promise<RunningServer> {
  return startServer({ dataset: sampleDataset(), port: 0, host: '127.0.0.1', ...options });
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * A request through `node:http`: unlike `fetch`, it sends the path exactly as written (no `..`
 * normalisation) and does not decode `Content-Encoding`.
 */
export function rawRequest(base: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  param?: string;
}

/** Reads a response that must be a problem document, checking its media type and required members. */
export async function readProblem(res: Response): Promise<Problem> {
  const type = res.headers.get('content-type') ?? '';
  if (!type.startsWith('application/problem+json')) throw new Error(`expected application/problem+json, got "${type}" (${res.status})`);
  const body = (await res.json()) as Problem;
  for (const key of ['type', 'title', 'status', 'detail', 'instance'] as const) {
    if (body[key] === undefined) throw new Error(`problem lacks "${key}": ${JSON.stringify(body)}`);
  }
  if (body.status !== res.status) throw new Error(`problem status ${body.status} differs from HTTP status ${res.status}`);
  return body;
}
