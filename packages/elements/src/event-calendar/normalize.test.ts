import { expect } from '@open-wc/testing';
import { Event } from '@shhk/sdk';
import {
  countSkipped, FAST_LANE, fastInstant, fastLane, normalizeEvents, quickCheck, rezone, sanitiseRecord, toCalendarEvent, type CalendarEvent,
  type SkipReason,
} from './normalize.js';
import { marchEvents, rawEvent, seeded } from './test-helpers.js';

const SH = 'Asia/Shanghai';
const NY = 'America/New_York';

describe('event-calendar normalizeEvents', () => {
  it('should keep a valid timed event with its instants and days', () => {
    const { events, skipped, sanitised } = normalizeEvents([rawEvent()], { sourceId: 'inline', zone: SH });
    expect(skipped).to.deep.equal([]);
    expect(sanitised).to.equal(0);
    expect(events).to.have.length(1);
    const [ce] = events;
    expect(ce).to.include({ key: 'ev-test', id: 'ev-test', sourceId: 'inline', allDay: false, startDay: '2026-03-14', endDay: '2026-03-14' });
    expect(ce!.start).to.equal(Date.parse('2026-03-14T01:30:00Z'));
    expect(ce!.end).to.equal(Date.parse('2026-03-14T03:00:00Z'));
    expect(ce!.openEnd).to.equal(undefined);
  });

  it('should place timed events in the display zone, and all-day events on their own dates in any zone', () => {
    const timed = rawEvent({ id: 'late', start: '2026-03-14T09:30:00+08:00', end: '2026-03-14T11:00:00+08:00' });
    const allDay = rawEvent({ id: 'fair', start: '2026-03-14', end: '2026-03-16', allDay: true });
    const { events } = normalizeEvents([timed, allDay], { sourceId: 's', zone: NY });
    const byId = Object.fromEntries(events.map((e) => [e.id, e]));
    // 09:30 Shanghai is 21:30 the evening before in New York.
    expect(byId['late']).to.include({ startDay: '2026-03-13', endDay: '2026-03-13' });
    expect(byId['fair']).to.include({ startDay: '2026-03-14', endDay: '2026-03-16', allDay: true });
    expect(byId['fair']!.start).to.equal(Date.parse('2026-03-14T04:00:00Z'));
    expect(byId['fair']!.end).to.equal(Date.parse('2026-03-17T04:00:00Z'));
  });

  it('should end a multi-day timed event on the day of its last moment (exclusive end)', () => {
    const { events } = normalizeEvents(
      [
        rawEvent({ id: 'overnight', start: '2026-03-14T22:00:00+08:00', end: '2026-03-15T02:00:00+08:00' }),
        rawEvent({ id: 'to-midnight', start: '2026-03-14T22:00:00+08:00', end: '2026-03-15T00:00:00+08:00' }),
      ],
      { sourceId: 's', zone: SH },
    );
    expect(events[0]).to.include({ startDay: '2026-03-14', endDay: '2026-03-15' });
    expect(events[1]).to.include({ startDay: '2026-03-14', endDay: '2026-03-14' });
  });

  // Issue #3, "Bad input": each row is a record and what becomes of it.
  const badInput: [string, Record<string, unknown>, SkipReason | 'kept'][] = [
    ['end before start', { end: '2026-03-14T08:00:00+08:00' }, 'end-before-start'],
    ['all-day end before start', { allDay: true, start: '2026-03-14', end: '2026-03-13' }, 'end-before-start'],
    ['invalid date (Feb 30)', { start: '2026-02-30T09:00:00+08:00', end: undefined }, 'invalid-date'],
    ['not a date', { start: 'next Tuesday' }, 'invalid-date'],
    ['date-time without offset', { start: '2026-03-14T09:30:00' }, 'invalid-date'],
    ['all-day with a date-time', { allDay: true }, 'invalid-date'],
    ['unknown zone', { timeZone: 'Mars/Olympus' }, 'unknown-zone'],
    ['malformed zone', { timeZone: 'not a zone' }, 'unknown-zone'],
    ['missing title', { title: {} }, 'invalid'],
    ['unknown kind', { kind: 'party' }, 'invalid'],
    ['not an object', { __replace: 42 }, 'invalid'],
    ['missing end (timed)', { end: undefined }, 'kept'],
    ['10,000-character title', { title: { en: 'A'.repeat(10_000) } }, 'kept'],
    ['<script> in the title', { title: { en: '<script>alert(1)</script><b>x</b>' } }, 'kept'],
  ];
  for (const [name, overrides, outcome] of badInput) {
    it(`should ${outcome === 'kept' ? 'keep' : `skip (${outcome})`} a record with ${name}`, () => {
      const record = '__replace' in overrides ? overrides['__replace'] : rawEvent(overrides);
      const { events, skipped } = normalizeEvents([record, rawEvent({ id: 'good' })], { sourceId: 'inline', zone: SH });
      expect(events.map((e) => e.id)).to.include('good');
      if (outcome === 'kept') {
        expect(events).to.have.length(2);
        expect(skipped).to.have.length(0);
      } else {
        expect(events).to.have.length(1);
        expect(skipped).to.have.length(1);
        expect(skipped[0]).to.include({ index: 0, reason: outcome, sourceId: 'inline' });
      }
    });
  }

  it('should show a timed event without end as one hour, clipped to its day, flagged openEnd', () => {
    const { events } = normalizeEvents(
      [rawEvent({ id: 'a', end: undefined }), rawEvent({ id: 'b', start: '2026-03-14T23:30:00+08:00', end: undefined })],
      { sourceId: 's', zone: SH },
    );
    expect(events[0]!.end - events[0]!.start).to.equal(3_600_000);
    expect(events[0]!.openEnd).to.equal(true);
    expect(events[1]!.end).to.equal(Date.parse('2026-03-15T00:00:00+08:00'));
    expect(events[1]).to.include({ startDay: '2026-03-14', endDay: '2026-03-14' });
  });

  it('should give an all-day event without end one day', () => {
    const { events } = normalizeEvents([rawEvent({ allDay: true, start: '2026-03-14', end: undefined })], { sourceId: 's', zone: SH });
    expect(events[0]).to.include({ startDay: '2026-03-14', endDay: '2026-03-14' });
    expect(events[0]!.end - events[0]!.start).to.equal(86_400_000);
  });

  it('should keep long titles and markup as plain text, unchanged', () => {
    const title = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const { events } = normalizeEvents([rawEvent({ title: { en: title } })], { sourceId: 's', zone: SH });
    expect(events[0]!.event.title.en).to.equal(title);
  });

  const unsafeLinks: [string, Record<string, unknown>, string][] = [
    ['javascript: url', { url: 'javascript:alert(1)' }, 'url'],
    ['JavaScript: url in capitals', { url: 'JavaScript:alert(1)' }, 'url'],
    ['data: online url', { onlineUrl: 'data:text/html,<script>alert(1)</script>' }, 'onlineUrl'],
    ['relative url', { url: '/events/1' }, 'url'],
    ['registration with javascript:', { registration: { url: 'javascript:void(0)', deadline: '2026-03-01' } }, 'registration'],
  ];
  for (const [name, overrides, field] of unsafeLinks) {
    it(`should remove a ${name}, keep the event and count it as sanitised`, () => {
      const raw = rawEvent(overrides);
      const { events, skipped, sanitised } = normalizeEvents([raw], { sourceId: 's', zone: SH });
      expect(skipped).to.have.length(0);
      expect(sanitised).to.equal(1);
      expect(events).to.have.length(1);
      expect(events[0]!.event).to.not.have.property(field);
      // The caller's object is not mutated.
      expect(raw).to.have.property(field);
    });
  }

  it('should keep safe http(s) links as they are', () => {
    const { events, sanitised } = normalizeEvents(
      [rawEvent({ url: 'https://example.org/a', registration: { url: 'http://example.org/r' } })],
      { sourceId: 's', zone: SH },
    );
    expect(sanitised).to.equal(0);
    expect(events[0]!.event.url).to.equal('https://example.org/a');
    expect(events[0]!.event.registration?.url).to.equal('http://example.org/r');
  });

  it('should skip a repeated id and count reasons', () => {
    const { events, skipped } = normalizeEvents(
      [rawEvent(), rawEvent(), rawEvent({ id: 'x', end: '2020-01-01T00:00:00Z' }), null],
      { sourceId: 's', zone: SH },
    );
    expect(events).to.have.length(1);
    expect(countSkipped(skipped)).to.deep.equal({ duplicate: 1, 'end-before-start': 1, invalid: 1 });
  });

  it('should never throw on garbage input', () => {
    const garbage: unknown[] = [undefined, null, 0, 'x', [], {}, { id: 5 }, { start: {} }, Object.create(null)];
    expect(() => normalizeEvents(garbage, { sourceId: 's', zone: SH })).to.not.throw();
    expect(normalizeEvents(garbage, { sourceId: 's', zone: SH }).skipped).to.have.length(garbage.length);
    expect(normalizeEvents('nope' as unknown as unknown[], { sourceId: 's', zone: SH }).events).to.deep.equal([]);
  });

  it('should re-day events for another zone without re-validating', () => {
    const { events } = normalizeEvents([rawEvent()], { sourceId: 's', zone: SH });
    expect(rezone(events, NY)[0]).to.include({ startDay: '2026-03-13' });
  });

  it('should leave safe records untouched in sanitiseRecord', () => {
    const raw = rawEvent();
    expect(sanitiseRecord(raw)).to.deep.equal({ record: raw, sanitised: false });
    expect(sanitiseRecord(null)).to.deep.equal({ record: null, sanitised: false });
  });

  describe('quick check (a strict subset of the SDK schema)', () => {
    const full = rawEvent({
      summary: { en: 'About' }, rrule: 'FREQ=WEEKLY;COUNT=3', districtId: 'sh-pudong', seriesId: 'series-a', parentId: 'ev-parent',
      venue: { name: { en: 'Hall' }, address: { 'zh-Hans': '地址' }, geo: { lat: 31.2, lng: 121.5 } },
      onlineUrl: 'https://example.org/live', url: 'http://example.org', updatedAt: '2026-01-01T00:00:00Z',
      organizers: [{ id: 'org-a', name: { en: 'Org' } }, { name: { 'zh-Hant-HK': '機構' } }], audience: ['founders', 'students'],
      tags: ['ai', 'x'.repeat(60)], registration: { url: 'https://example.org/r', deadline: '2026-03-01' },
      provenance: { source: 'https://example.org', confidence: 'high', synthetic: false, note: 'n' },
    });
    const mutations: [string, unknown][] = [
      ['the full record', full],
      ['an all-day record', rawEvent({ allDay: true, start: '2026-03-14', end: '2026-03-15' })],
      ['fractional seconds', rawEvent({ start: '2026-03-14T09:30:00.5+08:00' })],
      ['Z times', rawEvent({ start: '2026-03-14T01:30:00Z', end: '2026-03-14T03:00:00Z' })],
      ['no seconds', rawEvent({ start: '2026-03-14T09:30+08:00' })],
      ['hour 24', rawEvent({ start: '2026-03-14T24:00:00+08:00' })],
      ['offset +24:00', rawEvent({ start: '2026-03-14T09:30:00+24:00' })],
      ['Feb 29 of a non-leap year', rawEvent({ allDay: true, start: '2026-02-29', end: undefined })],
      ['Feb 29 of a leap year', rawEvent({ allDay: true, start: '2028-02-29', end: undefined })],
      ['equal start and end', rawEvent({ end: '2026-03-14T09:30:00+08:00' })],
      ['end before start across offsets', rawEvent({ start: '2026-03-14T09:30:00+08:00', end: '2026-03-14T02:00:00+00:00' })],
      ['end after start across offsets', rawEvent({ start: '2026-03-14T09:30:00+08:00', end: '2026-03-14T02:00:00Z' })],
      ['upper-case id', rawEvent({ id: 'EV-1' })],
      ['121-character id', rawEvent({ id: 'a'.repeat(121) })],
      ['blank title', rawEvent({ title: { en: '  ' } })],
      ['title of no-break and zero-width no-break spaces', rawEvent({ title: { en: '\u00a0\ufeff\u3000\n' } })],
      ['title with a number', rawEvent({ title: { en: 5 } })],
      ['title with an extra key', rawEvent({ title: { en: 'x', fr: 'y' } })],
      ['null summary', rawEvent({ summary: null })],
      ['timeZone UTC', rawEvent({ timeZone: 'UTC' })],
      ['timeZone with a space', rawEvent({ timeZone: 'Asia/Hong Kong' })],
      ['bad rrule', rawEvent({ rrule: 'FREQ=HOURLY' })],
      ['rrule with prefix', rawEvent({ rrule: 'RRULE:FREQ=DAILY' })],
      ['bad region', rawEvent({ region: 'beijing' })],
      ['geo out of range', rawEvent({ venue: { name: { en: 'x' }, geo: { lat: 91, lng: 0 } } })],
      ['geo NaN', rawEvent({ venue: { name: { en: 'x' }, geo: { lat: Number.NaN, lng: 0 } } })],
      ['venue without name', rawEvent({ venue: { address: { en: 'x' } } })],
      ['url with a space', rawEvent({ url: 'https://exa mple.org' })],
      ['ftp url', rawEvent({ url: 'ftp://example.org' })],
      ['organizer with bad id', rawEvent({ organizers: [{ id: 'A B', name: { en: 'x' } }] })],
      ['unknown audience', rawEvent({ audience: ['aliens'] })],
      ['empty tag', rawEvent({ tags: [''] })],
      ['61-character tag', rawEvent({ tags: ['x'.repeat(61)] })],
      ['registration deadline date-time', rawEvent({ registration: { url: 'https://e.org', deadline: '2026-03-01T12:00:00+08:00' } })],
      ['registration bad deadline', rawEvent({ registration: { url: 'https://e.org', deadline: 'soon' } })],
      ['bad status', rawEvent({ status: 'done' })],
      ['bad updatedAt', rawEvent({ updatedAt: '2026-01-01' })],
      ['empty provenance source', rawEvent({ provenance: { source: '', confidence: 'low', synthetic: true } })],
      ['provenance synthetic as string', rawEvent({ provenance: { source: 'x', confidence: 'low', synthetic: 'yes' } })],
      ['allDay as string', rawEvent({ allDay: 'false' })],
      ['organizers missing', rawEvent({ organizers: undefined })],
      ['an array', [rawEvent()]],
    ];
    // What the slow lane makes of a record the schema accepts (the fast lane must agree).
    const slow = (record: unknown, zone = SH): CalendarEvent | string => toCalendarEvent(record as Event, { sourceId: 's', zone });
    const same = (fast: CalendarEvent, record: unknown, zone = SH): void => {
      const ref = slow(record, zone);
      expect(typeof ref, 'the slow lane refuses what the fast lane took').to.equal('object');
      const pick = (ce: CalendarEvent) => [ce.key, ce.start, ce.end, ce.allDay, ce.startDay, ce.endDay, ce.openEnd, ce.event === record];
      expect(pick(fast)).to.deep.equal(pick(ref as CalendarEvent));
    };

    for (const [name, record] of mutations) {
      it(`should accept only what the schema accepts: ${name}`, () => {
        const schema = Event.safeParse(record).success;
        if (quickCheck(record)) expect(schema, 'quickCheck accepted a record the schema refuses').to.equal(true);
        const fast = fastLane(record, 's', SH);
        if (fast) {
          expect(schema, 'fastLane accepted a record the schema refuses').to.equal(true);
          same(fast, record);
        }
      });
    }

    it('should be on for the current SDK schema', () => {
      expect(FAST_LANE).to.equal(true);
    });

    it('should take the fast lane for clean records, and leave links to strip to the slow one', () => {
      expect(fastLane(rawEvent(), 's', SH)).to.not.equal(undefined);
      expect(fastLane(full, 's', SH)).to.not.equal(undefined);
      expect(fastLane(rawEvent({ allDay: true, start: '2026-03-14', end: '2026-03-15' }), 's', SH)).to.not.equal(undefined);
      expect(fastLane(rawEvent({ end: undefined }), 's', SH)).to.include({ openEnd: true });
      expect(fastLane(rawEvent({ url: 'javascript:alert(1)' }), 's', SH)).to.equal(undefined);
      expect(fastLane(rawEvent({ registration: { url: 'javascript:void(0)' } }), 's', SH)).to.equal(undefined);
      expect(fastLane(rawEvent({ timeZone: 'Mars/Olympus' }), 's', SH)).to.equal(undefined);
      expect(marchEvents(300).every((r) => fastLane(r, 's', SH) !== undefined)).to.equal(true);
    });

    // Generated records, each field broken in turn: the fast lane never says yes where the schema says
    // no, and what it builds equals the slow lane's result.
    it('should agree with the schema and the slow lane on generated and mutated records', () => {
      const rand = seeded(7);
      const pick = <T>(values: readonly T[]): T => values[Math.floor(rand() * values.length)]!;
      const pad = (n: number): string => String(n).padStart(2, '0');
      const date = (): string => `${pick([2026, 2028, 1999, 2100, 1000])}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 31))}`;
      const time = (): string => `T${pad(Math.floor(rand() * 25))}:${pad(Math.floor(rand() * 61))}:${pad(Math.floor(rand() * 61))}${
        pick(['', '', '.5'])}${pick(['+08:00', 'Z', '-05:30', '+00:00', '+14:00', '', '+8:00'])}`;
      const values: unknown[] = [undefined, null, '', 'x', 0, 1.5, true, [], {}, { en: 'x' }, 'ev-1', 'forum', '2026-03-14', '2026-03-14T09:00:00+08:00'];
      let fastCount = 0;
      for (let i = 0; i < 3000; i++) {
        const allDay = rand() < 0.3;
        const start = allDay ? date() : `${date()}${time()}`;
        const end = rand() < 0.2 ? undefined : allDay ? date() : `${start.slice(0, 10)}${time()}`;
        const record: Record<string, unknown> = rawEvent({
          id: `ev-${i}`, allDay, start, end, timeZone: pick(['Asia/Shanghai', 'Asia/Hong_Kong', 'UTC', 'America/New_York', 'Europe/London']),
          title: pick([{ en: 'A' }, { 'zh-Hans': '沪港' }, { 'zh-Hant-HK': '滬港', en: ' ' }]),
        });
        if (rand() < 0.5) {
          const keys = [...Object.keys(record), 'summary', 'venue', 'url', 'rrule', 'updatedAt', 'registration', 'organizers', 'tags'];
          record[pick(keys)] = pick(values);
        }
        const fast = fastLane(record, 's', SH);
        if (!fast) continue;
        fastCount++;
        expect(Event.safeParse(record).success, JSON.stringify(record)).to.equal(true);
        same(fast, record);
        same(fastLane(record, 's', NY)!, record, NY);
      }
      expect(fastCount).to.be.greaterThan(300);
    });

    it('should read date-times exactly as Date.parse does, and refuse what the schema refuses', () => {
      const rand = seeded(11);
      const pad = (n: number): string => String(n).padStart(2, '0');
      for (let i = 0; i < 2000; i++) {
        const y = 1970 + Math.floor(rand() * 130);
        const iso = `${y}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 28))}T${pad(Math.floor(rand() * 24))}:${
          pad(Math.floor(rand() * 60))}:${pad(Math.floor(rand() * 60))}${rand() < 0.3 ? 'Z' : `${rand() < 0.5 ? '+' : '-'}${pad(Math.floor(rand() * 15))}:${pad(Math.floor(rand() * 60))}`}`;
        expect(fastInstant(iso), iso).to.equal(Date.parse(iso));
      }
      for (const ok of ['2028-02-29T12:00:00Z', '2026-12-31T23:59:59+08:00', '2026-01-31T00:00:00-23:59']) expect(fastInstant(ok), ok).to.equal(Date.parse(ok));
      for (const bad of [
        '2026-02-29T12:00:00Z', '2026-04-31T00:00:00Z', '2026-13-01T00:00:00Z', '2026-00-10T00:00:00Z', '2026-03-14T24:00:00Z',
        '2026-03-14T09:60:00Z', '2026-03-14T09:00:60Z', '2026-03-14T09:00:00+24:00', '2026-03-14T09:00:00+08:60', '2026-03-14T09:00:00',
        '2026-03-14T09:00:00.5Z', '2026-03-14 09:00:00Z', '2026-03-14T09:00:00+0800', 'x026-03-14T09:00:00Z', '2026-03-14',
      ]) {
        expect(fastInstant(bad), bad).to.be.NaN;
      }
    });

    it('should accept the base, full and generated records (the fast path is taken)', () => {
      expect(Event.safeParse(rawEvent()).success).to.equal(true);
      expect(quickCheck(rawEvent())).to.equal(true);
      expect(quickCheck(full)).to.equal(true);
      expect(marchEvents(200).every((r) => quickCheck(r) && Event.safeParse(r).success)).to.equal(true);
    });

    it('should normalise 10,000 events (timing printed)', () => {
      const raw = marchEvents(10_000);
      const times: number[] = [];
      for (let i = 0; i < 4; i++) {
        const t0 = performance.now();
        const { events } = normalizeEvents(raw, { sourceId: `bench-${i}`, zone: 'Asia/Shanghai' });
        times.push(performance.now() - t0);
        expect(events).to.have.length(10_000);
      }
      console.log(`normalizeEvents × 10,000: first ${times[0]!.toFixed(1)} ms, best ${Math.min(...times).toFixed(1)} ms`);
    });
  });
});
