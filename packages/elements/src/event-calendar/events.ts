import type { Event as ExchangeEvent } from '@shhk/sdk';
import type { CalendarFilters } from './filters.js';

/** The calendar's views. `list` is the agenda grouped by day; `upcoming` the next few events. */
export type CalendarViewName = 'month' | 'week' | 'list' | 'upcoming';

/** Detail of {@link HkEventSelectEvent}. */
export interface EventSelectDetail {
  /** The exchange event (for a recurring event: the series record). */
  readonly event: ExchangeEvent;
  /** Unique per occurrence: the event id, or `id@startMs` for an occurrence of a recurring event. */
  readonly key: string;
  /** Start of this occurrence, epoch ms. */
  readonly start: number;
  /** End of this occurrence (exclusive), epoch ms. */
  readonly end: number;
}

/** Detail of {@link HkDateChangeEvent}. */
export interface DateChangeDetail {
  /** The focused date, `YYYY-MM-DD`. */
  readonly date: string;
  readonly view: CalendarViewName;
  /** First visible day, `YYYY-MM-DD`. */
  readonly from: string;
  /** Day after the last visible day, `YYYY-MM-DD`. */
  readonly to: string;
}

/** Detail of {@link HkViewChangeEvent}. */
export interface ViewChangeDetail {
  readonly view: CalendarViewName;
  readonly previous: CalendarViewName;
}

/** Detail of {@link HkFilterChangeEvent}. */
export interface FilterChangeDetail {
  readonly filters: Readonly<CalendarFilters>;
}

const init: EventInit = { bubbles: true, composed: true };

/**
 * Fired when the visitor opens an event (click, Enter on an event, or its chip).
 *
 * @example
 * ```ts
 * calendar.addEventListener('hk-event-select', (e) => analytics.track(e.detail.event.id));
 * ```
 */
export class HkEventSelectEvent extends Event {
  static readonly eventName = 'hk-event-select';
  readonly detail: EventSelectDetail;
  constructor(detail: EventSelectDetail) {
    super(HkEventSelectEvent.eventName, init);
    this.detail = Object.freeze({ ...detail });
  }
}

/** Fired when the visitor moves to another day, week or month. Not fired for programmatic changes. */
export class HkDateChangeEvent extends Event {
  static readonly eventName = 'hk-date-change';
  readonly detail: DateChangeDetail;
  constructor(detail: DateChangeDetail) {
    super(HkDateChangeEvent.eventName, init);
    this.detail = Object.freeze({ ...detail });
  }
}

/** Fired when the visitor picks another view. Not fired for programmatic changes. */
export class HkViewChangeEvent extends Event {
  static readonly eventName = 'hk-view-change';
  readonly detail: ViewChangeDetail;
  constructor(detail: ViewChangeDetail) {
    super(HkViewChangeEvent.eventName, init);
    this.detail = Object.freeze({ ...detail });
  }
}

/** Fired when the visitor changes a filter chip or the search text. Not fired for attribute changes. */
export class HkFilterChangeEvent extends Event {
  static readonly eventName = 'hk-filter-change';
  readonly detail: FilterChangeDetail;
  constructor(filters: CalendarFilters) {
    super(HkFilterChangeEvent.eventName, init);
    const copy: CalendarFilters = {
      kinds: [...filters.kinds],
      regions: [...filters.regions],
      organizers: [...filters.organizers],
      audiences: [...filters.audiences],
      tags: [...filters.tags],
      q: filters.q,
    };
    this.detail = Object.freeze({ filters: Object.freeze(copy) });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hk-event-select': HkEventSelectEvent;
    'hk-date-change': HkDateChangeEvent;
    'hk-view-change': HkViewChangeEvent;
    'hk-filter-change': HkFilterChangeEvent;
  }
}
