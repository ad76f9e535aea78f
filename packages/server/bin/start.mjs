#!/usr/bin/env node
// `npm start`: builds whatever is missing (once), then serves the whole kit on localhost: the API at /v1,
// the drop-in bundle at /hk-elements.js, the dataset at /dataset/sample.json, the examples at
// /examples/<name>/ and an index page at /.
// Environment: PORT (8080), HOST (127.0.0.1), DATA_DIR, SHHK_SKIP_BUILD=1 to never build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { importEntry } from './run-entry.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Outputs `npm run build` produces that the demo serves or needs. */
const OUTPUTS = [
  'packages/sdk/dist/index.js',
  'packages/dataset/dist/data/events.json',
  'packages/dataset/dist/sample.json',
  'packages/elements/dist/hk-elements.js',
];

const missing = () => OUTPUTS.filter((file) => !existsSync(join(root, file)));

let absent = missing();
if (absent.length > 0 && process.env.SHHK_SKIP_BUILD !== '1') {
  process.stdout.write(`Building first (missing: ${absent.join(', ')})…\n`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    process.stderr.write(`npm run build failed (${build.error?.message ?? `exit code ${build.status}`}); starting with what exists.\n`);
  }
  absent = missing();
}
if (absent.length > 0) process.stderr.write(`Warning: still missing ${absent.join(', ')}\n`);

const { main } = await importEntry('demo');
const code = await main(root, process.env);
if (code !== 0) process.exitCode = code;
