// Small helpers shared by the benchmark scripts: statistics, gzip sizes, and a printed table.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

export const gzipBytes = (code: string | Uint8Array): number => gzipSync(code, { level: 9 }).length;
export const kib = (bytes: number): string => (bytes / 1024).toFixed(1);

/** Bundles an entry (or inline source) minified for the browser and returns its gzip size. */
export async function bundleSize(options: {
  entry?: string;
  contents?: string;
  resolveDir?: string;
  external?: string[];
  conditions?: string[];
  /** Module paths kept out of the bundle because the code loads them with a dynamic import. */
  lazy?: RegExp[];
}): Promise<{ minified: number; gzip: number; code: string }> {
  const result = await build({
    ...(options.entry ? { entryPoints: [options.entry] } : {
      stdin: { contents: options.contents!, resolveDir: options.resolveDir ?? process.cwd(), loader: 'ts' },
    }),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    external: options.external ?? [],
    conditions: options.conditions ?? ['source'],
    loader: { '.css': 'text' },
    legalComments: 'none',
    plugins: (options.lazy ?? []).map((filter) => ({
      name: 'lazy',
      setup(b: import('esbuild').PluginBuild) { b.onResolve({ filter }, (a) => ({ path: a.path, external: true })); },
    })),
    logLevel: 'silent',
  });
  const code = result.outputFiles.filter((f) => !f.path.endsWith('.map')).map((f) => f.text).join('\n');
  return { minified: Buffer.byteLength(code), gzip: gzipBytes(code), code };
}

export interface Row {
  goal: string;
  metric: string;
  value: string;
  baseline?: string;
  ratio?: string;
  target?: string;
  verdict?: 'meets' | 'misses' | 'info';
}

/** Prints rows as a fixed-width table and as one JSON line per row (for machines). */
export function printRows(title: string, rows: Row[]): void {
  const cols: (keyof Row)[] = ['goal', 'metric', 'value', 'baseline', 'ratio', 'target', 'verdict'];
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  process.stdout.write(`\n## ${title}\n\n${line(cols as string[])}\n${line(widths.map((w) => '-'.repeat(w)))}\n`);
  for (const r of rows) process.stdout.write(`${line(cols.map((c) => String(r[c] ?? '')))}\n`);
  for (const r of rows) process.stdout.write(`BENCH ${JSON.stringify(r)}\n`);
}

export const verdict = (ok: boolean): 'meets' | 'misses' => (ok ? 'meets' : 'misses');
