#!/usr/bin/env node
// `npm run bench`: builds if needed, then runs each benchmark in its own process and prints numbers
// with ratios against baselines measured in the same run. Benchmarks never fail the build; they report.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (args, label) => {
  process.stdout.write(`\n# ${label}\n`);
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env } });
  if (r.status !== 0) process.stdout.write(`(${label} exited with ${r.status})\n`);
  return r.status ?? 1;
};

if (!existsSync('packages/elements/dist/hk-elements.js') || !existsSync('packages/dataset/dist/sample.json')) {
  const b = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const tsx = ['--conditions=source', '--import', 'tsx'];
let failures = 0;
failures += run([...tsx, 'test/bench/sdk.ts'], 'SDK size and validation (S1–S3)') ? 1 : 0;
failures += run([...tsx, 'packages/server/scripts/load-test.ts'], 'API load on loopback (autocannon, 50 connections)') ? 1 : 0;
failures += run([...tsx, 'test/bench/calendar.ts'], 'Calendar against FullCalendar v7 (C1–C9)') ? 1 : 0;
process.exit(failures ? 1 : 0);
