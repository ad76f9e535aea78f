import type { GeoPoint } from '../model/index.js';
import {
  AUDIENCES, EVENT_KINDS, EVENT_STATUSES, INCUBATOR_LEVELS, INDUSTRIES, IsoDate, IsoDateTime, JURISDICTIONS,
  ORGANIZATION_TYPES, POLICY_KINDS, PROGRAM_KINDS, SERVICES, TALENT_CATEGORIES,
} from '../model/index.js';
import type { QueryByResource, ResourceName } from './types.js';

// The URL form of every list query, defined once as data: `parseQuery` (server), `toSearchParams`
// (client) and the OpenAPI document (server) all read QUERY_PARAMS.

/** The kind of value a query parameter takes. */
export type QueryParamType = 'text' | 'id' | 'enum' | 'integer' | 'boolean' | 'date' | 'point' | 'cursor';

/** A JSON Schema (OpenAPI 3.1) fragment describing one parameter's value. */
export type ParamSchema = Readonly<Record<string, unknown>>;

/** One query parameter of a list resource. */
export interface QueryParamSpec {
  /** The URL parameter name, equal to the query object's property name. */
  readonly name: string;
  readonly type: QueryParamType;
  /** Comma-separated list; the parameter may also be repeated. */
  readonly array: boolean;
  /** Allowed values, for `enum` parameters. */
  readonly enum?: readonly string[];
  /** Inclusive bounds, for `integer` parameters. */
  readonly minimum?: number;
  readonly maximum?: number;
  /** Maximum length of one value, for `text` parameters. */
  readonly maxLength?: number;
  /** Value used when the parameter is absent. */
  readonly default?: number;
  /** One-line English description, for the OpenAPI document. */
  readonly description: string;
  /** The value schema (for an array: of the array), ready for an OpenAPI `parameters[].schema`. */
  readonly schema: ParamSchema;
  /** A sample value in URL form. */
  readonly example?: string;
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CURSOR_PATTERN = /^[A-Za-z0-9_-]{1,4096}$/;
const NUMBER_PATTERN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const Q_MAX = 200;
const TAG_MAX = 60;

type Spec<N extends string> = QueryParamSpec & { readonly name: N };
type SpecRest = Omit<QueryParamSpec, 'name' | 'type' | 'array' | 'schema'> & { readonly array?: boolean };

function arrayOf(item: ParamSchema): ParamSchema {
  return { type: 'array', items: item };
}

function enumParam<N extends string>(name: N, values: readonly string[], description: string): Spec<N> {
  return { name, type: 'enum', array: true, enum: values, description, schema: arrayOf({ type: 'string', enum: values }), example: values[0]! };
}
function idsParam<N extends string>(name: N, description: string, example: string): Spec<N> {
  return { name, type: 'id', array: true, description, schema: arrayOf({ type: 'string', pattern: ID_PATTERN.source }), example };
}
function idParam<N extends string>(name: N, description: string, example: string): Spec<N> {
  return { name, type: 'id', array: false, description, schema: { type: 'string', pattern: ID_PATTERN.source }, example };
}
function dateParam<N extends string>(name: N, description: string, example: string): Spec<N> {
  return {
    name, type: 'date', array: false, description, example,
    schema: { anyOf: [{ type: 'string', format: 'date' }, { type: 'string', format: 'date-time' }] },
  };
}
function param<N extends string>(name: N, type: QueryParamType, schema: ParamSchema, rest: SpecRest): Spec<N> {
  return { ...rest, name, type, array: rest.array ?? false, schema };
}

const q = param('q', 'text', { type: 'string', maxLength: Q_MAX }, {
  maxLength: Q_MAX,
  description: 'Free text. Case-, width- and 简/繁-folded; every term must match; Chinese matches anywhere, English by word prefix.',
  example: '创新 bio',
});
const cursor = param('cursor', 'cursor', { type: 'string', pattern: CURSOR_PATTERN.source }, {
  description: "Opaque cursor from the previous page's nextCursor; valid only with the same filters.",
});
const limit = param('limit', 'integer', { type: 'integer', minimum: 1, maximum: 500, default: 50 }, {
  minimum: 1, maximum: 500, default: 50, description: 'Page size, 1 to 500.', example: '20',
});
const region = enumParam('region', ['shanghai', 'hong-kong'], 'Region: any of the values.');

/**
 * The query parameters of every list resource, in URL order (also the order `toSearchParams`
 * writes them in). Array parameters take comma-separated values and match records with **any** of
 * them; different parameters must all match.
 */
export const QUERY_PARAMS = {
  events: [
    q,
    enumParam('kind', EVENT_KINDS, 'Event kind: any of the values.'),
    region,
    idsParam('organizer', 'Organiser organisation ids: events organised by any of them.', 'org-hkstp'),
    enumParam('audience', AUDIENCES, 'Audience: events for any of the values.'),
    param('tag', 'text', arrayOf({ type: 'string', maxLength: TAG_MAX }), {
      array: true, maxLength: TAG_MAX, description: 'Tags (case- and 简/繁-insensitive): events with any of them.', example: 'fintech',
    }),
    enumParam('status', EVENT_STATUSES, 'Status: any of the values.'),
    idParam('seriesId', 'Editions of this series only.', 'pujiang-innovation-forum'),
    dateParam('from', 'Events that end on or after this date (UTC+8) or date-time; recurring series by their last occurrence.', '2026-03-01'),
    dateParam('to', 'Events that start before this date (UTC+8) or date-time (exclusive).', '2026-04-01'),
    cursor,
    limit,
  ],
  incubators: [
    q,
    region,
    idsParam('district', 'District ids: any of them.', 'sh-pudong'),
    enumParam('service', SERVICES, 'Services: incubators offering any of them.'),
    enumParam('industry', INDUSTRIES, 'Industries: incubators focused on any of them.'),
    enumParam('level', INCUBATOR_LEVELS, 'Level: any of the values.'),
    param('acceptsHongKongFounders', 'boolean', { type: 'boolean' }, {
      description: 'Only incubators that do (true) or do not (false) state that they take Hong Kong founders.', example: 'true',
    }),
    param('near', 'point', { type: 'string', pattern: '^[+-]?[0-9.]+,[+-]?[0-9.]+$' }, {
      description: 'A WGS-84 point "lat,lng": sorts by distance from it (haversine) unless sort says otherwise.', example: '31.2304,121.4737',
    }),
    param('sort', 'enum', { type: 'string', enum: ['relevance', 'distance', 'name'] }, {
      enum: ['relevance', 'distance', 'name'],
      description: 'Order: relevance (name matches first; default with q), distance (needs near; default with near), or name.',
      example: 'distance',
    }),
    cursor,
    limit,
  ],
  organizations: [q, enumParam('type', ORGANIZATION_TYPES, 'Organisation type: any of the values.'), region, cursor, limit],
  policies: [
    q,
    enumParam('kind', POLICY_KINDS, 'Policy kind: any of the values.'),
    enumParam('jurisdiction', JURISDICTIONS, 'Jurisdiction: any of the values.'),
    enumParam('status', ['open', 'closed'], 'open or closed to new applications.'),
    cursor,
    limit,
  ],
  programs: [
    q,
    enumParam('kind', PROGRAM_KINDS, 'Programme kind: any of the values.'),
    region,
    enumParam('audience', AUDIENCES, 'Audience: programmes for any of the values.'),
    cursor,
    limit,
  ],
  talents: [q, enumParam('category', TALENT_CATEGORIES, 'Talent category: any of the values.'), region, cursor, limit],
  holidays: [
    q,
    enumParam('region', ['mainland', 'hong-kong'], 'mainland (State Council arrangement) or hong-kong (general holidays).'),
    dateParam('from', 'Holidays on or after this date (UTC+8) or date-time.', '2026-01-01'),
    dateParam('to', 'Holidays before this date (UTC+8) or date-time (exclusive).', '2027-01-01'),
    cursor,
    limit,
  ],
} as const satisfies { readonly [R in ResourceName]: readonly Spec<keyof QueryByResource[R] & string>[] };

// Compile-time check that every property of every query type has a parameter.
type Covered<R extends ResourceName> = (typeof QUERY_PARAMS)[R][number]['name'];
type Uncovered = { [R in ResourceName]: Exclude<keyof QueryByResource[R], Covered<R>> }[ResourceName];
const allCovered: [Uncovered] extends [never] ? true : Uncovered = true;
void allCovered;

/** The result of {@link parseQuery}: the typed query, or the first parameter at fault. */
export type ParseResult<R extends ResourceName> =
  | { ok: true; query: QueryByResource[R] }
  | { ok: false; param: string; detail: string };

type Parsed = { ok: true; value: unknown } | { ok: false; detail: string };

function parseOne(spec: QueryParamSpec, raw: string): Parsed {
  const bad = (detail: string): Parsed => ({ ok: false, detail });
  switch (spec.type) {
    case 'text':
      if (spec.maxLength !== undefined && raw.length > spec.maxLength) {
        return bad(`${spec.name} must be at most ${spec.maxLength} characters (got ${raw.length})`);
      }
      return { ok: true, value: raw };
    case 'id':
      return ID_PATTERN.test(raw) && raw.length <= 120
        ? { ok: true, value: raw }
        : bad(`${spec.name}: "${raw}" is not an id (lowercase words joined by "-", e.g. "${spec.example ?? 'sh-pudong'}")`);
    case 'enum':
      return spec.enum!.includes(raw)
        ? { ok: true, value: raw }
        : bad(`${spec.name}: "${raw}" is not one of the allowed values: ${spec.enum!.join(', ')}`);
    case 'integer': {
      const n = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
      if (!Number.isInteger(n) || n < (spec.minimum ?? -Infinity) || n > (spec.maximum ?? Infinity)) {
        return bad(`${spec.name} must be an integer from ${spec.minimum} to ${spec.maximum} (got "${raw}")`);
      }
      return { ok: true, value: n };
    }
    case 'boolean':
      return raw === 'true' || raw === 'false' ? { ok: true, value: raw === 'true' } : bad(`${spec.name} must be true or false (got "${raw}")`);
    case 'date':
      return IsoDate.safeParse(raw).success || IsoDateTime.safeParse(raw).success
        ? { ok: true, value: raw }
        : bad(`${spec.name} must be an ISO date like 2026-03-01 or a date-time with offset like 2026-03-01T09:00:00+08:00 (got "${raw}")`);
    case 'point': {
      const [latText, lngText, extra] = raw.split(',');
      const lat = latText !== undefined && NUMBER_PATTERN.test(latText) ? Number(latText) : NaN;
      const lng = lngText !== undefined && NUMBER_PATTERN.test(lngText) ? Number(lngText) : NaN;
      if (extra !== undefined || !(lat >= -90 && lat <= 90) || !(lng >= -180 && lng <= 180)) {
        return bad(`${spec.name} must be "lat,lng" with lat from -90 to 90 and lng from -180 to 180 (got "${raw}")`);
      }
      return { ok: true, value: { lat, lng } satisfies GeoPoint };
    }
    case 'cursor':
      return CURSOR_PATTERN.test(raw) ? { ok: true, value: raw } : bad(`${spec.name} is not a cursor from a previous page's nextCursor`);
  }
}

/**
 * Parses and strictly validates the URL query of a list resource: unknown parameters, values outside
 * an enumeration, limits outside 1–500, malformed points or dates, booleans other than
 * `true`/`false` and `q` over 200 characters are errors naming the parameter. Empty values count as
 * absent. Arrays are comma-separated; repeating an array parameter adds values.
 *
 * @example
 * parseQuery('events', new URLSearchParams('kind=forum,expo&from=2026-03-01'))
 * // { ok: true, query: { kind: ['forum', 'expo'], from: '2026-03-01' } }
 * parseQuery('events', new URLSearchParams('limit=0'))
 * // { ok: false, param: 'limit', detail: 'limit must be an integer from 1 to 500 (got "0")' }
 */
export function parseQuery<R extends ResourceName>(resource: R, params: URLSearchParams): ParseResult<R> {
  const specs: readonly QueryParamSpec[] = QUERY_PARAMS[resource];
  const byName = new Map(specs.map((s) => [s.name, s]));
  for (const name of new Set(params.keys())) {
    if (!byName.has(name)) {
      return { ok: false, param: name, detail: `Unknown parameter "${name}" for ${resource}; known: ${specs.map((s) => s.name).join(', ')}` };
    }
  }
  const query: Record<string, unknown> = {};
  for (const spec of specs) {
    const raws = params.getAll(spec.name).filter((v) => v !== '');
    if (raws.length === 0) continue;
    if (!spec.array) {
      if (raws.length > 1) return { ok: false, param: spec.name, detail: `${spec.name} may be given only once` };
      const r = parseOne(spec, raws[0]!);
      if (!r.ok) return { ok: false, param: spec.name, detail: r.detail };
      query[spec.name] = r.value;
      continue;
    }
    const values: unknown[] = [];
    for (const raw of raws) {
      for (const item of raw.split(',')) {
        if (item === '') return { ok: false, param: spec.name, detail: `${spec.name} has an empty item in "${raw}"` };
        const r = parseOne(spec, item);
        if (!r.ok) return { ok: false, param: spec.name, detail: r.detail };
        values.push(r.value);
      }
    }
    query[spec.name] = values;
  }
  if (query.sort === 'distance' && query.near === undefined) {
    return { ok: false, param: 'sort', detail: 'sort=distance needs near=lat,lng' };
  }
  return { ok: true, query: query as QueryByResource[R] };
}

// The client's half, without this module's descriptions and schemas.
export { toSearchParams } from './serialize.js';
