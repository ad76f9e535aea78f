#!/usr/bin/env node
// Finds a Chrome/Chromium for the browser tests (the root `pretest`). No test tool may download a
// browser, so this looks at CHROME_PATH and the usual install paths; as root on Debian it installs
// Debian's `chromium` package, elsewhere it says in one line what to install.
//
// Also imported by web-test-runner.config.mjs and test/e2e/harness.ts (`findChrome()`), so every
// launcher uses the same binary.
import { accessSync, constants, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** Paths tried in order after `CHROME_PATH`. */
export const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The path of a usable Chrome/Chromium: `CHROME_PATH` when set (it must exist), else the first
 * installed candidate, else `undefined`.
 */
export function findChrome(env = process.env) {
  if (env.CHROME_PATH) return isExecutable(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  return CHROME_CANDIDATES.find(isExecutable);
}

function installDebianChromium() {
  const options = { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  console.error('find-chrome: no Chrome/Chromium found; installing Debian\'s chromium package (apt-get).');
  const update = spawnSync('apt-get', ['update'], options);
  if (update.status !== 0) return false;
  const install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], options);
  return install.status === 0;
}

function main() {
  let path = findChrome();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!path && !process.env.CHROME_PATH && isRoot && existsSync('/etc/debian_version')) {
    if (installDebianChromium()) path = findChrome();
  }
  if (!path) {
    const reason = process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} is not an executable` : 'no Chrome/Chromium found';
    console.error(`find-chrome: ${reason}: install Chromium (Debian/Ubuntu: apt-get install chromium) or Google Chrome, or set CHROME_PATH to its executable.`);
    process.exit(1);
  }
  console.log(path);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
