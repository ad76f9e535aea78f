#!/usr/bin/env node
// Runs every Node test (`npm run test:node`): packages/*/test/**/*.test.ts and test/**/*.test.ts
// except the benchmarks. Node 20's `--test` takes no globs, so the files are listed here.
//
//   node test/run-node-tests.mjs                 # all
//   node test/run-node-tests.mjs sdk e2e/index   # only files whose path contains one of the words
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SKIP_DIRS = new Set(['node_modules', 'dist', 'coverage', '.cache', 'fixtures']);
const EXCLUDED = [join('test', 'bench') + sep];

function walk(dir, out) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!SKIP_DIRS.has(name)) walk(path, out);
    } else if (name.endsWith('.test.ts')) {
      out.push(relative(root, path));
    }
  }
  return out;
}

const files = [];
for (const pkg of readdirSync(join(root, 'packages'))) walk(join(root, 'packages', pkg, 'test'), files);
walk(join(root, 'test'), files);

const filters = process.argv.slice(2);
const selected = files
  .filter((file) => !EXCLUDED.some((prefix) => file.startsWith(prefix)))
  .filter((file) => filters.length === 0 || filters.some((word) => file.includes(word)))
  .sort();

if (selected.length === 0) {
  console.error(`run-node-tests: no *.test.ts files found${filters.length ? ` matching ${filters.join(', ')}` : ''}.`);
  process.exit(1);
}

const args = ['--conditions=source', '--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...selected];
const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
child.on('exit', (code, signal) => {
  if (signal) {
    console.error(`run-node-tests: node --test was killed by ${signal}`);
    process.exit(1);
  }
  process.exit(code ?? 1);
});
