// Calendar benchmarks (goals C1, C3–C9 of shared/docs/performance-goals.md): <hk-event-calendar> and
// FullCalendar v7 measured side by side in the same run, each sample in a fresh browser context.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { gzipBytes, kib, median, printRows, verdict, type Row } from './lib.js';
import { calendarSizes } from '../size/bundle.js';

const ROOT = process.cwd();
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 7); // median of 7, as the anchors in shared/docs/performance-goals.md
const DROP_IN = join(ROOT, 'packages/elements/dist/hk-elements.js');
if (!existsSync(DROP_IN)) throw new Error('Build first: npm run build (packages/elements/dist/hk-elements.js is missing)');

// --- FullCalendar v7 bundle (benchmark-only dev dependency) and its CSS.
const fc = await build({ entryPoints: [join(ROOT, 'test/bench/fullcalendar-entry.js')], bundle: true, minify: true, format: 'iife', write: false, logLevel: 'error' });
const fcJs = fc.outputFiles[0]!.text;
// The naive Lit grid of performance-goals.md (the floor the goals were set from), bundled the same way.
const litMonth = await build({ entryPoints: [join(ROOT, 'test/bench/lit-month.js')], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'error' });
const litMonthJs = litMonth.outputFiles[0]!.text;
const fcCss = (await Promise.all(['skeleton.css', 'themes/classic/theme.css', 'themes/classic/palette.css'].map((f) => readFile(join(ROOT, 'node_modules/fullcalendar', f), 'utf8')))).join('\n');

// --- C1: sizes of what ships, bundled as the drop-in is (test/size/bundle.ts: rollup + terser + the
// css`` minifier, from the built package), counting only what loads up front: the ICS reader with
// ical.js, the 简/繁 search and the offline engine are lazy chunks.
const sizes = await calendarSizes(ROOT);
const own = { gzip: gzipBytes(sizes.own.upFront) };
const whole = { gzip: gzipBytes(sizes.whole.upFront) };
const fcGzip = gzipBytes(fcJs) + gzipBytes(fcCss);
const sizeRows: Row[] = [
  { goal: 'C1', metric: 'calendar own code (Lit, CSS, views; no SDK) min+gzip', value: `${kib(own.gzip)} KiB`, baseline: `FC v7 JS+CSS ${kib(fcGzip)} KiB`, ratio: (own.gzip / fcGzip).toFixed(2), target: '≤ 17 KiB', verdict: verdict(own.gzip <= 17 * 1024) },
  { goal: 'C1', metric: 'calendar self-contained (with SDK) min+gzip', value: `${kib(whole.gzip)} KiB`, baseline: `FC v7 JS+CSS ${kib(fcGzip)} KiB`, ratio: (whole.gzip / fcGzip).toFixed(2), target: '≤ 30 KiB', verdict: verdict(whole.gzip <= 30 * 1024) },
];
// ical.js-specific text (also used by test/size), looked for in the code only: the drop-in's banner
// comment names ical.js in its licence notice.
const ICAL_SENTINELS = ['must be an instance of ICAL.Time', 'cannot accept both end and duration', 'Missing parameter value in'];
const dropInCode = (await readFile(DROP_IN, 'utf8')).replace(/^\/\*![\s\S]*?\*\/\s*/, '');
const icalInMain = ICAL_SENTINELS.some((s) => dropInCode.includes(s));
sizeRows.push({ goal: 'C2', metric: 'ical.js in the main drop-in chunk (loaded lazily otherwise)', value: icalInMain ? 'yes' : 'no', target: 'no', verdict: verdict(!icalInMain) });

// --- A loopback server for the page, the drop-in (and its lazy chunks) and FullCalendar.
const PAGE = `<!doctype html><meta charset="utf-8"><style>#host{width:1200px}</style><style>${fcCss}</style>
<div id="host"></div><script src="/fc.js"></script><script type="module">import '/elements/hk-elements.js'; import '/lit-month.js'; import '/calendar-page.js'; window.benchReady = true;</script>`;
const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const send = (body: string | Buffer, type: string) => { res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }); res.end(body); };
  if (url.pathname === '/') return send(PAGE, 'text/html; charset=utf-8');
  if (url.pathname === '/fc.js') return send(fcJs, 'text/javascript');
  if (url.pathname === '/lit-month.js') return send(litMonthJs, 'text/javascript');
  if (url.pathname === '/calendar-page.js') return send(await readFile(join(ROOT, 'test/bench/calendar-page.js')), 'text/javascript');
  if (url.pathname.startsWith('/elements/')) {
    const file = normalize(join(ROOT, 'packages/elements/dist', url.pathname.slice('/elements/'.length)));
    if (file.startsWith(join(ROOT, 'packages/elements/dist')) && existsSync(file) && extname(file) === '.js') return send(await readFile(file), 'text/javascript');
  }
  res.writeHead(404).end();
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
    '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});

interface Sample { first: number; switchMs?: number; laterSwitchMs?: number; dom: number; heapMb: number }
async function sample(impl: 'ours' | 'fc' | 'litMonth', opts: Record<string, unknown>): Promise<Sample> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.emulateTimezone('Asia/Hong_Kong');
    await page.goto(base);
    await page.waitForFunction('window.benchReady === true && !!window.bench && !!customElements.get("hk-event-calendar")');
    return (await page.evaluate((i, o) => (window as unknown as { bench: Record<string, (o: unknown) => Promise<Sample>> }).bench[i]!(o), impl, opts)) as Sample;
  } finally {
    await context.close();
  }
}
const summarize = (runs: Sample[]) => ({
  first: median(runs.map((r) => r.first)),
  switchMs: runs[0]!.switchMs === undefined ? undefined : median(runs.map((r) => r.switchMs!)),
  laterSwitchMs: runs[0]!.laterSwitchMs === undefined ? undefined : median(runs.map((r) => r.laterSwitchMs!)),
  dom: Math.max(...runs.map((r) => r.dom)),
  heapMb: median(runs.map((r) => r.heapMb)),
});
// Ours and FullCalendar alternate sample by sample, so a change in the machine's load (it varies a
// lot on 2 shared cores) falls on both sides of a ratio rather than on one.
async function measure(opts: Record<string, unknown>, withFloor = false) {
  const ours: Sample[] = [];
  const fc: Sample[] = [];
  const floor: Sample[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    ours.push(await sample('ours', opts));
    fc.push(await sample('fc', opts));
    if (withFloor) floor.push(await sample('litMonth', opts));
  }
  return { ours: summarize(ours), fc: summarize(fc), floor: withFloor ? summarize(floor) : undefined };
}
// The naive grid as a row of its own: how many times the floor the product's month view costs. The
// goals were set as "about 2× the prototype's time" (performance-goals.md), so this reads the C3/C4
// goals against the floor measured on the same machine in the same run.
const floorRow = (goal: string, count: number, r: Awaited<ReturnType<typeof measure>>): Row => ({
  goal, metric: `month, ${count.toLocaleString('en')} events: naive Lit grid (no a11y, bars, zones, theming)`, value: ms(r.floor!.first),
  baseline: `ours ${ms(r.ours.first)}`, ratio: `ours ${(r.ours.first / r.floor!.first).toFixed(1)}×`, target: '~2× (guide)', verdict: 'info',
});

const rows: Row[] = [];
const ms = (n: number) => `${n.toFixed(0)} ms`;
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(0)}%`;

const m10k = await measure({ count: 10_000, spread: 'month', view: 'month' }, true);
rows.push({ goal: 'C3', metric: 'month, 10,000 events in one month: create → frame end', value: ms(m10k.ours.first), baseline: `FC v7 dayMaxEvents ${ms(m10k.fc.first)}`, ratio: pct(m10k.ours.first, m10k.fc.first), target: '≤ 100 ms and ≤ 10%', verdict: verdict(m10k.ours.first <= 100 && m10k.ours.first <= 0.1 * m10k.fc.first) });
rows.push(floorRow('C3', 10_000, m10k));
for (const count of [1000, 100]) {
  const r = await measure({ count, spread: 'month', view: 'month' }, true);
  const limit = count === 1000 ? 60 : 50;
  rows.push({ goal: 'C4', metric: `month, ${count.toLocaleString('en')} events`, value: ms(r.ours.first), baseline: `FC v7 dayMaxEvents ${ms(r.fc.first)}`, ratio: pct(r.ours.first, r.fc.first), target: `≤ ${limit} ms`, verdict: verdict(r.ours.first <= limit) });
  rows.push(floorRow('C4', count, r));
}
const sw = await measure({ count: 10_000, spread: 'year', view: 'month', next: true });
rows.push({ goal: 'C5', metric: 'month switch (next), 10,000 events over the year', value: ms(sw.ours.switchMs!), baseline: `FC v7 dayMaxEvents ${ms(sw.fc.switchMs!)}`, ratio: pct(sw.ours.switchMs!, sw.fc.switchMs!), target: '≤ 33 ms', verdict: verdict(sw.ours.switchMs! <= 33) });
// The same switch again half a second later (see `pause` in calendar-page.js): the cost of the
// interaction itself, without the first frame's rasterisation still running. For reading, not a verdict.
const later = (goal: string, what: string, r: Awaited<ReturnType<typeof measure>>, fc: string): Row => ({
  goal, metric: `${what}, once the first frame is painted (0.5 s later)`, value: ms(r.ours.laterSwitchMs!), baseline: `${fc} ${ms(r.fc.laterSwitchMs!)}`,
  ratio: pct(r.ours.laterSwitchMs!, r.fc.laterSwitchMs!), target: '≤ 33 ms', verdict: 'info',
});
rows.push(later('C5', 'month switch (next)', sw, 'FC v7 dayMaxEvents'));
rows.push({ goal: 'C6', metric: 'month view DOM elements, 10,000 events', value: String(m10k.ours.dom), baseline: `FC v7 dayMaxEvents ${m10k.fc.dom}`, ratio: pct(m10k.ours.dom, m10k.fc.dom), target: '≤ 600', verdict: verdict(m10k.ours.dom <= 600) });
rows.push({ goal: 'C7', metric: 'retained heap, 10,000 events (month view)', value: `${m10k.ours.heapMb.toFixed(1)} MB`, baseline: `FC v7 dayMaxEvents ${m10k.fc.heapMb.toFixed(1)} MB`, ratio: pct(m10k.ours.heapMb, m10k.fc.heapMb), target: '≤ 4 MB', verdict: verdict(m10k.ours.heapMb <= 4) });
for (const count of [1000, 10_000]) {
  const r = await measure({ count, spread: 'month', view: 'list' });
  rows.push({ goal: 'C8', metric: `list view, ${count.toLocaleString('en')} events`, value: ms(r.ours.first), baseline: `FC v7 listMonth ${ms(r.fc.first)}`, ratio: pct(r.ours.first, r.fc.first), target: '≤ 120 ms', verdict: verdict(r.ours.first <= 120) });
}
const wk = await measure({ count: 1000, spread: 'month', view: 'week', date: '2026-03-09', next: true });
rows.push({ goal: 'C9', metric: 'week view, 1,000 events/month: first render', value: ms(wk.ours.first), baseline: `FC v7 timeGridWeek ${ms(wk.fc.first)}`, ratio: pct(wk.ours.first, wk.fc.first), target: '≤ 100 ms', verdict: verdict(wk.ours.first <= 100) });
rows.push({ goal: 'C9', metric: 'week view, 1,000 events/month: next week', value: ms(wk.ours.switchMs!), baseline: `FC v7 timeGridWeek ${ms(wk.fc.switchMs!)}`, ratio: pct(wk.ours.switchMs!, wk.fc.switchMs!), target: '≤ 33 ms', verdict: verdict(wk.ours.switchMs! <= 33) });
rows.push(later('C9', 'week view: next week', wk, 'FC v7 timeGridWeek'));

await browser.close();
server.close();
printRows(`Calendar: sizes (min+gzip)`, sizeRows);
printRows(`Calendar: <hk-event-calendar> vs FullCalendar v7, median of ${SAMPLES} cold samples, 1200 px, Asia/Hong_Kong`, rows);
