import type { District, Event, LocalizedText, Page } from '../model/index.js';
import { compareKeys, decodeCursor, encodeCursor, fingerprint } from './cursor.js';
import type { SortKey } from './cursor.js';
import { daySpan, eventSpan, instantOf } from './dates.js';
import type { Span } from './dates.js';
import { QueryError } from './errors.js';
import { fold } from './fold.js';
import { haversineKm } from './geo.js';
import { QUERY_PARAMS, parseQuery, toSearchParams } from './params.js';
import { compileQuery, haystackOf, nameHaystackOf } from './search.js';
import type { CompiledQuery } from './search.js';
import type {
  EventQuery, HolidayQuery, IncubatorQuery, ItemByResource, OrganizationQuery, PolicyQuery, ProgramQuery,
  QueryByResource, ResourceName, TalentQuery,
} from './types.js';

/** What {@link runQuery} may need besides the records. */
export interface QueryContext {
  /** The dataset's districts: their names make records searchable by district (`q=浦东`). */
  districts?: readonly District[];
  /**
   * Reserved for time-relative defaults. No filter reads the clock today, so results (and cursors)
   * depend only on the data and the query.
   */
  now?: Date;
}

/** The page size when `limit` is absent. */
const DEFAULT_LIMIT = 50;
/** Sorts records without a value (no geo, no start date) last; finite, so it survives JSON. */
const LAST = Number.MAX_VALUE;

interface Plan<T> {
  test(item: T): boolean;
  key(item: T): SortKey;
  /** The length of every key this plan returns (checked against a cursor's key). */
  keyLength: number;
}
type Planner<T, Q> = (query: Q, ctx: QueryContext, text: CompiledQuery) => Plan<T>;

// ——— shared helpers ———

const setOf = <V>(values: readonly V[] | undefined): ReadonlySet<V> | undefined =>
  values && values.length > 0 ? new Set(values) : undefined;

const spans = new WeakMap<object, Span>();
function spanOfEvent(e: Event): Span {
  let s = spans.get(e);
  if (!s) spans.set(e, (s = eventSpan(e)));
  return s;
}

const nameKeys = new WeakMap<object, string>();
/** Name order: the English name (folded, so case-insensitive), else the Chinese one. */
function nameKey(item: { name: LocalizedText }): string {
  let k = nameKeys.get(item);
  if (k === undefined) nameKeys.set(item, (k = fold(item.name.en ?? item.name['zh-Hans'] ?? item.name['zh-Hant-HK'] ?? '')));
  return k;
}

/** The range filter shared by events and holidays: ends on/after `from`, starts before `to`. */
function rangeTest(query: { from?: string; to?: string }): ((span: Span) => boolean) | undefined {
  const from = query.from !== undefined ? instantOf(query.from) : undefined;
  const to = query.to !== undefined ? instantOf(query.to) : undefined;
  if (from === undefined && to === undefined) return undefined;
  return (span) => (from === undefined || span.last >= from) && (to === undefined || span.start < to);
}

function byName<T extends { id: string; name: LocalizedText }>(): (item: T) => SortKey {
  return (item) => [nameKey(item), item.id];
}

// ——— per-resource plans ———

const events: Planner<Event, EventQuery> = (q, ctx, text) => {
  const kind = setOf(q.kind);
  const region = setOf(q.region);
  const organizer = setOf(q.organizer);
  const audience = setOf(q.audience);
  const tag = setOf(q.tag?.map(fold));
  const status = setOf(q.status);
  const range = rangeTest(q);
  return {
    test: (e) =>
      (!kind || kind.has(e.kind)) &&
      (!region || region.has(e.region)) &&
      (!status || status.has(e.status)) &&
      (q.seriesId === undefined || e.seriesId === q.seriesId) &&
      (!organizer || e.organizers.some((o) => o.id !== undefined && organizer.has(o.id))) &&
      (!audience || e.audience.some((a) => audience.has(a))) &&
      (!tag || e.tags.some((t) => tag.has(fold(t)))) &&
      (!range || range(spanOfEvent(e))) &&
      text.test(haystackOf('events', e, ctx.districts)),
    key: (e) => [spanOfEvent(e).start, e.id],
    keyLength: 2,
  };
};

const incubators: Planner<ItemByResource['incubators'], IncubatorQuery> = (q, ctx, text) => {
  const region = setOf(q.region);
  const district = setOf(q.district);
  const service = setOf(q.service);
  const industry = setOf(q.industry);
  const level = setOf(q.level);
  const sort = q.sort ?? (q.q ? 'relevance' : q.near ? 'distance' : 'name');
  const near = q.near;
  if (sort === 'distance' && !near) throw new QueryError('sort', 'sort=distance needs near=lat,lng');
  const byDistance = near !== undefined && sort !== 'name';
  const base: (i: ItemByResource['incubators']) => SortKey = byDistance
    ? (i) => [i.geo ? haversineKm(near, i.geo) : LAST, nameKey(i), i.id]
    : (i) => [nameKey(i), i.id];
  return {
    test: (i) =>
      (!region || region.has(i.region)) &&
      (!district || district.has(i.districtId)) &&
      (!level || level.has(i.level)) &&
      (q.acceptsHongKongFounders === undefined || i.acceptsHongKongFounders === q.acceptsHongKongFounders) &&
      (!service || i.services.some((s) => service.has(s))) &&
      (!industry || i.industries.some((s) => industry.has(s))) &&
      text.test(haystackOf('incubators', i, ctx.districts)),
    // Relevance: records matching more terms in their name or aliases first, then the default order.
    key: sort === 'relevance' ? (i) => [-text.count(nameHaystackOf('incubators', i)), ...base(i)] : base,
    keyLength: (byDistance ? 3 : 2) + (sort === 'relevance' ? 1 : 0),
  };
};

const organizations: Planner<ItemByResource['organizations'], OrganizationQuery> = (q, ctx, text) => {
  const type = setOf(q.type);
  const region = setOf(q.region);
  return {
    test: (o) => (!type || type.has(o.type)) && (!region || region.has(o.region)) && text.test(haystackOf('organizations', o, ctx.districts)),
    key: byName(),
    keyLength: 2,
  };
};

const policies: Planner<ItemByResource['policies'], PolicyQuery> = (q, ctx, text) => {
  const kind = setOf(q.kind);
  const jurisdiction = setOf(q.jurisdiction);
  const status = setOf(q.status);
  return {
    test: (p) =>
      (!kind || kind.has(p.kind)) && (!jurisdiction || jurisdiction.has(p.jurisdiction)) && (!status || status.has(p.status)) &&
      text.test(haystackOf('policies', p, ctx.districts)),
    key: byName(),
    keyLength: 2,
  };
};

const programs: Planner<ItemByResource['programs'], ProgramQuery> = (q, ctx, text) => {
  const kind = setOf(q.kind);
  const region = setOf(q.region);
  const audience = setOf(q.audience);
  return {
    test: (p) =>
      (!kind || kind.has(p.kind)) && (!region || p.regions.some((r) => region.has(r))) && (!audience || p.audience.some((a) => audience.has(a))) &&
      text.test(haystackOf('programs', p, ctx.districts)),
    // By start date (undated last), then name.
    key: (p) => [p.start !== undefined ? instantOf(p.start) : LAST, nameKey(p), p.id],
    keyLength: 3,
  };
};

const talents: Planner<ItemByResource['talents'], TalentQuery> = (q, ctx, text) => {
  const category = setOf(q.category);
  const region = setOf(q.region);
  return {
    test: (t) => (!category || category.has(t.category)) && (!region || region.has(t.region)) && text.test(haystackOf('talents', t, ctx.districts)),
    key: byName(),
    keyLength: 2,
  };
};

const holidays: Planner<ItemByResource['holidays'], HolidayQuery> = (q, ctx, text) => {
  const region = setOf(q.region);
  const range = rangeTest(q);
  return {
    test: (h) => (!region || region.has(h.region)) && (!range || range(daySpan(h.date))) && text.test(haystackOf('holidays', h, ctx.districts)),
    key: (h) => [instantOf(h.date), h.id],
    keyLength: 2,
  };
};

const PLANNERS: { [R in ResourceName]: Planner<ItemByResource[R], QueryByResource[R]> } = {
  events, incubators, organizations, policies, programs, talents, holidays,
};

/** Validates a query object exactly as the server validates a URL, so both fail alike. */
function validate<R extends ResourceName>(resource: R, query: QueryByResource[R]): { query: QueryByResource[R]; params: URLSearchParams } {
  if (query === null || typeof query !== 'object') throw new QueryError('query', 'The query must be an object');
  const known = new Set<string>(QUERY_PARAMS[resource].map((s) => s.name));
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && !known.has(name)) {
      throw new QueryError(name, `Unknown parameter "${name}" for ${resource}; known: ${[...known].join(', ')}`);
    }
  }
  const params = toSearchParams(resource, query);
  const parsed = parseQuery(resource, params);
  if (!parsed.ok) throw new QueryError(parsed.param, parsed.detail);
  return { query: parsed.query, params };
}

/**
 * Answers a list query over in-memory records with the Exchange API's semantics: the filters of
 * `query`, its text search, the resource's order, and a page of at most `limit` (default 50) items
 * with a stable keyset cursor to the next page (`null` on the last). The server and the SDK's
 * offline source both call this, so they agree item for item.
 *
 * Orders: events by start (all-day dates at 00:00 UTC+8), holidays by date, programmes by start date
 * (undated last), incubators by relevance (with `q`), distance (with `near`; no geo last) or name,
 * everything else by name (English, case-insensitive); ties always by id.
 *
 * @throws QueryError naming the parameter for an invalid query, or `cursor` for a cursor that is
 * garbage or was issued for a different query.
 * @example
 * const page = runQuery('events', dataset.events, { kind: ['forum'], from: '2026-03-01', limit: 20 });
 * const next = page.nextCursor && runQuery('events', dataset.events, { kind: ['forum'], from: '2026-03-01', limit: 20, cursor: page.nextCursor });
 */
export function runQuery<R extends ResourceName>(
  resource: R,
  items: readonly ItemByResource[R][],
  query: QueryByResource[R],
  ctx: QueryContext = {},
): Page<ItemByResource[R]> {
  const { query: q, params } = validate(resource, query);
  const { cursor, limit = DEFAULT_LIMIT } = q;
  params.delete('cursor');
  params.delete('limit');
  const fp = fingerprint(`${resource}?${params.toString()}`);

  const planner = PLANNERS[resource] as Planner<ItemByResource[R], QueryByResource[R]>;
  const plan = planner(q, ctx, compileQuery(q.q ?? ''));

  // Keep only the `limit + 1` smallest keys after the cursor (the extra one tells whether a next
  // page exists): O(n) for typical data instead of sorting every match.
  const after = cursor !== undefined ? decodeCursor(cursor, fp, plan.keyLength) : undefined;
  const take = limit + 1;
  const best: { item: ItemByResource[R]; key: SortKey }[] = [];
  for (const item of items) {
    if (!plan.test(item)) continue;
    const key = plan.key(item);
    if (after !== undefined && compareKeys(key, after) <= 0) continue;
    if (best.length === take && compareKeys(key, best[take - 1]!.key) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareKeys(best[mid]!.key, key) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, { item, key });
    if (best.length > take) best.pop();
  }

  const page = best.slice(0, limit);
  const more = best.length > limit;
  return { items: page.map((b) => b.item), nextCursor: more ? encodeCursor(fp, page[page.length - 1]!.key) : null };
}
