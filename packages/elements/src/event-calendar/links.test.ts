import { expect } from '@open-wc/testing';
import { createClient, type Event } from '@shhk/sdk';
import { addToCalendarLinks, rangeIcsLink, safeHttpUrl } from './links.js';
import { rawEvent } from './test-helpers.js';

const event = rawEvent({ id: 'ev-pujiang-2026', title: { en: 'Pujiang Innovation Forum', 'zh-Hans': '浦江创新论坛' } }) as Event;
const NOW = new Date('2026-01-01T00:00:00Z');

describe('event-calendar links', () => {
  const urls: [unknown, string | undefined][] = [
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['http://example.org', 'http://example.org'],
    ['HTTPS://EXAMPLE.ORG', 'HTTPS://EXAMPLE.ORG'],
    ['javascript:alert(1)', undefined],
    [' javascript:alert(1)', undefined],
    ['data:text/html,x', undefined],
    ['//example.org', undefined],
    ['/relative', undefined],
    ['https://exa mple.org', undefined],
    ['https://', undefined],
    [`https://example.org/${'a'.repeat(2100)}`, undefined],
    [42, undefined],
    [null, undefined],
  ];
  for (const [input, expected] of urls) {
    it(`should treat ${JSON.stringify(input)?.slice(0, 40)} as ${expected === undefined ? 'unsafe' : 'safe'}`, () => {
      expect(safeHttpUrl(input)).to.equal(expected);
    });
  }

  it('should give a data: .ics, Google and Outlook links without a server', () => {
    const links = addToCalendarLinks(event, 'en', { now: NOW });
    expect(links.ics.download).to.equal('pujiang-innovation-forum-2026.ics');
    expect(links.ics.href).to.match(/^data:text\/calendar;charset=utf-8,/);
    const ics = decodeURIComponent(links.ics.href.slice(links.ics.href.indexOf(',') + 1));
    expect(ics).to.contain('BEGIN:VEVENT');
    expect(ics).to.contain('SUMMARY');
    expect(links.google).to.match(/^https:\/\/calendar\.google\.com\//);
    expect(links.outlook).to.match(/^https:\/\/outlook\.live\.com\//);
  });

  it('should point .ics at the server for an API client, and use an explicit URL first', () => {
    const client = createClient({ baseUrl: 'https://api.example.org/v1', locale: 'en' });
    // In the client's language (the one-event file takes `lang` only).
    expect(addToCalendarLinks(event, 'en', { client }).ics.href).to.equal('https://api.example.org/v1/events/ev-pujiang-2026.ics?lang=en');
    expect(addToCalendarLinks(event, 'en', { client, icsUrl: 'https://x.example/e.ics' }).ics.href).to.equal('https://x.example/e.ics');
    expect(addToCalendarLinks(event, 'en', { client, icsUrl: 'javascript:alert(1)' }).ics.href).to.match(/^https:\/\/api/);
    const offline = createClient({ dataset: '/test-fixtures/dataset.json' });
    expect(addToCalendarLinks(event, 'en', { client: offline, now: NOW }).ics.href).to.match(/^data:text\/calendar/);
  });

  it('should link to a .ics the real API serves', async () => {
    const client = createClient({ baseUrl: '/v1', retry: 0, locale: 'zh-Hant-HK' });
    const { items } = await client.events.list({ limit: 1 });
    const links = addToCalendarLinks(items[0]!, 'zh-Hant-HK', { client });
    expect(links.ics.href).to.equal(new URL(`/v1/events/${items[0]!.id}.ics?lang=zh-Hant-HK`, location.href).href);
    const file = await (await fetch(links.ics.href)).text();
    expect(file, 'in the calendar’s language').to.include(`SUMMARY;LANGUAGE=zh-Hant-HK:${items[0]!.title['zh-Hant-HK']!.slice(0, 10)}`);
    const response = await fetch(links.ics.href);
    expect(response.status).to.equal(200);
    expect(await response.text()).to.match(/^BEGIN:VCALENDAR/);
  });

  it('should add the chosen occurrence to Outlook, the series to Google, and give a feed occurrence its own UID', () => {
    const series = rawEvent({ id: 'ev-weekly', start: '2026-12-01T09:00:00+08:00', end: '2026-12-01T10:00:00+08:00', rrule: 'FREQ=WEEKLY;COUNT=4' }) as Event;
    const links = addToCalendarLinks(series, 'en', { occurrence: { start: '2026-12-08T01:00:00.000Z', end: '2026-12-08T02:00:00.000Z' }, now: NOW });
    expect(new URL(links.outlook).searchParams.get('startdt')).to.match(/^2026-12-08T01:00:00/);
    expect(new URL(links.google).searchParams.get('recur')).to.equal('RRULE:FREQ=WEEKLY;COUNT=4');
    expect(new URL(links.google).searchParams.get('dates')).to.match(/^20261201T010000Z/);
    const fromFeed = rawEvent({ id: 'ics-abc', start: '2026-12-09T18:00:00Z', end: '2026-12-09T19:00:00Z' }) as Event;
    const file = addToCalendarLinks(fromFeed, 'en', { occurrence: { start: fromFeed.start }, now: NOW }).ics.href;
    expect(decodeURIComponent(file)).to.include('UID:ics-abc-20261209T180000Z@shhk.exchange');
  });

  it('should bundle a range into one .ics without duplicates', () => {
    const other = rawEvent({ id: 'ev-other', title: { en: 'Other' } }) as Event;
    const { href, download } = rangeIcsLink([event, other, event], 'zh-Hans', 'events-2026-03.ics', NOW);
    expect(download).to.equal('events-2026-03.ics');
    const ics = decodeURIComponent(href.slice(href.indexOf(',') + 1));
    expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(2);
  });

  it('should write a series once with its rule, and each occurrence expanded from a feed with its own UID', () => {
    const series = rawEvent({ id: 'ev-series', rrule: 'FREQ=WEEKLY;COUNT=4' }) as Event;
    const occurrence = (start: string) => rawEvent({ id: 'ics-weekly', start, end: start.replace('T10', 'T11') }) as Event;
    const a = occurrence('2026-03-02T10:00:00+08:00');
    const b = occurrence('2026-03-09T10:00:00+08:00');
    const { href } = rangeIcsLink([series, a, series, b, a], 'en', 'x.ics', NOW);
    const ics = decodeURIComponent(href.slice(href.indexOf(',') + 1));
    const uids = [...ics.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]);
    expect(uids).to.deep.equal(['ev-series@shhk.exchange', 'ics-weekly-20260302T1000000800@shhk.exchange', 'ics-weekly-20260309T1000000800@shhk.exchange']);
    expect(ics.match(/^RRULE:FREQ=WEEKLY;COUNT=4\r?$/gm)).to.have.length(1);
  });
});
