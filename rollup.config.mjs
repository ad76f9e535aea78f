// The one build of the monorepo (`npm run build` → `rollup -c`). Configs run in array order:
// sdk → dataset → server → elements → drop-in, because each later build reads the earlier ones'
// dist/ (pitfall P11).
//
// - Package builds: ESM + .d.ts with `preserveModules` into packages/<p>/dist/, every bare import
//   external (lit, @lit/*, zod, hono, @hono/*, @shhk/*, node builtins …) so apps dedupe them.
//   Each uses packages/<p>/tsconfig.build.json WITHOUT the `source` condition (pitfall P12): the
//   elements build sees @shhk/sdk through its built dist/*.d.ts, hence the order.
// - Drop-in: packages/elements/dist/hk-elements.js, one minified self-contained ESM bundle with
//   every dependency inlined (Lit's production build, zod/mini, the SDK). Dynamic imports (the
//   calendar's ICS reader with ical.js, the SDK's 简/繁 search with its fold table, the offline query
//   engine) become hk-elements-[name]-[hash].js chunks next to it. Lit's css`` text is minified.
// - Prints every output's size and gzip -9 size at the end.
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import json from '@rollup/plugin-json';
import { writeManifest } from './packages/elements/scripts/custom-elements.mjs';
// terser keeps template text as it is: this collapses the CSS in Lit's css`` literals (drop-in only).
import { cssLiterals } from './packages/elements/scripts/minify-css-literals.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const PACKAGES = ['sdk', 'dataset', 'server', 'elements'];
// build:data writes dataset/dist/sample.json and dist/data/ before rollup runs: never prune that dist.
const KEEP_DIST = new Set(['dataset']);
const BUILTINS = new Set(builtinModules);

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const rel = (path) => relative(root, path).split('\\').join('/');

/** Bare specifiers (packages) are external in package builds; relative and absolute paths are not. */
function isBare(id) {
  return !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !/^[A-Za-z]:[\\/]/.test(id);
}

function packageNameOf(id) {
  const parts = id.split('/');
  return id.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

// ---------------------------------------------------------------------------------------------
// Warnings

/** Pitfall P15: zod 4 trips INVALID_ANNOTATION and CIRCULAR_DEPENDENCY in node_modules; harmless. */
function onwarn(warning, warn) {
  const where = [warning.id, warning.exporter, ...(warning.ids ?? []), warning.loc?.file].filter(Boolean).join(' ');
  if ((warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') && where.includes('node_modules')) return;
  warn(warning);
}

// ---------------------------------------------------------------------------------------------
// Size table

const sizeRows = [];

/** Records every emitted chunk's size and gzip -9 size; the last build prints the table. */
function sizes({ label, group, printTable = false }) {
  return {
    name: 'shhk-sizes',
    generateBundle(options, bundle) {
      const dir = options.dir ?? dirname(options.file);
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        const code = Buffer.from(item.code);
        sizeRows.push({ label, group, file: rel(join(dir, item.fileName)), bytes: code.length, gzip: gzipSync(code, { level: 9 }).length, isEntry: item.isEntry });
      }
    },
    closeBundle() {
      if (printTable) printSizes();
    },
  };
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function printSizes() {
  const rows = [];
  for (const label of [...new Set(sizeRows.map((r) => r.label))]) {
    const own = sizeRows.filter((r) => r.label === label);
    if (own[0].group) {
      // preserveModules builds emit one file per module: show the package total and its entry.
      const bytes = own.reduce((s, r) => s + r.bytes, 0);
      const gzip = own.reduce((s, r) => s + r.gzip, 0);
      rows.push([label, `${own[0].file.slice(0, own[0].file.indexOf('/dist/') + 6)} (${own.length} modules)`, kib(bytes), kib(gzip)]);
    } else {
      for (const r of own) rows.push([label, r.file + (r.isEntry ? '' : ' (lazy chunk)'), kib(r.bytes), kib(r.gzip)]);
      if (own.length > 1) {
        const entry = own.filter((r) => r.isEntry);
        rows.push([label, 'entry chunk(s) loaded up front', kib(entry.reduce((s, r) => s + r.bytes, 0)), kib(entry.reduce((s, r) => s + r.gzip, 0))]);
      }
    }
  }
  const header = ['build', 'output', 'size', 'gzip -9'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  const out = ['', 'Build outputs (drop-in minified with terser; package builds are unminified ESM, summed per module):', line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line), ''];
  process.stdout.write(out.join('\n') + '\n');
}

// ---------------------------------------------------------------------------------------------
// Package builds

/** Source entries from the package's `exports` map (`source` conditions; `*` patterns expanded). */
function entriesOf(pkgDir) {
  const manifest = readJson(join(pkgDir, 'package.json'));
  const sources = new Set();
  const visit = (value) => {
    if (!value || typeof value !== 'object') return;
    if (typeof value.source === 'string') sources.add(value.source);
    for (const v of Object.values(value)) visit(v);
  };
  visit(manifest.exports);
  const entries = new Set();
  for (const source of sources) {
    if (!source.includes('*')) {
      if (existsSync(join(pkgDir, source))) entries.add(resolve(pkgDir, source));
      continue;
    }
    // `./src/*.define.ts` also matches nested paths (`./src/provider/provider.define.ts`), as `*` does in exports.
    const [prefix, suffix] = source.split('*');
    const base = resolve(pkgDir, prefix.slice(0, prefix.lastIndexOf('/') + 1));
    const walk = (dir) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.startsWith(resolve(pkgDir, prefix)) && path.endsWith(suffix) && !path.endsWith('.test.ts')) entries.add(path);
      }
    };
    if (existsSync(base)) walk(base);
  }
  if (entries.size === 0 && existsSync(join(pkgDir, 'src/index.ts'))) entries.add(join(pkgDir, 'src/index.ts'));
  return { manifest, entries: [...entries].sort() };
}

/**
 * After writing, deletes files in `dir` that this build did not emit (modules deleted or renamed
 * since the last build), except those `keep` protects. Pruning after the write, rather than wiping
 * dist/ first, never leaves dist/ empty while another process reads it.
 */
function pruneStale(dir, keep = () => false) {
  return {
    name: 'shhk-prune-stale',
    writeBundle(_options, bundle) {
      const written = new Set(Object.keys(bundle));
      const walk = (sub) => {
        const abs = join(dir, sub);
        if (!existsSync(abs)) return;
        for (const name of readdirSync(abs)) {
          const path = sub ? `${sub}/${name}` : name;
          if (statSync(join(dir, path)).isDirectory()) {
            walk(path);
            if (readdirSync(join(dir, path)).length === 0) rmSync(join(dir, path), { recursive: true, force: true });
          } else if (!written.has(path) && !keep(path)) {
            rmSync(join(dir, path), { force: true });
          }
        }
      };
      walk('');
    },
  };
}

function packageBuild(name) {
  const pkgDir = join(root, 'packages', name);
  const { manifest, entries } = entriesOf(pkgDir);
  if (entries.length === 0) {
    console.warn(`rollup.config: packages/${name} has no source entry (exports "source" or src/index.ts); skipped.`);
    return [];
  }
  const declared = new Set(Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies, ...manifest.optionalDependencies }));
  const undeclared = new Set();
  const distDir = join(pkgDir, 'dist');
  return [
    {
      input: entries,
      external(id) {
        if (!isBare(id)) return false;
        const pkg = packageNameOf(id);
        if (!id.startsWith('node:') && !BUILTINS.has(pkg) && pkg !== manifest.name && !declared.has(pkg)) undeclared.add(pkg);
        return true;
      },
      plugins: [
        json(),
        typescript({
          tsconfig: join(pkgDir, 'tsconfig.build.json'),
          // Type errors fail the build instead of being printed as warnings (pitfall P5).
          noEmitOnError: true,
          compilerOptions: { sourceMap: false, declarationMap: false },
        }),
        sizes({ label: manifest.name, group: true }),
        // The drop-in's files share packages/elements/dist and are pruned by the drop-in build itself.
        KEEP_DIST.has(name) ? undefined : pruneStale(distDir, (path) => /^hk-elements[.-]/.test(path)),
        name === 'elements' ? { name: 'shhk-custom-elements-manifest', writeBundle: () => void writeManifest() } : undefined,
        {
          name: 'shhk-undeclared-deps',
          buildEnd() {
            // console.warn, not this.warn: `rollup -c --silent` hides warnings, and this one matters to users.
            if (undeclared.size) console.warn(`rollup.config: ${manifest.name} imports ${[...undeclared].join(', ')}, missing from its package.json dependencies/peerDependencies`);
          },
        },
      ].filter(Boolean),
      output: {
        dir: distDir,
        format: 'es',
        preserveModules: true,
        preserveModulesRoot: join(pkgDir, 'src'),
        entryFileNames: '[name].js',
      },
      onwarn,
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Drop-in

const elementsDist = join(root, 'packages/elements/dist');

const dropInBanner = `/*! hk-elements.js — Shanghai–Hong Kong Exchange Kit (MIT). Bundles lit, @lit/context, @lit/task (BSD-3-Clause, Google LLC), zod (MIT, Colin McDonnell); its lazy ical chunk bundles ical.js (MPL-2.0, Mozilla). */`;

// V8's explicit compile hint (Chrome ≥ 136; a plain comment elsewhere): the entry's functions nearly
// all run on the first render, so compiling them eagerly while the script streams in moves that work
// off the main thread (first renders in `npm run bench`, C3/C4/C9, are cold pages). Lazy chunks
// (ical.js, the offline engine) use only part of their code, so they stay lazily compiled. The
// comment must be the file's very first line, so it goes in after terser and before the banner.
function compileHint() {
  return {
    name: 'compile-hint',
    renderChunk: (code, chunk) => (chunk.isEntry ? { code: `//# allFunctionsCalledOnLoad\n${code}`, map: null } : null),
  };
}

const dropIn = {
  // The compiled elements build is the input, so the drop-in ships exactly the code the npm package
  // ships (already type-checked once); @shhk/sdk resolves to its dist through the exports map.
  input: join(elementsDist, 'define.js'),
  plugins: [
    // Default export conditions (no `development`, no `source`): Lit's production build (pitfall P20).
    nodeResolve({ browser: true, exportConditions: ['browser', 'module', 'import', 'default'] }),
    json(),
    cssLiterals(),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 2 },
      format: { comments: false, preamble: dropInBanner },
    }),
    compileHint(),
    sizes({ label: 'drop-in', group: false, printTable: true }),
    // Old lazy chunks (other hashes) go; the package build's modules stay.
    pruneStale(elementsDist, (path) => !/^hk-elements-.+\.js$/.test(path)),
  ],
  output: {
    dir: elementsDist,
    format: 'es',
    entryFileNames: 'hk-elements.js',
    chunkFileNames: 'hk-elements-[name]-[hash].js',
  },
  onwarn,
};

export default [...PACKAGES.flatMap(packageBuild), dropIn];
