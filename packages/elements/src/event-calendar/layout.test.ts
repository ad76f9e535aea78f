import { expect } from '@open-wc/testing';
import { agendaGroups, bucketByDay, compareEvents, monthLayout, upcoming, weekLayout, type MonthWeek } from './layout.js';
import { normalizeEvents, type CalendarEvent } from './normalize.js';
import { dayRangeMs, monthGrid, weekDays } from './time.js';
import { calEvent, marchEvents } from './test-helpers.js';

const SH = 'Asia/Shanghai';
const MARCH = monthGrid(2026, 3, 1); // 2026-02-23 … 2026-04-05

const timed = (id: string, day: string, from: string, to: string): CalendarEvent =>
  calEvent({ id, start: `${day}T${from}:00+08:00`, end: `${day}T${to}:00+08:00` });
const allDay = (id: string, start: string, end = start): CalendarEvent => calEvent({ id, start, end, allDay: true });

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
