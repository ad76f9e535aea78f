import { expect } from '@open-wc/testing';
import {
  addDays, addMonths, dayNumber, DEFAULT_ZONE, dayOfWeek, dayRangeMs, daysBetween, diffDays, isDayKey, isValidTimeZone, monthGrid,
  resolveTimeZone, startOfDayNumber, startOfWeek, startOfZonedDay, weekDays, zonedDay, zonedParts, zonedWallTime, zoneOffsetLabel,
  zoneOffsetMinutes,
} from './time.js';

const NY = 'America/New_York';
const SH = 'Asia/Shanghai';
const at = (iso: string): number => Date.parse(iso);

describe('event-calendar time', () => {
  describe('zones', () => {
    it('should know valid and invalid IANA zones', () => {
      expect(isValidTimeZone('Asia/Hong_Kong')).to.equal(true);
      expect(isValidTimeZone('UTC')).to.equal(true);
      expect(isValidTimeZone('Mars/Olympus')).to.equal(false);
      expect(isValidTimeZone('')).to.equal(false);
    });

    const resolveCases: [string | null, string, string | undefined][] = [
      [null, DEFAULT_ZONE, undefined],
      ['', DEFAULT_ZONE, undefined],
      ['  ', DEFAULT_ZONE, undefined],
      ['Europe/London', 'Europe/London', undefined],
      ['Mars/Olympus', DEFAULT_ZONE, 'Mars/Olympus'],
      // The runner pins the browser to Asia/Hong_Kong.
      ['local', 'Asia/Hong_Kong', undefined],
      ['LOCAL', 'Asia/Hong_Kong', undefined],
    ];
    for (const [attr, zone, invalid] of resolveCases) {
      it(`should resolve time-zone=${JSON.stringify(attr)} to ${zone}${invalid ? ' (flagged invalid)' : ''}`, () => {
        const result = resolveTimeZone(attr);
        expect(result.zone).to.equal(zone);
        expect(result.invalid).to.equal(invalid);
      });
    }

    const offsetCases: [string, string, number, string][] = [
      [SH, '2026-01-15T00:00:00Z', 480, 'UTC+8'],
      [SH, '2026-07-15T00:00:00Z', 480, 'UTC+8'],
      [NY, '2026-01-15T12:00:00Z', -300, 'UTC\u22125'],
      [NY, '2026-07-15T12:00:00Z', -240, 'UTC\u22124'],
      ['Asia/Kolkata', '2026-07-15T12:00:00Z', 330, 'UTC+5:30'],
      ['UTC', '2026-07-15T12:00:00Z', 0, 'UTC'],
      // The spring-forward instant itself (2026-03-08 07:00Z) and one second before.
      [NY, '2026-03-08T06:59:59Z', -300, 'UTC\u22125'],
      [NY, '2026-03-08T07:00:00Z', -240, 'UTC\u22124'],
    ];
    for (const [zone, iso, offset, label] of offsetCases) {
      it(`should give ${zone} at ${iso} offset ${offset} (${label})`, () => {
        expect(zoneOffsetMinutes(zone, at(iso))).to.equal(offset);
        expect(zoneOffsetLabel(zone, at(iso))).to.equal(label);
      });
    }
  });

  it('should agree with Intl for the UTC+8 zones computed without it, and use Intl for older dates', () => {
    const longOffset = (zone: string, ms: number): string =>
      new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(ms).find((p) => p.type === 'timeZoneName')!.value;
    for (const zone of ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei', 'Asia/Singapore']) {
      for (const iso of ['1992-01-01T00:00:00Z', '2026-07-01T00:00:00Z', '2040-12-31T23:59:59Z']) {
        expect(longOffset(zone, at(iso)), `${zone} ${iso}`).to.equal('GMT+08:00');
        expect(zoneOffsetMinutes(zone, at(iso))).to.equal(480);
      }
    }
    // Shanghai kept daylight saving time from 1986 to 1991.
    expect(zoneOffsetMinutes(SH, at('1988-07-01T00:00:00Z'))).to.equal(540);
  });

  describe('instants → days and parts', () => {
    const dayCases: [string, string, string][] = [
      ['2026-03-14T15:59:59Z', SH, '2026-03-14'],
      ['2026-03-14T16:00:00Z', SH, '2026-03-15'],
      ['2026-03-14T03:59:59Z', NY, '2026-03-13'],
      ['2026-03-14T04:00:00Z', NY, '2026-03-14'],
      ['2026-11-01T04:30:00Z', NY, '2026-11-01'],
      ['2026-11-01T03:59:00Z', NY, '2026-10-31'],
      ['2026-12-31T16:00:00Z', SH, '2027-01-01'],
    ];
    for (const [iso, zone, day] of dayCases) {
      it(`should put ${iso} on ${day} in ${zone}`, () => {
        expect(zonedDay(at(iso), zone)).to.equal(day);
      });
    }

    it('should give wall-clock parts with the weekday', () => {
      expect(zonedParts(at('2026-03-14T06:30:15Z'), SH)).to.deep.equal({
        year: 2026, month: 3, day: 14, hour: 14, minute: 30, second: 15, weekday: 6, offsetMinutes: 480,
      });
      expect(zonedParts(at('2026-07-04T13:00:00Z'), NY)).to.include({ hour: 9, day: 4, weekday: 6, offsetMinutes: -240 });
    });
  });

  describe('wall time → instants', () => {
    const wallCases: [string, [number, number, number, number, number], string, string][] = [
      ['Shanghai morning', [2026, 3, 14, 9, 30], SH, '2026-03-14T01:30:00Z'],
      ['New York winter', [2026, 1, 10, 9, 0], NY, '2026-01-10T14:00:00Z'],
      ['New York summer', [2026, 7, 10, 9, 0], NY, '2026-07-10T13:00:00Z'],
      // 02:30 does not exist on 2026-03-08 in New York: the later reading, 03:30 EDT.
      ['New York DST gap', [2026, 3, 8, 2, 30], NY, '2026-03-08T07:30:00Z'],
      // 01:30 happens twice on 2026-11-01: the earlier one, EDT.
      ['New York DST overlap', [2026, 11, 1, 1, 30], NY, '2026-11-01T05:30:00Z'],
    ];
    for (const [name, [y, m, d, h, mi], zone, iso] of wallCases) {
      it(`should convert ${name}`, () => {
        expect(new Date(zonedWallTime(y, m, d, h, mi, 0, zone)).toISOString()).to.equal(new Date(iso).toISOString());
      });
    }

    it('should start days at local midnight and give DST days their real length', () => {
      expect(startOfZonedDay('2026-03-14', SH)).to.equal(at('2026-03-13T16:00:00Z'));
      expect(startOfZonedDay('2026-03-08', NY)).to.equal(at('2026-03-08T05:00:00Z'));
      const spring = dayRangeMs('2026-03-08', '2026-03-09', NY);
      expect((spring.to - spring.from) / 3_600_000).to.equal(23);
      const fall = dayRangeMs('2026-11-01', '2026-11-02', NY);
      expect((fall.to - fall.from) / 3_600_000).to.equal(25);
    });

    it('should start days by number as by key, in every zone, including the arithmetic UTC and UTC+8 paths', () => {
      // 1991: Shanghai still had daylight saving (the UTC+8 shortcut must not apply).
      const days = ['1991-06-15', '1991-12-31', '1992-01-01', '1992-01-02', '2026-03-08', '2026-03-14', '2026-11-01', '2100-02-28'];
      for (const zone of [SH, 'Asia/Hong_Kong', 'Asia/Taipei', 'UTC', NY, 'Europe/London', 'Asia/Kolkata']) {
        for (const day of days) {
          const expected = zonedWallTime(+day.slice(0, 4), +day.slice(5, 7), +day.slice(8), 0, 0, 0, zone);
          expect(startOfDayNumber(dayNumber(day), zone), `${zone} ${day}`).to.equal(expected);
          expect(startOfZonedDay(day, zone), `${zone} ${day}`).to.equal(expected);
        }
      }
      expect(startOfZonedDay('1991-06-15', SH)).to.equal(at('1991-06-14T15:00:00Z'));
    });
  });

  describe('calendar days', () => {
    it('should validate day keys', () => {
      expect(isDayKey('2026-02-28')).to.equal(true);
      expect(isDayKey('2028-02-29')).to.equal(true);
      expect(isDayKey('2026-02-29')).to.equal(false);
      expect(isDayKey('2026-13-01')).to.equal(false);
      expect(isDayKey('2026-3-1')).to.equal(false);
      expect(isDayKey(20260301)).to.equal(false);
    });

    it('should add days and months across boundaries', () => {
      expect(addDays('2026-02-28', 1)).to.equal('2026-03-01');
      expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
      expect(addDays('2026-01-01', -1)).to.equal('2025-12-31');
      expect(addMonths('2026-01-31', 1)).to.equal('2026-02-28');
      expect(addMonths('2026-03-15', -3)).to.equal('2025-12-15');
      expect(addMonths('2026-12-01', 1)).to.equal('2027-01-01');
      expect(diffDays('2026-03-01', '2026-04-01')).to.equal(31);
      expect(daysBetween('2026-02-27', '2026-03-02')).to.deep.equal(['2026-02-27', '2026-02-28', '2026-03-01']);
    });

    it('should give weekdays (0 = Sunday)', () => {
      expect(dayOfWeek('2026-03-14')).to.equal(6);
      expect(dayOfWeek('2026-03-15')).to.equal(0);
      expect(dayOfWeek('1969-12-31')).to.equal(3);
    });

    const gridCases: [number, number, number, string, string][] = [
      // year, month, firstDay, first cell, last cell
      [2026, 3, 1, '2026-02-23', '2026-04-05'],
      [2026, 3, 0, '2026-03-01', '2026-04-11'],
      [2026, 2, 0, '2026-02-01', '2026-03-14'],
      [2026, 2, 1, '2026-01-26', '2026-03-08'],
      [2026, 11, 6, '2026-10-31', '2026-12-11'],
      [2027, 1, 1, '2026-12-28', '2027-02-07'],
      [2028, 2, 1, '2028-01-31', '2028-03-12'],
    ];
    for (const [y, m, firstDay, firstCell, lastCell] of gridCases) {
      it(`should lay out ${y}-${String(m).padStart(2, '0')} with first-day=${firstDay} from ${firstCell} to ${lastCell}`, () => {
        const grid = monthGrid(y, m, firstDay);
        expect(grid).to.have.length(42);
        expect(grid[0]).to.equal(firstCell);
        expect(grid[41]).to.equal(lastCell);
        expect(dayOfWeek(grid[0]!)).to.equal(firstDay);
        expect(grid).to.include(`${y}-${String(m).padStart(2, '0')}-01`);
        for (let i = 1; i < 42; i++) expect(diffDays(grid[i - 1]!, grid[i]!)).to.equal(1);
      });
    }

    it('should give the week containing a day', () => {
      expect(weekDays('2026-03-14', 1)).to.deep.equal(['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15']);
      expect(weekDays('2026-03-14', 0)[0]).to.equal('2026-03-08');
      expect(startOfWeek('2026-03-15', 1)).to.equal('2026-03-09');
      expect(startOfWeek('2026-03-15', 0)).to.equal('2026-03-15');
    });
  });

  it('should bucket 10,000 instants into days quickly (memoized)', () => {
    const base = at('2026-03-01T00:00:00+08:00');
    const instants = Array.from({ length: 10_000 }, (_, i) => base + ((i * 7919) % (31 * 96)) * 900_000);
    for (const zone of [NY, SH]) {
      const t0 = performance.now();
      const days = new Set(instants.map((ms) => zonedDay(ms, zone)));
      const cold = performance.now() - t0;
      const t1 = performance.now();
      for (const ms of instants) zonedDay(ms, zone);
      const warm = performance.now() - t1;
      expect(days.size).to.be.within(30, 32);
      console.log(`zonedDay × 10,000 (${zone}): cold ${cold.toFixed(2)} ms, warm ${warm.toFixed(2)} ms`);
    }
  });
});
