import type { QueryByResource, ResourceName } from './types.js';

// The client's half of the URL form of a query: parameter names in URL order, and nothing else. The
// descriptions, schemas and examples in QUERY_PARAMS (params.ts) serve the server and its OpenAPI
// document; keeping them out of this module keeps them out of online clients' bundles. A test checks
// that these lists equal QUERY_PARAMS' names.

type Names<R extends ResourceName> = readonly (keyof QueryByResource[R] & string)[];

/** @internal Parameter names of every list resource, in URL order (the order of `QUERY_PARAMS`). */
export const PARAM_NAMES: { readonly [R in ResourceName]: Names<R> } = {
  events: ['q', 'kind', 'region', 'organizer', 'audience', 'tag', 'status', 'seriesId', 'from', 'to', 'cursor', 'limit'],
  incubators: ['q', 'region', 'district', 'service', 'industry', 'level', 'acceptsHongKongFounders', 'near', 'sort', 'cursor', 'limit'],
  organizations: ['q', 'type', 'region', 'cursor', 'limit'],
  policies: ['q', 'kind', 'jurisdiction', 'status', 'cursor', 'limit'],
  programs: ['q', 'kind', 'region', 'audience', 'cursor', 'limit'],
  talents: ['q', 'category', 'region', 'cursor', 'limit'],
  holidays: ['q', 'region', 'from', 'to', 'cursor', 'limit'],
};

function formatValue(name: string, value: unknown): string {
  if (name === 'near' && value !== null && typeof value === 'object') {
    const p = value as { lat?: unknown; lng?: unknown };
    return `${p.lat},${p.lng}`;
  }
  return String(value);
}

/**
 * Serialises a query to URL parameters: the inverse of {@link parseQuery}, in the stable order of
 * {@link QUERY_PARAMS}, leaving out `undefined`, empty strings and empty arrays.
 *
 * @example
 * toSearchParams('incubators', { near: { lat: 31.23, lng: 121.47 }, service: ['financing'] }).toString()
 * // 'service=financing&near=31.23%2C121.47'
 */
export function toSearchParams<R extends ResourceName>(resource: R, query: QueryByResource[R]): URLSearchParams {
  const out = new URLSearchParams();
  const record = query as Readonly<Record<string, unknown>>;
  for (const name of PARAM_NAMES[resource] as readonly string[]) {
    const value = record[name];
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) out.set(name, value.map((v) => formatValue(name, v)).join(','));
    } else {
      out.set(name, formatValue(name, value));
    }
  }
  return out;
}
