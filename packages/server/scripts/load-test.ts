// Load test of the Exchange API: serves the sample dataset on loopback in a worker thread (so the load
// generator and the server do not share an event loop) and runs autocannon against two list URLs.
// Prints one JSON line per URL and exits by itself.
//
//   node --conditions=source --import tsx packages/server/scripts/load-test.ts [--duration 5] [--connections 50] [--uncached]
//
// --uncached adds a run with the response cache disabled, to show the cost of the query itself.
import { createRequire } from 'node:module';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { parseArgs } from 'node:util';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (options: { url: string; connections: number; duration: number; headers?: Record<string, string> }) => Promise<AutocannonResult>;

const PATHS = ['/v1/events?limit=20', `/v1/incubators?q=${encodeURIComponent('生物')}&limit=20`];

interface ServerData {
  cacheEntries: number;
}

async function serveInWorker(): Promise<void> {
  const { buildSampleDataset } = await import('@shhk/dataset');
  const { startServer } = await import('../src/serve.js');
  const { cacheEntries } = workerData as ServerData;
  const running = await startServer({ dataset: buildSampleDataset({ anchor: '2026-11-27' }), port: 0, host: '127.0.0.1', cacheEntries });
  parentPort!.postMessage({ port: running.port });
  parentPort!.once('message', () => void running.close(1000).then(() => process.exit(0)));
}

async function startWorker(cacheEntries: number): Promise<{ port: number; stop: () => Promise<void> }> {
  // Node 20 does not apply `--import tsx` to a worker's entry module: register tsx first, then load this file.
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(import.meta.url)});`;
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), { workerData: { cacheEntries } satisfies ServerData });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', (m: { port: number }) => resolve(m.port));
    worker.once('error', reject);
  });
  return {
    port,
    stop: async () => {
      worker.postMessage('stop');
      await new Promise((resolve) => worker.once('exit', resolve));
    },
  };
}

async function run(): Promise<void> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '5' },
      connections: { type: 'string', default: '50' },
      uncached: { type: 'boolean', default: false },
    },
  });
  const duration = Math.min(Math.max(Number(values.duration) || 5, 1), 60);
  const connections = Math.min(Math.max(Number(values.connections) || 50, 1), 500);
  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

  const modes: { label: string; cacheEntries: number }[] = [{ label: 'cached', cacheEntries: 1000 }];
  if (values.uncached) modes.push({ label: 'uncached', cacheEntries: 0 });

  for (const mode of modes) {
    const server = await startWorker(mode.cacheEntries);
    try {
      for (const path of PATHS) {
        const url = `http://127.0.0.1:${server.port}${path}`;
        const warm = await fetch(url);
        if (!warm.ok) throw new Error(`${path} answered ${warm.status}`);
        await warm.arrayBuffer();
        // One discarded second first, so the numbers describe a warm (JIT-compiled) server.
        await autocannon({ url, connections, duration: 1 });
        const result = await autocannon({ url, connections, duration });
        process.stdout.write(
          `${JSON.stringify({
            path: decodeURIComponent(path),
            mode: mode.label,
            connections,
            durationSeconds: duration,
            requestsPerSecond: Math.round(result.requests.average),
            requestsTotal: result.requests.total,
            latencyP50Ms: result.latency.p50,
            latencyP99Ms: result.latency.p99,
            latencyMaxMs: result.latency.max,
            errors: result.errors + result.timeouts,
            non2xx: result.non2xx,
          })}\n`,
        );
      }
    } finally {
      await server.stop();
    }
  }
}

if (isMainThread) {
  run().catch((error: unknown) => {
    process.stderr.write(`load test failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
} else {
  void serveInWorker();
}
