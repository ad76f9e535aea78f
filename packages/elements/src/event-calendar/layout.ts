import type { CalendarEvent } from './normalize.js';
import { addDays, dayFromNumber, dayNumber, startOfZonedDay, type DayKey } from './time.js';

// Layout maths for the month, week and agenda views (performance goals C3–C9). Everything here is
// pure and linear or n·log n in the number of events; the month output is bounded by
// cells × lanes whatever the event count, so the DOM stays small (goal C6).

/** Whether an event is drawn as a bar (all-day, or spanning more than one day) rather than a timed chip. */
export function isBar(ce: CalendarEvent): boolean {
  return ce.allDay || ce.startDay !== ce.endDay;
}

/**
 * The calendar's order of events within a day: bars (all-day and multi-day) first — earlier-starting
 * and longer ones first, so bars keep their lane across days — then timed events by start, longer
 * first, then by key (stable across renders).
 */
export function compareEvents(a: CalendarEvent, b: CalendarEvent): number {
  const barA = isBar(a);
  const barB = isBar(b);
  if (barA !== barB) return barA ? -1 : 1;
  if (barA) {
    if (a.startDay !== b.startDay) return a.startDay < b.startDay ? -1 : 1;
    if (a.endDay !== b.endDay) return a.endDay > b.endDay ? -1 : 1;
    if (a.allDay !== b.allDay) return a.allDay ? -1 : 1;
  }
  if (a.start !== b.start) return a.start - b.start;
  if (a.end !== b.end) return b.end - a.end;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

const byKey = (a: CalendarEvent, b: CalendarEvent): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
// compareEvents specialised for two bars and for two timed events (no isBar calls while sorting).
const compareBars = (a: CalendarEvent, b: CalendarEvent): number => {
  if (a.startDay !== b.startDay) return a.startDay < b.startDay ? -1 : 1;
  if (a.endDay !== b.endDay) return a.endDay > b.endDay ? -1 : 1;
  if (a.allDay !== b.allDay) return a.allDay ? -1 : 1;
  return a.start - b.start || b.end - a.end || byKey(a, b);
};
const compareTimed = (a: CalendarEvent, b: CalendarEvent): number => a.start - b.start || b.end - a.end || byKey(a, b);

interface SplitBuckets {
  /** Per day: bars, sorted. */
  bars: CalendarEvent[][];
  /** Per day: timed single-day events, sorted. */
  timed: CalendarEvent[][];
}

// Buckets per day index, bars and timed events apart, each sorted.
function splitBuckets(events: readonly CalendarEvent[], days: readonly DayKey[]): SplitBuckets {
  const n = days.length;
  const bars: CalendarEvent[][] = [];
  const timed: CalendarEvent[][] = [];
  for (let i = 0; i < n; i++) {
    bars.push([]);
    timed.push([]);
  }
  if (n === 0) return { bars, timed };
  const index = new Map<DayKey, number>();
  for (let i = 0; i < n; i++) index.set(days[i]!, i);
  const first = days[0]!;
  const last = days[n - 1]!;
  for (const ce of events) {
    if (ce.endDay < first || ce.startDay > last) continue;
    const target = isBar(ce) ? bars : timed;
    const a = ce.startDay <= first ? 0 : index.get(ce.startDay);
    const b = ce.endDay >= last ? n - 1 : index.get(ce.endDay);
    if (a !== undefined && b !== undefined) {
      for (let i = a; i <= b; i++) target[i]!.push(ce);
    } else {
      // `days` has gaps: fall back to comparing each day.
      for (let i = 0; i < n; i++) if (days[i]! >= ce.startDay && days[i]! <= ce.endDay) target[i]!.push(ce);
    }
  }
  for (let i = 0; i < n; i++) {
    if (bars[i]!.length > 1) bars[i]!.sort(compareBars);
    if (timed[i]!.length > 1) timed[i]!.sort(compareTimed);
  }
  return { bars, timed };
}

function joinBuckets(split: SplitBuckets, days: readonly DayKey[]): Map<DayKey, CalendarEvent[]> {
  const out = new Map<DayKey, CalendarEvent[]>();
  for (let i = 0; i < days.length; i++) {
    const bars = split.bars[i]!;
    const timed = split.timed[i]!;
    out.set(days[i]!, bars.length === 0 ? timed : timed.length === 0 ? bars : bars.concat(timed));
  }
  return out;
}

/**
 * Groups events by the days they cover, for consecutive `days` (sorted, no gaps). A multi-day event is
 * in every day it covers. Each day's list is sorted by {@link compareEvents}; days without events map to
 * an empty array.
 *
 * @example
 * ```ts
 * const byDay = bucketByDay(events, monthGrid(2026, 3, 1));
 * byDay.get('2026-03-14')?.length; // events that day
 * ```
 */
export function bucketByDay(events: readonly CalendarEvent[], days: readonly DayKey[]): Map<DayKey, CalendarEvent[]> {
  return joinBuckets(splitBuckets(events, days), days);
}

/** One visible piece of the month grid: a bar segment within a week row, or a timed chip in one cell. */
export interface MonthItem {
  key: string;
  event: CalendarEvent;
  /** Column of the first covered day within the week, 0–6. */
  startCol: number;
  /** Columns covered, ≥ 1 (timed chips: 1). */
  span: number;
  /** Row within the week, 0 … maxLanes − 1 (the "+N more" line goes below the last lane). */
  lane: number;
  /** The event started before this week row (draw the bar's left edge open). */
  continuesBefore: boolean;
  /** The event goes on after this week row. */
  continuesAfter: boolean;
  /** `true` for all-day and multi-day bars, `false` for a timed chip. */
  bar: boolean;
}

/** Counts of one day cell. Always `shown + moreCount === total`. */
export interface MonthCell {
  day: DayKey;
  /** Column within the week, 0–6. */
  col: number;
  /** Events covering the day. */
  total: number;
  /** Of those, drawn in the cell (bars crossing it and chips in it). */
  shown: number;
  /** Not drawn: the "+N more" count (0 = no link). */
  moreCount: number;
}

/** One row of the month grid. */
export interface MonthWeek {
  days: DayKey[];
  /** Visible items, at most `days.length × maxLanes`. */
  items: MonthItem[];
  cells: MonthCell[];
  /** Lanes in use in this row (≤ maxLanes). */
  lanes: number;
}

/** What {@link monthLayout} returns. */
export interface MonthLayout {
  weeks: MonthWeek[];
  /** Every day's full, sorted list (for the day panel and the "+N more" list). */
  byDay: Map<DayKey, CalendarEvent[]>;
}

/**
 * Lays out a month grid: per week row, multi-day and all-day bars packed into lanes (greedy, earliest
 * and longest first), then timed chips into each cell's free lanes, up to `maxLanes` per cell; the rest
 * are counted in each cell's `moreCount`. Output size is bounded by `gridDays.length × maxLanes`.
 *
 * @param gridDays consecutive days, a multiple of 7 (usually the 42 of `monthGrid`)
 * @param maxLanes rows of items per cell (e.g. 3 on large screens, 2 on medium)
 * @example
 * ```ts
 * const { weeks, byDay } = monthLayout(events, monthGrid(2026, 3, 1), 3);
 * for (const week of weeks) for (const item of week.items) place(item.startCol, item.span, item.lane);
 * ```
 */
export function monthLayout(events: readonly CalendarEvent[], gridDays: readonly DayKey[], maxLanes: number): MonthLayout {
  const n = gridDays.length;
  const lanesCap = Math.max(0, Math.floor(maxLanes));
  const first = n ? dayNumber(gridDays[0]!) : 0;
  const index = dayIndex(events);
  // Multi-day events covering each grid day, sorted (usually few).
  const multi: CalendarEvent[][] = [];
  for (let i = 0; i < n; i++) multi.push([]);
  for (const ce of index.multi) {
    const a = Math.max(0, dayNumber(ce.startDay) - first);
    const b = Math.min(n - 1, dayNumber(ce.endDay) - first);
    for (let i = a; i <= b; i++) multi[i]!.push(ce);
  }
  // Per day, only the first `lanesCap` single-day bars and timed events can be drawn (each needs a
  // lane of its own cell), so they are selected rather than the whole day sorted: 10,000 events in a
  // month cost one pass. The full sorted lists (`byDay`) are built only when asked for.
  const bars: CalendarEvent[][] = [];
  const timed: CalendarEvent[][] = [];
  const totals: number[] = [];
  for (let i = 0; i < n; i++) {
    const covering = multi[i]!;
    if (covering.length > 1) covering.sort(compareBars);
    const singles = index.single.get(first + i) ?? NONE;
    const topBars: CalendarEvent[] = [];
    const topTimed: CalendarEvent[] = [];
    for (const ce of singles) {
      if (ce.allDay) keepFirst(topBars, ce, lanesCap, compareBars);
      else keepFirst(topTimed, ce, lanesCap, compareTimed);
    }
    bars.push(topBars.length ? covering.concat(topBars) : covering);
    timed.push(topTimed);
    totals.push(covering.length + singles.length);
  }
  const weeks: MonthWeek[] = [];
  for (let w = 0; w * 7 < n; w++) {
    const from = w * 7;
    const to = Math.min(from + 7, n);
    weeks.push(packWeek(gridDays.slice(from, to), bars.slice(from, to), timed.slice(from, to), lanesCap, totals.slice(from, to)));
  }
  let byDay: Map<DayKey, CalendarEvent[]> | undefined;
  return {
    weeks,
    get byDay() {
      if (!byDay) {
        byDay = new Map();
        for (let i = 0; i < n; i++) {
          const singles = index.single.get(first + i) ?? NONE;
          const dayBars = multi[i]!.concat(singles.filter((ce) => ce.allDay).sort(compareBars));
          byDay.set(gridDays[i]!, dayBars.concat(singles.filter((ce) => !ce.allDay).sort(compareTimed)));
        }
      }
      return byDay;
    },
  };
}

const NONE: readonly CalendarEvent[] = [];

// Inserts `ce` into `top`, kept sorted and at most `k` long.
function keepFirst(top: CalendarEvent[], ce: CalendarEvent, k: number, compare: (a: CalendarEvent, b: CalendarEvent) => number): void {
  let i = top.length;
  if (i === k && (k === 0 || compare(ce, top[k - 1]!) >= 0)) return;
  while (i > 0 && compare(ce, top[i - 1]!) < 0) i--;
  top.splice(i, 0, ce);
  if (top.length > k) top.pop();
}

interface DayIndex {
  /** `events.length` when built: a cheap guard against a list changed in place. */
  length: number;
  /** Single-day events by day number. */
  single: Map<number, CalendarEvent[]>;
  /** Events over more than one day. */
  multi: CalendarEvent[];
}

// Per events list, built once: navigating months re-uses it instead of scanning every event again.
// Event lists are treated as immutable (the calendar builds a new array for new data).
const indexes = new WeakMap<readonly CalendarEvent[], DayIndex>();

function dayIndex(events: readonly CalendarEvent[]): DayIndex {
  let index = indexes.get(events);
  if (!index || index.length !== events.length) {
    index = { length: events.length, single: new Map(), multi: [] };
    for (const ce of events) {
      if (ce.startDay !== ce.endDay) {
        index.multi.push(ce);
        continue;
      }
      const day = dayNumber(ce.startDay);
      const list = index.single.get(day);
      if (list) list.push(ce);
      else index.single.set(day, [ce]);
    }
    indexes.set(events, index);
  }
  return index;
}

/**
 * The events of `events` that overlap the days `[fromDay, toDayExclusive)`, in no particular order. Uses
 * the same per-list index as {@link monthLayout}, so a month switch does not scan every loaded event.
 */
export function eventsInDays(events: readonly CalendarEvent[], fromDay: DayKey, toDayExclusive: DayKey): CalendarEvent[] {
  const index = dayIndex(events);
  const a = dayNumber(fromDay);
  const b = dayNumber(toDayExclusive);
  const out: CalendarEvent[] = [];
  for (const ce of index.multi) if (ce.endDay >= fromDay && ce.startDay < toDayExclusive) out.push(ce);
  if (b - a <= index.single.size) {
    for (let d = a; d < b; d++) {
      const list = index.single.get(d);
      if (list) for (const ce of list) out.push(ce);
    }
  } else {
    for (const [d, list] of index.single) if (d >= a && d < b) for (const ce of list) out.push(ce);
  }
  return out;
}

/** How many events of `events` overlap the days `[fromDay, toDayExclusive)`: {@link eventsInDays}' length, without the list. */
export function countInDays(events: readonly CalendarEvent[], fromDay: DayKey, toDayExclusive: DayKey): number {
  const index = dayIndex(events);
  const a = dayNumber(fromDay);
  const b = dayNumber(toDayExclusive);
  let n = 0;
  for (const ce of index.multi) if (ce.endDay >= fromDay && ce.startDay < toDayExclusive) n++;
  for (const [d, list] of index.single) if (d >= a && d < b) n += list.length;
  return n;
}

// Packs one week row from its days' sorted bars and timed events. Pass `timed` = undefined for the week
// view's all-day row (only bars are placed and counted).
function packWeek(days: DayKey[], bars: CalendarEvent[][], timed: CalendarEvent[][] | undefined, maxLanes: number, cellTotals?: number[]): MonthWeek {
  const cols = days.length;
  const first = days[0]!;
  const occupied: Uint8Array[] = [];
  const shown = new Array<number>(cols).fill(0);
  const totals = new Array<number>(cols).fill(0);
  const items: MonthItem[] = [];
  let lanesUsed = 0;
  const laneRow = (lane: number): Uint8Array => {
    let row = occupied[lane];
    if (!row) {
      row = new Uint8Array(cols);
      occupied[lane] = row;
    }
    return row;
  };

  // Bars: each starts in the cell of its first day in this row. Cells are sorted earliest/longest
  // first, so walking columns left to right keeps long bars in low lanes.
  for (let c = 0; c < cols; c++) {
    totals[c] = cellTotals ? cellTotals[c]! : bars[c]!.length + (timed ? timed[c]!.length : 0);
    for (const ce of bars[c]!) {
      if (ce.startDay !== days[c] && !(c === 0 && ce.startDay < first)) continue;
      let end = c;
      while (end + 1 < cols && days[end + 1]! <= ce.endDay) end++;
      let lane = -1;
      for (let l = 0; l < maxLanes; l++) {
        const row = laneRow(l);
        let free = true;
        for (let k = c; k <= end; k++) {
          if (row[k]) {
            free = false;
            break;
          }
        }
        if (free) {
          lane = l;
          break;
        }
      }
      if (lane < 0) continue; // Hidden: counted in `more` of each covered cell.
      const row = laneRow(lane);
      for (let k = c; k <= end; k++) {
        row[k] = 1;
        shown[k]!++;
      }
      if (lane + 1 > lanesUsed) lanesUsed = lane + 1;
      items.push({
        key: ce.key,
        event: ce,
        startCol: c,
        span: end - c + 1,
        lane,
        continuesBefore: ce.startDay < days[c]!,
        continuesAfter: ce.endDay > days[end]!,
        bar: true,
      });
    }
  }

  // Timed chips fill each cell's free lanes; only the shown ones are visited.
  if (timed) {
    for (let c = 0; c < cols; c++) {
      let lane = 0;
      for (const ce of timed[c]!) {
        while (lane < maxLanes && laneRow(lane)[c]) lane++;
        if (lane >= maxLanes) break;
        laneRow(lane)[c] = 1;
        shown[c]!++;
        if (lane + 1 > lanesUsed) lanesUsed = lane + 1;
        items.push({ key: ce.key, event: ce, startCol: c, span: 1, lane, continuesBefore: false, continuesAfter: false, bar: false });
      }
    }
  }

  const cells: MonthCell[] = days.map((day, col) => ({
    day,
    col,
    total: totals[col]!,
    shown: shown[col]!,
    moreCount: totals[col]! - shown[col]!,
  }));
  return { days, items, cells, lanes: lanesUsed };
}

/** A timed event's box in one day column of the week view. Fractions are of that day's length. */
export interface WeekBox {
  key: string;
  event: CalendarEvent;
  /** Index into `days`. */
  dayIndex: number;
  /** Distance from the top of the day, 0–1. */
  top: number;
  /** Height, 0–1 (at least `minDurationMs` worth, so short events stay clickable). */
  height: number;
  /** Column within its overlap cluster, 0 … columns − 1. */
  column: number;
  /** Columns of its overlap cluster: draw it `1 / columns` wide at `column / columns`. */
  columns: number;
  /** Started on an earlier day (overnight event). */
  continuesBefore: boolean;
  /** Ends on a later day. */
  continuesAfter: boolean;
}

/** What {@link weekLayout} returns. */
export interface WeekLayout {
  days: DayKey[];
  /** The all-day row: all-day events and events of 24 h or more, as bars. */
  allDay: MonthWeek;
  /** Timed boxes per day (same order as `days`), in start order. */
  timed: WeekBox[][];
  /** Per day, the "+N" boxes standing for events of clusters wider than `maxColumns`, in start order. */
  more: WeekMore[][];
}

/**
 * Overlapping events of a cluster wider than `maxColumns`, drawn as one "+N" box in the cluster's last
 * column, from the first one's start to the last one's end.
 */
export interface WeekMore {
  dayIndex: number;
  top: number;
  height: number;
  column: number;
  columns: number;
  /** The events it stands for, in start order. */
  events: CalendarEvent[];
}

/** Options of {@link weekLayout}. */
export interface WeekLayoutOptions {
  /** Lanes of the all-day row before "+N more". @default Infinity */
  allDayLanes?: number;
  /** Shortest duration drawn, so a 0-minute event is still a target. @default 900000 (15 min) */
  minDurationMs?: number;
  /**
   * Most boxes side by side. In a wider cluster the first `maxColumns − 1` columns are drawn as usual
   * and the rest share the last one: an event alone at its time there is drawn itself, overlapping
   * ones become one {@link WeekMore} box. @default Infinity
   */
  maxColumns?: number;
}

const LONG_MS = 86_400_000;

/**
 * Lays out a week (or any run of consecutive days) as a time grid: all-day and ≥ 24 h events in a bar
 * row; the others per day as boxes, split at midnight, with overlapping events clustered and given
 * side-by-side columns (a chain A–B, B–C uses 2 columns; three mutually overlapping events use 3).
 * With `maxColumns`, a denser cluster keeps that many columns and gathers the rest into "+N" boxes.
 *
 * @example
 * ```ts
 * const { allDay, timed } = weekLayout(events, weekDays('2026-03-14', 1), 'Asia/Shanghai');
 * for (const box of timed[0]) place(box.top, box.height, box.column / box.columns, 1 / box.columns);
 * ```
 */
export function weekLayout(events: readonly CalendarEvent[], days: readonly DayKey[], zone: string, opts: WeekLayoutOptions = {}): WeekLayout {
  const { allDayLanes = Infinity, minDurationMs = 900_000 } = opts;
  // Below 1 or not a number: no limit.
  const maxColumns = (opts.maxColumns ?? 0) >= 1 ? Math.floor(opts.maxColumns!) : Infinity;
  const dayList = [...days];
  const n = dayList.length;
  const rowEvents: CalendarEvent[] = [];
  const timedEvents: CalendarEvent[] = [];
  for (const ce of events) {
    if (ce.allDay || ce.end - ce.start >= LONG_MS) rowEvents.push(ce);
    else timedEvents.push(ce);
  }
  // ≥ 24 h timed events are bars here even when they start and end on one day (e.g. a DST-long day).
  const rowSplit = splitBuckets(rowEvents, dayList);
  const rowBars = rowSplit.bars.map((bars, i) => (rowSplit.timed[i]!.length ? bars.concat(rowSplit.timed[i]!).sort(compareBars) : bars));
  const allDay = packWeek(dayList, rowBars, undefined, allDayLanes === Infinity ? Number.MAX_SAFE_INTEGER : Math.max(0, Math.floor(allDayLanes)));

  const timed: WeekBox[][] = [];
  const more: WeekMore[][] = [];
  if (n === 0) return { days: dayList, allDay, timed, more };
  const bounds = dayList.map((d) => startOfZonedDay(d, zone));
  bounds.push(startOfZonedDay(addDays(dayList[n - 1]!, 1), zone));
  const segments: { ce: CalendarEvent; start: number; end: number; drawEnd: number }[][] = dayList.map(() => []);
  const weekStart = bounds[0]!;
  const weekEnd = bounds[n]!;
  for (const ce of timedEvents) {
    if (ce.end <= weekStart && !(ce.end === ce.start && ce.start === weekStart)) continue;
    if (ce.start >= weekEnd) continue;
    for (let i = 0; i < n; i++) {
      const dayStart = bounds[i]!;
      const dayEnd = bounds[i + 1]!;
      const overlaps = ce.start < dayEnd && (ce.end > dayStart || (ce.end === ce.start && ce.start >= dayStart));
      if (!overlaps) continue;
      const start = Math.max(ce.start, dayStart);
      const end = Math.min(ce.end, dayEnd);
      segments[i]!.push({ ce, start, end, drawEnd: Math.min(Math.max(end, start + minDurationMs), dayEnd + minDurationMs) });
    }
  }
  for (let i = 0; i < n; i++) {
    const dayStart = bounds[i]!;
    const dayEnd = bounds[i + 1]!;
    const length = dayEnd - dayStart;
    const segs = segments[i]!;
    segs.sort((a, b) => a.start - b.start || b.drawEnd - a.drawEnd || (a.ce.key < b.ce.key ? -1 : a.ce.key > b.ce.key ? 1 : 0));
    const boxes: WeekBox[] = [];
    const dayMore: WeekMore[] = [];
    const gathered = new Set<WeekBox>();
    let cluster: WeekBox[] = [];
    let colEnds: number[] = [];
    let clusterEnd = -Infinity;
    const close = (): void => {
      const columns = Math.min(colEnds.length, maxColumns);
      if (colEnds.length > maxColumns) {
        // The boxes of columns ≥ lane share the last column: runs of them that overlap in time become
        // one "+N" box; one alone at its time keeps its own box there.
        const lane = maxColumns - 1;
        let run: WeekBox[] = [];
        let runEnd = -Infinity;
        const flush = (): void => {
          if (run.length === 1) run[0]!.column = lane;
          else if (run.length > 1) {
            let top = 1;
            let bottom = 0;
            for (const b of run) {
              gathered.add(b);
              top = Math.min(top, b.top);
              bottom = Math.max(bottom, b.top + b.height);
            }
            dayMore.push({ dayIndex: i, top, height: bottom - top, column: lane, columns, events: run.map((b) => b.event) });
          }
          run = [];
          runEnd = -Infinity;
        };
        for (const box of cluster) {
          if (box.column < lane) continue;
          if (box.top >= runEnd) flush();
          run.push(box);
          runEnd = Math.max(runEnd, box.top + box.height);
        }
        flush();
      }
      for (const box of cluster) box.columns = columns;
      cluster = [];
      colEnds = [];
    };
    for (const seg of segs) {
      if (seg.start >= clusterEnd) close();
      let column = colEnds.findIndex((end) => end <= seg.start);
      if (column < 0) {
        column = colEnds.length;
        colEnds.push(seg.drawEnd);
      } else {
        colEnds[column] = seg.drawEnd;
      }
      clusterEnd = Math.max(clusterEnd, seg.drawEnd);
      let top = (seg.start - dayStart) / length;
      const height = Math.min(1, (seg.drawEnd - seg.start) / length);
      if (top + height > 1) top = 1 - height;
      const box: WeekBox = {
        key: seg.ce.key,
        event: seg.ce,
        dayIndex: i,
        top,
        height,
        column,
        columns: 1,
        continuesBefore: seg.ce.start < dayStart,
        continuesAfter: seg.ce.end > dayEnd,
      };
      cluster.push(box);
      boxes.push(box);
    }
    close();
    timed.push(gathered.size ? boxes.filter((b) => !gathered.has(b)) : boxes);
    more.push(dayMore);
  }
  return { days: dayList, allDay, timed, more };
}

/** One day of the agenda. */
export interface AgendaGroup {
  day: DayKey;
  /** The day's events, sorted by {@link compareEvents}. */
  events: CalendarEvent[];
  /** `events.length`, readable without sorting the list (groups from {@link agendaGroups} sort on first read). */
  count?: number;
}

/**
 * The agenda: days in `[fromDay, toDayExclusive)` that have events, in order, each with its sorted
 * events. A multi-day event is listed under every day it covers (`repeatMultiDay`, default) or only
 * under its first day in range. Each group's list is sorted on first read of `events` (`count` is known
 * at once), so a windowed list of 10,000 events sorts only the days it draws.
 *
 * @example
 * ```ts
 * const groups = agendaGroups(events, '2026-03-01', '2026-04-01');
 * ```
 */
export function agendaGroups(
  events: readonly CalendarEvent[],
  fromDay: DayKey,
  toDayExclusive: DayKey,
  opts: { repeatMultiDay?: boolean } = {},
): AgendaGroup[] {
  const { repeatMultiDay = true } = opts;
  const first = dayNumber(fromDay);
  const last = dayNumber(toDayExclusive) - 1;
  // Single-day events come from the list's day index (shared with the month layout and eventsInDays),
  // so a list already indexed is not bucketed again; each day's list is copied (it is sorted here).
  const index = dayIndex(events);
  const lists = new Map<number, CalendarEvent[]>();
  const take = (day: number, list: CalendarEvent[] | undefined): void => {
    if (list) lists.set(day, list.slice());
  };
  if (last - first < index.single.size) for (let d = first; d <= last; d++) take(d, index.single.get(d));
  else for (const [d, list] of index.single) if (d >= first && d <= last) take(d, list);
  const add = (day: number, ce: CalendarEvent): void => {
    const list = lists.get(day);
    if (list) list.push(ce);
    else lists.set(day, [ce]);
  };
  for (const ce of index.multi) {
    const a = dayNumber(ce.startDay);
    const b = dayNumber(ce.endDay);
    if (b < first || a > last) continue;
    const from = a < first ? first : a;
    if (!repeatMultiDay) {
      add(from, ce);
      continue;
    }
    const to = b < last ? b : last;
    for (let d = from; d <= to; d++) add(d, ce);
  }
  return [...lists.keys()].sort((x, y) => x - y).map((d) => sortedGroup(dayFromNumber(d), lists.get(d)!));
}

function sortedGroup(day: DayKey, list: CalendarEvent[]): AgendaGroup {
  let sorted = list.length < 2;
  return {
    day,
    count: list.length,
    get events() {
      if (!sorted) {
        list.sort(compareEvents);
        sorted = true;
      }
      return list;
    },
  };
}

/**
 * The next `n` events that have not ended at `nowMs` (ongoing ones first, by start), for the compact
 * `upcoming` mode.
 *
 * @example
 * ```ts
 * upcoming(events, Date.now(), 5);
 * ```
 */
export function upcoming(events: readonly CalendarEvent[], nowMs: number, n: number): CalendarEvent[] {
  const limit = Math.max(0, Math.floor(n));
  if (limit === 0) return [];
  const byStart = (a: CalendarEvent, b: CalendarEvent): number => a.start - b.start || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  if (limit > 64) {
    return events.filter((ce) => ce.end > nowMs || (ce.end === ce.start && ce.start >= nowMs)).sort(byStart).slice(0, limit);
  }
  const top: CalendarEvent[] = [];
  for (const ce of events) {
    if (ce.end <= nowMs && !(ce.end === ce.start && ce.start >= nowMs)) continue;
    if (top.length === limit && byStart(ce, top[limit - 1]!) >= 0) continue;
    // Insertion into a short sorted list: O(events × n), and n is small (a sidebar).
    let i = top.length;
    while (i > 0 && byStart(ce, top[i - 1]!) < 0) i--;
    top.splice(i, 0, ce);
    if (top.length > limit) top.pop();
  }
  return top;
}
