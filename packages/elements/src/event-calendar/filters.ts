import {
  AUDIENCE_LABELS, AUDIENCES, EVENT_KIND_LABELS, EVENT_KINDS, REGION_LABELS,
  type Event, type EventQuery, type ExchangeClient, type Locale, type LocalizedText,
} from '@shhk/sdk';
import type * as Search from '@shhk/sdk/search';
import type { CalendarEvent } from './normalize.js';
import type { TimeRange } from './time.js';

/** The calendar's filters. Empty lists and an empty `q` mean "no filter". */
export interface CalendarFilters {
  /** Event kinds (`forum`, `expo` …), any of. */
  kinds: string[];
  /** `shanghai`, `hong-kong`, any of. */
  regions: string[];
  /** Organiser organisation ids, any of. */
  organizers: string[];
  /** Audiences (`founders`, `students` …), any of. */
  audiences: string[];
  /** Tags, any of. */
  tags: string[];
  /** Free text: case-, width- and 简/繁-folded (创新 finds 創新). */
  q: string;
}

/** No filters. Frozen: copy before changing. */
export const EMPTY_FILTERS: Readonly<CalendarFilters> = Object.freeze({
  kinds: [], regions: [], organizers: [], audiences: [], tags: [], q: '',
}) as Readonly<CalendarFilters>;

const REGIONS = ['shanghai', 'hong-kong'] as const;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Splits a comma-separated attribute value (`"forum, expo"`) into trimmed, unique values. */
export function parseList(value: string | null | undefined): string[] {
  if (!value) return [];
  return [...new Set(value.split(/[,，]/).map((v) => v.trim()).filter((v) => v !== ''))];
}

/** Raw attribute (or URL parameter) values of the filters. */
export interface FilterAttributes {
  kind?: string | null | undefined;
  region?: string | null | undefined;
  organizer?: string | null | undefined;
  audience?: string | null | undefined;
  tag?: string | null | undefined;
  q?: string | null | undefined;
}

/**
 * Reads filters from attribute values. Unknown kinds, regions and audiences are dropped (so a typo
 * can't hide every event); organiser ids and tags are kept as written.
 *
 * @example
 * ```ts
 * parseFilterAttributes({ kind: 'forum,expo', region: 'hong-kong', q: '创新' });
 * ```
 */
export function parseFilterAttributes(attrs: FilterAttributes): CalendarFilters {
  // Ids and vocabulary values hold no spaces, so `kinds="forum expo"` works like `"forum,expo"`;
  // tags are free text and split on commas only.
  const ids = (v: string | null | undefined): string[] => parseList(v?.replace(/\s+/g, ','));
  const lower = (v: string | null | undefined): string[] => ids(v).map((s) => s.toLowerCase());
  return {
    kinds: lower(attrs.kind).filter((k) => (EVENT_KINDS as readonly string[]).includes(k)),
    regions: lower(attrs.region).filter((r) => (REGIONS as readonly string[]).includes(r)),
    organizers: ids(attrs.organizer),
    audiences: lower(attrs.audience).filter((a) => (AUDIENCES as readonly string[]).includes(a)),
    tags: parseList(attrs.tag),
    q: (attrs.q ?? '').trim(),
  };
}

/** The filters as attribute values (`null` = remove the attribute), the inverse of {@link parseFilterAttributes}. */
export function filtersToAttributes(f: CalendarFilters): Required<{ [K in keyof FilterAttributes]: string | null }> {
  const join = (list: readonly string[]): string | null => (list.length ? list.join(',') : null);
  return {
    kind: join(f.kinds),
    region: join(f.regions),
    organizer: join(f.organizers),
    audience: join(f.audiences),
    tag: join(f.tags),
    q: f.q.trim() === '' ? null : f.q.trim(),
  };
}

/** Whether any filter is set. */
export function hasActiveFilters(f: CalendarFilters): boolean {
  return f.kinds.length + f.regions.length + f.organizers.length + f.audiences.length + f.tags.length > 0 || f.q.trim() !== '';
}

/** Whether two filter sets select the same events (order of values ignored). */
export function filtersEqual(a: CalendarFilters, b: CalendarFilters): boolean {
  const same = (x: readonly string[], y: readonly string[]): boolean => x.length === y.length && x.every((v) => y.includes(v));
  return same(a.kinds, b.kinds) && same(a.regions, b.regions) && same(a.organizers, b.organizers)
    && same(a.audiences, b.audiences) && same(a.tags, b.tags) && a.q.trim() === b.q.trim();
}

// The 简/繁-folding search and its fold table (~7.5 KiB gzip) load on the first text query, not with
// the calendar (goal C1): `loadSearch()` is called by the element as soon as `q` is non-empty.
let search: typeof Search | undefined;
let searchLoad: Promise<void> | undefined;
let searchSettled = false;

/**
 * Loads the folding text search once (a lazy chunk in the drop-in). Until it is in, {@link applyFilters}
 * matches `q` case-insensitively without 简/繁 folding. Never rejects: if the chunk fails to load,
 * the plain match stays.
 *
 * @example
 * ```ts
 * await loadSearch();
 * applyFilters(events, { ...EMPTY_FILTERS, q: '創新' }); // also finds 创新
 * ```
 */
export function loadSearch(): Promise<void> {
  searchLoad ??= import('@shhk/sdk/search').then(
    (m) => {
      search = m;
    },
    () => undefined,
  ).finally(() => {
    searchSettled = true;
  });
  return searchLoad;
}

/** Whether {@link loadSearch} was called and has not settled yet. */
export function searchLoading(): boolean {
  return searchLoad !== undefined && !searchSettled;
}

/** Whether the folding search is loaded (results of {@link applyFilters} with `q` are final). */
export function searchReady(): boolean {
  return search !== undefined;
}

// The search text of a record, with the same fields the server searches (titles, summaries, venue,
// organisers, tags, and the trilingual labels of kind and region); folded and cached once the
// search is loaded.
const haystacks = new WeakMap<Event, string>();
function rawHaystack(event: Event): string {
  const parts: string[] = [];
  const push = (t: LocalizedText | undefined): void => {
    if (!t) return;
    for (const v of [t['zh-Hans'], t['zh-Hant-HK'], t.en]) if (v) parts.push(v);
  };
  push(event.title);
  push(event.summary);
  push(event.venue?.name);
  push(event.venue?.address);
  for (const o of event.organizers) push(o.name);
  parts.push(...event.tags);
  push(EVENT_KIND_LABELS[event.kind]);
  push(REGION_LABELS[event.region]);
  return parts.join('\n');
}

function haystack(event: Event, s: typeof Search): string {
  let h = haystacks.get(event);
  if (h === undefined) haystacks.set(event, (h = s.fold(rawHaystack(event))));
  return h;
}

/** A matcher for `q`: the folding search when loaded, else every term as a case-insensitive substring. */
function textMatcher(q: string): ((event: Event) => boolean) | undefined {
  if (q.trim() === '') return undefined;
  const s = search;
  if (s) {
    const query = s.compileQuery(q);
    return (e) => query.test(haystack(e, s));
  }
  const terms = q.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean);
  return (e) => {
    const h = rawHaystack(e).normalize('NFKC').toLowerCase();
    return terms.every((t) => h.includes(t));
  };
}

/**
 * The events that pass every filter: any of the listed values within a facet, all facets together,
 * and every term of `q` (folded, so 创新 finds 創新 and vice versa) against the text of every locale, so
 * the result does not depend on the display locale (`_locale` is accepted and ignored). Returns the
 * input array itself when no filter is active. Folding needs {@link loadSearch} first; before it
 * has loaded, `q` matches case-insensitively only.
 *
 * @example
 * ```ts
 * applyFilters(events, { ...EMPTY_FILTERS, kinds: ['forum'], q: '創新' });
 * ```
 */
export function applyFilters(events: readonly CalendarEvent[], filters: CalendarFilters, _locale?: Locale): CalendarEvent[] {
  if (!hasActiveFilters(filters)) return events as CalendarEvent[];
  const tests = facetTests(filters);
  const query = textMatcher(filters.q);
  return events.filter(({ event: e }) => tests.every(([, test]) => test(e)) && (!query || query(e)));
}

/** The facets of the event filter, in chip order. */
export const FACETS = ['kinds', 'regions', 'audiences', 'organizers', 'tags'] as const;
export type FacetKey = (typeof FACETS)[number];

/** A test per facet with chosen values: an event passes when it has one of them. */
function facetTests(filters: CalendarFilters): [FacetKey, (e: Event) => boolean][] {
  const out: [FacetKey, (e: Event) => boolean][] = [];
  const add = (facet: FacetKey, test: (values: Set<string>, e: Event) => boolean): void => {
    const values = set(filters[facet]);
    if (values) out.push([facet, (e) => test(values, e)]);
  };
  add('kinds', (v, e) => v.has(e.kind));
  add('regions', (v, e) => v.has(e.region));
  add('audiences', (v, e) => e.audience.some((a) => v.has(a)));
  add('organizers', (v, e) => e.organizers.some((o) => o.id !== undefined && v.has(o.id)));
  add('tags', (v, e) => e.tags.some((t) => v.has(t)));
  return out;
}

function set(values: readonly string[]): Set<string> | undefined {
  return values.length ? new Set(values) : undefined;
}

/**
 * The API query for the filters (and, when given, the range as `from`/`to` ISO instants), for a
 * client source or a subscription link. Organiser values that aren't ids are left out (the API would
 * refuse them).
 *
 * @example
 * ```ts
 * toEventQuery({ ...EMPTY_FILTERS, kinds: ['forum'] }, { from, to }); // { kind: ['forum'], from: '…Z', to: '…Z' }
 * ```
 */
export function toEventQuery(filters: CalendarFilters, range?: TimeRange): EventQuery {
  const query: EventQuery = {};
  if (filters.kinds.length) query.kind = filters.kinds.filter((k) => (EVENT_KINDS as readonly string[]).includes(k)) as EventQuery['kind'];
  if (filters.regions.length) query.region = filters.regions.filter((r) => (REGIONS as readonly string[]).includes(r)) as EventQuery['region'];
  const organizers = filters.organizers.filter((o) => ID.test(o));
  if (organizers.length) query.organizer = organizers;
  if (filters.audiences.length) query.audience = filters.audiences.filter((a) => (AUDIENCES as readonly string[]).includes(a)) as EventQuery['audience'];
  if (filters.tags.length) query.tag = [...filters.tags];
  if (filters.q.trim() !== '') query.q = filters.q.trim();
  if (range) {
    query.from = new Date(range.from).toISOString();
    query.to = new Date(range.to).toISOString();
  }
  return query;
}

/**
 * "Subscribe" links for the current filters: the API's `/events.ics?…` feed as https and as
 * `webcal:`. Both are undefined for an offline client (no server to serve a feed) or no client.
 *
 * @example
 * ```ts
 * subscribeUrls(client, filters); // { https: 'https://api…/v1/events.ics?kind=forum', webcal: 'webcal://api…/v1/events.ics?kind=forum' }
 * ```
 */
export function subscribeUrls(client: ExchangeClient | undefined, filters: CalendarFilters): { https?: string; webcal?: string } {
  const feed = client?.events.icsUrl(toEventQuery(filters));
  if (!feed) return {};
  let url: URL;
  try {
    url = new URL(feed, globalThis.location?.href);
  } catch {
    return {};
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return {};
  return { https: url.href, webcal: url.href.replace(/^https?:/, 'webcal:') };
}

/** One chip of a facet: its value, how many loaded events have it, and a label when the data has one. */
export interface FacetValue {
  value: string;
  count: number;
  /** Trilingual label (kinds, regions, audiences: the SDK vocabulary; organisers: their names). Tags have none. */
  label?: LocalizedText;
}

/** Chips available for the loaded events, per facet. */
export interface Facets {
  kinds: FacetValue[];
  regions: FacetValue[];
  organizers: FacetValue[];
  audiences: FacetValue[];
  tags: FacetValue[];
}

/**
 * The facet values present in the events, with counts (per occurrence). A value's count is what
 * choosing it would add: the events matching every *other* facet and the text query (as filter
 * panels count, so the numbers agree with what is shown). Vocabulary facets keep the SDK's order;
 * organisers and tags sort by count, then value. Values in `selected` stay listed (count 0) so an
 * active chip never disappears.
 *
 * @example
 * ```ts
 * facetValues(events, filters).kinds; // [{ value: 'forum', count: 12, label: { en: 'Forum', … } }, …]
 * ```
 */
export function facetValues(events: readonly CalendarEvent[], selected: CalendarFilters = EMPTY_FILTERS): Facets {
  const kinds = new Map<string, number>();
  const regions = new Map<string, number>();
  const audiences = new Map<string, number>();
  const organizers = new Map<string, { count: number; label: LocalizedText }>();
  const tags = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string, n: number): void => {
    m.set(k, (m.get(k) ?? 0) + n);
  };
  const tests = facetTests(selected);
  const query = textMatcher(selected.q);
  for (const { event: e } of events) {
    // Every value in the events gets a chip (so chips don't come and go as others are chosen); an event
    // adds to the counts of a facet when it matches the text and every other facet's choice: failing
    // one facet, it counts there only; failing two, nowhere.
    const failing = query && !query(e) ? undefined : tests.filter(([, test]) => !test(e));
    const n = (k: FacetKey): number => (failing && (!failing.length || (failing.length === 1 && failing[0]![0] === k)) ? 1 : 0);
    bump(kinds, e.kind, n('kinds'));
    bump(regions, e.region, n('regions'));
    for (const a of new Set(e.audience)) bump(audiences, a, n('audiences'));
    for (const t of new Set(e.tags)) bump(tags, t, n('tags'));
    const seen = new Set<string>();
    for (const o of e.organizers) {
      if (o.id === undefined || seen.has(o.id)) continue;
      seen.add(o.id);
      const entry = organizers.get(o.id);
      if (entry) entry.count += n('organizers');
      else organizers.set(o.id, { count: n('organizers'), label: o.name });
    }
  }
  const vocab = (order: readonly string[], counts: Map<string, number>, labels: Readonly<Record<string, LocalizedText>>, chosen: readonly string[]): FacetValue[] =>
    order.filter((v) => counts.has(v) || chosen.includes(v)).map((value) => ({ value, count: counts.get(value) ?? 0, label: labels[value]! }));
  const byCount = (a: FacetValue, b: FacetValue): number => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
  const organizerValues: FacetValue[] = [...organizers].map(([value, { count, label }]) => ({ value, count, label }));
  for (const id of selected.organizers) if (!organizers.has(id)) organizerValues.push({ value: id, count: 0 });
  const tagValues: FacetValue[] = [...tags].map(([value, count]) => ({ value, count }));
  for (const t of selected.tags) if (!tags.has(t)) tagValues.push({ value: t, count: 0 });
  return {
    kinds: vocab(EVENT_KINDS, kinds, EVENT_KIND_LABELS, selected.kinds),
    regions: vocab(REGIONS, regions, REGION_LABELS, selected.regions),
    audiences: vocab(AUDIENCES, audiences, AUDIENCE_LABELS, selected.audiences),
    organizers: organizerValues.sort(byCount),
    tags: tagValues.sort(byCount),
  };
}
