// @shhk/sdk/search — the 简/繁-folding text search on its own entry, so that a page can load it (and
// its ~7.5 KiB gzip fold table) only when a visitor actually searches:
// `const { compileQuery } = await import('@shhk/sdk/search')`. The same functions are also exported
// by name from `@shhk/sdk`.

export { fold } from './query/fold.js';
export { compileQuery, matchText } from './query/search.js';
export type { CompiledQuery, QueryTerm } from './query/search.js';
