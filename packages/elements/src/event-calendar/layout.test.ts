import { expect } from '@open-wc/testing';
import { agendaGroups, bucketByDay, compareEvents, countInDays, eventsInDays, isBar, monthLayout, upcoming, weekLayout, type MonthItem, type MonthWeek } from './layout.js';
import { normalizeEvents, type CalendarEvent } from './normalize.js';
import { addDays, dayRangeMs, monthGrid, weekDays } from './time.js';
import { calEvent, marchEvents, seeded } from './test-helpers.js';

const SH = 'Asia/Shanghai';
const MARCH = monthGrid(2026, 3, 1); // 2026-02-23 … 2026-04-05

const timed = (id: string, day: string, from: string, to: string): CalendarEvent =>
  calEvent({ id, start: `${day}T${from}:00+08:00`, end: `${day}T${to}:00+08:00` });
const allDay = (id: string, start: string, end = start): CalendarEvent => calEvent({ id, start, end, allDay: true });
const pick = <T>(rand: () => number, values: readonly T[]): T => values[Math.floor(rand() * values.length)]!;

// Checks the invariants every month layout must hold.
function checkInvariants(weeks: MonthWeek[], byDay: Map<string, CalendarEvent[]>, maxLanes: number): void {
  for (const week of weeks) {
    expect(week.items.length).to.be.at.most(7 * maxLanes);
    const used = new Set<string>();
    for (const item of week.items) {
      expect(item.lane).to.be.within(0, maxLanes - 1);
      for (let c = item.startCol; c < item.startCol + item.span; c++) {
        const slot = `${c}:${item.lane}`;
        expect(used.has(slot), `slot ${slot} used twice`).to.equal(false);
        used.add(slot);
      }
    }
    for (const cell of week.cells) {
      expect(cell.shown + cell.moreCount).to.equal(cell.total);
      expect(cell.total).to.equal(byDay.get(cell.day)!.length);
      const covering = week.items.filter((i) => i.startCol <= cell.col && cell.col < i.startCol + i.span).length;
      expect(covering).to.equal(cell.shown);
    }
  }
}

describe('event-calendar layout', () => {
  describe('bucketByDay', () => {
    it('should put multi-day events in every day they cover, sorted bars first then by start', () => {
      const days = ['2026-03-13', '2026-03-14', '2026-03-15'];
      const a = timed('a', '2026-03-14', '10:00', '11:00');
      const b = timed('b', '2026-03-14', '09:00', '10:00');
      const bar = allDay('bar', '2026-03-10', '2026-03-14');
      const outside = timed('out', '2026-03-20', '09:00', '10:00');
      const byDay = bucketByDay([a, b, bar, outside], days);
      expect(byDay.get('2026-03-13')!.map((e) => e.id)).to.deep.equal(['bar']);
      expect(byDay.get('2026-03-14')!.map((e) => e.id)).to.deep.equal(['bar', 'b', 'a']);
      expect(byDay.get('2026-03-15')).to.deep.equal([]);
    });

    it('should order by all-day/multi-day, start, then key', () => {
      const list = [timed('z', '2026-03-14', '09:00', '10:00'), timed('y', '2026-03-14', '09:00', '10:00'), allDay('x', '2026-03-14')];
      expect(list.sort(compareEvents).map((e) => e.id)).to.deep.equal(['x', 'y', 'z']);
    });
  });

  describe('monthLayout', () => {
    it('should pack overlapping multi-day bars into separate lanes and reuse freed lanes', () => {
      // Week of 2026-03-09 (Mon) … 03-15 (Sun) is row 2 of the March grid.
      const events = [
        allDay('long', '2026-03-09', '2026-03-12'),
        allDay('mid', '2026-03-11', '2026-03-13'),
        allDay('late', '2026-03-13', '2026-03-15'),
        allDay('tail', '2026-03-14', '2026-03-14'),
      ];
      const { weeks, byDay } = monthLayout(events, MARCH, 3);
      const week = weeks[2]!;
      expect(week.days[0]).to.equal('2026-03-09');
      const lanes = Object.fromEntries(week.items.map((i) => [i.key, [i.startCol, i.span, i.lane]]));
      expect(lanes).to.deep.equal({
        long: [0, 4, 0],
        mid: [2, 3, 1],
        late: [4, 3, 0],
        tail: [5, 1, 1],
      });
      expect(week.lanes).to.equal(2);
      checkInvariants(weeks, byDay, 3);
    });

    it('should split a bar at week rows and mark continuation', () => {
      const { weeks } = monthLayout([allDay('expo', '2026-03-13', '2026-03-17')], MARCH, 3);
      const first = weeks[2]!.items[0]!;
      const second = weeks[3]!.items[0]!;
      expect(first).to.include({ startCol: 4, span: 3, continuesBefore: false, continuesAfter: true, bar: true });
      expect(second).to.include({ startCol: 0, span: 2, continuesBefore: true, continuesAfter: false });
    });

    it('should treat an event starting before the grid as continuing', () => {
      const { weeks } = monthLayout([allDay('winter', '2026-02-01', '2026-02-24')], MARCH, 3);
      expect(weeks[0]!.items[0]).to.include({ startCol: 0, span: 2, continuesBefore: true, continuesAfter: false });
    });

    it('should hide bars beyond the lane cap and count them as more in every covered cell', () => {
      const events = ['a', 'b', 'c'].map((id) => allDay(id, '2026-03-10', '2026-03-12'));
      const { weeks, byDay } = monthLayout(events, MARCH, 2);
      const week = weeks[2]!;
      expect(week.items.map((i) => i.key)).to.deep.equal(['a', 'b']);
      expect(week.cells.slice(1, 4).map((c) => c.moreCount)).to.deep.equal([1, 1, 1]);
      checkInvariants(weeks, byDay, 2);
    });

    it('should fill timed chips under the bars and count the rest as more', () => {
      const events = [
        allDay('bar', '2026-03-14', '2026-03-15'),
        timed('t1', '2026-03-14', '09:00', '10:00'),
        timed('t2', '2026-03-14', '11:00', '12:00'),
        timed('t3', '2026-03-14', '13:00', '14:00'),
        timed('t4', '2026-03-15', '13:00', '14:00'),
      ];
      const { weeks, byDay } = monthLayout(events, MARCH, 3);
      const week = weeks[2]!;
      const sat = week.cells[5]!;
      expect(sat).to.include({ day: '2026-03-14', total: 4, shown: 3, moreCount: 1 });
      const chips = week.items.filter((i) => !i.bar && i.startCol === 5).map((i) => [i.key, i.lane]);
      expect(chips).to.deep.equal([['t1', 1], ['t2', 2]]);
      expect(week.cells[6]).to.include({ total: 2, shown: 2, moreCount: 0 });
      checkInvariants(weeks, byDay, 3);
    });

    it('should keep output bounded and counts exact with 10,000 events in one month', () => {
      const { events } = normalizeEvents(marchEvents(10_000), { sourceId: 'bench', zone: SH });
      expect(events).to.have.length(10_000);
      const times: number[] = [];
      let layout = monthLayout(events, MARCH, 3);
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        layout = monthLayout(events, MARCH, 3);
        times.push(performance.now() - t0);
      }
      const { weeks, byDay } = layout;
      const items = weeks.reduce((n, w) => n + w.items.length, 0);
      expect(items).to.be.at.most(42 * 3);
      checkInvariants(weeks, byDay, 3);
      // Every event is counted once per day it covers: shown + more over March equals the events.
      let covered = 0;
      for (const w of weeks) for (const c of w.cells) if (c.day.startsWith('2026-03')) covered += c.shown + c.moreCount;
      expect(covered).to.equal(10_000);
      console.log(`monthLayout, 10,000 events in one month: best of 5 ${Math.min(...times).toFixed(1)} ms, ${items} items`);
    });
  });

  // The straightforward layout monthLayout must equal: every day fully sorted (bucketByDay), then per
  // week row the greedy packing (bars by first cell, lowest free lane; then chips in free lanes).
  function referenceWeeks(events: CalendarEvent[], grid: readonly string[], maxLanes: number): { items: MonthItem[]; cells: number[][] }[] {
    const byDay = bucketByDay(events, grid);
    const out = [];
    for (let w = 0; w < grid.length / 7; w++) {
      const days = grid.slice(w * 7, w * 7 + 7);
      const lanes: boolean[][] = Array.from({ length: maxLanes }, () => new Array<boolean>(7).fill(false));
      const items: MonthItem[] = [];
      const shown = new Array<number>(7).fill(0);
      for (let c = 0; c < 7; c++) {
        for (const ce of byDay.get(days[c]!)!.filter(isBar)) {
          if (ce.startDay !== days[c] && !(c === 0 && ce.startDay < days[0]!)) continue;
          let end = c;
          while (end < 6 && days[end + 1]! <= ce.endDay) end++;
          const lane = lanes.findIndex((row) => row.slice(c, end + 1).every((x) => !x));
          if (lane < 0) continue;
          for (let k = c; k <= end; k++) (lanes[lane]![k] = true), shown[k]!++;
          items.push({ key: ce.key, event: ce, startCol: c, span: end - c + 1, lane, continuesBefore: ce.startDay < days[c]!, continuesAfter: ce.endDay > days[end]!, bar: true });
        }
      }
      for (let c = 0; c < 7; c++) {
        let lane = 0;
        for (const ce of byDay.get(days[c]!)!.filter((e) => !isBar(e))) {
          while (lane < maxLanes && lanes[lane]![c]) lane++;
          if (lane >= maxLanes) break;
          lanes[lane]![c] = true;
          shown[c]!++;
          items.push({ key: ce.key, event: ce, startCol: c, span: 1, lane, continuesBefore: false, continuesAfter: false, bar: false });
        }
      }
      out.push({ items, cells: days.map((d, c) => [byDay.get(d)!.length, shown[c]!]) });
    }
    return out;
  }

  describe('monthLayout against the reference layout', () => {
    it('should equal the full-sort layout on random months, and give the same day lists', () => {
      const rand = seeded(5);
      const pad = (n: number): string => String(n).padStart(2, '0');
      for (let round = 0; round < 12; round++) {
        const events: CalendarEvent[] = [];
        const n = [0, 1, 5, 40, 300, 2000][round % 6]!;
        for (let i = 0; i < n; i++) {
          // Days from mid-February to mid-April, so some events cross the grid's edges.
          const day = addDays('2026-02-10', Math.floor(rand() * 65));
          const kind = rand();
          if (kind < 0.2) events.push(allDay(`a${i}`, day, addDays(day, Math.floor(rand() * (rand() < 0.5 ? 1 : 12)))));
          else if (kind < 0.3) events.push(calEvent({ id: `m${i}`, start: `${day}T${pad(Math.floor(rand() * 24))}:00:00+08:00`, end: `${addDays(day, 1 + Math.floor(rand() * 3))}T${pad(Math.floor(rand() * 24))}:30:00+08:00` }));
          else {
            const h = Math.floor(rand() * 23);
            events.push(timed(`t${i}`, day, `${pad(h)}:${pick(rand, ['00', '15', '30'])}`, `${pad(h + (rand() < 0.2 ? 0 : 1))}:45`));
          }
        }
        for (const lanes of [0, 1, 2, 3, 4]) {
          const layout = monthLayout(events, MARCH, lanes);
          const reference = referenceWeeks(events, MARCH, lanes);
          layout.weeks.forEach((week, w) => {
            const shape = (items: MonthItem[]) => items.map((i) => [i.key, i.startCol, i.span, i.lane, i.bar, i.continuesBefore, i.continuesAfter]);
            expect(shape(week.items), `round ${round} lanes ${lanes} week ${w}`).to.deep.equal(shape(reference[w]!.items));
            expect(week.cells.map((c) => [c.total, c.shown])).to.deep.equal(reference[w]!.cells);
          });
          const full = bucketByDay(events, MARCH);
          for (const day of MARCH) expect(layout.byDay.get(day)!.map((e) => e.key), day).to.deep.equal(full.get(day)!.map((e) => e.key));
          if (lanes > 0) checkInvariants(layout.weeks, layout.byDay, lanes);
        }
      }
    });

    it('should find the events of a range from its index, and notice a list that grew', () => {
      const { events } = normalizeEvents(marchEvents(500), { sourceId: 'b', zone: SH });
      const list = [...events, allDay('long', '2026-02-01', '2026-05-01')];
      const keys = (l: CalendarEvent[]) => l.map((e) => e.key).sort();
      for (const [from, to] of [['2026-03-01', '2026-04-01'], ['2026-03-10', '2026-03-11'], ['2026-01-01', '2026-12-31'], ['2026-05-02', '2026-06-01']] as const) {
        expect(keys(eventsInDays(list, from, to))).to.deep.equal(keys(list.filter((e) => e.endDay >= from && e.startDay < to)));
        expect(countInDays(list, from, to)).to.equal(list.filter((e) => e.endDay >= from && e.startDay < to).length);
      }
      list.push(timed('late', '2026-03-20', '10:00', '11:00'));
      expect(eventsInDays(list, '2026-03-20', '2026-03-21').map((e) => e.key)).to.include('late');
    });
  });

  describe('weekLayout', () => {
    const WEEK = weekDays('2026-03-14', 1);
    const boxes = (events: CalendarEvent[], day = 5) => weekLayout(events, WEEK, SH).timed[day]!;

    it('should give 3 mutually overlapping events 3 columns', () => {
      const result = boxes([timed('a', '2026-03-14', '09:00', '12:00'), timed('b', '2026-03-14', '10:00', '11:00'), timed('c', '2026-03-14', '10:30', '11:30')]);
      expect(result.map((b) => [b.key, b.column, b.columns])).to.deep.equal([['a', 0, 3], ['b', 1, 3], ['c', 2, 3]]);
    });

    it('should give a chain A–B, B–C 2 columns', () => {
      const result = boxes([timed('a', '2026-03-14', '09:00', '10:00'), timed('b', '2026-03-14', '09:30', '10:30'), timed('c', '2026-03-14', '10:00', '11:00')]);
      expect(result.map((b) => [b.key, b.column, b.columns])).to.deep.equal([['a', 0, 2], ['b', 1, 2], ['c', 0, 2]]);
    });

    it('should keep separate clusters independent', () => {
      const result = boxes([
        timed('a', '2026-03-14', '09:00', '10:00'), timed('b', '2026-03-14', '09:00', '10:00'),
        timed('c', '2026-03-14', '14:00', '15:00'),
      ]);
      expect(result.map((b) => [b.key, b.columns])).to.deep.equal([['a', 2], ['b', 2], ['c', 1]]);
    });

    it('should gather what does not fit in maxColumns into "+N" boxes in the last column', () => {
      const events = [
        timed('a', '2026-03-14', '09:00', '12:00'), timed('b', '2026-03-14', '09:30', '10:30'), timed('c', '2026-03-14', '10:00', '11:00'),
        timed('d', '2026-03-14', '10:15', '11:15'), timed('e', '2026-03-14', '11:30', '11:45'),
      ];
      // Unlimited: four columns (e reuses b's).
      expect(boxes(events).map((b) => [b.key, b.column, b.columns])).to.deep.equal([['a', 0, 4], ['b', 1, 4], ['c', 2, 4], ['d', 3, 4], ['e', 1, 4]]);
      const result = weekLayout(events, WEEK, SH, { maxColumns: 2 });
      // b, c and d overlap in the shared column: one "+3" box from 09:30 to 11:15; e, alone at its time there, keeps its box.
      expect(result.timed[5]!.map((b) => [b.key, b.column, b.columns])).to.deep.equal([['a', 0, 2], ['e', 1, 2]]);
      expect(result.more[5]!.map((m) => [m.events.map((e) => e.id), m.column, m.columns])).to.deep.equal([[['b', 'c', 'd'], 1, 2]]);
      expect(result.more[5]![0]!.top).to.be.closeTo(9.5 / 24, 1e-9);
      expect(result.more[5]![0]!.height).to.be.closeTo(1.75 / 24, 1e-9);
      expect(result.more.filter((_, i) => i !== 5).flat()).to.deep.equal([]);
      // A cluster within the limit is unchanged, and a limit that is not a count is no limit.
      for (const maxColumns of [4, 0, Number.NaN]) {
        expect(weekLayout(events, WEEK, SH, { maxColumns }).timed[5]!.map((b) => b.columns)).to.deep.equal([4, 4, 4, 4, 4]);
      }
      expect(weekLayout(events, WEEK, SH, { maxColumns: 1 }).more[5]!.map((m) => m.events.length)).to.deep.equal([5]);
    });

    it('should place boxes as fractions of the day', () => {
      const [box] = boxes([timed('a', '2026-03-14', '06:00', '12:00')]);
      expect(box).to.include({ dayIndex: 5, top: 0.25, height: 0.25, column: 0, columns: 1 });
    });

    it('should give a zero-length event a minimum height', () => {
      const [box] = boxes([timed('a', '2026-03-14', '09:00', '09:00')]);
      expect(box!.height).to.be.closeTo(15 / 1440, 1e-9);
    });

    it('should split an overnight event at midnight and put all-day and ≥ 24 h events in the all-day row', () => {
      const overnight = calEvent({ id: 'night', start: '2026-03-13T22:00:00+08:00', end: '2026-03-14T02:00:00+08:00' });
      const long = calEvent({ id: 'long', start: '2026-03-10T09:00:00+08:00', end: '2026-03-11T09:00:00+08:00' });
      const result = weekLayout([overnight, long, allDay('fair', '2026-03-14', '2026-03-20')], WEEK, SH);
      expect(result.timed[4]!.map((b) => [b.key, b.continuesAfter])).to.deep.equal([['night', true]]);
      expect(result.timed[5]!.map((b) => [b.key, b.continuesBefore, b.top])).to.deep.equal([['night', true, 0]]);
      expect(result.allDay.items.map((i) => [i.key, i.startCol, i.span, i.continuesAfter])).to.deep.equal([
        ['long', 1, 2, false],
        ['fair', 5, 2, true],
      ]);
      expect(result.allDay.cells.every((c) => c.moreCount === 0)).to.equal(true);
    });

    it('should lay out 10,000 events in a week (timing printed)', () => {
      const { events } = normalizeEvents(marchEvents(10_000), { sourceId: 'bench', zone: SH });
      const times: number[] = [];
      let result = weekLayout(events, WEEK, SH, { allDayLanes: 3 });
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        result = weekLayout(events, WEEK, SH, { allDayLanes: 3 });
        times.push(performance.now() - t0);
      }
      const count = result.timed.reduce((n, d) => n + d.length, 0);
      expect(count).to.be.greaterThan(0);
      for (const day of result.timed) for (const b of day) expect(b.column).to.be.below(b.columns);
      console.log(`weekLayout, 10,000 events (${count} timed in the week): best of 5 ${Math.min(...times).toFixed(1)} ms`);
    });
  });

  describe('agenda', () => {
    const events = [
      timed('a', '2026-03-14', '10:00', '11:00'),
      timed('b', '2026-03-14', '09:00', '10:00'),
      allDay('fair', '2026-03-15', '2026-03-17'),
      timed('before', '2026-02-27', '09:00', '10:00'),
    ];

    it('should group by day in order, repeating multi-day events on each day', () => {
      const groups = agendaGroups(events, '2026-03-01', '2026-04-01');
      expect(groups.map((g) => [g.day, g.events.map((e) => e.id)])).to.deep.equal([
        ['2026-03-14', ['b', 'a']],
        ['2026-03-15', ['fair']],
        ['2026-03-16', ['fair']],
        ['2026-03-17', ['fair']],
      ]);
    });

    it('should count each day without sorting it, and sort on first read', () => {
      const groups = agendaGroups(events, '2026-03-01', '2026-04-01');
      expect(groups.map((g) => g.count)).to.deep.equal([2, 1, 1, 1]);
      expect(groups[0]!.events.map((e) => e.id)).to.deep.equal(['b', 'a']);
      expect(groups[0]!.events).to.equal(groups[0]!.events);
    });

    it('should list multi-day events once when asked, and respect the exclusive end', () => {
      const groups = agendaGroups(events, '2026-03-16', '2026-03-17', { repeatMultiDay: false });
      expect(groups.map((g) => [g.day, g.events.map((e) => e.id)])).to.deep.equal([['2026-03-16', ['fair']]]);
    });

    it('should give the next n events not yet ended, ongoing first', () => {
      const now = Date.parse('2026-03-14T09:30:00+08:00');
      expect(upcoming(events, now, 2).map((e) => e.id)).to.deep.equal(['b', 'a']);
      expect(upcoming(events, now, 10).map((e) => e.id)).to.deep.equal(['b', 'a', 'fair']);
      expect(upcoming(events, now, 0)).to.deep.equal([]);
    });

    it('should handle a large upcoming request', () => {
      const { events: many } = normalizeEvents(marchEvents(1000), { sourceId: 'b', zone: SH });
      const { from } = dayRangeMs('2026-03-15', '2026-03-16', SH);
      const next = upcoming(many, from, 100);
      expect(next).to.have.length(100);
      for (let i = 1; i < next.length; i++) expect(next[i]!.start).to.be.at.least(next[i - 1]!.start);
      expect(next.every((e) => e.end > from)).to.equal(true);
    });
  });
});
