import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import type { RunningServer } from '../src/serve.js';
import { readProblem, sampleDataset, startTestServer } from './helpers.js';

function parseCalendar(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text));
}

const uids = (calendar: ICAL.Component): string[] =>
  calendar.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('uid')));

describe('Exchange API: iCalendar feeds', () => {
  let server: RunningServer;
  const url = (path: string) => new URL(path, server.url);
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('should serve every event as a calendar that ical.js parses', async () => {
    const res = await fetch(url('/v1/events.ics'));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/calendar; charset=utf-8');
    assert.equal(res.headers.get('content-disposition'), 'inline; filename="shhk-events.ics"');
    assert.equal(res.headers.get('content-language'), 'zh-Hans');
    const calendar = parseCalendar(await res.text());
    assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), '沪港交流活动');
    assert.deepEqual(new Set(uids(calendar)), new Set(sampleDataset().events.map((e) => `${e.id}@shhk.exchange`)));
  });

  it('should honour the list filters, and name the calendar after them', async () => {
    const res = await fetch(url('/v1/events.ics?kind=forum&lang=en'));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-disposition'), 'inline; filename="shhk-events-forum.ics"');
    const calendar = parseCalendar(await res.text());
    const events = calendar.getAllSubcomponents('vevent');
    const forums = sampleDataset().events.filter((e) => e.kind === 'forum');
    assert.ok(forums.length > 0);
    assert.equal(events.length, forums.length);
    for (const event of events) assert.equal(event.getFirstPropertyValue('categories'), 'Forum');
    assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), 'Shanghai–Hong Kong Exchange events · Forum');

    const list = (await (await fetch(url('/v1/events?kind=forum&limit=500'))).json()) as { items: { id: string }[] };
    assert.deepEqual(uids(calendar), list.items.map((e) => `${e.id}@shhk.exchange`), 'same events in the same order as the list');
  });

  it('should pick the language from Accept-Language and say so in Vary', async () => {
    const res = await fetch(url('/v1/events.ics?region=hong-kong'), { headers: { 'Accept-Language': 'fr;q=1, zh-HK;q=0.9, en;q=0.5' } });
    assert.equal(res.headers.get('content-language'), 'zh-Hant-HK');
    assert.match(res.headers.get('vary') ?? '', /Accept-Language/);
    const calendar = parseCalendar(await res.text());
    assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), '滬港交流活動 · 香港');
    const english = await fetch(url('/v1/events.ics?region=hong-kong'), { headers: { 'Accept-Language': 'en-GB' } });
    assert.equal(english.headers.get('content-language'), 'en');
    assert.notEqual(english.headers.get('etag'), res.headers.get('etag'));
  });

  it('should serve one event as a calendar file', async () => {
    const event = sampleDataset().events[0]!;
    const res = await fetch(url(`/v1/events/${event.id}.ics?lang=zh-Hant-HK`));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/calendar; charset=utf-8');
    assert.equal(res.headers.get('content-disposition'), `inline; filename="${event.id}.ics"`);
    const calendar = parseCalendar(await res.text());
    assert.deepEqual(uids(calendar), [`${event.id}@shhk.exchange`]);

    const missing = await fetch(url('/v1/events/no-such-event.ics'));
    assert.equal(missing.status, 404);
    await readProblem(missing);
    const extra = await fetch(url(`/v1/events/${event.id}.ics?kind=forum`));
    assert.equal(extra.status, 400);
    assert.equal((await readProblem(extra)).param, 'kind');
  });

  it('should not route events.ics to the item route', async () => {
    const res = await fetch(url('/v1/events.ics'), { headers: { Accept: 'application/json' } });
    assert.equal(res.status, 406, 'the feed, which is only text/calendar, answered');
  });

  it('should give an empty but valid calendar when nothing matches', async () => {
    const res = await fetch(url('/v1/events.ics?q=zzzzqqqxxyy'));
    assert.equal(res.status, 200);
    assert.equal(parseCalendar(await res.text()).getAllSubcomponents('vevent').length, 0);
  });
});
