// Runs a module of @shhk/server from its TypeScript sources when they are present (a clone of the
// repository: nothing needs building first), or from the built `dist/` (an installed package).
import { existsSync } from 'node:fs';
import { register } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Adds the `source` export condition, so that workspace packages (@shhk/sdk…) resolve to their
// `src/*.ts` through their exports maps, as they do under `node --conditions=source`.
const SOURCE_CONDITION_HOOK = `
export async function resolve(specifier, context, next) {
  const conditions = context.conditions.includes('source') ? context.conditions : [...context.conditions, 'source'];
  return next(specifier, { ...context, conditions });
}`;

/**
 * Imports `src/<name>.ts` (via tsx) or `dist/<name>.js` and returns the module.
 * @param {string} name
 */
export async function importEntry(name) {
  const source = new URL(`../src/${name}.ts`, import.meta.url);
  if (existsSync(fileURLToPath(source)) && process.env.SHHK_SERVER_FROM_DIST !== '1') {
    let tsx;
    try {
      tsx = await import('tsx/esm/api');
    } catch {
      tsx = undefined;
    }
    if (tsx) {
      tsx.register();
      register(`data:text/javascript,${encodeURIComponent(SOURCE_CONDITION_HOOK)}`, pathToFileURL('./'));
      return import(source.href);
    }
  }
  return import(new URL(`../dist/${name}.js`, import.meta.url).href);
}
