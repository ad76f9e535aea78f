// Size budgets are tests (house-style 25, performance-goals S1): gzip -9 ceilings on what ships, and
// a list of code that must never appear in a bundle. Raise a ceiling only in the commit that needs it.
// Reads `npm run build` outputs; prints every number it checks.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup, type Plugin } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const KiB = 1024;

/** Ceilings in bytes of gzip -9 output. */
export const BUDGETS = {
  /** hk-elements.js plus any chunk it imports statically: what one script tag costs up front. */
  dropIn: 60 * KiB,
  /** `createClient` with the schemas of every endpoint, ky and zod/mini inlined (goal S1). */
  sdkCore: 16 * KiB,
};

/** Text that must not be in any bundle: zod's locale messages (never loaded; errors stay in code). */
const ZOD_LOCALE_SENTINELS = [
  ['en', 'Invalid input: expected'],
  ['de', 'Ungültige Eingabe'],
  ['fr', 'Entrée invalide'],
  ['zh-CN', '无效输入：期望'],
  ['zh-TW', '無效的輸入值'],
] as const;

/** Text only ical.js contains: it must stay in a lazy chunk, loaded when an ICS source is configured. */
const ICAL_SENTINELS = ['must be an instance of ICAL.Time', 'cannot accept both end and duration', 'Missing parameter value in'];

const gzip = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;
const kib = (bytes: number): string => `${(bytes / KiB).toFixed(1)} KiB`;
const report = (name: string, bytes: number, gz: number, budget?: number): void => {
  console.log(`size: ${name.padEnd(56)} ${kib(bytes).padStart(10)} min  ${kib(gz).padStart(9)} gzip${budget ? `  (budget ${kib(budget)})` : ''}`);
};

const elementsDist = join(ROOT, 'packages/elements/dist');
const dropInPath = join(elementsDist, 'hk-elements.js');

function requireBuilt(path: string): void {
  assert.ok(existsSync(path), `${path.slice(ROOT.length)} is missing: run \`npm run build\` first`);
}

/** The drop-in entry and every chunk it imports statically (lazy `import()` chunks excluded). */
function dropInUpFront(): { files: string[]; code: string } {
  const files: string[] = [];
  const visit = (file: string): void => {
    if (files.includes(file)) return;
    files.push(file);
    const code = readFileSync(join(elementsDist, file), 'utf8');
    // Static imports in minified ESM: `import"./x.js"`, `import{a}from"./x.js"`, `export{a}from"./x.js"`.
    for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+)["']/g)) visit(match[1]!);
  };
  visit('hk-elements.js');
  return { files, code: files.map((f) => readFileSync(join(elementsDist, f), 'utf8')).join('\n') };
}

/**
 * Bundles `source` (an ESM module text) for the browser, minified, with every dependency inlined.
 * `upFront` is the entry chunk plus its static imports; `all` adds lazily imported chunks.
 */
async function bundle(source: string): Promise<{ upFront: string; all: string }> {
  const virtual: Plugin = {
    name: 'virtual-entry',
    resolveId: (id) => (id === '\0entry' ? id : null),
    load: (id) => (id === '\0entry' ? source : null),
  };
  const build = await rollup({
    input: '\0entry',
    plugins: [virtual, nodeResolve({ browser: true, rootDir: ROOT }), terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } })],
    onwarn: () => undefined,
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const chunks = new Map(output.flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])));
  const upFront = new Set<string>();
  const visit = (name: string): void => {
    if (upFront.has(name)) return;
    upFront.add(name);
    for (const dep of chunks.get(name)?.imports ?? []) visit(dep);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  return {
    upFront: [...upFront].map((name) => chunks.get(name)!.code).join('\n'),
    all: [...chunks.values()].map((chunk) => chunk.code).join('\n'),
  };
}

describe('size budgets', () => {
  it(`keeps the drop-in's up-front code within ${kib(BUDGETS.dropIn)} gzip`, () => {
    requireBuilt(dropInPath);
    const { files, code } = dropInUpFront();
    for (const file of files) {
      const text = readFileSync(join(elementsDist, file));
      report(`drop-in ${file}`, text.length, gzip(text));
    }
    const lazy = readdirSync(elementsDist).filter((f) => /^hk-elements-.+\.js$/.test(f) && !files.includes(f));
    for (const file of lazy) {
      const text = readFileSync(join(elementsDist, file));
      report(`drop-in ${file} (lazy)`, text.length, gzip(text));
    }
    const total = gzip(code);
    report('drop-in up front (entry + static chunks)', Buffer.byteLength(code), total, BUDGETS.dropIn);
    assert.ok(total <= BUDGETS.dropIn, `drop-in up front is ${kib(total)} gzip, over the ${kib(BUDGETS.dropIn)} budget`);
  });

  it(`keeps the SDK core (createClient + every endpoint schema) within ${kib(BUDGETS.sdkCore)} gzip`, async () => {
    requireBuilt(join(ROOT, 'packages/sdk/dist/index.js'));
    const core = (await bundle(`export { createClient } from '@shhk/sdk';`)).upFront;
    const full = (await bundle(`export * from '@shhk/sdk';`)).all;
    report('@shhk/sdk whole entry (every export, for scale)', Buffer.byteLength(full), gzip(full));
    report('@shhk/sdk core: createClient (lazy chunks excluded)', Buffer.byteLength(core), gzip(core), BUDGETS.sdkCore);
    assert.ok(gzip(core) <= BUDGETS.sdkCore, `SDK core is ${kib(gzip(core))} gzip, over the ${kib(BUDGETS.sdkCore)} budget`);
  });
});

describe('must not appear', () => {
  it('has sentinels that really occur in zod locales and ical.js (so the checks below can fail)', () => {
    for (const [locale, text] of ZOD_LOCALE_SENTINELS) {
      assert.ok(readFileSync(join(ROOT, `node_modules/zod/v4/locales/${locale}.js`), 'utf8').includes(text), `zod locale ${locale} has "${text}"`);
    }
    const ical = readFileSync(join(ROOT, 'node_modules/ical.js/dist/ical.js'), 'utf8');
    for (const text of ICAL_SENTINELS) assert.ok(ical.includes(text), `ical.js has "${text}"`);
  });

  it('ships no zod locale messages in the drop-in or the SDK', async () => {
    requireBuilt(dropInPath);
    const dropInFiles = readdirSync(elementsDist).filter((f) => /^hk-elements.*\.js$/.test(f));
    const texts: [string, string][] = dropInFiles.map((f) => [f, readFileSync(join(elementsDist, f), 'utf8')]);
    texts.push(['@shhk/sdk bundle', (await bundle(`export * from '@shhk/sdk';`)).all]);
    for (const [name, text] of texts) {
      for (const [locale, sentinel] of ZOD_LOCALE_SENTINELS) {
        assert.ok(!text.includes(sentinel), `${name} contains zod's ${locale} locale ("${sentinel}")`);
      }
    }
  });

  it("ships Lit's production build in the drop-in, not its dev mode", () => {
    requireBuilt(dropInPath);
    const code = readFileSync(dropInPath, 'utf8');
    // Lit's development build warns with this text; the production build (default export condition) has none.
    assert.ok(readFileSync(join(ROOT, 'node_modules/@lit/reactive-element/development/reactive-element.js'), 'utf8').includes('Lit is in dev mode'));
    assert.ok(!code.includes('Lit is in dev mode'), 'hk-elements.js contains Lit dev-mode code');
  });

  it('keeps ical.js out of the drop-in chunks loaded up front', () => {
    requireBuilt(dropInPath);
    const { files, code } = dropInUpFront();
    for (const sentinel of ICAL_SENTINELS) assert.ok(!code.includes(sentinel), `ical.js ("${sentinel}") is in ${files.join(' + ')}`);
  });
});
