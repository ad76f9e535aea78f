// Screenshots of <hk-event-calendar> for a human (or a model) to look at: every view at 320 px and
// 1200 px, in zh-Hans, zh-Hant-HK and en, light and dark, plus the details dialog. Uses the real
// server and the built drop-in through examples/university/, so run `npm run build` first.
//
//   node test/visual/screenshots.mjs [--only=month,dialog] [--width=320]
//
// Output: test/screenshots/<view>-<locale>-<theme>-<width>.png (git-ignored).
import { mkdirSync } from 'node:fs';
import { register as registerHooks } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register as registerTsx } from 'tsx/esm/api';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = fileURLToPath(new URL('../screenshots/', import.meta.url));

// The harness is TypeScript importing workspace sources: load it through tsx with the `source`
// condition, as web-test-runner.config.mjs does.
registerTsx();
registerHooks(
  `data:text/javascript,${encodeURIComponent(`export async function resolve(s, c, next) {
    const conditions = c.conditions.includes('source') ? c.conditions : [...c.conditions, 'source'];
    return next(s, { ...c, conditions });
  }`)}`,
  pathToFileURL(root),
);
const { startServer, launchBrowser, assertBuilt } = await import('../e2e/harness.ts');

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const VIEWS = (args.only ?? 'month,week,list,details,upcoming,dialog').split(',');
const WIDTHS = (args.width ?? '320,1200').split(',').map(Number);
const LOCALES = (args.locale ?? 'zh-Hans,zh-Hant-HK,en').split(',');
const THEMES = (args.theme ?? 'light,dark').split(',');
const DATE = args.date ?? '2026-11-27';

assertBuilt();
mkdirSync(out, { recursive: true });
const kit = await startServer();
const browser = await launchBrowser();
const problems = [];
let count = 0;

try {
  for (const width of WIDTHS) {
    for (const locale of LOCALES) {
      for (const theme of THEMES) {
        for (const view of VIEWS) {
          const page = await browser.newPage();
          page.on('pageerror', (e) => problems.push(`${view}/${locale}/${theme}/${width}: ${e.message}`));
          await page.emulateTimezone('Asia/Hong_Kong');
          await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
          const upcoming = view === 'upcoming';
          const url = new URL(upcoming ? 'examples/university/' : 'examples/university/calendar.html', kit.url);
          if (locale !== 'en') url.searchParams.set('lang', locale);
          if (!upcoming) {
            url.searchParams.set('hk-date', DATE);
            // Narrow, the month shows as the agenda (whose details are a disclosure): the dialog is shown from the week.
            url.searchParams.set('hk-view', view === 'list' || view === 'details' ? 'agenda' : view === 'dialog' ? (width <= 480 ? 'week' : 'month') : view);
          }
          await page.goto(url.href, { waitUntil: 'networkidle0' });
          if (theme === 'dark') await page.select('#theme', 'dark');
          await page.waitForFunction(
            () => document.querySelector('hk-event-calendar')?.shadowRoot?.querySelector('[part="body"]')?.getAttribute('aria-busy') === 'false',
            { timeout: 15_000 },
          );
          if (view === 'dialog') {
            // The first event of the month, from its chip (wide) or its list entry (narrow).
            const handle = await page.waitForSelector('hk-event-calendar >>> [part~="event"][data-key]');
            await handle.click();
            await page.waitForFunction(() => document.querySelector('hk-event-calendar')?.shadowRoot?.querySelector('dialog')?.open === true);
          }
          if (view === 'details') {
            const handle = await page.waitForSelector('hk-event-calendar >>> .agenda [aria-expanded][data-key]');
            await handle.click();
            await page.waitForSelector('hk-event-calendar >>> [part="agenda-details"]');
          }
          await new Promise((r) => setTimeout(r, 250));
          const file = `${out}${view}-${locale}-${theme}-${width}.png`;
          if (view === 'dialog') {
            await page.screenshot({ path: file });
          } else {
            const el = await page.$('hk-event-calendar');
            await el.screenshot({ path: file });
          }
          count++;
          await page.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  await kit.close();
}
process.stdout.write(`${count} screenshots in ${out}\n`);
if (problems.length) {
  process.stderr.write(`Page errors:\n${problems.join('\n')}\n`);
  process.exitCode = 1;
}
