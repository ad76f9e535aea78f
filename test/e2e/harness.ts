// End-to-end harness: the REAL server (createApp + @hono/node-server, with the demo's static routes:
// /, /hk-elements.js and its lazy chunks, /elements/, /dataset/, /examples/<name>/) and a headless
// Chromium through puppeteer-core. Nothing is mocked and no browser is downloaded.
//
// Needs `npm run build` first (the drop-in and dataset files), which `npm test` runs before test:node.
import { after, before } from 'node:test';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { buildSampleDataset } from '../../packages/dataset/src/index.js';
import { startServer as startApiServer } from '../../packages/server/src/serve.js';
import { demoRoutes } from '../../packages/server/src/demo.js';
import type { StaticRoute } from '../../packages/server/src/app.js';
import { serveFile } from '../../packages/server/src/static.js';
import { findChrome } from '../find-chrome.mjs';

/** Repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The sample dataset's anchor date, as in the component tests: fixed, so results are reproducible. */
export const DATASET_ANCHOR = '2026-11-27';
export const TIME_ZONE = 'Asia/Hong_Kong';
export const LOCALE = 'en-US';

/** Flags for headless Chromium; `--no-sandbox` is required as root (tooling-facts P8). */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--lang=${LOCALE}`,
];

/** A running server. */
export interface RunningKit {
  /** Origin with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  close(): Promise<void>;
}

/** Files `npm run build` must have produced for the pages to work. */
export const BUILD_OUTPUTS = ['packages/elements/dist/hk-elements.js', 'packages/sdk/dist/index.js'];

/** Throws a clear error when the build outputs the e2e tests need are missing. */
export function assertBuilt(): void {
  const missing = BUILD_OUTPUTS.filter((file) => !existsSync(join(ROOT, file)));
  if (missing.length) throw new Error(`e2e: missing ${missing.join(', ')}: run \`npm run build\` first`);
}

// The drop-in's lazy chunks (hk-elements-<name>-<hash>.js) load relative to /hk-elements.js, i.e.
// from the site root; serve them there unless the demo routes already do.
function dropInChunkRoutes(): StaticRoute[] {
  const dist = join(ROOT, 'packages/elements/dist');
  if (!existsSync(dist)) return [];
  return readdirSync(dist)
    .filter((name) => /^hk-elements-.+\.js$/.test(name))
    .map((name) => serveFile(`/${name}`, join(dist, name)));
}

/**
 * Starts the real Exchange API on 127.0.0.1 with a free port, over the sample dataset, serving the
 * demo's pages and files.
 *
 * @example
 * ```ts
 * const kit = await startServer();
 * const res = await fetch(new URL('v1/events?limit=3', kit.url));
 * await kit.close();
 * ```
 */
export async function startServer(options: { anchor?: string } = {}): Promise<RunningKit> {
  const dataset = buildSampleDataset({ anchor: options.anchor ?? DATASET_ANCHOR });
  const routes = demoRoutes(ROOT);
  const taken = new Set(routes.map((r) => r.path));
  const running = await startApiServer({
    dataset,
    port: 0,
    host: '127.0.0.1',
    staticRoutes: [...routes, ...dropInChunkRoutes().filter((r) => !taken.has(r.path))],
    onError: (error, request) => process.stderr.write(`[e2e server] ${request.method} ${request.url}: ${String((error as Error)?.stack ?? error)}\n`),
  });
  return { url: running.url, close: () => running.close(500) };
}

/**
 * Launches headless Chromium (CHROME_PATH, else /usr/bin/chromium and the usual paths) with the
 * kit's flags, in Asia/Hong_Kong time.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('e2e: no Chrome/Chromium found; run `node test/find-chrome.mjs` for what to install');
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: CHROME_FLAGS,
    env: { ...process.env, TZ: TIME_ZONE, LANG: 'en_US.UTF-8' },
  });
}

/** Problems a page reported: uncaught errors, console errors and failed requests. */
export interface PageProblems {
  errors: string[];
}

/**
 * Opens a page with the zone and locale pinned, collecting uncaught exceptions, console errors and
 * failed (4xx/5xx or aborted) requests into `problems.errors`.
 */
export async function openPage(browser: Browser): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser.newPage();
  await page.emulateTimezone(TIME_ZONE);
  const problems: PageProblems = { errors: [] };
  page.on('pageerror', (error) => problems.errors.push(`pageerror: ${(error as Error).message ?? String(error)}`));
  page.on('console', (message) => {
    // The browser's own "Failed to load resource" line duplicates the HTTP entry below.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.errors.push(`console.error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico') problems.errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, problems };
}

/**
 * For a `describe` block: starts the kit's server and a browser before its tests and stops both after.
 * Read `kit` and `browser` inside the tests (they are set once `before` has run).
 *
 * @example
 * ```ts
 * describe('e2e: a page', () => {
 *   const env = useKit();
 *   it('opens', async () => { const { page } = await openPage(env.browser); await page.goto(env.kit.url); });
 * });
 * ```
 */
export function useKit(): { readonly kit: RunningKit; readonly browser: Browser } {
  const env = {} as { kit: RunningKit; browser: Browser };
  before(async () => {
    assertBuilt();
    env.kit = await startServer();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.kit?.close();
  });
  return env;
}
