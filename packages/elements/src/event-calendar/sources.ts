import type { EventQuery, ExchangeClient } from '@shhk/sdk';
import { normalizeEvents, type CalendarEvent, type NormalizeResult, type SkippedEvent } from './normalize.js';
import { expandAll } from './recurrence.js';
import type { TimeRange } from './time.js';

/** Where events come from. `id` names the source (default: `api`, `ics:<url>`, `inline`); `label` is for its error message. */
export type SourceSpec =
  | { kind: 'client'; client: ExchangeClient; query?: EventQuery | undefined; id?: string | undefined; label?: string | undefined }
  | { kind: 'ics'; url: string; id?: string | undefined; label?: string | undefined }
  | { kind: 'inline'; events: readonly unknown[]; id?: string | undefined; label?: string | undefined };

/** One source's outcome: its events in range, or its error (the other sources are unaffected). */
export interface SourceResult {
  sourceId: string;
  label: string;
  kind: SourceSpec['kind'];
  events: CalendarEvent[];
  /** Records (or VEVENTs) left out as invalid. */
  skipped: number;
  /** Details of skipped records where known (API / inline sources). */
  skippedRecords: SkippedEvent[];
  /** Records kept after removing an unsafe link. */
  sanitised: number;
  /** Set when the source failed (an `IcsFeedError`, an SDK `ExchangeError` …). */
  error?: unknown;
}

/** Options of {@link loadSources}. */
export interface LoadSourcesOptions {
  /** The display zone. */
  zone: string;
  signal?: AbortSignal | undefined;
  /** `fetch` for ICS feeds. @default globalThis.fetch */
  fetch?: typeof fetch | undefined;
  /** Most events read from one API source. @default 20000 */
  maxApiEvents?: number | undefined;
}

/** The id a spec gets when it names none. */
export function defaultSourceId(spec: SourceSpec): string {
  return spec.kind === 'client' ? 'api' : spec.kind === 'ics' ? `ics:${spec.url}` : 'inline';
}

function defaultLabel(spec: SourceSpec): string {
  if (spec.kind !== 'ics') return spec.kind === 'client' ? 'API' : 'events';
  try {
    return new URL(spec.url, globalThis.location?.href).host || spec.url;
  } catch {
    return spec.url;
  }
}

// Normalising a large inline list once per (list, zone, source) keeps month switches cheap (goal C5).
const inlineCache = new WeakMap<readonly unknown[], Map<string, NormalizeResult>>();
function normalizeInline(events: readonly unknown[], sourceId: string, zone: string): NormalizeResult {
  let byKey = inlineCache.get(events);
  if (!byKey) {
    byKey = new Map();
    inlineCache.set(events, byKey);
  }
  const key = `${sourceId}|${zone}`;
  let result = byKey.get(key);
  if (!result) {
    result = normalizeEvents(events, { sourceId, zone });
    byKey.set(key, result);
  }
  return result;
}

/** Keeps the events overlapping the range (zero-length ones by their start). */
export function inRange(events: readonly CalendarEvent[], range: TimeRange): CalendarEvent[] {
  return events.filter((ce) => ce.start < range.to && (ce.end > range.from || (ce.end === ce.start && ce.start >= range.from)));
}

/**
 * Loads every source for a range in parallel. A failing source yields a result with `error` and no
 * events; the others are unaffected. Recurring API and inline events are expanded in the range; ICS
 * feeds are expanded by ical.js. Rejects only when `signal` aborts (with its reason).
 *
 * @example
 * ```ts
 * const results = await loadSources(
 *   [{ kind: 'client', client, query: toEventQuery(filters) }, { kind: 'ics', url: icsSrc }],
 *   range, { zone, signal },
 * );
 * const events = mergeSources(results);
 * ```
 */
export async function loadSources(specs: readonly SourceSpec[], range: TimeRange, opts: LoadSourcesOptions): Promise<SourceResult[]> {
  const used = new Set<string>();
  const named = specs.map((spec) => {
    let sourceId = spec.id ?? defaultSourceId(spec);
    for (let n = 2; used.has(sourceId); n++) sourceId = `${spec.id ?? defaultSourceId(spec)}#${n}`;
    used.add(sourceId);
    return { spec, sourceId, label: spec.label ?? defaultLabel(spec) };
  });
  const settled = await Promise.allSettled(named.map(({ spec, sourceId }) => loadOne(spec, sourceId, range, opts)));
  if (opts.signal?.aborted) throw opts.signal.reason;
  return settled.map((outcome, i) => {
    const { spec, sourceId, label } = named[i]!;
    const base = { sourceId, label, kind: spec.kind };
    if (outcome.status === 'fulfilled') return { ...base, ...outcome.value };
    return { ...base, events: [], skipped: 0, skippedRecords: [], sanitised: 0, error: outcome.reason };
  });
}

async function loadOne(
  spec: SourceSpec,
  sourceId: string,
  range: TimeRange,
  opts: LoadSourcesOptions,
): Promise<Pick<SourceResult, 'events' | 'skipped' | 'skippedRecords' | 'sanitised'>> {
  const { zone, signal } = opts;
  switch (spec.kind) {
    case 'client': {
      const query: EventQuery = {
        ...spec.query,
        from: new Date(range.from).toISOString(),
        to: new Date(range.to).toISOString(),
        limit: 500,
      };
      delete query.cursor;
      const items: unknown[] = [];
      const cap = opts.maxApiEvents ?? 20_000;
      for await (const item of spec.client.events.iterate(query, { signal })) {
        items.push(item);
        if (items.length >= cap) break;
      }
      // The client validated every record strictly; only zone and date rules remain.
      const result = normalizeEvents(items, { sourceId, zone, trusted: true });
      return {
        events: inRange(expandAll(result.events, range, zone), range),
        skipped: result.skipped.length,
        skippedRecords: result.skipped,
        sanitised: result.sanitised,
      };
    }
    case 'ics': {
      // The ICS reader and ical.js are a lazy chunk: pages without `ics-src` never load them (goal C2).
      const { loadIcsFeed } = await import('./ics-source.js');
      const { events, skipped } = await loadIcsFeed(spec.url, { fetch: opts.fetch, signal, range, zone, sourceId });
      return { events, skipped, skippedRecords: [], sanitised: 0 };
    }
    case 'inline': {
      const result = normalizeInline(spec.events, sourceId, zone);
      return {
        events: inRange(expandAll(result.events, range, zone), range),
        skipped: result.skipped.length,
        skippedRecords: result.skipped,
        sanitised: result.sanitised,
      };
    }
  }
}

/**
 * All sources' events in one list, without duplicates: the first source listing a key wins (so list
 * the API before copies of the same events elsewhere).
 */
export function mergeSources(results: readonly SourceResult[]): CalendarEvent[] {
  if (results.length === 1) return results[0]!.events;
  const seen = new Set<string>();
  const out: CalendarEvent[] = [];
  for (const r of results) {
    for (const ce of r.events) {
      if (seen.has(ce.key)) continue;
      seen.add(ce.key);
      out.push(ce);
    }
  }
  return out;
}

/** Totals for the visible note: records skipped and sanitised, and the sources that failed. */
export function sourceSummary(results: readonly SourceResult[]): { skipped: number; sanitised: number; failed: SourceResult[] } {
  let skipped = 0;
  let sanitised = 0;
  const failed: SourceResult[] = [];
  for (const r of results) {
    skipped += r.skipped;
    sanitised += r.sanitised;
    if (r.error !== undefined) failed.push(r);
  }
  return { skipped, sanitised, failed };
}
