import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { Event } from '../src/model/index.js';
import type { Locale } from '../src/model/index.js';
import { googleCalendarUrl, icsFileName, outlookCalendarUrl, toICalendar } from '../src/ical/index.js';
import { escapeText, foldLine } from '../src/ical/content-line.js';

// ---------------------------------------------------------------------------------------------
// Fixtures: every event goes through the SDK schema, so the tests only ever feed valid events.

const NOW = new Date('2026-01-15T08:00:00Z');

function makeEvent(overrides: Record<string, unknown>): Event {
  return Event.parse({
    id: 'ev-test',
    kind: 'forum',
    title: { 'zh-Hans': '测试活动', 'zh-Hant-HK': '測試活動', en: 'Test event' },
    start: '2026-04-13T09:30:00+08:00',
    end: '2026-04-13T17:00:00+08:00',
    allDay: false,
    timeZone: 'Asia/Shanghai',
    region: 'shanghai',
    organizers: [],
    audience: ['public'],
    tags: [],
    status: 'scheduled',
    provenance: { source: 'unverified', confidence: 'low', synthetic: true },
    ...overrides,
  });
}

const shanghai = makeEvent({
  id: 'ev-pujiang-2026',
  title: { 'zh-Hans': '浦江创新论坛', 'zh-Hant-HK': '浦江創新論壇', en: 'Pujiang Innovation Forum' },
  summary: { 'zh-Hans': '年度科技创新论坛。', en: 'The annual innovation forum.' },
  venue: {
    name: { 'zh-Hans': '上海国际会议中心', en: 'Shanghai International Convention Center' },
    address: { 'zh-Hans': '浦东新区滨江大道2727号', en: '2727 Binjiang Avenue, Pudong' },
    geo: { lat: 31.2404, lng: 121.4944 },
  },
  organizers: [{ name: { 'zh-Hans': '科学技术部', en: 'Ministry of Science and Technology' } }, { name: { en: 'Shanghai Municipal Government' } }],
  registration: { url: 'https://example.org/pujiang/register', deadline: '2026-04-10T18:00:00+08:00' },
  url: 'https://example.org/pujiang',
});
const hongKong = makeEvent({
  id: 'ev-hk-startup-2026',
  title: { 'zh-Hant-HK': '香港創業博覽', en: 'Hong Kong Startup Expo' },
  kind: 'expo',
  // Given in UTC: the writer must still produce Hong Kong wall time.
  start: '2026-05-20T06:00:00Z',
  end: '2026-05-20T18:00:00+08:00',
  timeZone: 'Asia/Hong_Kong',
  region: 'hong-kong',
});
const london = makeEvent({
  id: 'ev-london-roadshow',
  kind: 'roadshow',
  title: { en: 'London Roadshow' },
  start: '2026-06-01T10:00:00+01:00',
  end: '2026-06-01T12:30:00+01:00',
  timeZone: 'Europe/London',
  onlineUrl: 'https://meet.example.org/london',
});
const allDaySingle = makeEvent({ id: 'ev-national-day', allDay: true, start: '2026-10-01', end: undefined });
const allDayMulti = makeEvent({ id: 'ev-year-end-expo', allDay: true, kind: 'expo', start: '2026-12-30', end: '2026-12-31' });
const weekly = makeEvent({
  id: 'ev-weekly-lecture',
  kind: 'lecture',
  start: '2026-03-02T19:00:00+08:00',
  end: '2026-03-02T20:30:00+08:00',
  rrule: 'FREQ=WEEKLY;COUNT=6',
});

function ics(events: readonly Event[], locale: Locale = 'en', extra: Partial<Parameters<typeof toICalendar>[1]> = {}): string {
  return toICalendar(events, { locale, now: NOW, ...extra });
}

// ---------------------------------------------------------------------------------------------
// Parsing helpers (ical.js), with the document's own VTIMEZONEs registered.

function parse(text: string): ICAL.Component {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar;
}

function vevent(calendar: ICAL.Component, id: string): ICAL.Event {
  const component = calendar.getAllSubcomponents('vevent').find((c) => c.getFirstPropertyValue('uid') === `${id}@shhk.exchange`);
  assert.ok(component, `no VEVENT for ${id}`);
  return new ICAL.Event(component);
}

const isoOf = (time: ICAL.Time): string => new Date(time.toUnixTime() * 1000).toISOString();
const prop = (event: ICAL.Event, name: string): ICAL.Property => {
  const found = event.component.getFirstProperty(name);
  assert.ok(found, `missing ${name}`);
  return found;
};

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Raw-text rules: CRLF everywhere, ≤ 75 octets a line, no character split across lines. */
function assertWellFormed(text: string): void {
  assert.ok(text.endsWith('\r\n'), 'document ends with CRLF');
  const lines = text.split('\r\n');
  assert.equal(lines.pop(), '', 'nothing after the final CRLF');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const [i, line] of lines.entries()) {
    assert.ok(!/[\r\n]/.test(line), `line ${i + 1} has a bare CR or LF`);
    assert.ok(!LONE_SURROGATE.test(line), `line ${i + 1} splits a surrogate pair`);
    const bytes = Buffer.from(line, 'utf8');
    assert.ok(bytes.length <= 75, `line ${i + 1} is ${bytes.length} octets`);
    assert.ok(line.length > 0, `line ${i + 1} is empty`);
  }
  // Byte level: split the encoded document at CRLF and decode every physical line strictly.
  const bytes = Buffer.from(text, 'utf8');
  let from = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      assert.doesNotThrow(() => decoder.decode(bytes.subarray(from, i)), `physical line at byte ${from} is not valid UTF-8`);
      from = i + 2;
    }
  }
  assert.equal(from, bytes.length);
}

// ---------------------------------------------------------------------------------------------

describe('toICalendar: calendar envelope', () => {
  it('writes the RFC 5545/7986 calendar properties', () => {
    const text = ics([shanghai], 'zh-Hant-HK', {
      calendarName: 'Campus events',
      prodId: '-//Example Uni//Calendar//EN',
      url: 'https://api.example.org/v1/events.ics?region=shanghai',
      refreshInterval: 'PT12H',
    });
    assertWellFormed(text);
    const calendar = parse(text);
    assert.equal(calendar.name, 'vcalendar');
    assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
    assert.equal(calendar.getFirstPropertyValue('prodid'), '-//Example Uni//Calendar//EN');
    assert.equal(calendar.getFirstPropertyValue('calscale'), 'GREGORIAN');
    assert.equal(calendar.getFirstPropertyValue('method'), 'PUBLISH');
    assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), 'Campus events');
    assert.equal(calendar.getFirstPropertyValue('name'), 'Campus events');
    assert.equal(calendar.getFirstPropertyValue('url'), 'https://api.example.org/v1/events.ics?region=shanghai');
    assert.match(text, /\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n/);
    assert.match(text, /\r\nX-PUBLISHED-TTL:PT12H\r\n/);
    assert.ok(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
    assert.ok(text.endsWith('END:VCALENDAR\r\n'));
  });

  it('defaults the name to the locale and omits refresh properties when not asked', () => {
    const text = ics([], 'zh-Hans');
    assertWellFormed(text);
    const calendar = parse(text);
    assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), '沪港交流活动');
    assert.equal(calendar.getFirstProperty('name')?.getParameter('language'), 'zh-Hans');
    assert.equal(calendar.getAllSubcomponents('vevent').length, 0);
    assert.doesNotMatch(text, /REFRESH-INTERVAL|X-PUBLISHED-TTL|VTIMEZONE/);
    assert.equal(parse(ics([], 'zh-Hant-HK')).getFirstPropertyValue('x-wr-calname'), '滬港交流活動');
  });

  it('rejects a refresh interval that is not a duration', () => {
    assert.throws(() => ics([], 'en', { refreshInterval: '12 hours' }), RangeError);
    assert.throws(() => ics([], 'en', { refreshInterval: 'PT' }), RangeError);
    assert.doesNotThrow(() => ics([], 'en', { refreshInterval: 'P1D' }));
  });

  it('is deterministic and keeps one stable UID per event', () => {
    const a = ics([shanghai, hongKong]);
    const b = ics([shanghai, hongKong]);
    assert.equal(a, b);
    const uids = parse(a).getAllSubcomponents('vevent').map((c) => c.getFirstPropertyValue('uid'));
    assert.deepEqual(uids, ['ev-pujiang-2026@shhk.exchange', 'ev-hk-startup-2026@shhk.exchange']);
  });

  it('stamps DTSTAMP from updatedAt, else from now', () => {
    const updated = makeEvent({ id: 'ev-updated', updatedAt: '2026-03-01T12:00:00+08:00' });
    const calendar = parse(ics([updated, shanghai]));
    assert.equal(isoOf(prop(vevent(calendar, 'ev-updated'), 'dtstamp').getFirstValue() as ICAL.Time), '2026-03-01T04:00:00.000Z');
    assert.equal(isoOf(prop(vevent(calendar, 'ev-pujiang-2026'), 'dtstamp').getFirstValue() as ICAL.Time), NOW.toISOString());
    assert.match(ics([updated]), /\r\nDTSTAMP:20260301T040000Z\r\nLAST-MODIFIED:20260301T040000Z\r\n/);
  });
});

describe('toICalendar: times and zones', () => {
  it('writes Asia/Shanghai wall time with a VTIMEZONE, which resolves to the right instant', () => {
    const text = ics([shanghai]);
    assertWellFormed(text);
    assert.match(text, /\r\nDTSTART;TZID=Asia\/Shanghai:20260413T093000\r\n/);
    assert.match(text, /\r\nDTEND;TZID=Asia\/Shanghai:20260413T170000\r\n/);
    const calendar = parse(text);
    const zones = calendar.getAllSubcomponents('vtimezone');
    assert.equal(zones.length, 1);
    const standard = zones[0]!.getFirstSubcomponent('standard');
    assert.ok(standard);
    assert.equal(standard.getFirstPropertyValue('tzoffsetfrom')?.toString(), '+08:00');
    assert.equal(standard.getFirstPropertyValue('tzoffsetto')?.toString(), '+08:00');
    assert.equal(standard.getFirstPropertyValue('dtstart')?.toString(), '1970-01-01T00:00:00');
    const event = vevent(calendar, 'ev-pujiang-2026');
    assert.equal(event.startDate.zone?.tzid, 'Asia/Shanghai');
    assert.equal(isoOf(event.startDate), '2026-04-13T01:30:00.000Z');
    assert.equal(isoOf(event.endDate), '2026-04-13T09:00:00.000Z');
  });

  it('writes Asia/Hong_Kong wall time even when the source gives UTC', () => {
    const text = ics([hongKong]);
    assertWellFormed(text);
    assert.match(text, /\r\nDTSTART;TZID=Asia\/Hong_Kong:20260520T140000\r\n/);
    assert.match(text, /\r\nTZID:Asia\/Hong_Kong\r\n/);
    const event = vevent(parse(text), 'ev-hk-startup-2026');
    assert.equal(event.startDate.zone?.tzid, 'Asia/Hong_Kong');
    assert.equal(isoOf(event.startDate), '2026-05-20T06:00:00.000Z');
    assert.equal(isoOf(event.endDate), '2026-05-20T10:00:00.000Z');
  });

  it('writes other zones (Europe/London) in UTC without a VTIMEZONE', () => {
    const text = ics([london]);
    assertWellFormed(text);
    assert.match(text, /\r\nDTSTART:20260601T090000Z\r\n/);
    assert.match(text, /\r\nDTEND:20260601T113000Z\r\n/);
    assert.doesNotMatch(text, /VTIMEZONE|TZID/);
    const event = vevent(parse(text), 'ev-london-roadshow');
    assert.equal(event.startDate.zone, ICAL.Timezone.utcTimezone);
    assert.equal(isoOf(event.startDate), '2026-06-01T09:00:00.000Z');
  });

  it('emits one VTIMEZONE per zone used, none for all-day events', () => {
    const text = ics([shanghai, weekly, hongKong, london, allDaySingle]);
    const calendar = parse(text);
    const tzids = calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'));
    assert.deepEqual(tzids, ['Asia/Shanghai', 'Asia/Hong_Kong']);
    assert.deepEqual(parse(ics([allDaySingle])).getAllSubcomponents('vtimezone'), []);
  });

  it('omits DTEND (and DURATION) for a timed event without end', () => {
    const open = makeEvent({ id: 'ev-open-ended', end: undefined });
    const text = ics([open]);
    assert.match(text, /\r\nDTSTART;TZID=Asia\/Shanghai:20260413T093000\r\n/);
    assert.doesNotMatch(text, /DTEND|DURATION/);
    const event = vevent(parse(text), 'ev-open-ended');
    assert.equal(isoOf(event.endDate), isoOf(event.startDate));
  });

  it('writes a single all-day event as DATE values with an exclusive end', () => {
    const text = ics([allDaySingle]);
    assertWellFormed(text);
    assert.match(text, /\r\nDTSTART;VALUE=DATE:20261001\r\nDTEND;VALUE=DATE:20261002\r\n/);
    const event = vevent(parse(text), 'ev-national-day');
    assert.equal(event.startDate.isDate, true);
    assert.equal(event.startDate.toString(), '2026-10-01');
    assert.equal(event.endDate.toString(), '2026-10-02');
    assert.equal(event.duration.toSeconds(), 86_400);
  });

  it('makes a multi-day all-day DTEND the day after the inclusive end, across a year', () => {
    const text = ics([allDayMulti]);
    assert.match(text, /\r\nDTSTART;VALUE=DATE:20261230\r\nDTEND;VALUE=DATE:20270101\r\n/);
    const event = vevent(parse(text), 'ev-year-end-expo');
    assert.equal(event.endDate.isDate, true);
    assert.equal(event.endDate.toString(), '2027-01-01');
    assert.equal(event.duration.toSeconds(), 2 * 86_400);
  });
});

describe('toICalendar: recurrence', () => {
  it('passes RRULE through and ical.js expands it to six weekly occurrences at the right instants', () => {
    const text = ics([weekly]);
    assert.match(text, /\r\nRRULE:FREQ=WEEKLY;COUNT=6\r\n/);
    const event = vevent(parse(text), 'ev-weekly-lecture');
    assert.equal(event.isRecurring(), true);
    const iterator = event.iterator();
    const occurrences: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) {
      occurrences.push(isoOf(next));
      assert.ok(occurrences.length <= 10, 'expansion does not stop');
    }
    assert.deepEqual(occurrences, [
      '2026-03-02T11:00:00.000Z',
      '2026-03-09T11:00:00.000Z',
      '2026-03-16T11:00:00.000Z',
      '2026-03-23T11:00:00.000Z',
      '2026-03-30T11:00:00.000Z',
      '2026-04-06T11:00:00.000Z',
    ]);
  });

  it('expands an all-day daily rule over dates', () => {
    const daily = makeEvent({ id: 'ev-summer-course', allDay: true, start: '2026-07-06', end: undefined, rrule: 'FREQ=DAILY;COUNT=3' });
    const event = vevent(parse(ics([daily])), 'ev-summer-course');
    const iterator = event.iterator();
    const dates: string[] = [];
    for (let next = iterator.next(); next && dates.length < 10; next = iterator.next()) dates.push(next.toString());
    assert.deepEqual(dates, ['2026-07-06', '2026-07-07', '2026-07-08']);
  });
});

describe('toICalendar: status', () => {
  const statuses = [
    ['scheduled', 'CONFIRMED'],
    ['tentative', 'TENTATIVE'],
    ['postponed', 'TENTATIVE'],
    ['cancelled', 'CANCELLED'],
  ] as const;
  for (const [status, expected] of statuses) {
    it(`maps ${status} to STATUS:${expected}`, () => {
      const event = vevent(parse(ics([makeEvent({ id: `ev-${status}`, status })])), `ev-${status}`);
      assert.equal(event.component.getFirstPropertyValue('status'), expected);
    });
  }

  const prefixes = [
    ['zh-Hans', '已延期：测试活动'],
    ['zh-Hant-HK', '已延期：測試活動'],
    ['en', 'Postponed: Test event'],
  ] as const;
  for (const [locale, summary] of prefixes) {
    it(`prefixes a postponed SUMMARY in ${locale}`, () => {
      const event = vevent(parse(ics([makeEvent({ id: 'ev-later', status: 'postponed' })], locale)), 'ev-later');
      assert.equal(event.summary, summary);
    });
  }

  it('does not prefix cancelled or scheduled events', () => {
    const calendar = parse(ics([makeEvent({ id: 'ev-off', status: 'cancelled' })], 'en'));
    assert.equal(vevent(calendar, 'ev-off').summary, 'Test event');
  });
});

describe('toICalendar: text', () => {
  it('escapes commas, semicolons, backslashes and newlines, and round-trips them', () => {
    const title = 'Forum, Day 1; C:\\Users\\demo\nSecond line, "quoted"';
    const special = makeEvent({
      id: 'ev-special',
      title: { en: title },
      summary: { en: 'Line one;\nline two, with \\ backslash\r\nline three' },
      venue: { name: { en: 'Hall A, Level 2' }, address: { en: '1 Road; Block B' } },
    });
    const text = ics([special]);
    assertWellFormed(text);
    assert.ok(text.includes('SUMMARY;LANGUAGE=en:Forum\\, Day 1\\; C:\\\\Users\\\\demo\\nSecond line\\, "quoted"\r\n'));
    const event = vevent(parse(text), 'ev-special');
    assert.equal(event.summary, title);
    assert.ok(event.description.startsWith('Line one;\nline two, with \\ backslash\nline three'));
    assert.equal(event.location, 'Hall A, Level 2, 1 Road; Block B');
  });

  it('names the kind as CATEGORIES in the locale, and no category for an event of kind other', () => {
    const text = ics([makeEvent({ id: 'ev-known', kind: 'lecture' }), makeEvent({ id: 'ev-unknown', kind: 'other' })], 'zh-Hans');
    assertWellFormed(text);
    const [known, unknown] = text.split('BEGIN:VEVENT').slice(1);
    assert.match(known!, /^CATEGORIES;LANGUAGE=zh-Hans:讲座\r$/m);
    assert.doesNotMatch(unknown!, /CATEGORIES/);
  });

  it('strips control characters other than tab and line breaks', () => {
    assert.equal(escapeText('a\u0007b\u0000c\u001Bd\u007Fe\tf'), 'abcde\tf');
    const noisy = makeEvent({ id: 'ev-noisy', title: { en: 'Bell\u0007 and\u0000 nul' } });
    const text = ics([noisy]);
    // eslint-disable-next-line no-control-regex -- asserting control characters are gone
    assert.doesNotMatch(text, /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
    assert.equal(vevent(parse(text), 'ev-noisy').summary, 'Bell and nul');
  });

  it('keeps HTML literal', () => {
    const html = '<b>Bold</b> & <script>alert("x")</script> <a href="https://e.org">link</a>';
    const event = makeEvent({ id: 'ev-html', title: { en: html }, summary: { en: '<p>Para &amp; more</p>' } });
    const text = ics([event]);
    assert.ok(text.includes('<script>alert("x")</script>'));
    assert.doesNotMatch(text, /&lt;|&gt;/);
    const parsed = vevent(parse(text), 'ev-html');
    assert.equal(parsed.summary, html);
    assert.ok(parsed.description.startsWith('<p>Para &amp; more</p>'));
  });

  it('folds a 10,000-character CJK title at 75 octets and round-trips it exactly', () => {
    const unit = '浦江創新論壇，沪港合作；AI\\创业 🚀 Forum, 2026\n';
    let title = '';
    while (title.length < 10_000) title += unit;
    title = title.slice(0, 10_000);
    // Keep the cut from leaving half a surrogate pair (that would be invalid input, not a folding test).
    if (/[\uD800-\uDBFF]$/.test(title)) title = title.slice(0, -1) + '龍';
    assert.equal(title.length, 10_000);
    const big = makeEvent({ id: 'ev-huge', title: { 'zh-Hant-HK': title } });
    const text = ics([big], 'zh-Hant-HK');
    assertWellFormed(text);
    const physical = text.split('\r\n');
    // The escaped SUMMARY alone needs at least octets / 75 physical lines.
    const minimum = Math.ceil(Buffer.byteLength(`SUMMARY;LANGUAGE=zh-Hant-HK:${escapeText(title)}`) / 75);
    assert.ok(minimum > 250);
    assert.ok(physical.filter((l) => l.startsWith(' ')).length >= minimum - 1, `expected ≥ ${minimum - 1} continuation lines`);
    const event = vevent(parse(text), 'ev-huge');
    assert.equal(event.summary, title);
    assert.equal(prop(event, 'summary').getParameter('language'), 'zh-Hant-HK');
  });

  it('folds exactly at the octet limit without splitting characters', () => {
    assert.equal(foldLine('a'.repeat(75)), 'a'.repeat(75));
    assert.equal(foldLine('a'.repeat(76)), `${'a'.repeat(75)}\r\n a`);
    // 74 ASCII + a 3-octet character would be 77 octets: the character moves to the next line.
    assert.equal(foldLine(`${'a'.repeat(74)}中b`), `${'a'.repeat(74)}\r\n 中b`);
    // 73 + 3 = 76 > 75 too; 72 + 3 = 75 fits exactly.
    assert.equal(foldLine(`${'a'.repeat(72)}中`), `${'a'.repeat(72)}中`);
    // A 4-octet emoji (a surrogate pair in JS) is never cut in half.
    const folded = foldLine(`${'a'.repeat(73)}😀😀`);
    assert.equal(folded, `${'a'.repeat(73)}\r\n 😀😀`);
    // 72 + 4 = 76: the whole pair moves, though its first half alone would fit.
    assert.equal(foldLine(`${'a'.repeat(72)}😀`), `${'a'.repeat(72)}\r\n 😀`);
    for (let pad = 0; pad < 4; pad++) {
      const emoji = foldLine(`${'x'.repeat(pad)}${'😀'.repeat(200)}`);
      for (const line of emoji.split('\r\n')) {
        assert.ok(!LONE_SURROGATE.test(line), `pad ${pad}: a line splits a surrogate pair`);
        assert.ok(Buffer.byteLength(line) <= 75);
      }
    }
    // Continuation lines hold 74 octets after their leading space.
    const long = foldLine('x'.repeat(75 + 74 + 1));
    assert.deepEqual(long.split('\r\n').map((l) => l.length), [75, 75, 2]);
  });
});

describe('toICalendar: languages and content', () => {
  it('sets LANGUAGE to the language the text really came from', () => {
    const mixed = makeEvent({
      id: 'ev-mixed',
      title: { 'zh-Hans': '只有简体', en: 'English too' },
      summary: { en: 'English only summary' },
      venue: { name: { 'zh-Hant-HK': '香港科學園' } },
    });
    // zh-Hant-HK falls back to zh-Hans for the title, to en for the summary.
    const event = vevent(parse(ics([mixed], 'zh-Hant-HK')), 'ev-mixed');
    assert.equal(event.summary, '只有简体');
    assert.equal(prop(event, 'summary').getParameter('language'), 'zh-Hans');
    assert.equal(prop(event, 'description').getParameter('language'), 'en');
    assert.equal(prop(event, 'location').getParameter('language'), 'zh-Hant-HK');
    assert.equal(prop(event, 'categories').getParameter('language'), 'zh-Hant-HK');
    assert.equal(event.component.getFirstPropertyValue('categories'), '論壇');
    // en picks en where present.
    const english = vevent(parse(ics([mixed], 'en')), 'ev-mixed');
    assert.equal(english.summary, 'English too');
    assert.equal(prop(english, 'summary').getParameter('language'), 'en');
    assert.match(ics([mixed], 'en'), /\r\nSUMMARY;LANGUAGE=en:English too\r\n/);
    assert.match(ics([mixed], 'zh-Hant-HK'), /\r\nLOCATION;LANGUAGE=zh-Hant-HK:香港科學園\r\n/);
  });

  it('describes organisers, registration and deadline in the chosen locale', () => {
    const zh = vevent(parse(ics([shanghai], 'zh-Hans')), 'ev-pujiang-2026');
    assert.equal(
      zh.description,
      '年度科技创新论坛。\n\n主办方：科学技术部、Shanghai Municipal Government\n报名：https://example.org/pujiang/register\n报名截止：2026-04-10 18:00 (UTC+08:00)',
    );
    const en = vevent(parse(ics([shanghai], 'en')), 'ev-pujiang-2026');
    assert.ok(en.description.includes('Organisers: Ministry of Science and Technology, Shanghai Municipal Government'));
    assert.ok(en.description.includes('Registration deadline: 2026-04-10 18:00 (UTC+08:00)'));
    assert.equal(en.location, 'Shanghai International Convention Center, 2727 Binjiang Avenue, Pudong');
    assert.equal(zh.location, '上海国际会议中心，浦东新区滨江大道2727号');
    assert.equal(en.component.getFirstPropertyValue('url'), 'https://example.org/pujiang');
    assert.deepEqual(en.component.getFirstPropertyValue('geo'), [31.2404, 121.4944]);
    assert.equal(en.component.getFirstPropertyValue('categories'), 'Forum');
    assert.equal(en.component.getFirstProperty('organizer'), null);
  });

  it('uses the online URL as LOCATION and URL when there is no venue or event page', () => {
    const event = vevent(parse(ics([london])), 'ev-london-roadshow');
    assert.equal(event.location, 'https://meet.example.org/london');
    assert.equal(prop(event, 'location').getParameter('language'), undefined);
    assert.equal(event.component.getFirstPropertyValue('url'), 'https://meet.example.org/london');
    assert.equal(event.component.getFirstPropertyValue('categories'), 'Roadshow');
  });

  it('falls back to the registration URL for URL', () => {
    const event = makeEvent({ id: 'ev-reg', registration: { url: 'https://example.org/reg?a=1,2;b' }, onlineUrl: 'https://meet.example.org/x' });
    const text = ics([event]);
    assert.match(text, /\r\nURL:https:\/\/example\.org\/reg\?a=1,2;b\r\n/);
    assert.equal(vevent(parse(text), 'ev-reg').component.getFirstPropertyValue('url'), 'https://example.org/reg?a=1,2;b');
  });
});

describe('googleCalendarUrl', () => {
  it('builds a timed template link in UTC with the event zone', () => {
    const url = new URL(googleCalendarUrl(shanghai, 'en'));
    assert.equal(url.origin, 'https://calendar.google.com');
    assert.equal(url.pathname, '/calendar/render');
    assert.equal(url.searchParams.get('action'), 'TEMPLATE');
    assert.equal(url.searchParams.get('text'), 'Pujiang Innovation Forum');
    assert.equal(url.searchParams.get('dates'), '20260413T013000Z/20260413T090000Z');
    assert.equal(url.searchParams.get('ctz'), 'Asia/Shanghai');
    assert.equal(url.searchParams.get('location'), 'Shanghai International Convention Center, 2727 Binjiang Avenue, Pudong');
    const details = url.searchParams.get('details') ?? '';
    assert.ok(details.startsWith('The annual innovation forum.'));
    assert.ok(details.includes('Registration: https://example.org/pujiang/register'));
    assert.ok(details.endsWith('\n\nhttps://example.org/pujiang'), details);
    assert.equal(url.searchParams.get('recur'), null);
  });

  it('uses exclusive all-day dates and passes the recurrence', () => {
    assert.equal(new URL(googleCalendarUrl(allDaySingle, 'en')).searchParams.get('dates'), '20261001/20261002');
    assert.equal(new URL(googleCalendarUrl(allDayMulti, 'en')).searchParams.get('dates'), '20261230/20270101');
    assert.equal(new URL(googleCalendarUrl(weekly, 'en')).searchParams.get('recur'), 'RRULE:FREQ=WEEKLY;COUNT=6');
  });

  it('gives a timed event without end one hour', () => {
    const open = makeEvent({ id: 'ev-open', end: undefined });
    assert.equal(new URL(googleCalendarUrl(open, 'en')).searchParams.get('dates'), '20260413T013000Z/20260413T023000Z');
  });

  it('round-trips special characters and the postponed prefix in the chosen locale', () => {
    const tricky = makeEvent({ id: 'ev-tricky', status: 'postponed', title: { 'zh-Hant-HK': 'A&B=C?#d+e 100% <b>' } });
    const href = googleCalendarUrl(tricky, 'zh-Hant-HK');
    assert.equal(new URL(href).searchParams.get('text'), '已延期：A&B=C?#d+e 100% <b>');
    assert.doesNotMatch(href, /[<>\s]/);
  });
});

describe('outlookCalendarUrl', () => {
  it('builds a compose link with ISO UTC times', () => {
    const href = outlookCalendarUrl(hongKong, 'zh-Hant-HK');
    const url = new URL(href);
    assert.equal(url.origin, 'https://outlook.live.com');
    assert.equal(url.pathname, '/calendar/0/action/compose');
    assert.equal(url.searchParams.get('rru'), 'addevent');
    assert.equal(url.searchParams.get('subject'), '香港創業博覽');
    assert.equal(url.searchParams.get('startdt'), '2026-05-20T06:00:00Z');
    assert.equal(url.searchParams.get('enddt'), '2026-05-20T10:00:00Z');
    assert.equal(url.searchParams.get('allday'), 'false');
    // Spaces as %20: Outlook shows a `+` literally.
    assert.doesNotMatch(outlookCalendarUrl(london, 'en'), /\+/);
    assert.equal(new URL(outlookCalendarUrl(london, 'en')).searchParams.get('subject'), 'London Roadshow');
  });

  it('marks all-day events with dates and an exclusive end', () => {
    const url = new URL(outlookCalendarUrl(allDayMulti, 'en'));
    assert.equal(url.searchParams.get('startdt'), '2026-12-30');
    assert.equal(url.searchParams.get('enddt'), '2027-01-01');
    assert.equal(url.searchParams.get('allday'), 'true');
  });

  it('carries body and location in the locale, and one hour for an open end', () => {
    const url = new URL(outlookCalendarUrl(shanghai, 'zh-Hans'));
    assert.equal(url.searchParams.get('location'), '上海国际会议中心，浦东新区滨江大道2727号');
    assert.ok(url.searchParams.get('body')?.includes('报名截止：2026-04-10 18:00 (UTC+08:00)'));
    const open = new URL(outlookCalendarUrl(makeEvent({ id: 'ev-open', end: undefined }), 'en'));
    assert.equal(open.searchParams.get('enddt'), '2026-04-13T02:30:00Z');
  });
});

describe('icsFileName', () => {
  it('slugs the English title and appends the year', () => {
    assert.equal(icsFileName(shanghai), 'pujiang-innovation-forum-2026.ics');
    assert.equal(icsFileName(makeEvent({ title: { en: '2026 Pujiang Forum' } })), '2026-pujiang-forum.ics');
  });

  it('falls back to the id for a Chinese-only title and to event.ics for a bare Chinese string', () => {
    assert.equal(icsFileName(makeEvent({ id: 'ev-sh-forum', title: { 'zh-Hans': '创新论坛' } })), 'ev-sh-forum.ics');
    assert.equal(icsFileName('创新论坛'), 'event.ics');
    assert.equal(icsFileName(''), 'event.ics');
  });

  it('produces safe, bounded ASCII names', () => {
    assert.equal(icsFileName('Café Talk: AI & Law / Q&A'), 'cafe-talk-ai-law-q-a.ics');
    assert.equal(icsFileName('../../etc/passwd'), 'etc-passwd.ics');
    assert.equal(icsFileName('CON'), 'event-con.ics');
    const long = icsFileName(makeEvent({ title: { en: 'word '.repeat(100) } }));
    assert.match(long, /^[a-z0-9]+(?:-[a-z0-9]+)*\.ics$/);
    assert.ok(long.length <= 84, long);
    assert.ok(long.endsWith('-2026.ics'));
  });
});
