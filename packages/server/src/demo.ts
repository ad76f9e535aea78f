import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { StaticRoute } from './app.js';
import { loadDatasetFromDir } from './load.js';
import { closeOnSignals, logError, startServer, type RunningServer } from './serve.js';
import { serveDir, serveFile, servePage } from './static.js';

// The local demo behind `npm start`: the API plus the drop-in bundle, the dataset file, every example
// page and an index page linking them, on one origin.

/** One folder under `examples/`. */
export interface ExampleInfo {
  name: string;
  /** Whether it has an `index.html` to open in a browser. */
  page: boolean;
  title: string;
  description?: string;
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** Lists `examples/*` folders, reading each page's `<title>` and meta description. */
export function findExamples(examplesDir: string): ExampleInfo[] {
  if (!existsSync(examplesDir)) return [];
  return readdirSync(examplesDir)
    .filter((name) => !name.startsWith('.') && !name.startsWith('_') && statSync(join(examplesDir, name)).isDirectory())
    .sort()
    .map((name) => {
      const index = join(examplesDir, name, 'index.html');
      if (!existsSync(index)) return { name, page: false, title: name };
      const html = readFileSync(index, 'utf8');
      const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]?.trim() || name;
      const description = /<meta\s+name=["']description["']\s+content=["']([^"']*)["']/i.exec(html)?.[1]?.trim();
      return { name, page: true, title, ...(description ? { description } : {}) };
    });
}

const ENDPOINTS: readonly (readonly [path: string, zhHans: string, zhHant: string, en: string])[] = [
  ['/v1/events?limit=20', '活动', '活動', 'Events'],
  ['/v1/events?kind=forum&region=shanghai', '上海的论坛', '上海的論壇', 'Forums in Shanghai'],
  ['/v1/events.ics', '活动日历订阅（iCalendar）', '活動日曆訂閱（iCalendar）', 'Event calendar feed (iCalendar)'],
  ['/v1/incubators?q=生物', '孵化器：搜索“生物”', '孵化器：搜尋「生物」', 'Incubators matching “生物”'],
  ['/v1/incubators?near=31.2304,121.4737&limit=5', '离人民广场最近的孵化器', '離人民廣場最近的孵化器', 'Incubators nearest People’s Square'],
  ['/v1/organizations', '机构', '機構', 'Organisations'],
  ['/v1/policies', '政策与补贴', '政策與資助', 'Policies and subsidies'],
  ['/v1/programs', '项目', '計劃', 'Programmes'],
  ['/v1/talents', '人才', '人才', 'Talents'],
  ['/v1/holidays', '公众假期', '公眾假期', 'Public holidays'],
  ['/v1/districts', '行政区', '地區', 'Districts'],
  ['/v1/openapi.json', 'OpenAPI 3.1 文档', 'OpenAPI 3.1 文件', 'OpenAPI 3.1 document'],
  ['/healthz', '健康检查', '健康檢查', 'Health check'],
];

const tri = (zhHans: string, zhHant: string, en: string): string =>
  `<span lang="zh-Hans">${escapeHtml(zhHans)}</span> <span class="sep" aria-hidden="true">·</span> <span lang="zh-Hant-HK">${escapeHtml(zhHant)}</span> <span class="sep" aria-hidden="true">·</span> <span lang="en">${escapeHtml(en)}</span>`;

/** The demo's index page: every example and the API endpoints, labelled in the three locales. */
export function indexPage(examples: readonly ExampleInfo[], options: { bundle: boolean; dataset: boolean }): string {
  const pages = examples.filter((e) => e.page);
  const others = examples.filter((e) => !e.page);
  const exampleItems = pages.length
    ? pages
        .map((e) => `<li><a href="/examples/${encodeURIComponent(e.name)}/"><strong>${escapeHtml(e.title)}</strong></a> <code>examples/${escapeHtml(e.name)}</code>${e.description ? `<br><small>${escapeHtml(e.description)}</small>` : ''}</li>`)
        .join('\n')
    : `<li>${tri('暂无示例页面', '暫無示例頁面', 'No example pages yet')}</li>`;
  const otherItems = others
    .map((e) => `<li><code>examples/${escapeHtml(e.name)}</code> — ${tri('Node.js 示例，见其 README', 'Node.js 示例，見其 README', 'Node.js example, see its README')}</li>`)
    .join('\n');
  const endpointItems = ENDPOINTS.map(([path, a, b, c]) => `<li><a href="${escapeHtml(path)}"><code>GET ${escapeHtml(path)}</code></a> ${tri(a, b, c)}</li>`).join('\n');
  const files = [
    options.bundle ? `<li><a href="/hk-elements.js"><code>/hk-elements.js</code></a> ${tri('组件包（一行脚本引入）', '組件包（一行腳本引入）', 'Drop-in bundle (one script tag)')}</li>` : `<li><code>/hk-elements.js</code> — ${tri('尚未构建（npm run build）', '尚未建置（npm run build）', 'not built yet (npm run build)')}</li>`,
    options.dataset ? `<li><a href="/dataset/sample.json"><code>/dataset/sample.json</code></a> ${tri('离线数据集', '離線數據集', 'Offline dataset')}</li>` : '',
  ].join('\n');
  return `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>沪港交流工具包 · 滬港交流工具包 · Shanghai–Hong Kong Exchange Kit</title>
<style>
  :root { color-scheme: light dark; --text: light-dark(#1a1d21, #e8eaed); --muted: light-dark(#545b64, #a9b1bb); --surface: light-dark(#fff, #16181c); --surface-2: light-dark(#f4f5f7, #1f232a); --primary: light-dark(#0b5cad, #7cb8ff); }
  body { margin: 0; font: 16px/1.6 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: var(--text); background: var(--surface); }
  :lang(zh-Hant-HK) { font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang HK", "PingFang TC", "Microsoft JhengHei", "Noto Sans CJK HK", "Noto Sans CJK TC", sans-serif; }
  main { max-width: 52em; margin: 0 auto; padding: 2em 1.25em 3em; }
  h1 { font-size: 1.5em; line-height: 1.3; margin: 0 0 .25em; }
  h2 { font-size: 1.125em; margin: 2em 0 .5em; padding-bottom: .25em; border-bottom: 1px solid var(--surface-2); }
  p.lead, small, .sep { color: var(--muted); }
  ul { padding-left: 1.25em; }
  li { margin: .4em 0; }
  a { color: var(--primary); }
  code { font: .875em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--surface-2); padding: .1em .35em; border-radius: .375em; }
  a:focus-visible { outline: 3px solid #1a1d21; outline-offset: 2px; box-shadow: 0 0 0 5px #ffd400; }
</style>
</head>
<body>
<main>
<h1>${tri('沪港交流工具包', '滬港交流工具包', 'Shanghai–Hong Kong Exchange Kit')}</h1>
<p class="lead">${tri('本地演示：参考 API、组件与示例页面', '本地示範：參考 API、組件及示例頁面', 'Local demo: reference API, components and example pages')}</p>
<h2>${tri('示例页面', '示例頁面', 'Example pages')}</h2>
<ul>
${exampleItems}
${otherItems}
</ul>
<h2>${tri('交流 API（/v1）', '交流 API（/v1）', 'Exchange API (/v1)')}</h2>
<ul>
${endpointItems}
</ul>
<h2>${tri('文件', '檔案', 'Files')}</h2>
<ul>
${files}
</ul>
</main>
</body>
</html>
`;
}

/** Options of {@link startDemo}. */
export interface DemoOptions {
  /** Repository root. */
  root: string;
  port?: number;
  host?: string;
  /** Directory with `<resource>.json`. @default `<root>/packages/dataset/dist/data` */
  dataDir?: string;
}

/** The static routes of the demo, for a repository root. */
export function demoRoutes(root: string): StaticRoute[] {
  const elementsDist = join(root, 'packages/elements/dist');
  const datasetDist = join(root, 'packages/dataset/dist');
  const examplesDir = join(root, 'examples');
  const examples = findExamples(examplesDir);
  return [
    servePage('/', indexPage(examples, { bundle: existsSync(join(elementsDist, 'hk-elements.js')), dataset: existsSync(join(datasetDist, 'sample.json')) })),
    serveFile('/hk-elements.js', join(elementsDist, 'hk-elements.js')),
    // The drop-in imports its lazy chunks relative to itself, so they must sit beside it at the root too.
    ...dropInChunks(elementsDist).map((name) => serveFile(`/${name}`, join(elementsDist, name))),
    serveDir('/elements/', elementsDist),
    serveDir('/dataset/', datasetDist),
    serveDir('/sdk/', join(root, 'packages/sdk/dist')),
    serveDir('/examples/', examplesDir),
  ];
}

/** Starts the API with the demo's static routes. */
export async function startDemo(options: DemoOptions): Promise<RunningServer> {
  const root = resolve(options.root);
  const dataset = await loadDatasetFromDir(options.dataDir ?? join(root, 'packages/dataset/dist/data'));
  return startServer({
    dataset,
    port: options.port ?? 8080,
    host: options.host ?? '127.0.0.1',
    staticRoutes: demoRoutes(root),
    onError: logError,
  });
}

/** `npm start` after the build check: serves the demo and prints its URL. Returns an exit code on failure. */
export async function main(root: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const rawPort = env.PORT?.trim() || '8080';
  if (!/^\d+$/.test(rawPort) || Number(rawPort) > 65535) {
    process.stderr.write(`PORT must be an integer from 0 to 65535, got "${rawPort}"\n`);
    return 1;
  }
  let running: RunningServer;
  try {
    running = await startDemo({
      root,
      port: Number(rawPort),
      host: env.HOST?.trim() || '127.0.0.1',
      ...(env.DATA_DIR?.trim() ? { dataDir: resolve(env.DATA_DIR.trim()) } : {}),
    });
  } catch (error) {
    process.stderr.write(`Exchange Kit could not start: ${(error as Error).message}\n`);
    return 1;
  }
  const shown = running.host === '127.0.0.1' || running.host === '::1' || running.host === '0.0.0.0' ? `http://localhost:${running.port}/` : running.url;
  process.stdout.write(`Exchange Kit running at ${shown}\n`);
  closeOnSignals(running, (line) => process.stdout.write(`${line}\n`));
  return 0;
}

/** The drop-in's lazily loaded chunks (`hk-elements-<name>-<hash>.js`) present in the build output. */
function dropInChunks(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => /^hk-elements-[\w-]+\.js$/.test(name));
  } catch {
    return [];
  }
}
