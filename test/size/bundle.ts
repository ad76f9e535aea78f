// Bundles code the way the drop-in is built (rollup.config.mjs): rollup + node-resolve with the
// default export conditions (Lit's production build, packages' dist/), the css`` minifier and terser
// with the same options. Used by the size budgets (test/size/size.test.ts) and the calendar
// benchmark's goal C1, so both measure what ships, with lazy `import()` chunks counted apart.
import { gzipSync } from 'node:zlib';
import { rollup, type Plugin } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { cssLiterals } from '../../packages/elements/scripts/minify-css-literals.mjs';

export const KiB = 1024;
export const gzip = (text: string | Uint8Array): number => gzipSync(text, { level: 9 }).length;
export const kib = (bytes: number): string => `${(bytes / KiB).toFixed(1)} KiB`;

/** A bundle split like the drop-in: what loads up front and what loads on demand. */
export interface Bundle {
  /** The entry chunk plus every chunk it imports statically. */
  upFront: string;
  /** Chunks reached only through `import()`, by file name. */
  lazy: Map<string, string>;
}

export interface BundleOptions {
  /** An entry file, or ESM source text for a virtual entry. */
  entry: { file: string } | { source: string };
  /** Packages left out (a name also covers its subpaths: `@shhk/sdk` covers `@shhk/sdk/search`). */
  external?: readonly string[];
  /** Directory that bare imports of a virtual entry resolve from. @default process.cwd() */
  rootDir?: string;
}

/**
 * Bundles for the browser, minified as the drop-in is.
 *
 * @example
 * ```ts
 * const { upFront } = await bundle({ entry: { file: 'packages/elements/dist/event-calendar/event-calendar.define.js' }, external: ['@shhk/sdk'] });
 * ```
 */
export async function bundle(options: BundleOptions): Promise<Bundle> {
  const external = options.external ?? [];
  const virtual: Plugin = {
    name: 'virtual-entry',
    resolveId: (id) => (id === '\0entry' ? id : null),
    load: (id) => ('source' in options.entry && id === '\0entry' ? options.entry.source : null),
  };
  const build = await rollup({
    input: 'file' in options.entry ? options.entry.file : '\0entry',
    external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
    plugins: [
      virtual,
      nodeResolve({ browser: true, rootDir: options.rootDir ?? process.cwd(), exportConditions: ['browser', 'module', 'import', 'default'] }),
      cssLiterals(),
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
    onwarn: () => undefined,
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const chunks = new Map(output.flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])));
  const upFront = new Set<string>();
  const visit = (name: string): void => {
    if (upFront.has(name) || !chunks.has(name)) return; // external imports are not chunks
    upFront.add(name);
    for (const dep of chunks.get(name)?.imports ?? []) visit(dep);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  return {
    upFront: [...upFront].map((name) => chunks.get(name)!.code).join('\n'),
    lazy: new Map([...chunks.values()].filter((c) => !upFront.has(c.fileName)).map((c) => [c.fileName, c.code])),
  };
}

/** Every package the calendar's own code imports from the SDK side (left out for goal C1's "own code"). */
export const SDK_PACKAGES = ['@shhk/sdk', 'zod'] as const;

/**
 * Goal C1's two numbers from the built package (`npm run build` first): the calendar's own code
 * (with Lit, CSS and views, without the SDK) and its self-contained entry (with the SDK), both up
 * front only; lazy chunks (ICS reader and ical.js, 简/繁 search, offline engine) are not counted.
 */
export async function calendarSizes(root: string): Promise<{ own: Bundle; whole: Bundle }> {
  const file = `${root}/packages/elements/dist/event-calendar/event-calendar.define.js`;
  const own = await bundle({ entry: { file }, external: SDK_PACKAGES, rootDir: root });
  const whole = await bundle({ entry: { file }, rootDir: root });
  return { own, whole };
}
