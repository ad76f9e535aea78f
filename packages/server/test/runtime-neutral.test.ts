import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, brotliCompressSync } from 'node:zlib';
import ts from 'typescript';
import { createApp } from '../src/app.js';
import { hash64, represent } from '../src/representation.js';
import { sampleDataset } from './helpers.js';

// `createApp` must run on any fetch-based runtime (Deno, Bun, Workers, a browser's service worker):
// its module graph may use standard Web APIs only. These tests walk that graph from the sources and
// run the app with no server at all.

const BUILTINS = new Set(builtinModules);
const isNodeBuiltin = (specifier: string): boolean => specifier.startsWith('node:') || BUILTINS.has(specifier);
/** Node globals that other runtimes lack (or only emulate). */
const NODE_GLOBALS = new Set(['process', 'Buffer', 'require', '__dirname', '__filename', 'setImmediate', 'global']);
const PARSED = /\.(?:[cm]?[jt]s|tsx)$/;

interface Graph {
  /** Every module reached, as file URLs, in visit order. */
  files: string[];
  /** Node-only things found: `importer → specifier` or `file: uses global`. */
  violations: string[];
}

/** The module specifiers `file` loads at run time: no `import type`, no `export type`, no type queries. */
function runtimeSpecifiers(file: string, text: string): { specifiers: string[]; globals: string[] } {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const specifiers: string[] = [];
  const globals: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.importClause?.isTypeOnly) specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node)) {
      const [arg] = node.arguments;
      const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if ((isImport || isRequire) && arg !== undefined) {
        // A computed specifier cannot be checked statically: report it rather than let it pass.
        specifiers.push(ts.isStringLiteralLike(arg) ? arg.text : `<computed ${isImport ? 'import()' : 'require()'}>`);
      }
    }
    // `process.env`, `Buffer.from(…)`, `typeof process`: a Node global used as a value.
    if (ts.isIdentifier(node) && NODE_GLOBALS.has(node.text)) {
      const parent = node.parent;
      const asValue =
        (ts.isPropertyAccessExpression(parent) && parent.expression === node) ||
        (ts.isCallExpression(parent) && parent.expression === node && node.text !== 'require') ||
        (ts.isTypeOfExpression(parent) && parent.expression === node);
      if (asValue) globals.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { specifiers, globals };
}

/** `./x.js` in TypeScript sources means `./x.ts`. */
function resolveRelative(specifier: string, from: string): string {
  const url = new URL(specifier, from);
  if (url.pathname.endsWith('.js') && !existsSync(fileURLToPath(url))) {
    const tsUrl = new URL(url.href.replace(/\.js$/, '.ts'));
    if (existsSync(fileURLToPath(tsUrl))) return tsUrl.href;
  }
  return url.href;
}

/**
 * Walks the static and dynamic imports from `entry`, into workspace sources (through the `source`
 * export condition this process runs with) and into the dependencies' published JavaScript.
 */
function walk(entry: string): Graph {
  const files: string[] = [];
  const violations: string[] = [];
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    files.push(file);
    const path = fileURLToPath(file);
    if (!PARSED.test(path)) continue; // JSON and other data modules import nothing
    const { specifiers, globals } = runtimeSpecifiers(path, readFileSync(path, 'utf8'));
    const firstParty = !path.includes('/node_modules/');
    // Dependencies may probe for Node behind feature tests (`typeof process !== 'undefined'`); only
    // our own sources are held to "no Node globals at all".
    if (firstParty) for (const name of new Set(globals)) violations.push(`${path}: uses the Node global "${name}"`);
    for (const specifier of specifiers) {
      if (isNodeBuiltin(specifier) || specifier.startsWith('<computed')) {
        violations.push(`${path} → ${specifier}`);
        continue;
      }
      const resolved = specifier.startsWith('.') || specifier.startsWith('/') ? resolveRelative(specifier, file) : import.meta.resolve(specifier);
      if (!resolved.startsWith('file:')) violations.push(`${path} → ${specifier} (resolves to ${resolved})`);
      else queue.push(resolved);
    }
  }
  return { files, violations };
}

const appEntry = import.meta.resolve('@shhk/server/app');

describe('runtime neutrality of createApp', () => {
  it('should export the app alone as @shhk/server/app', () => {
    assert.equal(appEntry, new URL('../src/app.ts', import.meta.url).href);
  });

  it('should reach no Node built-in module or Node global from src/app.ts', () => {
    const { files, violations } = walk(appEntry);
    assert.deepEqual(violations, []);
    // The walk really went through the app, the SDK and the dependencies (so an empty list means something).
    const paths = files.map((f) => fileURLToPath(f));
    for (const expected of ['/packages/server/src/representation.ts', '/packages/server/src/openapi.ts', '/packages/sdk/src/index.ts', '/node_modules/hono/dist/hono.js', '/node_modules/zod/']) {
      assert.ok(paths.some((p) => p.includes(expected)), `the walk should reach ${expected}`);
    }
    for (const nodeOnly of ['serve.ts', 'static.ts', 'load.ts', 'demo.ts', 'node-compress.ts']) {
      assert.ok(!paths.some((p) => p.endsWith(`/packages/server/src/${nodeOnly}`)), `app.ts must not import ${nodeOnly}`);
    }
  });

  it('should catch Node imports when they are there (the check can fail)', () => {
    const { violations } = walk(new URL('../src/serve.ts', import.meta.url).href);
    assert.ok(violations.some((v) => v.endsWith('→ node:fs')), violations.join('\n'));
    assert.ok(violations.some((v) => v.includes('node-compress.ts → node:zlib')), violations.join('\n'));
    assert.ok(violations.some((v) => v.includes('uses the Node global "process"')), violations.join('\n'));
    const probe = runtimeSpecifiers('probe.ts', "import type { Server } from 'node:http'; import { x } from 'fs'; export * from 'path'; await import('node:os'); const b = Buffer.from('');");
    assert.deepEqual(probe.specifiers, ['fs', 'path', 'node:os']);
    assert.deepEqual(probe.globals, ['Buffer']);
  });
});

describe('createApp without a server', () => {
  const dataset = sampleDataset();

  it('should answer app.fetch with gzip from CompressionStream, decodable with DecompressionStream', async () => {
    const app = createApp({ dataset });
    const plain = await app.fetch(new Request('http://x/v1/events?limit=2'));
    const identity = await plain.text();
    assert.ok(new TextEncoder().encode(identity).byteLength >= 1024, 'large enough to be compressed');

    const res = await app.fetch(new Request('http://x/v1/events?limit=2', { headers: { 'accept-encoding': 'gzip' } }));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-encoding'), 'gzip');
    assert.match(res.headers.get('vary') ?? '', /Accept-Encoding/);
    const etag = res.headers.get('etag') ?? '';
    assert.equal(etag, `${plain.headers.get('etag')!.slice(0, -1)}-gz"`, 'strong, and its own per coding');
    const compressed = new Uint8Array(await res.arrayBuffer());
    assert.equal(Number(res.headers.get('content-length')), compressed.byteLength);
    assert.deepEqual([...compressed.subarray(0, 2)], [0x1f, 0x8b], 'a gzip member');
    const decoded = await new Response(new Blob([compressed]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
    assert.equal(decoded, identity);
    const body = JSON.parse(decoded) as { items: { id: string }[]; nextCursor: string | null };
    assert.equal(body.items.length, 2);
    assert.ok(body.nextCursor);

    // The cached variant answers again (same bytes), and validates with its tag.
    const again = await app.fetch(new Request('http://x/v1/events?limit=2', { headers: { 'accept-encoding': 'gzip' } }));
    assert.deepEqual(new Uint8Array(await again.arrayBuffer()), compressed);
    const revalidated = await app.fetch(new Request('http://x/v1/events?limit=2', { headers: { 'accept-encoding': 'gzip', 'if-none-match': etag } }));
    assert.equal(revalidated.status, 304);
    assert.equal(revalidated.headers.get('etag'), etag);
  });

  it('should offer br only with a brotli encoder, and gzip not when turned off', async () => {
    const path = 'http://x/v1/incubators';
    const encodingOf = async (app: ReturnType<typeof createApp>, accept: string): Promise<string | null> =>
      (await app.fetch(new Request(path, { headers: { 'accept-encoding': accept } }))).headers.get('content-encoding');

    const web = createApp({ dataset });
    assert.equal(await encodingOf(web, 'br'), null, 'no brotli on a standard runtime');
    assert.equal(await encodingOf(web, 'gzip, deflate, br'), 'gzip');
    assert.equal(await encodingOf(web, '*'), 'gzip');

    const withBrotli = createApp({ dataset, compress: { br: (body) => brotliCompressSync(body) } });
    const br = await withBrotli.fetch(new Request(path, { headers: { 'accept-encoding': 'gzip, br' } }));
    assert.equal(br.headers.get('content-encoding'), 'br');
    assert.match(br.headers.get('etag') ?? '', /-br"$/);
    const identity = await (await withBrotli.fetch(new Request(path))).text();
    assert.equal(brotliDecompressSync(new Uint8Array(await br.arrayBuffer())).toString('utf8'), identity);
    assert.equal(await encodingOf(withBrotli, 'br;q=0, gzip'), 'gzip');

    const uncompressed = createApp({ dataset, compress: { gzip: null } });
    assert.equal(await encodingOf(uncompressed, 'gzip, br'), null);
  });

  it('should compress once for concurrent requests, and send identity when an encoder fails', async () => {
    let calls = 0;
    const slow = createApp({
      dataset,
      compress: {
        gzip: async (body) => {
          calls++;
          await new Promise((resolve) => setTimeout(resolve, 20));
          return body.slice().reverse();
        },
      },
    });
    const request = () => slow.fetch(new Request('http://x/v1/organizations', { headers: { 'accept-encoding': 'gzip' } }));
    const responses = await Promise.all([request(), request(), request()]);
    assert.equal(calls, 1);
    for (const res of responses) assert.equal(res.headers.get('content-encoding'), 'gzip');

    const broken = createApp({ dataset, compress: { gzip: () => Promise.reject(new Error('no codec')) } });
    const plain = await broken.fetch(new Request('http://x/v1/organizations'));
    const failed = await broken.fetch(new Request('http://x/v1/organizations', { headers: { 'accept-encoding': 'gzip' } }));
    assert.equal(failed.status, 200);
    assert.equal(failed.headers.get('content-encoding'), null);
    assert.equal(failed.headers.get('etag'), plain.headers.get('etag'), 'the identity tag for the identity body');
    assert.equal(await failed.text(), await plain.text());
  });
});

describe('ETags without node:crypto', () => {
  const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

  it('should hash with MurmurHash3 x86_32 (seed 0 first), word-wise or not', () => {
    // Published MurmurHash3_x86_32 values for seed 0.
    assert.equal(hash64(bytes('')).slice(0, 8), '00000000');
    assert.equal(hash64(bytes('hello')).slice(0, 8), '248bfa47');
    assert.equal(hash64(bytes('The quick brown fox jumps over the lazy dog')).slice(0, 8), '2e4ff723');
    assert.match(hash64(bytes('abc')), /^[0-9a-f]{16}$/);
    // An unaligned view takes the byte-wise path: same answer as an aligned copy.
    const padded = bytes('xThe quick brown fox jumps over the lazy dog!');
    assert.equal(hash64(padded.subarray(1, 44)), hash64(padded.slice(1, 44)));
  });

  it('should give a strong, quoted tag that changes with any byte and the length', () => {
    const a = represent('{"items":[1,2,3]}', 'application/json', 'no-cache').etag;
    assert.match(a, /^"[0-9a-f]+-[0-9a-f]{16}"$/);
    assert.equal(represent(bytes('{"items":[1,2,3]}'), 'application/json', 'no-cache').etag, a, 'string and bytes agree');
    assert.notEqual(represent('{"items":[1,2,4]}', 'application/json', 'no-cache').etag, a);
    assert.notEqual(represent('{"items":[1,2,3]} ', 'application/json', 'no-cache').etag, a);
    const tags = new Set<string>();
    for (let i = 0; i < 5000; i++) tags.add(represent(`{"n":${i}}`, 'application/json', 'no-cache').etag);
    assert.equal(tags.size, 5000);
  });
});
