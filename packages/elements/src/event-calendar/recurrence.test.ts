import { expect } from '@open-wc/testing';
import { expandAll, expandRecurrence, MAX_OCCURRENCES, parseRrule } from './recurrence.js';
import { dayRangeMs, zonedParts } from './time.js';
import { calEvent } from './test-helpers.js';

const SH = 'Asia/Shanghai';
const NY = 'America/New_York';
const MARCH = dayRangeMs('2026-03-01', '2026-04-01', SH);
const YEAR = dayRangeMs('2026-01-01', '2027-01-01', SH);

describe('event-calendar recurrence', () => {
  it('should parse supported rules and refuse others', () => {
    expect(parseRrule('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=8')).to.deep.equal({
      freq: 'WEEKLY', interval: 2, count: 8, byDay: [{ weekday: 2 }, { weekday: 4 }], wkst: 1,
    });
    expect(parseRrule('FREQ=MONTHLY;BYDAY=-1FR')?.byDay).to.deep.equal([{ weekday: 5, nth: -1 }]);
    expect(parseRrule('FREQ=DAILY;UNTIL=20260320T235959Z')?.until).to.deep.equal({ day: '2026-03-20', utc: true, time: { hour: 23, minute: 59, second: 59 } });
    expect(parseRrule('FREQ=HOURLY')).to.equal(undefined);
    expect(parseRrule('FREQ=DAILY;INTERVAL=0')).to.equal(undefined);
    expect(parseRrule('FREQ=WEEKLY;BYDAY=XX')).to.equal(undefined);
    expect(parseRrule('FREQ=DAILY;UNTIL=2026-02-30')).to.equal(undefined);
  });

  // Rows: rule, event start (Shanghai), range, expected occurrence days (Shanghai).
  const cases: [string, string, typeof MARCH, string[]][] = [
    ['FREQ=DAILY;COUNT=3', '2026-03-10T09:00:00+08:00', MARCH, ['2026-03-10', '2026-03-11', '2026-03-12']],
    ['FREQ=DAILY;INTERVAL=10', '2026-03-01T09:00:00+08:00', MARCH, ['2026-03-01', '2026-03-11', '2026-03-21', '2026-03-31']],
    ['FREQ=DAILY;UNTIL=20260305', '2026-03-03T09:00:00+08:00', MARCH, ['2026-03-03', '2026-03-04', '2026-03-05']],
    ['FREQ=WEEKLY;COUNT=6', '2026-03-03T09:00:00+08:00', MARCH, ['2026-03-03', '2026-03-10', '2026-03-17', '2026-03-24', '2026-03-31']],
    ['FREQ=WEEKLY;BYDAY=TU,TH;COUNT=5', '2026-03-03T09:00:00+08:00', MARCH, ['2026-03-03', '2026-03-05', '2026-03-10', '2026-03-12', '2026-03-17']],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', '2026-03-02T09:00:00+08:00', MARCH, ['2026-03-02', '2026-03-16', '2026-03-30']],
    ['FREQ=MONTHLY;COUNT=3', '2026-01-31T09:00:00+08:00', YEAR, ['2026-01-31', '2026-03-31', '2026-05-31']],
    ['FREQ=MONTHLY;BYDAY=2TU;COUNT=3', '2026-01-13T09:00:00+08:00', YEAR, ['2026-01-13', '2026-02-10', '2026-03-10']],
    ['FREQ=MONTHLY;BYDAY=-1FR;COUNT=2', '2026-01-30T09:00:00+08:00', YEAR, ['2026-01-30', '2026-02-27']],
    ['FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3', '2026-01-31T09:00:00+08:00', YEAR, ['2026-01-31', '2026-02-28', '2026-03-31']],
    ['FREQ=YEARLY;COUNT=3', '2025-03-14T09:00:00+08:00', YEAR, ['2026-03-14']],
    // Long-running rule: only the range's occurrences, found without walking from 2010 one by one.
    ['FREQ=WEEKLY;BYDAY=SA', '2010-01-02T09:00:00+08:00', MARCH, ['2026-03-07', '2026-03-14', '2026-03-21', '2026-03-28']],
  ];
  for (const [rule, start, range, days] of cases) {
    it(`should expand ${rule} from ${start.slice(0, 10)} to ${days.length} occurrence(s) in range`, () => {
      const ce = calEvent({ id: 'r', rrule: rule, start, end: start.replace('T09:00', 'T10:30') });
      const occ = expandRecurrence(ce, range, SH);
      expect(occ.map((o) => o.startDay)).to.deep.equal(days);
      for (const o of occ) {
        expect(o.end - o.start).to.equal(90 * 60_000);
        expect(o.key).to.equal(`r@${o.start}`);
        expect(o.occurrenceStart).to.equal(o.start);
        expect(zonedParts(o.start, SH)).to.include({ hour: 9, minute: 0 });
      }
    });
  }

  it('should keep the wall-clock time in the event zone across daylight saving', () => {
    const ce = calEvent({ id: 'ny', rrule: 'FREQ=WEEKLY;COUNT=3', start: '2026-03-01T09:30:00-05:00', end: '2026-03-01T10:30:00-05:00', timeZone: NY }, SH);
    const occ = expandRecurrence(ce, MARCH, SH);
    expect(occ.map((o) => new Date(o.start).toISOString())).to.deep.equal([
      '2026-03-01T14:30:00.000Z', // EST
      '2026-03-08T13:30:00.000Z', // EDT from 8 March
      '2026-03-15T13:30:00.000Z',
    ]);
    expect(occ.map((o) => zonedParts(o.start, NY).hour)).to.deep.equal([9, 9, 9]);
  });

  it('should expand all-day events by date and keep their span', () => {
    const ce = calEvent({ id: 'fair', allDay: true, start: '2026-03-06', end: '2026-03-07', rrule: 'FREQ=WEEKLY;COUNT=4' });
    const occ = expandRecurrence(ce, MARCH, NY);
    expect(occ.map((o) => [o.startDay, o.endDay, o.key])).to.deep.equal([
      ['2026-03-06', '2026-03-07', 'fair@2026-03-06'],
      ['2026-03-13', '2026-03-14', 'fair@2026-03-13'],
      ['2026-03-20', '2026-03-21', 'fair@2026-03-20'],
      ['2026-03-27', '2026-03-28', 'fair@2026-03-27'],
    ]);
  });

  it('should include an occurrence that started before the range and overlaps it', () => {
    const ce = calEvent({ id: 'camp', allDay: true, start: '2026-02-27', end: '2026-03-02', rrule: 'FREQ=MONTHLY;COUNT=2' });
    expect(expandRecurrence(ce, MARCH, SH).map((o) => o.startDay)).to.deep.equal(['2026-02-27', '2026-03-27']);
  });

  it('should cap runaway rules', () => {
    const ce = calEvent({ id: 'd', rrule: 'FREQ=DAILY', start: '2026-01-01T09:00:00+08:00', end: '2026-01-01T09:30:00+08:00' });
    const tenYears = dayRangeMs('2026-01-01', '2036-01-01', SH);
    expect(expandRecurrence(ce, tenYears, SH)).to.have.length(MAX_OCCURRENCES);
    expect(expandRecurrence(ce, tenYears, SH, 10)).to.have.length(10);
  });

  it('should pass non-recurring events and unreadable rules through', () => {
    const plain = calEvent({ id: 'p' });
    const odd = calEvent({ id: 'o', rrule: 'FREQ=DAILY;BYDAY=XX' });
    expect(expandRecurrence(plain, MARCH, SH)).to.deep.equal([plain]);
    expect(expandRecurrence(odd, MARCH, SH)).to.deep.equal([odd]);
    const list = [plain];
    expect(expandAll(list, MARCH, SH)).to.equal(list);
    expect(expandAll([plain, calEvent({ id: 'w', rrule: 'FREQ=WEEKLY;COUNT=2' })], MARCH, SH)).to.have.length(3);
  });
});
