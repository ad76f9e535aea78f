import { filtersToAttributes, parseFilterAttributes, type CalendarFilters } from './filters.js';
import { isDayKey } from './time.js';

/** The calendar's views. */
export const CALENDAR_VIEWS = ['month', 'week', 'agenda', 'upcoming'] as const;
/** One of {@link CALENDAR_VIEWS}. */
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

/** What `sync-url` keeps in the page URL. */
export interface CalendarUrlState {
  view?: CalendarView | undefined;
  /** `YYYY-MM` (a month) or `YYYY-MM-DD` (a day). */
  date?: string | undefined;
  filters: CalendarFilters;
  /** Key of the event whose details are open (a share link). */
  event?: string | undefined;
}

const FILTER_PARAMS = ['kind', 'region', 'organizer', 'audience', 'tag', 'q'] as const;
const MONTH = /^(\d{4})-(\d{2})$/;

/** Whether a value is a `date` the URL may hold: a real day `YYYY-MM-DD` or a month `YYYY-MM`. */
export function isUrlDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = MONTH.exec(value);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12;
  return isDayKey(value);
}

/**
 * Reads the calendar's state from a URL's `${prefix}*` parameters, ignoring invalid values
 * (`?hk-view=month&hk-date=2026-03&hk-kind=forum,expo&hk-q=创新`).
 *
 * @example
 * ```ts
 * readUrlState(new URL(location.href)); // { view: 'month', date: '2026-03', filters: { kinds: ['forum', 'expo'], … } }
 * ```
 */
export function readUrlState(url: URL, prefix = 'hk-'): CalendarUrlState {
  const p = url.searchParams;
  const view = p.get(`${prefix}view`);
  const date = p.get(`${prefix}date`);
  const event = p.get(`${prefix}event`);
  const state: CalendarUrlState = {
    filters: parseFilterAttributes(Object.fromEntries(FILTER_PARAMS.map((k) => [k, p.get(`${prefix}${k}`)]))),
  };
  // `list` is the view's name in the docs and the `view` attribute; the URL writes `agenda`.
  const named = view === 'list' ? 'agenda' : view;
  if (named !== null && (CALENDAR_VIEWS as readonly string[]).includes(named)) state.view = named as CalendarView;
  if (isUrlDate(date)) state.date = date;
  if (event) state.event = event;
  return state;
}

/**
 * A copy of `url` with the calendar's state written into its `${prefix}*` parameters (empty values
 * removed); every other parameter and the hash are left as they were.
 *
 * @example
 * ```ts
 * history.pushState(null, '', writeUrlState(new URL(location.href), { view: 'week', date: '2026-03-14', filters }));
 * ```
 */
export function writeUrlState(url: URL, state: CalendarUrlState, prefix = 'hk-'): URL {
  const next = new URL(url.href);
  const p = next.searchParams;
  const put = (name: string, value: string | null | undefined): void => {
    if (value === null || value === undefined || value === '') p.delete(`${prefix}${name}`);
    else p.set(`${prefix}${name}`, value);
  };
  put('view', state.view);
  put('date', isUrlDate(state.date) ? state.date : undefined);
  const attrs = filtersToAttributes(state.filters);
  for (const k of FILTER_PARAMS) put(k, attrs[k]);
  put('event', state.event);
  return next;
}
