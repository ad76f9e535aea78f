import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '@shhk/sdk';
import { DatasetLoadError, loadDatasetFromDir } from '../src/load.js';
import { sampleDataset } from './helpers.js';

const RESOURCES = ['districts', 'events', 'incubators', 'organizations', 'policies', 'programs', 'talents', 'holidays'] as const;
const SERVER_BIN = fileURLToPath(new URL('../bin/shhk-server.mjs', import.meta.url));

async function writeDataset(dir: string, dataset: Dataset, change?: (copy: Record<string, unknown[]>) => void): Promise<void> {
  const copy = structuredClone(Object.fromEntries(RESOURCES.map((r) => [r, dataset[r] as unknown[]])));
  change?.(copy);
  await Promise.all(RESOURCES.map((r) => writeFile(join(dir, `${r}.json`), JSON.stringify(copy[r]))));
}

async function loadError(dir: string): Promise<DatasetLoadError> {
  try {
    await loadDatasetFromDir(dir);
  } catch (error) {
    assert.ok(error instanceof DatasetLoadError, String(error));
    return error;
  }
  assert.fail('expected the load to fail');
}

/** Runs the CLI until it prints a line matching `until` (then signals it) or exits. */
function runCli(env: Record<string, string>, until?: RegExp): Promise<{ code: number | null; stdout: string; stderr: string; url?: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER_BIN], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let url: string | undefined;
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = until ? /(http:\/\/\S+?)v1\//.exec(stdout) : null;
      if (match && url === undefined) {
        url = match[1];
        void fetch(new URL('/healthz', url))
          .then((res) => res.json())
          .then((body) => {
            stdout += `\nHEALTH ${JSON.stringify(body)}\n`;
            child.kill('SIGTERM');
          }, reject);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ...(url ? { url } : {}) });
    });
  });
}

describe('loadDatasetFromDir', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'shhk-load-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('should load a valid directory', async () => {
    await writeDataset(dir, sampleDataset());
    const dataset = await loadDatasetFromDir(dir);
    for (const r of RESOURCES) assert.equal(dataset[r].length, sampleDataset()[r].length);
    assert.equal(dataset.format, 'shhk-dataset/1');
    assert.match(dataset.generatedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('should name the file, record, path and reason of a broken record', async () => {
    const timed = sampleDataset().events.findIndex((e) => !e.allDay && e.end !== undefined);
    assert.ok(timed >= 0);
    const id = sampleDataset().events[timed]!.id;
    await writeDataset(dir, sampleDataset(), (copy) => {
      const event = copy.events![timed] as { start: string; end: string };
      event.end = '2000-01-01T00:00:00+08:00';
    });
    const error = await loadError(dir);
    assert.match(error.message, new RegExp(`events\\.json: record ${timed} \\(${id}\\): end: end is before start`));
    assert.deepEqual(error.issues[0], { file: 'events.json', index: timed, id, path: 'end', reason: 'end is before start' });
  });

  it('should name nested paths', async () => {
    await writeDataset(dir, sampleDataset(), (copy) => {
      (copy.incubators![2] as { geo?: unknown }).geo = { lat: 123, lng: 121 };
      (copy.policies![0] as { citations: { url?: string }[] }).citations[0]!.url = 'javascript:alert(1)';
    });
    const error = await loadError(dir);
    const lines = error.message.split('\n').map((l) => l.trim());
    assert.ok(lines.some((l) => /^incubators\.json: record 2 \([a-z0-9-]+\): geo\.lat: .+/.test(l)), error.message);
    assert.ok(lines.some((l) => /^policies\.json: record 0 \([a-z0-9-]+\): citations\[0\]\.url: Expected an http\(s\) URL/.test(l)), error.message);
  });

  it('should find duplicate ids and unknown districts', async () => {
    await writeDataset(dir, sampleDataset(), (copy) => {
      copy.talents!.push(structuredClone(copy.talents![0]));
      (copy.incubators![0] as { districtId: string }).districtId = 'sh-atlantis';
    });
    const error = await loadError(dir);
    assert.match(error.message, /talents\.json: record \d+ \([a-z0-9-]+\): id: duplicate id, first used by record 0/);
    assert.match(error.message, /incubators\.json: record 0 \([a-z0-9-]+\): districtId: unknown district "sh-atlantis"/);
  });

  it('should report missing files, bad JSON and non-arrays', async () => {
    await writeDataset(dir, sampleDataset());
    await rm(join(dir, 'holidays.json'));
    await writeFile(join(dir, 'programs.json'), '[{"id": ');
    await writeFile(join(dir, 'talents.json'), '{"items": []}');
    const error = await loadError(dir);
    assert.match(error.message, /holidays\.json: missing/);
    assert.match(error.message, /programs\.json: invalid JSON/);
    assert.match(error.message, /talents\.json: expected a JSON array of records, got object/);
  });
});

describe('shhk-server CLI', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'shhk-cli-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('should print the error and exit 1 without listening on a broken dataset', async () => {
    await writeDataset(dir, sampleDataset(), (copy) => {
      (copy.events![0] as { kind: string }).kind = 'party';
    });
    const result = await runCli({ DATA_DIR: dir, PORT: '0' });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /events\.json: record 0 \([a-z0-9-]+\): kind: /);
    assert.doesNotMatch(result.stdout, /listening/);
  });

  it('should refuse a bad PORT', async () => {
    const result = await runCli({ DATA_DIR: dir, PORT: 'eighty' });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /PORT must be an integer/);
  });

  it('should serve, print its URL and stop gracefully on SIGTERM', async () => {
    await writeDataset(dir, sampleDataset());
    const result = await runCli({ DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1' }, /listening/);
    assert.match(result.stdout, /Exchange API listening at http:\/\/127\.0\.0\.1:\d+\/v1\//);
    assert.match(result.stdout, /HEALTH \{"status":"ok"/);
    assert.match(result.stdout, /SIGTERM received/);
    assert.equal(result.code, 0, result.stderr);
  });
});
