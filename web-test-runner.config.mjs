// Component tests (`npm run test:browser` → `web-test-runner`): every packages/elements/src/**/*.test.ts
// in headless Chromium, against the REAL Exchange API served from this process.
//
// - Browser: Debian's chromium through @web/test-runner-chrome (puppeteer-core; nothing is ever
//   downloaded). `--no-sandbox` is required as root (pitfall P8).
// - Time zone Asia/Hong_Kong and locale en-US, pinned twice: `TZ`/`LANG` in the browser's
//   environment plus `--lang`, and per page through CDP `Emulation.setTimezoneOverride` /
//   `Emulation.setLocaleOverride` (which wins, and also holds for CHROME_PATH browsers that ignore TZ).
//   packages/elements/src/shared/environment.test.ts asserts both.
// - TypeScript via esbuild with target es2022, so TC39 decorators are transpiled (pitfall P7).
// - Resolution with the `source` and `development` conditions: the SDK is used from its sources
//   (no build needed) and Lit in dev mode (pitfalls P12, P20).
// - `/v1/*` is answered by the server's own `createApp` over the sample dataset (anchor 2026-11-27),
//   imported from TypeScript through tsx; `/test-fixtures/dataset.json` is that dataset as one file.
import { existsSync, readFileSync } from 'node:fs';
import { register as registerHooks } from 'node:module';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register as registerTsx } from 'tsx/esm/api';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { findChrome } from './test/find-chrome.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

export const TIME_ZONE = 'Asia/Hong_Kong';
export const LOCALE = 'en-US';
export const DATASET_ANCHOR = '2026-11-27';

const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--lang=${LOCALE}`,
];

// ---------------------------------------------------------------------------------------------
// The real API, in process

// Node-side imports get the `source` condition too, so @shhk/sdk and @shhk/dataset resolve to their
// TypeScript sources like everywhere else in tests. Registered after tsx, so it runs first.
const SOURCE_CONDITION_HOOK = `export async function resolve(specifier, context, next) {
  const conditions = context.conditions.includes('source') ? context.conditions : [...context.conditions, 'source'];
  return next(specifier, { ...context, conditions });
}`;
let hooksRegistered = false;
let apiPromise;

/** Creates the API app once, on the first request that needs it. */
function api() {
  apiPromise ??= (async () => {
    if (!hooksRegistered) {
      registerTsx();
      registerHooks(`data:text/javascript,${encodeURIComponent(SOURCE_CONDITION_HOOK)}`, pathToFileURL(root));
      hooksRegistered = true;
    }
    const [{ createApp }, { buildSampleDataset }] = await Promise.all([
      import(pathToFileURL(join(root, 'packages/server/src/app.ts')).href),
      import(pathToFileURL(join(root, 'packages/dataset/src/index.ts')).href),
    ]);
    const dataset = buildSampleDataset({ anchor: DATASET_ANCHOR });
    return { app: createApp({ dataset }), datasetJson: JSON.stringify(dataset) };
  })();
  apiPromise.catch(() => {
    apiPromise = undefined; // let the next request retry and report the error again
  });
  return apiPromise;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'upgrade']);

/** Koa middleware: `/v1/*` through the Hono app (Koa request → fetch Request → Koa response). */
async function apiMiddleware(ctx, next) {
  if (ctx.path !== '/v1' && !ctx.path.startsWith('/v1/')) return next();
  let app;
  try {
    ({ app } = await api());
  } catch (error) {
    ctx.status = 500;
    ctx.type = 'text/plain';
    ctx.body = `web-test-runner.config.mjs: could not start the API: ${error?.stack ?? error}`;
    return undefined;
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(ctx.req.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const init = { method: ctx.method, headers };
  if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    init.body = Buffer.concat(chunks);
  }
  const response = await app.fetch(new Request(new URL(ctx.originalUrl, `http://${ctx.host}`), init));
  ctx.status = response.status;
  response.headers.forEach((value, name) => {
    if (!HOP_BY_HOP.has(name)) ctx.set(name, value);
  });
  // Buffer the body: Koa then sets Content-Length, and the dev server's own plugins leave JSON alone.
  ctx.body = ctx.method === 'HEAD' ? null : Buffer.from(await response.arrayBuffer());
  return undefined;
}

const FIXTURES_DIR = join(root, 'test/fixtures');
const FIXTURE_TYPES = { '.json': 'application/json', '.ics': 'text/calendar', '.html': 'text/html', '.txt': 'text/plain' };

/** `/test-fixtures/dataset.json` (the API's dataset as one file) and files from test/fixtures/. */
async function fixturesMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/test-fixtures/')) return next();
  const name = decodeURIComponent(ctx.path.slice('/test-fixtures/'.length));
  if (name === 'dataset.json') {
    ctx.type = 'application/json';
    ctx.body = (await api()).datasetJson;
    return undefined;
  }
  const file = normalize(join(FIXTURES_DIR, name));
  if (!file.startsWith(FIXTURES_DIR + sep) || !existsSync(file)) return next();
  ctx.type = FIXTURE_TYPES[extname(file)] ?? 'application/octet-stream';
  ctx.body = readFileSync(file);
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Reporting

/**
 * Prints one last line, `Browser: N passed, N failed, N skipped` (the plain closing line CI reads), after wtr's own
 * progress output (which otherwise ends with "Finished running tests…"). A file that failed to
 * load or timed out counts as one failure even though it reported no test.
 */
function totalsReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const count = (suite) => {
        if (!suite) return 0;
        let failed = 0;
        for (const test of suite.tests) {
          if (test.skipped) totals.skipped += 1;
          else if (test.passed) totals.passed += 1;
          else failed += 1;
        }
        for (const child of suite.suites) failed += count(child);
        return failed;
      };
      for (const session of sessions) {
        const failed = count(session.testResults);
        totals.failed += failed === 0 && !session.passed ? 1 : failed;
      }
      const line = `Browser: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
      process.once('exit', () => process.stdout.write(`${line}\n`));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Browser

const executablePath = findChrome() ?? '/usr/bin/chromium';

export default {
  rootDir: root,
  files: ['packages/elements/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'development'] },
  concurrency: 1,
  concurrentBrowsers: 1,
  // Static, not dynamic, progress output: wtr's dynamic mode rewrites lines with escape codes (P22).
  staticLogging: true,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 60_000,
  testFramework: { config: { ui: 'bdd', timeout: 10_000 } },
  // summaryReporter alone omits the "N passed, N failed" line (P22); totalsReporter prints it last.
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), totalsReporter()],
  filterBrowserLogs: ({ args }) => !args.some((arg) => typeof arg === 'string' && arg.includes('Lit is in dev mode')),
  middleware: [apiMiddleware, fixturesMiddleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: join(root, 'tsconfig.json') })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROME_FLAGS,
        env: { ...process.env, TZ: TIME_ZONE, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US' },
      },
      async createPage({ context }) {
        const page = await context.newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setTimezoneOverride', { timezoneId: TIME_ZONE });
        await cdp.send('Emulation.setLocaleOverride', { locale: LOCALE });
        return page;
      },
    }),
  ],
};
