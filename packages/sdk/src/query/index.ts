// The query semantics of the Exchange API, written once: the server answers HTTP lists with them and
// the SDK's offline source answers the same calls in memory. Exported by name; fold-codec.ts,
// fold-table.ts, dates.ts and cursor.ts are internal.

export { fold } from './fold.js';
export { compileQuery, matchText, haystackOf } from './search.js';
export type { CompiledQuery, QueryTerm } from './search.js';
export { haversineKm } from './geo.js';
export { parseQuery, toSearchParams, QUERY_PARAMS } from './params.js';
export type { ParseResult, QueryParamSpec, QueryParamType, ParamSchema } from './params.js';
export { runQuery } from './run.js';
export type { QueryContext } from './run.js';
export { QueryError } from './errors.js';
export { RESOURCE_NAMES } from './types.js';
export type {
  BaseQuery, EventQuery, IncubatorQuery, OrganizationQuery, PolicyQuery, ProgramQuery, TalentQuery, HolidayQuery,
  QueryByResource, ResourceName, ItemByResource,
} from './types.js';
