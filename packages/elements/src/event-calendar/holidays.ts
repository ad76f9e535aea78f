import type { ExchangeClient, Holiday } from '@shhk/sdk';
import type { DayKey } from './time.js';

/** The holidays of one day. */
export interface HolidayDay {
  /** Public holidays (mainland and/or Hong Kong). */
  holidays: Holiday[];
  /** Mainland make-up working days (调休上班). */
  makeup: Holiday[];
}

/** A holiday region: `mainland` (State Council arrangement) or `hong-kong` (general holidays). */
export type HolidayRegion = Holiday['region'];
const REGIONS: readonly HolidayRegion[] = ['mainland', 'hong-kong'];

/**
 * Indexes holidays by day, split into public holidays and make-up working days, optionally only for
 * some regions. Mainland entries come before Hong Kong ones within a day.
 *
 * @example
 * ```ts
 * const index = holidayIndex(await loadHolidays(client));
 * index.get('2026-10-01')?.holidays[0]?.name; // { 'zh-Hans': '国庆节', … }
 * ```
 */
export function holidayIndex(holidays: readonly Holiday[], regions: readonly HolidayRegion[] = REGIONS): Map<DayKey, HolidayDay> {
  const index = new Map<DayKey, HolidayDay>();
  const sorted = [...holidays].sort((a, b) => REGIONS.indexOf(a.region) - REGIONS.indexOf(b.region));
  for (const h of sorted) {
    if (!regions.includes(h.region)) continue;
    let day = index.get(h.date);
    if (!day) {
      day = { holidays: [], makeup: [] };
      index.set(h.date, day);
    }
    if (h.kind === 'makeup-workday') {
      if (!day.makeup.some((x) => x.id === h.id)) day.makeup.push(h);
    } else if (!day.holidays.some((x) => x.id === h.id)) {
      day.holidays.push(h);
    }
  }
  return index;
}

/**
 * Reads the `holidays` attribute: absent or `""`/`all` → both regions, `none`/`false` → none,
 * otherwise a list (`mainland`, `hong-kong`; `cn`/`hk` accepted).
 */
export function parseHolidayRegions(attr: string | null | undefined): HolidayRegion[] {
  const value = (attr ?? '').trim().toLowerCase();
  if (value === '' || value === 'all' || value === 'true') return [...REGIONS];
  if (value === 'none' || value === 'false' || value === 'off') return [];
  const out = new Set<HolidayRegion>();
  for (const v of value.split(/[\s,]+/)) {
    if (v === 'mainland' || v === 'cn' || v === 'shanghai') out.add('mainland');
    if (v === 'hong-kong' || v === 'hk') out.add('hong-kong');
  }
  return REGIONS.filter((r) => out.has(r));
}

/**
 * Loads the holidays (dataset-cited) through the SDK, all pages, optionally for a date window.
 *
 * @example
 * ```ts
 * const holidays = await loadHolidays(client, { from: '2026-01-01', to: '2028-01-01', signal });
 * ```
 */
export async function loadHolidays(
  client: ExchangeClient,
  opts: { signal?: AbortSignal | undefined; from?: DayKey | undefined; to?: DayKey | undefined; regions?: readonly HolidayRegion[] | undefined } = {},
): Promise<Holiday[]> {
  const query: { region?: HolidayRegion[]; from?: string; to?: string; limit: number } = { limit: 500 };
  if (opts.regions) query.region = [...opts.regions];
  if (opts.from) query.from = opts.from;
  if (opts.to) query.to = opts.to;
  const out: Holiday[] = [];
  for await (const h of client.holidays.iterate(query, { signal: opts.signal })) out.push(h);
  return out;
}
