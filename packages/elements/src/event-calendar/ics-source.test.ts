import { expect } from '@open-wc/testing';
import { IcsFeedError, isIcsFeedError, loadIcsFeed, parseIcsText } from './ics-source.js';
import { dayRangeMs } from './time.js';

const SH = 'Asia/Shanghai';
const MARCH = dayRangeMs('2026-03-01', '2026-04-01', SH);
const FIXTURES = '/packages/elements/test-fixtures';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('event-calendar ICS feeds', () => {
  it('should load a feed, honour TZID Europe/London and expand the RRULE in range', async () => {
    const { events, skipped } = await loadIcsFeed(`${FIXTURES}/feed.ics`, { range: MARCH, zone: SH });
    expect(skipped).to.equal(1); // the VEVENT without DTSTART
    const seminar = events.filter((e) => e.event.title.en?.startsWith('Weekly innovation seminar'));
    expect(seminar.map((e) => new Date(e.start).toISOString())).to.deep.equal([
      '2026-03-02T18:00:00.000Z', // 18:00 GMT
      '2026-03-09T18:00:00.000Z',
      '2026-03-17T19:00:00.000Z', // the RECURRENCE-ID override: moved to Tuesday 19:00
      '2026-03-23T18:00:00.000Z',
      '2026-03-30T17:00:00.000Z', // 18:00 BST after 29 March
    ]);
    expect(seminar[2]!.event.title.en).to.equal('Weekly innovation seminar (moved)');
    expect(new Set(seminar.map((e) => e.key)).size).to.equal(5);
    for (const e of seminar) {
      expect(e.end - e.start).to.equal(90 * 60_000);
      expect(e.event).to.include({ kind: 'lecture', timeZone: 'Europe/London', url: 'https://test.example/seminar' });
      expect(e.event.tags).to.deep.equal(['AI']);
      expect(e.event.venue?.name.en).to.equal('London campus');
      expect(e.event.rrule).to.equal(undefined);
    }
    // Shown in Shanghai time: 02:00 the next morning.
    expect(seminar[0]!.startDay).to.equal('2026-03-03');
    expect(events.find((e) => e.event.title.en === 'Outside the range')).to.equal(undefined);
  });

  it('should give an event whose CATEGORIES name no kind the kind "other", not a guess', async () => {
    const MAY = dayRangeMs('2026-05-01', '2026-06-01', SH);
    const { events } = await loadIcsFeed(`${FIXTURES}/feed.ics`, { range: MAY, zone: SH });
    const kinds = Object.fromEntries(events.map((e) => [e.event.title.en, e.event.kind]));
    expect(kinds).to.deep.equal({ 'Outside the range': 'other', 'Weekly innovation seminar': 'lecture' }); // CATEGORIES:Lecture
  });

  it('should map an all-day VEVENT with Traditional Chinese text, CATEGORIES kind and organiser', async () => {
    const { events } = await loadIcsFeed(`${FIXTURES}/feed.ics`, { range: MARCH, zone: 'America/New_York' });
    const forum = events.find((e) => e.event.kind === 'forum')!;
    expect(forum).to.include({ allDay: true, startDay: '2026-03-20', endDay: '2026-03-21' });
    expect(forum.event.title).to.deep.equal({ 'zh-Hant-HK': '滬港創新論壇' });
    expect(forum.event.region).to.equal('hong-kong');
    expect(forum.event.organizers).to.deep.equal([{ name: { 'zh-Hant-HK': '香港大學' } }]);
  });

  it('should keep markup as text, drop a javascript: URL and read STATUS', async () => {
    const { events } = await loadIcsFeed(`${FIXTURES}/feed.ics`, { range: MARCH, zone: SH });
    const unsafe = events.find((e) => e.event.kind === 'roadshow')!;
    expect(unsafe.event.title.en).to.equal('<script>alert(1)</script> roadshow');
    expect(unsafe.event).to.not.have.property('url');
    expect(unsafe.event.status).to.equal('cancelled');
    expect(unsafe.event.timeZone).to.equal('UTC');
  });

  const failures: [string, string, string, number | undefined][] = [
    ['a 404', `${FIXTURES}/missing.ics`, 'http', 404],
    ['garbage (HTML)', `${FIXTURES}/garbage.ics`, 'parse', undefined],
    ['a truncated calendar', `${FIXTURES}/truncated.ics`, 'parse', undefined],
  ];
  for (const [name, url, reason, status] of failures) {
    it(`should reject ${name} with IcsFeedError reason '${reason}'`, async () => {
      const error = await rejection(loadIcsFeed(url, { range: MARCH, zone: SH }));
      expect(error).to.be.instanceOf(IcsFeedError);
      expect(isIcsFeedError(error)).to.equal(true);
      expect(error).to.include({ reason, status, url });
      expect((error as Error).message).to.contain(url);
    });
  }

  it('should report a network failure through the injected fetch', async () => {
    const fetch = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof globalThis.fetch;
    const error = await rejection(loadIcsFeed('https://offline.example/feed.ics', { fetch, range: MARCH, zone: SH }));
    expect(error).to.include({ reason: 'network' });
    expect((error as Error).cause).to.be.instanceOf(TypeError);
  });

  it('should pass an abort through unwrapped', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(loadIcsFeed(`${FIXTURES}/feed.ics`, { range: MARCH, zone: SH, signal: controller.signal }));
    expect(isIcsFeedError(error)).to.equal(false);
    expect((error as Error).name).to.equal('AbortError');
  });

  it('should use a TZID through Intl when the feed has no VTIMEZONE for it', async () => {
    const text = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t//EN',
      'BEGIN:VEVENT', 'UID:ny@t', 'DTSTAMP:20260101T000000Z',
      'DTSTART;TZID=America/New_York:20260310T093000', 'DTEND;TZID=America/New_York:20260310T103000',
      'RRULE:FREQ=DAILY;COUNT=3', 'SUMMARY:New York', 'END:VEVENT', 'END:VCALENDAR', '',
    ].join('\r\n');
    const { events } = await parseIcsText(text, { range: MARCH, zone: SH });
    expect(events.map((e) => new Date(e.start).toISOString())).to.deep.equal([
      '2026-03-10T13:30:00.000Z', '2026-03-11T13:30:00.000Z', '2026-03-12T13:30:00.000Z',
    ]);
  });

  it('should read HTML in DESCRIPTION and LOCATION as its text (as Google and Outlook write them)', async () => {
    const text = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t//EN',
      'BEGIN:VEVENT', 'UID:html@t', 'DTSTAMP:20260101T000000Z', 'DTSTART:20260310T020000Z', 'DTEND:20260310T030000Z',
      'SUMMARY:A <b>bold</b> title', 'DESCRIPTION:<p>Hello <b>bold</b> &amp; <a href="javascript:alert(1)">link</a></p><p>Second<br>line</p><img src=x onerror="window.__pwned=1">',
      'LOCATION:<i>Room</i> 1', 'END:VEVENT', 'END:VCALENDAR', '',
    ].join('\r\n');
    const { events } = await parseIcsText(text, { range: MARCH, zone: SH });
    const e = events[0]!.event;
    expect(e.summary?.en).to.equal('Hello bold & link\nSecond\nline');
    expect(e.venue?.name.en).to.equal('Room 1');
    expect(e.title.en).to.equal('A <b>bold</b> title');
    await new Promise((r) => setTimeout(r, 50));
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('should keep DTSTART as the first occurrence of an event repeated by RDATE alone (and drop an EXDATE)', async () => {
    const vevent = (uid: string, extra: string[]) => [
      'BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260101T000000Z', 'DTSTART;TZID=Asia/Hong_Kong:20260314T100000',
      'DTEND;TZID=Asia/Hong_Kong:20260314T110000', ...extra, `SUMMARY:${uid}`, 'END:VEVENT',
    ];
    const text = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t//EN',
      ...vevent('rdate', ['RDATE;TZID=Asia/Hong_Kong:20260316T100000,20260318T100000']),
      ...vevent('rdate-ex', ['RDATE;TZID=Asia/Hong_Kong:20260316T100000', 'EXDATE;TZID=Asia/Hong_Kong:20260314T100000']),
      'END:VCALENDAR', '',
    ].join('\r\n');
    const { events } = await parseIcsText(text, { range: MARCH, zone: SH });
    const days = (uid: string) => events.filter((e) => e.event.title.en === uid || Object.values(e.event.title).includes(uid)).map((e) => e.startDay);
    expect(days('rdate')).to.deep.equal(['2026-03-14', '2026-03-16', '2026-03-18']);
    expect(days('rdate-ex')).to.deep.equal(['2026-03-16']);
    expect(new Set(events.map((e) => e.key)).size).to.equal(events.length);
  });

  it('should skip and count an event whose TZID is unknown and undefined by the feed, rather than guess its time', async () => {
    const vtimezone = ['BEGIN:VTIMEZONE', 'TZID:China Standard Time', 'BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+0800',
      'TZOFFSETTO:+0800', 'END:STANDARD', 'END:VTIMEZONE'];
    const vevent = (uid: string, tzid: string) => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260101T000000Z', `DTSTART;TZID=${tzid}:20260314T120000`,
      `DTEND;TZID=${tzid}:20260314T130000`, `SUMMARY:${uid}`, 'END:VEVENT'];
    const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t//EN', ...vtimezone,
      ...vevent('known', 'China Standard Time'), ...vevent('unknown', 'W. Europe Standard Time'), 'END:VCALENDAR', ''].join('\r\n');
    const { events, skipped } = await parseIcsText(text, { range: MARCH, zone: SH });
    expect(events.map((e) => [e.event.title.en, new Date(e.start).toISOString()])).to.deep.equal([['known', '2026-03-14T04:00:00.000Z']]);
    expect(skipped).to.equal(1);
  });

  it('should cap the occurrences of a runaway rule', async () => {
    const text = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t//EN',
      'BEGIN:VEVENT', 'UID:d@t', 'DTSTAMP:20260101T000000Z', 'DTSTART:20260101T000000Z', 'DTEND:20260101T000500Z',
      'RRULE:FREQ=MINUTELY', 'SUMMARY:Every minute', 'END:VEVENT', 'END:VCALENDAR', '',
    ].join('\r\n');
    const { events } = await parseIcsText(text, { range: { from: Date.parse('2026-01-01T00:00:00Z'), to: Date.parse('2026-02-01T00:00:00Z') }, zone: SH, max: 50 });
    expect(events).to.have.length(50);
  });
});
