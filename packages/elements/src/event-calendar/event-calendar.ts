import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { ExchangeClient, Holiday, LocalizedText } from '@shhk/sdk';
import { HkElement } from '../shared/base-element.js';
import { defineElement } from '../shared/define.js';
import { FIRST_DAY_FALLBACK, listFormat } from '../shared/intl.js';
import { disclosureId, renderList, renderUpcoming, LIST_CHUNK, type AgendaDisclosure } from './agenda-view.js';
import { renderDetails } from './details-dialog.js';
import { styles } from './event-calendar.styles.js';
import {
  HkDateChangeEvent, HkEventSelectEvent, HkFilterChangeEvent, HkViewChangeEvent, type CalendarViewName,
} from './events.js';
import {
  applyFilters, EMPTY_FILTERS, FACETS, facetValues, filtersEqual, hasActiveFilters, loadSearch, parseFilterAttributes, searchLoading, searchReady, subscribeUrls,
  toEventQuery, type CalendarFilters, type FacetKey, type FacetValue,
} from './filters.js';
import { CalendarFormat, LANG, text, zonesDiffer } from './format.js';
import { holidayIndex, loadHolidays, parseHolidayRegions, type HolidayDay } from './holidays.js';
import { agendaGroups, countInDays, compareEvents, eventsInDays, monthLayout, upcoming, weekLayout, type MonthLayout } from './layout.js';
import { addToCalendarLinks, rangeIcsLink } from './links.js';
import { renderMonth } from './month-view.js';
import { normalizeEvents, type CalendarEvent, type NormalizeResult } from './normalize.js';
import { expandAll } from './recurrence.js';
import { loadSources, mergeSources, sourceSummary, type SourceResult, type SourceSpec } from './sources.js';
import { calendarStrings, type CalendarStrings } from './strings.js';
import {
  addDays, addMonths, dayRangeMs, isDayKey, isValidTimeZone, localTimeZone, monthGrid, resolveTimeZone, startOfWeek, startOfZonedDay, weekDays, zonedDay,
  zoneOffsetMinutes, type DayKey,
} from './time.js';
import { readUrlState, writeUrlState } from './url-state.js';
import { ICONS, type ViewContext } from './view-context.js';
import { renderWeek, weekColumns } from './week-view.js';

const VIEWS: readonly CalendarViewName[] = ['month', 'week', 'list', 'upcoming'];
/** Chips shown per open-ended facet (organisers, tags); the most frequent first. */
const FACET_CAP = 12;
const NO_REMOTE: readonly unknown[] = [];

let scrollLocks = 0;
let savedOverflow = '';
let savedGutter = '';

/**
 * Stops the page behind a modal dialog from scrolling (a modal `<dialog>` does not), keeping the
 * scrollbar's room so nothing shifts; returns the undo. Counted, for two calendars on one page.
 */
function lockPageScroll(): () => void {
  const style = globalThis.document?.documentElement.style;
  if (!style) return () => {};
  if (scrollLocks++ === 0) {
    savedOverflow = style.overflow;
    savedGutter = style.scrollbarGutter;
    style.scrollbarGutter = 'stable';
    style.overflow = 'hidden';
  }
  return () => {
    if (--scrollLocks === 0) {
      style.overflow = savedOverflow;
      style.scrollbarGutter = savedGutter;
    }
  };
}
/** The browser's zone, read once per page (`Intl.DateTimeFormat()` is slow to construct). */
let visitorZone: string | undefined;

interface Ui {
  filters: CalendarFilters;
  /** The day whose panel is open (month view). */
  selectedDay: DayKey | undefined;
  /** The event in the details dialog. */
  openEvent: CalendarEvent | undefined;
  /** The agenda event whose details disclosure is open (its key). */
  expanded: string | undefined;
  /** `data-size` from the element's width: s < 600 px ≤ m < 1000 px ≤ l. */
  size: 's' | 'm' | 'l';
  /** ≤ 480 px: the month shows as the agenda. */
  narrow: boolean;
  /** Most boxes side by side in a day of the week's time grid, from the width (`weekColumns`). */
  weekColumns: number;
  listLimit: number;
  /**
   * Where the agenda starts: a day (the week's "+N more" leads there), `all` (the month from its 1st,
   * after "Show earlier days"), or unset: today in the current month, else the 1st.
   */
  listFrom: DayKey | 'all' | undefined;
  filtersOpen: boolean;
  subscribeOpen: boolean;
  /** Text of the live region. */
  announcement: string;
  /** Text of the dialog's copy status. */
  copyStatus: string;
  skeleton: boolean;
}

interface RemoteData {
  results: SourceResult[];
  fromDay: DayKey;
  toDay: DayKey;
  /** The task's arguments these results answer (see `#loading`). */
  args?: readonly unknown[];
}

/** Everything derived from properties for one update. */
interface Model {
  ctx: ViewContext;
  zone: string;
  /** The `time-zone` value when it names no known zone (the default zone is used instead). */
  zoneInvalid: string | undefined;
  firstDay: number;
  /** The focused day. */
  anchor: DayKey;
  /** The view asked for, and the one drawn (month becomes the list at narrow widths). */
  view: CalendarViewName;
  shown: CalendarViewName;
  grid: DayKey[];
  /** Loaded range, days `[fromDay, toDay)`. */
  fromDay: DayKey;
  toDay: DayKey;
  /** The period shown (month, week or the upcoming year), days `[visFrom, visTo)`: counts, empty state, downloads. */
  visFrom: DayKey;
  visTo: DayKey;
  specs: SourceSpec[];
  client: ExchangeClient | undefined;
}

const parseView = (v: string | undefined): CalendarViewName =>
  v === 'agenda' ? 'list' : VIEWS.includes(v as CalendarViewName) ? (v as CalendarViewName) : 'month';

/**
 * The exchange's events on any page: month, week, list and upcoming views, in zh-Hans,
 * zh-Hant-HK and English, keyboard- and screen-reader-accessible, subscribable.
 *
 * @summary An embeddable, accessible event calendar for the Shanghai–Hong Kong exchange.
 *
 * @event hk-event-select - {@link HkEventSelectEvent}: the visitor opened an event.
 * @event hk-date-change - {@link HkDateChangeEvent}: the visitor moved to another day, week or month.
 * @event hk-view-change - {@link HkViewChangeEvent}: the visitor picked another view.
 * @event hk-filter-change - {@link HkFilterChangeEvent}: the visitor changed a filter or the search.
 *
 * @csspart base - The wrapper of everything (carries `lang`, `data-size` and `data-view`).
 * @csspart toolbar - The header: navigation, title, Today, jump and view buttons.
 * @csspart title - The `<h2>` title (month, week or "Upcoming events"), a polite live region.
 * @csspart nav-button - The previous and next (month or week) buttons.
 * @csspart today-button - The Today button.
 * @csspart jump - The jump-to-month `<select>`.
 * @csspart view-group - The group of view buttons.
 * @csspart view-button - One view button (`aria-pressed` when current).
 * @csspart filters - The filter bar: filters button, search and the chip panel.
 * @csspart filters-button - The button that opens the filter chips (shows the active count).
 * @csspart search - The search field.
 * @csspart filter-panel - The panel of filter chips.
 * @csspart facet - One group of chips (kind, region, organiser, audience, tag).
 * @csspart chip - One filter chip (`aria-pressed` when active).
 * @csspart clear-button - The "Clear all filters" button.
 * @csspart zone - The "Times in …" line.
 * @csspart zone-button - The "Show in my time zone" / back-to-UTC+8 switch.
 * @csspart note - A note: a source that failed, records skipped, an unknown time zone.
 * @csspart body - The view container (`aria-busy` while loading).
 * @csspart grid - The month `<table role="grid">`.
 * @csspart weekday - A weekday column header.
 * @csspart day - A day cell of the month grid.
 * @csspart day-button - A day's button (roving tabindex; named with date, event count and holidays).
 * @csspart holiday - A holiday or make-up working day label in a day cell.
 * @csspart event - An event: a chip or bar in the month grid, a button in the other views.
 * @csspart more - "+N more" in a month day cell or a week day.
 * @csspart day-panel - The chosen day's event list next to (or under) the month grid.
 * @csspart day-heading - A day's heading (day panel, week and list views).
 * @csspart week - The week view.
 * @csspart week-day - One day section of the week view.
 * @csspart agenda - The list view (also the month view at narrow widths).
 * @csspart agenda-day - One day section of the list view.
 * @csspart agenda-item - One event of the list view.
 * @csspart more-button - "Show more" in the list view and the day panel.
 * @csspart earlier-button - "Show earlier days" above a list that starts later than the 1st (today, or a chosen day).
 * @csspart upcoming - The upcoming view (`<ol>`).
 * @csspart upcoming-item - One event of the upcoming view.
 * @csspart status-badge - Postponed, cancelled and tentative badges (text and icon).
 * @csspart empty - The empty state.
 * @csspart empty-action - "Next month with events" in the empty state.
 * @csspart error - The error state.
 * @csspart retry-button - "Try again" (error state and failed-source notes).
 * @csspart skeleton - The loading skeleton (after 300 ms).
 * @csspart footer - Subscribe and download.
 * @csspart subscribe-button - The Subscribe disclosure button (only for API sources).
 * @csspart subscribe - The subscribe panel (webcal and https links of the current filters).
 * @csspart copy-input - A read-only field with a link to copy (subscribe, share).
 * @csspart copy-button - A Copy button next to a link.
 * @csspart download - "Download .ics" of the visible month or week.
 * @csspart dialog - The details `<dialog>`.
 * @csspart dialog-title - The event's title in the dialog.
 * @csspart dialog-facts - The dialog's facts: when, where, organisers, registration.
 * @csspart agenda-details - An agenda event's open details disclosure, below its button.
 * @csspart close-button - The dialog's close button.
 * @csspart add-to-calendar - The .ics, Outlook and Google links.
 *
 * @cssproperty --hk-font-size - Base font size of the element (default `max(14px, 1em)`).
 * @cssproperty --hk-color-text - Text colour.
 * @cssproperty --hk-color-muted - Secondary text colour.
 * @cssproperty --hk-color-surface - Background.
 * @cssproperty --hk-color-surface-2 - Background of raised pieces (chips, panels).
 * @cssproperty --hk-color-border - Input and button borders (≥ 3:1).
 * @cssproperty --hk-color-divider - Grid lines and dividers.
 * @cssproperty --hk-color-primary - Primary colour (current view, links, today).
 * @cssproperty --hk-color-on-primary - Text on the primary colour.
 * @cssproperty --hk-color-success - Success colour.
 * @cssproperty --hk-color-warning - Warning colour (failed-source notes, postponed).
 * @cssproperty --hk-color-danger - Danger colour (cancelled).
 * @cssproperty --hk-focus-outline - Focus ring outline colour.
 * @cssproperty --hk-focus-halo - Focus ring halo colour.
 * @cssproperty --hk-space-1 - Spacing step 1 (default `0.25em`).
 * @cssproperty --hk-space-2 - Spacing step 2 (default `0.5em`).
 * @cssproperty --hk-space-3 - Spacing step 3 (default `0.75em`).
 * @cssproperty --hk-space-4 - Spacing step 4 (default `1em`).
 * @cssproperty --hk-space-5 - Spacing step 5 (default `1.5em`).
 * @cssproperty --hk-radius - Corner radius (default `0.375em`).
 * @cssproperty --hk-measure - Longest line of running text (default `40em`).
 * @cssproperty --hk-divider-width - Width of dividers (default `1px`).
 * @cssproperty --hk-target-size - Smallest pointer target (default `24px`).
 * @cssproperty --hk-font-latin - Latin font stack.
 * @cssproperty --hk-font-sans - Font stack for English.
 * @cssproperty --hk-font-zh-hans - Font stack for Simplified Chinese.
 * @cssproperty --hk-font-zh-hant - Font stack for Traditional Chinese.
 * @cssproperty --hk-kind-forum - Colour of `forum` events.
 * @cssproperty --hk-kind-competition - Colour of `competition` events.
 * @cssproperty --hk-kind-competition-stage - Colour of `competition-stage` events.
 * @cssproperty --hk-kind-expo - Colour of `expo` events.
 * @cssproperty --hk-kind-roadshow - Colour of `roadshow` events.
 * @cssproperty --hk-kind-training - Colour of `training` events.
 * @cssproperty --hk-kind-summer-course - Colour of `summer-course` events.
 * @cssproperty --hk-kind-showcase - Colour of `showcase` events.
 * @cssproperty --hk-kind-lecture - Colour of `lecture` events.
 * @cssproperty --hk-kind-makerthon - Colour of `makerthon` events.
 * @cssproperty --hk-kind-other - Colour of `other` events (from ICS feeds, of no known kind).
 */
export class HkEventCalendar extends HkElement {
  static override styles = styles;

  /**
   * Registers the element under `tag`; tolerates being called twice.
   * @example
   * ```ts
   * HkEventCalendar.define();
   * ```
   */
  static define(tag = 'hk-event-calendar', registry?: CustomElementRegistry): void {
    defineElement(tag, this, registry ?? globalThis.customElements);
  }

  #model: Model | undefined;
  #remoteKey = '';
  #remoteArgs: readonly unknown[] = NO_REMOTE;
  #data = new Task(this, {
    task: async ([specs, fromDay, toDay, zone]: readonly unknown[], { signal }): Promise<RemoteData> => {
      if (!specs) return { results: [], fromDay: '', toDay: '' };
      const results = await loadSources(specs as SourceSpec[], dayRangeMs(fromDay as DayKey, toDay as DayKey, zone as string), {
        zone: zone as string,
        signal,
      });
      return { results, fromDay: fromDay as DayKey, toDay: toDay as DayKey, args: [specs, fromDay, toDay, zone] };
    },
    args: () => this.#remoteArgs,
    initialValue: { results: [], fromDay: '', toDay: '' },
  });
  #holidayArgs: readonly unknown[] = NO_REMOTE;
  #holidays = new Task(this, {
    task: async ([client, year]: readonly unknown[], { signal }): Promise<Holiday[]> => {
      if (!client) return [];
      try {
        return await loadHolidays(client as ExchangeClient, { signal, from: `${year as number}-01-01`, to: `${(year as number) + 2}-01-01` });
      } catch (error) {
        if (signal.aborted) throw error;
        return []; // Holidays decorate the calendar; their failure is not the visitor's problem.
      }
    },
    args: () => this.#holidayArgs,
    initialValue: [],
  });
  #nextArgs: readonly unknown[] = NO_REMOTE;
  #next = new Task(this, {
    task: async ([client, from, filters, zone]: readonly unknown[], { signal }): Promise<DayKey | undefined> => {
      if (!client) return undefined;
      try {
        const page = await (client as ExchangeClient).events.list({ ...toEventQuery(filters as CalendarFilters), from: from as string, limit: 1 }, { signal });
        const e = page.items[0];
        return e ? (e.allDay ? e.start : zonedDay(Date.parse(e.start), zone as string)) : undefined;
      } catch (error) {
        if (signal.aborted) throw error;
        return undefined;
      }
    },
    args: () => this.#nextArgs,
    initialValue: undefined,
  });
  #memo = new Map<string, { deps: readonly unknown[]; value: unknown }>();
  #resize: ResizeObserver | undefined;
  #invoker: HTMLElement | undefined;
  #focusAfter: string | undefined;
  #dateChanged = false;
  #announce = false;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #skeletonTimer: ReturnType<typeof setTimeout> | undefined;
  #clockTimer: ReturnType<typeof setTimeout> | undefined;
  #composing = false;
  #pendingOpen: string | undefined;
  /** `view` and `date` as the page set them, restored when back/forward reach an entry without calendar state. */
  #urlDefaults: { view: string; date: string | undefined } | undefined;
  /** Set once this element has asked for the lazy folding search (it re-renders when that settles). */
  #searchWait: Promise<void> | undefined;

  // Internal UI state: one plain record re-rendered through #set() (a decorated accessor per field
  // costs ~250 bytes of emitted code each, and none of these is public).
  #ui: Ui = {
    filters: EMPTY_FILTERS, selectedDay: undefined, openEvent: undefined, expanded: undefined, size: 'l', narrow: false, weekColumns: 2, listLimit: LIST_CHUNK, listFrom: undefined,
    filtersOpen: false, subscribeOpen: false, announcement: '', copyStatus: '', skeleton: false,
  };

  // Reactive properties in `static properties` with `declare` fields, not decorators: TypeScript's
  // down-levelled standard decorators cost ~150 bytes minified per field (see HkElement).
  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    date: { reflect: true },
    timeZone: { attribute: 'time-zone' },
    firstDay: { attribute: 'first-day', type: Number },
    syncUrl: { attribute: 'sync-url', type: Boolean },
    calendarUrl: { attribute: 'calendar-url' },
    urlPrefix: { attribute: 'url-prefix' },
    noHolidays: { attribute: 'no-holidays', type: Boolean },
    holidayRegions: { attribute: 'holiday-regions' },
    noAgendaFallback: { attribute: 'no-agenda-fallback', type: Boolean },
    upcomingCount: { attribute: 'upcoming-count', type: Number },
    kinds: {},
    regions: {},
    organizers: {},
    audiences: {},
    tags: {},
    q: {},
    icsSrc: { attribute: 'ics-src' },
    events: { attribute: false },
    now: { attribute: false },
    visitorTimeZone: { attribute: false },
  };

  /** `month`, `week`, `list` (alias `agenda`) or `upcoming`. @default 'month' */
  declare view: string;
  /** The focused date, `YYYY-MM-DD`, or a month `YYYY-MM`. Unset: today. Reflects navigation. @default undefined */
  declare date: string | undefined;
  /** IANA zone to show times in, or `local` for the visitor's. @default 'Asia/Shanghai' (UTC+8, also Hong Kong time) */
  declare timeZone: string | undefined;
  /** First day of the week, 0 = Sunday … 6 = Saturday (7 = Sunday). Unset: the locale's. @default undefined */
  declare firstDay: number | undefined;
  /** Keep view, date and filters in the page URL (`hk-*` parameters); back/forward work. @default false */
  declare syncUrl: boolean;
  /**
   * The page with the full calendar (one with `sync-url`), for a sidebar elsewhere: its share links
   * open the event there. Unset: this page with `sync-url`, else the event's own website. @default undefined
   */
  declare calendarUrl: string | undefined;
  /**
   * Prefix of the URL parameters `sync-url` writes, so that two calendars with `sync-url` on one page
   * keep apart (`url-prefix="cal2-"`): letters, digits and hyphens, up to 16. @default 'hk-'
   */
  declare urlPrefix: string | undefined;

  get #prefix(): string {
    return this.urlPrefix && /^[a-z][a-z0-9-]{0,15}$/i.test(this.urlPrefix) ? this.urlPrefix : 'hk-';
  }
  /** Hide public holidays and make-up working days (shown by default). @default false */
  declare noHolidays: boolean;
  /** Which holidays to show: `mainland`, `hong-kong` or both (space/comma-separated). @default both */
  declare holidayRegions: string | undefined;
  /** Keep the month grid at narrow widths (≤ 480 px) instead of switching to the list. @default false */
  declare noAgendaFallback: boolean;
  /** Events in the `upcoming` view. @default 5 */
  declare upcomingCount: number;
  /** Preset kind filter, comma- or space-separated, e.g. `"forum,expo"`. @default undefined */
  declare kinds: string | undefined;
  /** Preset region filter: `shanghai`, `hong-kong` (comma- or space-separated). @default undefined */
  declare regions: string | undefined;
  /** Preset organiser filter (organisation ids, comma- or space-separated). @default undefined */
  declare organizers: string | undefined;
  /** Preset audience filter, comma- or space-separated, e.g. `"students,founders"`. @default undefined */
  declare audiences: string | undefined;
  /** Preset tag filter, comma-separated (tags may contain spaces). @default undefined */
  declare tags: string | undefined;
  /** Preset search text. @default undefined */
  declare q: string | undefined;
  /** Space-separated URLs of ICS feeds to show too (ical.js is loaded only when set). @default undefined */
  declare icsSrc: string | undefined;
  /**
   * Events to show, as exchange `Event` records (invalid ones are skipped and counted). Merged with
   * the API, dataset and ICS sources.
   * @default undefined
   */
  declare events: readonly unknown[] | undefined;
  /** The current time (for tests and demos): a `Date` or epoch ms. Unset: the real clock. @default undefined */
  declare now: Date | number | undefined;
  /** The visitor's zone; unset: the browser's. For tests and previews. @default undefined */
  declare visitorTimeZone: string | undefined;

  constructor() {
    super();
    this.view = 'month';
    this.syncUrl = false;
    this.noHolidays = false;
    this.noAgendaFallback = false;
    this.upcomingCount = 5;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver === 'function') {
      // Measure once now so the first render has the right layout; later changes apply in the next
      // frame (changing layout inside the observer callback would loop: "ResizeObserver loop completed").
      this.#onResize(this.getBoundingClientRect().width);
      this.#resize ??= new ResizeObserver((entries) => {
        const width = entries[0]?.contentRect.width ?? 0;
        requestAnimationFrame(() => this.#onResize(width));
      });
      this.#resize.observe(this);
    }
    if (this.syncUrl) this.#startUrlSync();
    if (this.hasUpdated) this.requestUpdate(); // restarts the clock of the week's "now" line
  }

  // `sync-url` on connect, or switched on later: the URL's state wins over the attributes, and
  // Back/Forward restore. Switched off: the calendar stops reading and writing the URL.
  #startUrlSync(): void {
    this.#urlDefaults ??= { view: this.view, date: this.date };
    this.#applyUrl(true);
    globalThis.removeEventListener?.('popstate', this.#onPopState);
    globalThis.addEventListener?.('popstate', this.#onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    globalThis.removeEventListener?.('popstate', this.#onPopState);
    clearTimeout(this.#searchTimer);
    clearTimeout(this.#skeletonTimer);
    clearTimeout(this.#clockTimer);
    // A modal dialog moved with its element would come back open but no longer modal (and out of view):
    // close it (its 'close' handler unlocks the page's scroll and clears the open event).
    const dialog = this.#dialog();
    if (dialog?.open) dialog.close();
    this.#unlockScroll?.();
    this.#unlockScroll = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && this.isConnected && changed.has('syncUrl')) {
      if (this.syncUrl) this.#startUrlSync();
      else globalThis.removeEventListener?.('popstate', this.#onPopState);
    }
    if (!this.hasUpdated || ['kinds', 'regions', 'organizers', 'audiences', 'tags', 'q'].some((p) => (changed as Map<PropertyKey, unknown>).has(p))) {
      if (!this.hasUpdated && hasActiveFilters(this.#ui.filters)) {
        // Filters read from the URL on connect win over the presets.
      } else {
        this.#set({
          filters: parseFilterAttributes({
            kind: this.kinds, region: this.regions, organizer: this.organizers, audience: this.audiences, tag: this.tags, q: this.q,
          }),
        });
      }
    }
    if (this.#ui.filters.q && !searchReady() && !this.#searchWait) this.#searchWait = loadSearch().then(() => this.requestUpdate());
    try {
      this.#model = this.#derive();
    } catch {
      // Never throw into the host page: keep the previous model (or none, which renders nothing).
    }
    const m = this.#model;
    if (!m) return;
    const key = m.specs.length ? JSON.stringify([m.fromDay, m.toDay, m.zone]) : '';
    if (key !== this.#remoteKey) {
      this.#remoteKey = key;
      this.#remoteArgs = key ? [m.specs, m.fromDay, m.toDay, m.zone] : NO_REMOTE;
    } else if (key && this.#remoteArgs[0] !== m.specs) {
      this.#remoteArgs = [m.specs, m.fromDay, m.toDay, m.zone];
    }
    if (this.#ui.skeleton && !this.#loading()) this.#set({ skeleton: false });
    // Announce the result count once the data for a navigation or filter change is in (set here, in
    // willUpdate, so it renders in the same update).
    if (this.#announce && !this.#loading()) {
      this.#announce = false;
      const { ctx } = m;
      const n = m.view === 'upcoming' ? this.#upcomingEvents().length : this.#visibleCount();
      this.#set({ announcement: m.shown === 'week' || m.view === 'upcoming' ? `${this.#title(m)}: ${ctx.s.eventCount(n)}` : ctx.s.monthSummary(ctx.fmt.month(m.anchor), n) });
    }
    // Ask the API for the next event only when the visible range turned out empty.
    const api = m.specs.find((sp) => sp.kind === 'client');
    const wantNext = api && m.view !== 'upcoming' && m.shown !== 'week' && !this.#loading() && this.#data.value?.fromDay === m.fromDay &&
      this.#visibleCount() === 0;
    if (!wantNext) this.#nextArgs = NO_REMOTE;
    else if (this.#nextArgs[1] !== m.visTo || this.#nextArgs[2] !== this.#ui.filters || this.#nextArgs[0] !== api.client) {
      this.#nextArgs = [api.client, m.visTo, this.#ui.filters, m.zone];
    }
    const hclient = this.noHolidays ? undefined : m.client;
    const year = +m.anchor.slice(0, 4) - (m.anchor.slice(5, 7) === '01' ? 1 : 0);
    if (!hclient) this.#holidayArgs = NO_REMOTE;
    else if (this.#holidayArgs[0] !== hclient || this.#holidayArgs[1] !== year) this.#holidayArgs = [hclient, year];
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const m = this.#model;
    if (this.#focusAfter) {
      // Selectors in order of preference. When none matches yet (the view is still loading) they are kept
      // for a later update, as long as focus is nowhere (on <body>, its button gone) meanwhile.
      const wanted = this.#focusAfter.split(' || ');
      const el = wanted.map((sel) => this.renderRoot.querySelector<HTMLElement>(sel)).find(Boolean);
      const active = document.activeElement;
      if (el || (active && active !== document.body)) this.#focusAfter = undefined;
      el?.focus();
    }
    if (!m) return;
    if (this.#dateChanged) {
      this.#dateChanged = false;
      const grid = m.shown === 'month';
      this.dispatchEvent(new HkDateChangeEvent({ date: m.anchor, view: m.view, from: grid ? m.fromDay : m.visFrom, to: grid ? m.toDay : m.visTo }));
    }
    // The week's "now" line follows the real clock (a `now` that was set stays put): re-render on the minute.
    clearTimeout(this.#clockTimer);
    if (m.shown === 'week' && this.now === undefined && m.visFrom <= m.ctx.today && m.ctx.today < m.visTo) {
      this.#clockTimer = setTimeout(() => this.requestUpdate(), 60_000 - (Date.now() % 60_000));
    }
    const loading = this.#loading();
    if (loading && !this.#skeletonTimer && !this.#ui.skeleton) {
      this.#skeletonTimer = setTimeout(() => {
        this.#skeletonTimer = undefined;
        if (this.#loading()) this.#set({ skeleton: true });
      }, 300);
    } else if (!loading) {
      clearTimeout(this.#skeletonTimer);
      this.#skeletonTimer = undefined;
      if (this.#pendingOpen) {
        // A link names one occurrence (`id@start`); an older link, or one whose occurrence is gone, the event.
        const key = this.#pendingOpen;
        this.#pendingOpen = undefined;
        const merged = this.#merged();
        const id = key.replace(/@[^@]*$/, '');
        const ce = merged.find((e) => e.key === key) ?? merged.find((e) => e.id === key || e.id === id);
        if (ce && this.#model?.shown === 'list') {
          // In the agenda a shared link opens the event's disclosure, scrolled into view; an event on a day
          // before the agenda's start (today, in the current month) moves the start back to it.
          const m = this.#model;
          if (ce.startDay < this.#agendaStart(m)) this.#set({ listFrom: ce.startDay > m.visFrom ? ce.startDay : 'all' });
          this.#set({ expanded: ce.key });
          this.#focusAfter = `button[aria-controls="${disclosureId(ce.key)}"]`;
        } else if (ce) void this.#open(ce, undefined);
      }
    }
  }

  // ——— data ———

  #derive(): Model {
    const locale = this.resolvedLocale;
    const s = calendarStrings(locale);
    // A visitor zone given for tests and previews must be a real one (an unknown zone would throw in Intl).
    const own = this.visitorTimeZone && isValidTimeZone(this.visitorTimeZone) ? this.visitorTimeZone : undefined;
    const requested = this.timeZone ?? this.resolvedTimeZone;
    // `local` is the visitor's zone: `visitorTimeZone` when set, else the browser's.
    const { zone, invalid: zoneInvalid } = own && requested?.trim().toLowerCase() === 'local' ? { zone: own, invalid: undefined } : resolveTimeZone(requested);
    const nowMs = this.now === undefined ? Date.now() : +this.now;
    const now = Number.isFinite(nowMs) ? nowMs : Date.now();
    const today = zonedDay(now, zone);
    const fd = Number(this.firstDay);
    const firstDay = this.firstDay !== undefined && this.firstDay !== null && Number.isInteger(fd) && fd >= 0 && fd <= 7 ? fd % 7 : FIRST_DAY_FALLBACK[locale] % 7; // CLDR's values; Intl.Locale#getWeekInfo costs ~20 ms on first use
    const anchor = this.#anchor(today);
    const view = parseView(this.view);
    const shown = view === 'month' && this.#ui.narrow && !this.noAgendaFallback ? 'list' : view;
    const grid = monthGrid(+anchor.slice(0, 4), +anchor.slice(5, 7), firstDay);
    const monthStart = `${anchor.slice(0, 7)}-01`;
    const monthEnd = addMonths(monthStart, 1);
    let fromDay = grid[0]!;
    let toDay = addDays(grid[41]!, 1);
    let visFrom = monthStart;
    let visTo = monthEnd;
    if (view === 'upcoming') {
      fromDay = visFrom = today;
      toDay = visTo = addDays(today, 366);
    } else if (shown === 'week') {
      visFrom = startOfWeek(anchor, firstDay);
      visTo = addDays(visFrom, 7);
    }
    // Whether the visitor's clock differs, without constructing a DateTimeFormat for the page's default
    // locale (costly on first use); the zone's name is looked up only when shown.
    const differs = own ? zonesDiffer(own, zone, now) : -new Date(now).getTimezoneOffset() !== zoneOffsetMinutes(zone, now);
    const client = this.client;
    const specs = this.#memoize('specs', [client, this.icsSrc, this.datasetUrl], () => {
      const out: SourceSpec[] = [];
      if (client) out.push({ kind: 'client', client, id: this.datasetUrl && !this.apiBase ? 'dataset' : 'api' });
      for (const url of (this.icsSrc ?? '').split(/\s+/).filter(Boolean)) out.push({ kind: 'ics', url, id: `ics:${url}` });
      return out;
    });
    const holidays = this.noHolidays
      ? undefined
      : this.#memoize('hol', [this.#holidays.value, this.holidayRegions], () =>
          holidayIndex(this.#holidays.value ?? [], parseHolidayRegions(this.holidayRegions)));
    const ctx: ViewContext = {
      locale, s, now, today,
      fmt: this.#memoize('fmt', [locale, zone], () => new CalendarFormat(locale, zone)),
      get visitorZone() {
        return differs ? (own ?? (visitorZone ??= localTimeZone())) : undefined;
      },
      holidays: holidays as ReadonlyMap<DayKey, HolidayDay> | undefined,
    };
    return { ctx, zone, zoneInvalid, firstDay, anchor, view, shown, grid, fromDay, toDay, visFrom, visTo, specs, client };
  }

  #anchor(today: DayKey): DayKey {
    const d = (this.date ?? '').trim();
    // Years outside 1900–2199 are typos (`0001-01-01`), treated as no date: a grid reaching year 0 is
    // not a range the API (or Intl's year formats) can answer.
    const year = +d.slice(0, 4);
    if (year < 1900 || year > 2199) return today;
    if (isDayKey(d)) return d;
    if (/^\d{4}-(0[1-9]|1[0-2])$/.test(d)) return today.startsWith(d) ? today : `${d}-01`;
    return today;
  }

  #set(patch: Partial<Ui>): void {
    Object.assign(this.#ui, patch);
    this.requestUpdate();
  }

  #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  #memoize<T>(key: string, deps: readonly unknown[], compute: () => T): T {
    const hit = this.#memo.get(key);
    if (hit && hit.deps.length === deps.length && hit.deps.every((d, i) => d === deps[i])) return hit.value as T;
    const value = compute();
    this.#memo.set(key, { deps, value });
    return value;
  }

  /** The `events` property, validated once per array (and zone). */
  #inline(): NormalizeResult | undefined {
    const m = this.#model!;
    const events = this.events;
    if (!events) return undefined;
    return this.#memoize('inline', [events, m.zone], () =>
      normalizeEvents(Array.isArray(events) ? events : [], { sourceId: 'inline', zone: m.zone }));
  }

  /** Every loaded event of the loaded range, all sources merged, recurrences expanded. */
  #merged(): CalendarEvent[] {
    const m = this.#model!;
    const inline = this.#inline();
    const remote = this.#data.value?.results ?? [];
    return this.#memoize('merged', [inline, remote, m.fromDay, m.toDay], () => {
      const range = dayRangeMs(m.fromDay, m.toDay, m.zone);
      const own = inline ? expandAll(inline.events, range, m.zone) : [];
      if (!remote.length) return own;
      if (!inline) return mergeSources(remote);
      return mergeSources([...remote, { sourceId: 'inline', label: '', kind: 'inline', events: own, skipped: 0, skippedRecords: [], sanitised: 0 }]);
    });
  }

  #filtered(): CalendarEvent[] {
    const merged = this.#merged();
    const f = this.#ui.filters;
    return this.#memoize('filtered', [merged, f, searchReady()], () => (hasActiveFilters(f) ? applyFilters(merged, f) : merged));
  }

  /** Filtered events overlapping the visible range. */
  #visibleEvents(): CalendarEvent[] {
    const m = this.#model!;
    const all = this.#filtered();
    // The per-list day index (shared with the month layout) instead of a scan of every loaded event.
    // Unordered: the views sort what they draw.
    return this.#memoize('visible', [all, m.visFrom, m.visTo], () => eventsInDays(all, m.visFrom, m.visTo));
  }

  /**
   * The day the agenda starts: the current month's starts today (what is coming matters more than what is
   * past, and a phone's month is this list), or at a chosen day; "Show earlier days" makes it the 1st.
   */
  #agendaStart(m: Model): DayKey {
    const start = this.#ui.listFrom ?? m.ctx.today;
    return start !== 'all' && start > m.visFrom && start < m.visTo ? start : m.visFrom;
  }

  /** `#visibleEvents().length` without building the list (month and list views only need the count). */
  #visibleCount(): number {
    const m = this.#model!;
    const all = this.#filtered();
    return this.#memoize('count', [all, m.visFrom, m.visTo], () => countInDays(all, m.visFrom, m.visTo));
  }

  #loading(): boolean {
    // A text query waits for the folding search too (its results would change when it arrives).
    // Also before the task has started on new arguments (in `willUpdate` after a navigation): the loaded
    // results are another range's, and counting them would announce a wrong number.
    const args = this.#remoteArgs;
    const data = this.#data;
    const stale = data.status !== TaskStatus.ERROR && !args.every((a, i) => a === data.value?.args?.[i]);
    return (args !== NO_REMOTE && (data.status === TaskStatus.PENDING || stale)) || (!!this.#ui.filters.q && searchLoading());
  }

  /** Sources that failed, and records skipped across sources. */
  #summary(): { failed: SourceResult[]; skipped: number } {
    const remote = this.#data.value?.results ?? [];
    const inline = this.#inline();
    return this.#memoize('summary', [remote, inline], () => {
      const { failed, skipped } = sourceSummary(remote);
      return { failed, skipped: skipped + (inline?.skipped.length ?? 0) };
    });
  }

  // ——— interaction ———

  #onResize(width: number): void {
    if (width <= 0) return;
    const size = width < 600 ? 's' : width < 1000 ? 'm' : 'l';
    if (size !== this.#ui.size) this.#set({ size: size });
    const narrow = width <= 480;
    if (narrow !== this.#ui.narrow) this.#set({ narrow: narrow });
    const columns = weekColumns(width);
    if (columns !== this.#ui.weekColumns) this.#set({ weekColumns: columns });
  }

  #navigate(day: DayKey, focusGrid = false): void {
    const m = this.#model;
    if (!m || !isDayKey(day)) return;
    const before = m.anchor;
    if (day !== before) {
      this.date = day;
      this.#dateChanged = true;
      const moved = m.shown === 'week' ? startOfWeek(day, m.firstDay) !== startOfWeek(before, m.firstDay) : day.slice(0, 7) !== before.slice(0, 7);
      if (moved) {
        this.#announce = true;
        this.#set({ listLimit: LIST_CHUNK, listFrom: undefined });
        if (this.#ui.selectedDay?.slice(0, 7) !== day.slice(0, 7)) this.#set({ selectedDay: undefined });
      }
      this.#pushUrl();
    }
    if (focusGrid) this.#focusAfter = `td[data-day="${day}"] .day__btn`;
  }

  // Today: the day, and in the agenda the list from today again (after "Show earlier days" or a chosen day).
  #goToday = (): void => {
    const m = this.#model;
    if (!m) return;
    this.#navigate(m.ctx.today);
    if (m.shown === 'list' && this.#ui.listFrom !== undefined) this.#set({ listFrom: undefined, listLimit: LIST_CHUNK });
  };

  #step(dir: number): void {
    const m = this.#model!;
    this.#navigate(m.shown === 'week' ? addDays(m.anchor, 7 * dir) : addMonths(m.anchor, dir));
  }

  #setView(view: CalendarViewName): void {
    const previous = parseView(this.view);
    if (view === previous) return;
    this.view = view;
    this.#set({ listLimit: LIST_CHUNK, listFrom: undefined, expanded: undefined });
    this.#announce = true;
    this.#dateChanged = true; // the days shown change with the view: hk-date-change follows, with them
    this.dispatchEvent(new HkViewChangeEvent({ view, previous }));
    this.#pushUrl();
  }

  #setFilters(filters: CalendarFilters): void {
    this.#set({ filters: filters });
    this.#set({ listLimit: LIST_CHUNK, listFrom: undefined });
    this.#announce = true;
    this.dispatchEvent(new HkFilterChangeEvent(filters));
    this.#pushUrl(); // a history entry, so Back undoes a filter change
  }

  #selectDay(day: DayKey, focusPanel: boolean): void {
    this.#navigate(day);
    this.#set({ selectedDay: day });
    if (focusPanel) this.#focusAfter = '#panel-title';
  }

  #onGridKey = (e: KeyboardEvent): void => {
    const td = (e.target as Element).closest?.('td[data-day]') as HTMLElement | null;
    const m = this.#model;
    if (!td || !m || !(e.target as Element).matches('.day__btn')) return;
    const day = td.dataset.day!;
    let next: DayKey | undefined;
    switch (e.key) {
      case 'ArrowLeft': next = addDays(day, -1); break;
      case 'ArrowRight': next = addDays(day, 1); break;
      case 'ArrowUp': next = addDays(day, -7); break;
      case 'ArrowDown': next = addDays(day, 7); break;
      case 'Home': next = startOfWeek(day, m.firstDay); break;
      case 'End': next = addDays(startOfWeek(day, m.firstDay), 6); break;
      case 'PageUp': next = addMonths(day, e.shiftKey ? -12 : -1); break;
      case 'PageDown': next = addMonths(day, e.shiftKey ? 12 : 1); break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.#selectDay(day, true);
        return;
      default:
        return;
    }
    e.preventDefault();
    this.#navigate(next, true);
  };

  #onBodyClick = (e: MouseEvent): void => {
    const target = e.target as Element;
    const ev = target.closest?.('[data-key]') as HTMLElement | null;
    if (ev) {
      const ce = this.#find(ev.dataset.key!);
      if (ce && ev.hasAttribute('aria-expanded')) {
        this.#toggleDetails(ce);
        return;
      }
      // Chips are aria-hidden pointer shortcuts: focus goes back to their day's button, which becomes the
      // grid's focused day (roving tabindex) when it is in the month shown.
      const invoker = ev.matches('button') ? ev : (ev.closest('td')?.querySelector<HTMLElement>('.day__btn') ?? undefined);
      const day = invoker?.closest<HTMLElement>('td[data-day]')?.dataset.day;
      if (ce && day && day.slice(0, 7) === this.#model?.anchor.slice(0, 7)) this.#navigate(day);
      if (ce) void this.#open(ce, invoker);
      return;
    }
    const more = target.closest?.('[data-more]') as HTMLElement | null;
    if (more) {
      this.#selectDay(more.dataset.more!, true);
      return;
    }
    const dayBtn = target.closest?.('.day__btn');
    const td = dayBtn?.closest('td[data-day]') as HTMLElement | null;
    if (td) this.#selectDay(td.dataset.day!, false);
  };

  #find(key: string): CalendarEvent | undefined {
    return this.#filtered().find((ce) => ce.key === key) ?? this.#upcomingEvents().find((ce) => ce.key === key);
  }

  async #open(ce: CalendarEvent, invoker: HTMLElement | undefined): Promise<void> {
    this.#invoker = invoker ?? (this.renderRoot.querySelector<HTMLElement>(':focus') ?? undefined);
    this.dispatchEvent(new HkEventSelectEvent({ event: ce.event, key: ce.key, start: ce.start, end: ce.end }));
    this.#set({ openEvent: ce });
    this.#set({ copyStatus: '' });
    await this.updateComplete;
    const dialog = this.#dialog();
    if (dialog && !dialog.open) {
      try {
        dialog.showModal();
      } catch {
        dialog.setAttribute('open', '');
      }
      this.#unlockScroll ??= lockPageScroll();
    }
    this.#pushUrl(true);
  }

  /** Undoes `lockPageScroll` while the dialog is open. */
  #unlockScroll: (() => void) | undefined;

  // The agenda's disclosure: one event's details open at a time, below its button (which keeps focus).
  #toggleDetails(ce: CalendarEvent): void {
    const open = this.#ui.expanded !== ce.key;
    if (open) this.dispatchEvent(new HkEventSelectEvent({ event: ce.event, key: ce.key, start: ce.start, end: ce.end }));
    this.#set({ expanded: open ? ce.key : undefined, copyStatus: '' });
    this.#pushUrl(true);
  }

  #disclosure(m: Model): AgendaDisclosure {
    return {
      key: this.#ui.expanded,
      details: (ce, id) => renderDetails(m.ctx, { ...this.#detailsInputs(m, ce), inlineId: id }),
    };
  }

  #detailsInputs(m: Model, ce: CalendarEvent) {
    return {
      ce,
      links: this.#memoize('links', [ce, m.ctx.locale, m.client], () => addToCalendarLinks(ce.event, m.ctx.locale, {
        // Only the API has the server's `.ics` of an event; a feed's or the page's events get a generated file.
        client: ce.sourceId === 'api' ? m.client : undefined,
        occurrence: ce.occurrenceStart === undefined ? undefined : ce.allDay
          ? { start: ce.startDay, end: ce.endDay }
          : { start: new Date(ce.start).toISOString(), end: ce.openEnd ? undefined : new Date(ce.end).toISOString() },
      })),
      shareUrl: this.#shareUrl(ce),
      copyStatus: this.#ui.copyStatus,
      inWeChat: /MicroMessenger/i.test(globalThis.navigator?.userAgent ?? ''),
      onCopy: this.#copy,
    };
  }

  #closeDialog = (): void => {
    this.#dialog()?.close();
  };

  #onDialogClose = (): void => {
    // A late 'close' (the event is queued) must not clear a dialog that was reopened meanwhile.
    if (this.#dialog()?.open) return;
    const key = this.#ui.openEvent?.key;
    this.#unlockScroll?.();
    this.#unlockScroll = undefined;
    this.#set({ openEvent: undefined });
    this.#pushUrl(true);
    const invoker = this.#invoker;
    this.#invoker = undefined;
    if (!this.isConnected) return; // closed because the element was removed or moved: focus is not ours
    if (invoker?.isConnected) invoker.focus();
    // Opened from a link (no invoker) or its button re-rendered: the event's button, else the grid's day, else Today.
    else this.#focusAfter = `${key ? `[part~="event"][data-key="${CSS.escape(key)}"] || ` : ''}.day__btn[tabindex="0"] || [part="today-button"] || [part~="event"]`;
  };

  #onDialogClick = (e: MouseEvent): void => {
    // A click on the backdrop lands on the <dialog> itself (its content is in .dlg__inner).
    if (e.target === this.#dialog()) this.#dialog()?.close();
  };

  #onDialogKey = (e: KeyboardEvent): void => {
    // showModal() makes the page inert but lets Tab leave for the browser's own UI; the APG dialog
    // wraps from the last control to the first (and back with Shift+Tab).
    const dialog = this.#dialog();
    if (e.key !== 'Tab' || !dialog) return;
    const stops = [...dialog.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])')]
      .filter((n) => n.getClientRects().length > 0);
    const first = stops[0];
    const last = stops[stops.length - 1];
    if (!first || !last) return;
    const active = (this.renderRoot as ShadowRoot).activeElement;
    const wrapTo = e.shiftKey ? (active === first || !dialog.contains(active) ? last : undefined) : active === last ? first : undefined;
    if (wrapTo) {
      e.preventDefault();
      wrapTo.focus();
    }
  };

  #copy = async (e: Event): Promise<void> => {
    const button = e.currentTarget as HTMLElement;
    const value = button.dataset.copy ?? '';
    const s = this.#model!.ctx.s;
    let ok = false;
    try {
      await navigator.clipboard.writeText(value);
      ok = true;
    } catch {
      // Clipboard refused (permissions, insecure context): select the text for a manual copy.
      const input = button.parentElement?.querySelector('input');
      input?.select();
    }
    const msg = ok ? s.linkCopied : s.copyFailed;
    if (this.#ui.openEvent || this.#ui.expanded) this.#set({ copyStatus: msg });
    else this.#set({ announcement: msg });
  };

  #onSearch = (e: Event): void => {
    if (this.#composing || (e as InputEvent).isComposing) return;
    const value = (e.target as HTMLInputElement).value;
    if (value.trim()) void loadSearch(); // fetch the folding search during the debounce
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => {
      if (value.trim() !== this.#ui.filters.q) this.#setFilters({ ...this.#ui.filters, q: value.trim() });
    }, 250);
  };

  #onComposition = (e: CompositionEvent): void => {
    this.#composing = e.type === 'compositionstart';
    if (!this.#composing) this.#onSearch(e);
  };

  #toggleChip = (e: Event): void => {
    const b = e.currentTarget as HTMLElement;
    const facet = b.dataset.f as FacetKey;
    const value = b.dataset.v!;
    const list = this.#ui.filters[facet];
    this.#setFilters({ ...this.#ui.filters, [facet]: list.includes(value) ? list.filter((v) => v !== value) : [...list, value] });
  };

  #downloadRange = (e: Event): void => {
    const m = this.#model!;
    const link = rangeIcsLink([...this.#visibleEvents()].sort(compareEvents).map((ce) => ce.event), m.ctx.locale, `events-${m.anchor.slice(0, 7)}.ics`);
    const a = e.currentTarget as HTMLAnchorElement;
    // Built on click: serialising thousands of events on every render would waste frames.
    a.href = link.href;
    a.download = link.download;
  };

  /** The `timeZone` the visitor's "Show in my time zone" replaced, restored by the button that follows. */
  #zoneBeforeLocal: string | undefined;

  #toggleZone = (): void => {
    if (this.timeZone === 'local') {
      this.timeZone = this.#zoneBeforeLocal;
    } else {
      this.#zoneBeforeLocal = this.timeZone;
      this.timeZone = 'local';
    }
  };

  #onPopState = (): void => this.#applyUrl(false);

  #applyUrl(initial: boolean): void {
    const href = globalThis.location?.href;
    if (!href) return;
    try {
      const url = new URL(href);
      const st = readUrlState(url, this.#prefix);
      // Every entry the calendar writes has `hk-view` (with its prefix); one without it is the page as first loaded,
      // so going back to it restores the attributes' view, date and preset filters.
      const pristine = !initial && !url.searchParams.has(`${this.#prefix}view`);
      const defaults = this.#urlDefaults;
      const [viewBefore, dateBefore, filtersBefore] = [parseView(this.view), this.date, this.#ui.filters];
      if (st.view) this.view = st.view === 'agenda' ? 'list' : st.view;
      else if (pristine && defaults) this.view = defaults.view;
      if (st.date) this.date = st.date;
      else if (!initial && defaults) this.date = defaults.date;
      if (pristine) {
        this.#set({ filters: parseFilterAttributes({
          kind: this.kinds, region: this.regions, organizer: this.organizers, audience: this.audiences, tag: this.tags, q: this.q,
        }) });
      } else if (!initial || hasActiveFilters(st.filters)) this.#set({ filters: st.filters });
      if (!initial) {
        this.#announce = true;
        // Back and forward are the visitor's navigation too: the same events as the buttons.
        const view = parseView(this.view);
        if (view !== viewBefore) this.dispatchEvent(new HkViewChangeEvent({ view, previous: viewBefore }));
        if (view !== viewBefore || this.date !== dateBefore) this.#dateChanged = true;
        if (!filtersEqual(this.#ui.filters, filtersBefore)) this.dispatchEvent(new HkFilterChangeEvent(this.#ui.filters));
      }
      if (st.event) this.#pendingOpen = st.event;
      else if (!initial && this.#ui.openEvent) this.#dialog()?.close();
    } catch {
      // A hand-edited URL must not break the page.
    }
  }

  #pushUrl(replace = false): void {
    if (!this.syncUrl || !globalThis.history || !globalThis.location) return;
    try {
      const current = new URL(location.href);
      const view = parseView(this.view);
      const open = this.#openDetails();
      const next = writeUrlState(current, {
        view: view === 'list' ? 'agenda' : view,
        ...(this.date ? { date: this.date } : {}),
        filters: this.#ui.filters,
        ...(open ? { event: open.key } : {}),
      }, this.#prefix);
      if (next.href !== current.href) history[replace ? 'replaceState' : 'pushState'](history.state, '', next);
    } catch {
      // Sandboxed frames may refuse history changes.
    }
  }

  #upcomingEvents(): CalendarEvent[] {
    const m = this.#model!;
    const count = Number.isFinite(this.upcomingCount) && this.upcomingCount > 0 ? Math.min(50, Math.floor(this.upcomingCount)) : 5;
    const all = this.#filtered();
    // "Upcoming" means starting today or later: a competition running since July is not news.
    return this.#memoize('upcoming', [all, m.ctx.today, count], () =>
      upcoming(all.filter((ce) => ce.startDay >= m.ctx.today), m.ctx.now, count));
  }

  /** The first day with a (filtered) event after the visible range, when the loaded data knows one. */
  #nextEventDay(m: Model): DayKey | undefined {
    const inline = this.#inline();
    const remote = this.#nextArgs !== NO_REMOTE ? this.#next.value : undefined;
    return this.#memoize('next', [this.#filtered(), inline, remote, m.visTo, this.#ui.filters], () => this.#findNext(m, inline, remote));
  }

  #findNext(m: Model, inline: NormalizeResult | undefined, remote: DayKey | undefined): DayKey | undefined {
    let best: DayKey | undefined;
    const consider = (ce: CalendarEvent) => {
      if (ce.startDay >= m.visTo && (!best || ce.startDay < best)) best = ce.startDay;
    };
    for (const ce of this.#filtered()) consider(ce);
    if (remote && remote >= m.visTo && (!best || remote < best)) best = remote;
    if (inline && !best) {
      const f = this.#ui.filters;
      for (const ce of hasActiveFilters(f) ? applyFilters(inline.events, f) : inline.events) consider(ce);
    }
    return best;
  }

  // ——— rendering ———

  #title(m: Model): string {
    const { ctx } = m;
    if (m.view === 'upcoming') return ctx.s.upcomingTitle;
    if (m.shown === 'week') return this.#ui.size === 's' ? ctx.fmt.dayRangeShort(m.visFrom, addDays(m.visTo, -1)) : ctx.fmt.dayRange(m.visFrom, addDays(m.visTo, -1));
    return ctx.fmt.month(m.anchor);
  }

  #renderToolbar(m: Model): TemplateResult {
    const { s } = m.ctx;
    if (m.view === 'upcoming') {
      return html`<div class="toolbar toolbar--compact" part="toolbar">
        <h2 id="title" class="title" part="title">${s.upcomingTitle}</h2>
      </div>`;
    }
    const week = m.shown === 'week';
    return html`<div class="toolbar" part="toolbar">
      <div class="toolbar__nav">
        <button class="icon-btn" part="nav-button" data-action="prev" aria-label=${week ? s.previousWeek : s.previousMonth} @click=${() => this.#step(-1)}>${ICONS.prev}</button>
        <h2 id="title" class="title" part="title">${this.#title(m)}</h2>
        <button class="icon-btn" part="nav-button" data-action="next" aria-label=${week ? s.nextWeek : s.nextMonth} @click=${() => this.#step(1)}>${ICONS.next}</button>
      </div>
      <div class="toolbar__actions">
        <button class="button" part="today-button" data-action="today" @click=${this.#goToday}>${s.today}</button>
        <select class="jump" part="jump" aria-label=${s.jumpToMonth} @change=${(e: Event) => this.#navigate(`${(e.target as HTMLSelectElement).value}-01`)}>
          ${this.#jumpMonths(m).map((mo) => html`<option value=${mo} ?selected=${mo === m.anchor.slice(0, 7)}>${m.ctx.fmt.month(`${mo}-01`)}</option>`)}
        </select>
        <div class="views" role="group" aria-label=${s.views} part="view-group">
          ${(['month', 'week', 'list'] as const).map((v) => html`<button class="button" part="view-button" aria-pressed=${m.view === v ? 'true' : 'false'}
            @click=${() => this.#setView(v)}>${v === 'month' ? s.viewMonth : v === 'week' ? s.viewWeek : s.viewList}</button>`)}
        </div>
      </div>
    </div>`;
  }

  /** The months offered by the jump field: a year either side of the shown one. */
  #jumpMonths(m: Model): string[] {
    const first = `${m.anchor.slice(0, 7)}-01`;
    const out: string[] = [];
    for (let i = -12; i <= 12; i++) out.push(addMonths(first, i).slice(0, 7));
    return out;
  }

  #facetLabel(m: Model, facet: FacetKey, v: FacetValue): { text: string; lang: string | undefined } {
    if (!v.label) return { text: v.value, lang: undefined };
    const t = text(v.label as LocalizedText, m.ctx.locale, v.value);
    return { text: t.text, lang: facet === 'organizers' ? t.lang : undefined };
  }

  #renderFilters(m: Model): TemplateResult {
    const { s } = m.ctx;
    const f = this.#ui.filters;
    const active = FACETS.reduce((n, k) => n + f[k].length, 0);
    const legends: Record<FacetKey, string> = {
      kinds: s.filterKind, regions: s.filterRegion, audiences: s.filterAudience, organizers: s.filterOrganizer, tags: s.filterTag,
    };
    let panel: TemplateResult | typeof nothing = nothing;
    if (this.#ui.filtersOpen) {
      // Counted over the month or week shown (the loaded grid reaches into the next and previous months).
      const facets = this.#memoize('facets', [this.#merged(), f, m.visFrom, m.visTo, searchReady()], () =>
        facetValues(eventsInDays(this.#merged(), m.visFrom, m.visTo), f));
      // Esc closes the panel (back to its button); "Clear all" comes first, before dozens of chips.
      panel = html`<div id="filter-panel" class="filters__panel" part="filter-panel" @keydown=${(e: KeyboardEvent) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        this.#set({ filtersOpen: false });
        this.#focusAfter = '[part~="filters-button"]';
      }}>
        ${active || f.q ? html`<button class="link" part="clear-button" @click=${() => {
          this.#setFilters({ ...EMPTY_FILTERS, kinds: [], regions: [], organizers: [], audiences: [], tags: [] });
          this.#focusAfter = '[part~="filters-button"]'; // the button goes with the filters it cleared
        }}>${s.clearFilters}</button>` : nothing}
        ${FACETS.map((k) => {
          const values = k === 'organizers' || k === 'tags' ? facets[k].filter((v, i) => i < FACET_CAP || f[k].includes(v.value)) : facets[k];
          return values.length ? html`<fieldset class="facet" part="facet"><legend>${legends[k]}</legend>
            ${values.map((v) => {
              const label = this.#facetLabel(m, k, v);
              return html`<button class="chip" part="chip" aria-pressed=${f[k].includes(v.value) ? 'true' : 'false'} data-f=${k}
                data-v=${v.value} @click=${this.#toggleChip}><span lang=${label.lang ?? nothing}>${label.text}</span> <span class="chip__n">${v.count}</span></button>`;
            })}
          </fieldset>` : nothing;
        })}
      </div>`;
    }
    return html`<div class="filters" part="filters">
      <div class="filters__bar">
        <button class="button" part="filters-button" aria-expanded=${this.#ui.filtersOpen ? 'true' : 'false'}
          aria-controls=${this.#ui.filtersOpen ? 'filter-panel' : nothing} @click=${() => this.#set({ filtersOpen: !this.#ui.filtersOpen })}>${ICONS.filter}${s.activeFilters(active)}</button>
        <input class="search" part="search" type="search" enterkeyhint="search" aria-label=${s.search} placeholder=${s.searchPlaceholder}
          .value=${f.q} @input=${this.#onSearch} @compositionstart=${this.#onComposition} @compositionend=${this.#onComposition} />
      </div>
      ${panel}
    </div>`;
  }

  #renderZone(m: Model): TemplateResult {
    const { ctx } = m;
    const local = this.timeZone === 'local';
    // The offsets of the period shown (a week or month across a clock change has two).
    const range = dayRangeMs(m.visFrom, m.visTo, m.zone);
    const label = ctx.fmt.zoneName(m.zone, ctx.s, range.from, range.to);
    let back = ctx.s.showExchangeZone;
    let other = !!ctx.visitorZone;
    if (local) {
      // Back to the zone the page configured (time-zone or the provider's), named unless it is UTC+8;
      // no button when that zone's clock is the visitor's own (it would change nothing).
      const { zone } = resolveTimeZone(this.#zoneBeforeLocal ?? this.resolvedTimeZone);
      const name = ctx.fmt.zoneName(zone, ctx.s, range.from, range.to);
      if (name !== ctx.s.zoneLabel) back = ctx.s.showZone(name);
      other = zonesDiffer(zone, m.zone, range.from) || zonesDiffer(zone, m.zone, range.to - 1);
    }
    return html`<p class="zone-line" part="zone">${ctx.s.timesIn(label)}${other
      ? html` <button class="link" part="zone-button" @click=${this.#toggleZone}>${local ? back : ctx.s.showMyZone}</button>`
      : nothing}</p>`;
  }

  #sourceLabel(s: CalendarStrings, r: SourceResult): string {
    if (r.kind === 'ics') {
      // Host and path, so that two failing feeds of one site are told apart (a long path keeps its file name).
      const url = r.sourceId.slice(4);
      try {
        const { host, pathname } = new URL(url, globalThis.location?.href);
        return s.sourceFeed(host + (pathname.length > 40 ? `/…/${pathname.split('/').pop()}` : pathname));
      } catch {
        return s.sourceFeed(url);
      }
    }
    if (r.kind === 'inline') return s.sourceProvided;
    return r.sourceId === 'dataset' ? s.sourceDataset : s.sourceApi;
  }

  #renderNotes(m: Model, failed: SourceResult[], skipped: number, allFailed: boolean): TemplateResult | typeof nothing {
    const { s } = m.ctx;
    if (!skipped && !m.zoneInvalid && (!failed.length || allFailed)) return nothing;
    return html`<div class="notes">
      ${m.zoneInvalid ? html`<p class="note" part="note">${s.unknownZone(m.zoneInvalid, m.ctx.fmt.zoneName(m.zone, s, m.ctx.now))}</p>` : nothing}
      ${allFailed ? nothing : failed.map((r) => html`<p class="note note--warn" part="note">${this.#sourceLabel(s, r)
        ? s.sourceFailed(this.#sourceLabel(s, r)) : nothing} <button class="link" part="retry-button" @click=${() => this.#data.run()}>${s.retry}</button></p>`)}
      ${skipped ? html`<p class="note" part="note">${s.skipped(skipped)}</p>` : nothing}
    </div>`;
  }

  #renderState(kind: 'empty' | 'error', m: Model, message: string, extra?: TemplateResult): TemplateResult {
    return html`<div class="state state--${kind}" part=${kind}><p>${message}</p>${extra ?? nothing}</div>`;
  }

  #renderEmpty(m: Model): TemplateResult {
    const { s, fmt } = m.ctx;
    if (m.view === 'upcoming') return this.#renderState('empty', m, s.emptyUpcoming);
    const next = m.shown === 'week' ? undefined : this.#nextEventDay(m);
    return this.#renderState('empty', m, m.shown === 'week' ? s.emptyWeek : s.emptyMonth(fmt.month(m.anchor)), next
      ? html`<button class="button" part="empty-action" @click=${() => {
        // The button goes with the empty month: focus that month's day, or the agenda's first heading.
        this.#navigate(next);
        this.#focusAfter = `td[data-day="${next}"] .day__btn || .agenda h3`;
      }}>${s.nextMonthWithEvents(fmt.month(next))}</button>`
      : undefined);
  }

  #renderSkeleton(m: Model): TemplateResult {
    return html`<div class="skeleton" part="skeleton">
      <p>${m.ctx.s.loading}</p>
      <div class="skeleton__rows" aria-hidden="true">${[1, 2, 3, 4, 5].map(() => html`<span></span>`)}</div>
    </div>`;
  }

  #renderDayPanel(m: Model, layout: MonthLayout): TemplateResult | typeof nothing {
    const day = this.#ui.selectedDay;
    if (!day || day < m.fromDay || day >= m.toDay) return nothing;
    const events = layout.byDay.get(day) ?? [];
    return html`<section class="panel" part="day-panel" aria-labelledby="panel-title">
      <h3 id="panel-title" class="panel__title" part="day-heading" tabindex="-1">${m.ctx.fmt.day(day)}</h3>
      ${events.length
        ? renderList(m.ctx, [{ day, events }], this.#ui.listLimit, () => this.#set({ listLimit: this.#ui.listLimit + LIST_CHUNK * 2 }), true)
        : html`<p class="muted">${m.ctx.s.dayPanelEmpty}</p>`}
    </section>`;
  }

  #renderView(m: Model): TemplateResult {
    const { ctx } = m;
    if (m.view === 'upcoming') {
      const list = this.#upcomingEvents();
      return list.length ? renderUpcoming(ctx, list) : this.#loading() ? html`` : this.#renderEmpty(m);
    }
    const none = this.#visibleCount() === 0;
    // While a new range loads, an empty message would be a lie: show nothing (the body is aria-busy).
    const empty = none && !this.#loading() ? this.#renderEmpty(m) : nothing;
    if (m.shown === 'month') {
      const lanes = this.#ui.size === 'l' ? 4 : this.#ui.size === 'm' ? 3 : 2;
      const layout = this.#memoize('month', [this.#filtered(), m.grid[0], lanes], () => monthLayout(this.#filtered(), m.grid, lanes));
      const panel = this.#renderDayPanel(m, layout);
      return html`${empty}<div class="month${panel === nothing ? '' : ' has-panel'}" @keydown=${this.#onGridKey}>
        ${renderMonth(ctx, {
          weeks: layout.weeks, month: m.anchor.slice(0, 7), focusDay: m.anchor, selectedDay: this.#ui.selectedDay, maxLanes: lanes, labelledBy: 'title',
        })}
        ${panel}
      </div>`;
    }
    if (m.shown === 'week') {
      if (none) return empty as TemplateResult;
      const visible = this.#visibleEvents();
      const days = weekDays(m.anchor, m.firstDay);
      // As a time grid, only as many boxes side by side as can show a time and a title; stacked as
      // lists (small sizes), every event is listed.
      const stacked = this.#ui.size !== 'l';
      const columns = stacked ? Infinity : this.#ui.weekColumns;
      const layout = this.#memoize('week', [visible, days[0], columns], () => weekLayout(visible, days, m.zone, { allDayLanes: 4, maxColumns: columns }));
      const dayStart = startOfZonedDay(ctx.today, m.zone);
      const nowFraction = (ctx.now - dayStart) / (startOfZonedDay(addDays(ctx.today, 1), m.zone) - dayStart);
      return renderWeek(ctx, layout, (day) => {
        // The day's list: the agenda from that day, its heading focused (the button is gone with the week).
        this.#navigate(day);
        this.#setView('list');
        this.#set({ listFrom: day });
        this.#focusAfter = '.agenda h3';
      }, stacked, nowFraction);
    }
    if (none) return empty as TemplateResult;
    // From the whole filtered list, whose day index #visibleEvents already built (not re-bucketed).
    const all = this.#filtered();
    const day = this.#agendaStart(m);
    const groupsFrom = (from: DayKey) =>
      this.#memoize(from === m.visFrom ? 'groups' : 'groups-from', [all, from, m.visTo], () => agendaGroups(all, from, m.visTo, { repeatMultiDay: false }));
    let groups = groupsFrom(day);
    // Nothing from today on: the whole month, rather than an empty list.
    const from = groups.length || this.#ui.listFrom ? day : m.visFrom;
    if (from !== day) groups = groupsFrom(from);
    return html`${from === m.visFrom ? nothing : html`<p class="agenda__more agenda__earlier"><button class="button" part="earlier-button" @click=${() => {
      this.#set({ listFrom: 'all', listLimit: LIST_CHUNK });
      this.#focusAfter = '.agenda h3';
    }}>${ctx.s.showEarlier}</button></p>`}${renderList(ctx, groups, this.#ui.listLimit, () => this.#set({ listLimit: this.#ui.listLimit + LIST_CHUNK * 2 }), false, this.#disclosure(m))}`;
  }

  #renderFooter(m: Model): TemplateResult {
    const { s } = m.ctx;
    const urls = this.#memoize('subscribe', [m.client, this.#ui.filters], () => {
      try {
        return subscribeUrls(m.client, this.#ui.filters);
      } catch {
        return {};
      }
    });
    const f = this.#ui.filters;
    const labels: string[] = [];
    if (this.#ui.subscribeOpen) {
      const facets = facetValues([], f);
      for (const k of FACETS) for (const v of facets[k]) labels.push(this.#facetLabel(m, k, v).text);
      if (f.q) labels.push(`“${f.q}”`);
    }
    const row = (id: string, label: string, url: string) => html`<div class="copy">
      <a href=${url} id=${id}>${label}</a>
      <input class="copy__input" part="copy-input" readonly aria-labelledby=${id} .value=${url} />
      <button class="button" part="copy-button" data-copy=${url} aria-describedby=${id} @click=${this.#copy}>${s.copy}</button>
    </div>`;
    const range = m.shown === 'week' ? this.#title(m) : m.ctx.fmt.month(m.anchor);
    return html`<div class="footer" part="footer">
      <div class="footer__row">
        ${urls.https ? html`<button class="button" part="subscribe-button" aria-expanded=${this.#ui.subscribeOpen ? 'true' : 'false'}
          aria-controls=${this.#ui.subscribeOpen ? 'subscribe' : nothing} @click=${() => this.#set({ subscribeOpen: !this.#ui.subscribeOpen })}>${s.subscribe}</button>` : nothing}
        ${m.view === 'upcoming' ? nothing : html`<a class="button" part="download" href="#" download="events.ics" @click=${this.#downloadRange}>${s.downloadRange(range)}</a>`}
      </div>
      ${this.#ui.subscribeOpen && urls.https ? html`<div id="subscribe" class="subscribe" part="subscribe">
        <p>${s.subscribeIntro}</p>
        <p class="muted">${s.subscribeFilters(labels.length ? listFormat(m.ctx.locale).format(labels) : s.allEvents)}</p>
        ${urls.webcal ? row('sub-webcal', s.subscribeApp, urls.webcal) : nothing}
        ${row('sub-https', s.subscribeWeb, urls.https)}
        <p class="note">${s.googleDelay}</p>
      </div>` : nothing}
    </div>`;
  }

  #renderDialog(m: Model): TemplateResult {
    const ce = this.#ui.openEvent;
    let body: TemplateResult | typeof nothing = nothing;
    if (ce) body = renderDetails(m.ctx, { ...this.#detailsInputs(m, ce), onClose: this.#closeDialog });
    return html`<dialog class="dlg" part="dialog" aria-labelledby=${ce ? 'dlg-title' : nothing} @close=${this.#onDialogClose} @click=${this.#onDialogClick}
      @keydown=${this.#onDialogKey}>
      <div class="dlg__inner">${body}</div>
    </dialog>`;
  }

  /** The event whose details are shown: in the dialog, or in the agenda's open disclosure. */
  #openDetails(): CalendarEvent | undefined {
    // A disclosure left open in the agenda is not "open" once another view shows.
    const key = this.#model?.shown === 'list' ? this.#ui.expanded : undefined;
    return this.#ui.openEvent ?? (key === undefined ? undefined : this.#find(key));
  }

  #shareUrl(ce: CalendarEvent): string {
    const href = globalThis.location?.href ?? '';
    if (this.calendarUrl || (this.syncUrl && href)) {
      try {
        const page = new URL(this.calendarUrl || href, href);
        if (page.protocol === 'https:' || page.protocol === 'http:') {
          return writeUrlState(page, { filters: EMPTY_FILTERS, event: ce.key, date: ce.startDay }, this.#prefix).href;
        }
      } catch {
        // fall through
      }
    }
    return ce.event.url ?? href;
  }

  override render(): TemplateResult | typeof nothing {
    const m = this.#model;
    if (!m) return nothing;
    try {
      return this.#renderAll(m);
    } catch {
      // Degrade, never throw: an unexpected record shape shows the error state instead of a blank element.
      return html`<div part="base" class="cal" lang=${LANG[m.ctx.locale]}>${this.#renderState('error', m, m.ctx.s.error)}</div>`;
    }
  }

  #renderAll(m: Model): TemplateResult {
    const { s } = m.ctx;
    const remote = this.#remoteArgs !== NO_REMOTE;
    const loading = this.#loading();
    const { failed, skipped } = this.#summary();
    const results = this.#data.value?.results ?? [];
    const taskError = remote && this.#data.status === TaskStatus.ERROR;
    const allFailed = remote && !this.events && (taskError || (results.length > 0 && failed.length === results.length));
    let body: TemplateResult;
    if (allFailed && !loading) {
      // Feeds only: name them (a 404 or a file that isn't a calendar is not the visitor's connection).
      const feeds = failed.length > 0 && failed.every((r) => r.kind === 'ics');
      const message = feeds ? failed.map((r) => s.feedFailed(this.#sourceLabel(s, r))).join(' ') : s.error;
      body = this.#renderState('error', m, message, html`<button class="button button--primary" part="retry-button" @click=${() => this.#data.run()}>${s.retry}</button>`);
    } else if (loading && (this.#ui.skeleton || this.#data.value?.fromDay === '')) {
      body = this.#ui.skeleton ? this.#renderSkeleton(m) : html``;
    } else {
      body = this.#renderView(m);
    }
    const upcomingView = m.view === 'upcoming';
    return html`<div part="base" class="cal" lang=${LANG[m.ctx.locale]} data-size=${this.#ui.size} data-view=${m.shown}>
      ${this.#renderToolbar(m)}
      ${upcomingView ? nothing : this.#renderFilters(m)}
      ${this.#renderZone(m)}
      ${this.#renderNotes(m, failed, skipped, allFailed)}
      <div class="body" part="body" aria-busy=${loading ? 'true' : 'false'} @click=${this.#onBodyClick}>${body}</div>
      ${allFailed && !loading ? nothing : this.#renderFooter(m)}
      <div class="visually-hidden" role="status">${loading && this.#ui.skeleton ? s.loading : this.#ui.announcement}</div>
      ${this.#renderDialog(m)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hk-event-calendar': HkEventCalendar;
  }
}
