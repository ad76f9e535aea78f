import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import { Event, Incubator } from '../src/model/index.js';
import { haversineKm, QueryError, runQuery } from '../src/query/index.js';
import type { QueryByResource, ResourceName, ItemByResource } from '../src/query/index.js';
import {
  districts, events, HK_SCIENCE_PARK, holidays, incubators, organizations, PEOPLES_SQUARE, policies, programs, talents, ZHANGJIANG,
} from './query.fixtures.js';

const ids = (page: { items: readonly { id: string }[] }) => page.items.map((i) => i.id);

function run<R extends ResourceName>(resource: R, items: readonly ItemByResource[R][], query: QueryByResource[R]): string[] {
  return ids(runQuery(resource, items, query, { districts }));
}

/** Ids of every page, following nextCursor, asserting each page has at most `limit` items. */
function allPages<R extends ResourceName>(resource: R, items: readonly ItemByResource[R][], query: QueryByResource[R], limit: number): string[] {
  const out: string[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 10_000; guard++) {
    const page = runQuery(resource, items, { ...query, limit, ...(cursor ? { cursor } : {}) }, { districts });
    assert.ok(page.items.length <= limit);
    out.push(...ids(page));
    if (page.nextCursor === null) return out;
    assert.equal(page.items.length, limit, 'only the last page is short');
    cursor = page.nextCursor;
  }
  assert.fail('too many pages');
}

function assertQueryError(fn: () => unknown, param: string, includes?: string): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof QueryError, `expected a QueryError, got ${String(e)}`);
    assert.equal(e.name, 'QueryError');
    assert.equal(e.param, param, e.message);
    if (includes) assert.ok(e.message.includes(includes), `"${e.message}" should mention "${includes}"`);
    return true;
  });
}

describe('haversineKm', () => {
  it('measures known distances', () => {
    assert.equal(haversineKm(PEOPLES_SQUARE, PEOPLES_SQUARE), 0);
    const pudong = haversineKm(PEOPLES_SQUARE, ZHANGJIANG);
    const hongKong = haversineKm(PEOPLES_SQUARE, HK_SCIENCE_PARK);
    assert.ok(pudong > 10 && pudong < 13, `Zhangjiang ${pudong} km`);
    assert.ok(hongKong > 1200 && hongKong < 1230, `HK Science Park ${hongKong} km`);
    assert.equal(haversineKm(HK_SCIENCE_PARK, PEOPLES_SQUARE), hongKong, 'symmetric');
    const quarter = haversineKm({ lat: 0, lng: 0 }, { lat: 0, lng: 90 });
    assert.ok(Math.abs(quarter - 10_007.6) < 1, `a quarter of the equator ${quarter}`);
  });
});

describe('runQuery: events', () => {
  it('orders by start instant (all-day dates at 00:00 UTC+8), then id', () => {
    assert.deepEqual(run('events', events, {}), [
      'ev-lecture-monthly', // 2026-01-06
      'ev-showcase-cancelled', // all-day 2026-03-01 = 2026-02-28T16:00Z
      'ev-makerthon-night', // 2026-02-28T17:00Z
      'ev-roadshow-weekly', // 2026-03-03
      'ev-innoex-2026', // 2026-04-13
      'ev-training-daily', // 2026-05-04
      'ev-pujiang-forum-2026', // 2026-09-07
    ]);
  });

  it('filters by kind, region, organizer, audience, tag, status and seriesId', () => {
    assert.deepEqual(run('events', events, { kind: ['forum', 'expo'] }), ['ev-innoex-2026', 'ev-pujiang-forum-2026']);
    assert.deepEqual(run('events', events, { region: ['hong-kong'] }), ['ev-lecture-monthly', 'ev-showcase-cancelled', 'ev-innoex-2026']);
    assert.deepEqual(run('events', events, { organizer: ['org-hktdc'] }), ['ev-roadshow-weekly', 'ev-innoex-2026']);
    assert.deepEqual(run('events', events, { organizer: ['org-none'] }), []);
    assert.deepEqual(run('events', events, { audience: ['students'] }), ['ev-makerthon-night', 'ev-training-daily']);
    assert.deepEqual(run('events', events, { tag: ['innotech'] }), ['ev-innoex-2026'], 'tags compare case-insensitively');
    assert.deepEqual(run('events', events, { tag: ['創新', 'bootcamp'] }), ['ev-training-daily', 'ev-pujiang-forum-2026'], 'and 简/繁-insensitively');
    assert.deepEqual(run('events', events, { status: ['cancelled', 'postponed'] }), ['ev-showcase-cancelled', 'ev-makerthon-night']);
    assert.deepEqual(run('events', events, { seriesId: 'innoex' }), ['ev-innoex-2026']);
    assert.deepEqual(run('events', events, { region: ['shanghai'], audience: ['investors'] }), ['ev-roadshow-weekly'], 'filters combine with AND');
  });

  it('searches text, including district names', () => {
    assert.deepEqual(run('events', events, { q: '創新' }), ['ev-innoex-2026', 'ev-pujiang-forum-2026']);
    assert.deepEqual(run('events', events, { q: 'inno' }), ['ev-innoex-2026', 'ev-pujiang-forum-2026']);
    assert.deepEqual(run('events', events, { q: '沙田' }), ['ev-lecture-monthly', 'ev-showcase-cancelled']);
    assert.deepEqual(run('events', events, { q: '沪港 ama' }), ['ev-roadshow-weekly']);
    assert.deepEqual(run('events', events, { q: 'otech' }), []);
  });

  it('applies from (ends on or after) and to (starts before) to one-off events', () => {
    // Demo Day: all-day 2026-03-01 (UTC+8), i.e. 2026-02-28T16:00Z to 2026-03-01T16:00Z.
    const demo = (q: QueryByResource['events']) => run('events', events, { ...q, kind: ['showcase'] }).length === 1;
    assert.ok(demo({ from: '2026-03-01' }));
    assert.ok(!demo({ from: '2026-03-02' }));
    assert.ok(demo({ from: '2026-03-01T15:59:59Z' }));
    assert.ok(!demo({ from: '2026-03-01T16:00:00Z' }));
    assert.ok(!demo({ to: '2026-03-01' }));
    assert.ok(demo({ to: '2026-03-02' }));
    assert.ok(!demo({ to: '2026-02-28T16:00:00Z' }), 'to is exclusive');
    assert.ok(demo({ to: '2026-02-28T16:00:01Z' }));

    // Pujiang forum: all-day 2026-09-07 to 2026-09-10 inclusive.
    const forum = (q: QueryByResource['events']) => run('events', events, { ...q, kind: ['forum'] }).length === 1;
    assert.ok(forum({ from: '2026-09-10' }));
    assert.ok(!forum({ from: '2026-09-11' }));
    assert.ok(forum({ from: '2026-09-08', to: '2026-09-09' }), 'a range inside the event');
    assert.ok(!forum({ to: '2026-09-07' }));
    assert.ok(forum({ to: '2026-09-08' }));

    // InnoEX: timed 2026-04-13T10:00+08:00 to 2026-04-16T18:00+08:00.
    const innoex = (q: QueryByResource['events']) => run('events', events, { ...q, kind: ['expo'] }).length === 1;
    assert.ok(innoex({ from: '2026-04-16T18:00:00+08:00' }), 'ending exactly at from counts');
    assert.ok(!innoex({ from: '2026-04-16T18:00:01+08:00' }));
    assert.ok(!innoex({ to: '2026-04-13T10:00:00+08:00' }));
    assert.ok(innoex({ to: '2026-04-13T02:00:01Z' }));

    assert.deepEqual(run('events', events, { from: '2026-03-01', to: '2026-03-02' }), ['ev-lecture-monthly', 'ev-showcase-cancelled', 'ev-makerthon-night']);
  });

  it('keeps a recurring series while any occurrence can overlap the range', () => {
    const has = (id: string, q: QueryByResource['events']) => run('events', events, q).includes(id);
    // Weekly roadshow, 6 times from 2026-03-03 19:00 to 2026-04-07 20:30 (+08:00).
    assert.ok(has('ev-roadshow-weekly', { from: '2026-04-01', to: '2026-05-01' }));
    assert.ok(has('ev-roadshow-weekly', { from: '2026-04-07T20:30:00+08:00' }));
    assert.ok(!has('ev-roadshow-weekly', { from: '2026-04-07T20:30:01+08:00' }));
    assert.ok(!has('ev-roadshow-weekly', { from: '2026-04-08' }));
    assert.ok(!has('ev-roadshow-weekly', { to: '2026-03-03' }), 'nothing before the first occurrence');
    // Daily bootcamp, all-day from 2026-05-04 UNTIL 20260508.
    assert.ok(has('ev-training-daily', { from: '2026-05-08' }));
    assert.ok(!has('ev-training-daily', { from: '2026-05-09' }));
    // Monthly lecture on the first Tuesday, no end: matches any later range.
    assert.ok(has('ev-lecture-monthly', { from: '2030-01-01', to: '2030-02-01' }));
    assert.ok(!has('ev-lecture-monthly', { to: '2026-01-06' }));
  });

  it('bounds RRULE series by COUNT, INTERVAL, FREQ and UNTIL', () => {
    const base = {
      kind: 'training', title: { en: 'Series' }, allDay: false, timeZone: 'Asia/Shanghai', region: 'shanghai',
      organizers: [], audience: [], tags: [], status: 'scheduled', provenance: { source: 'unverified', confidence: 'low', synthetic: true },
    } as const;
    const series = z.array(Event).parse([
      // 2026-01-15 + 2 × 2 months = 2026-05-15 (last start)
      { ...base, id: 's-monthly', start: '2026-01-15T10:00:00+08:00', end: '2026-01-15T11:00:00+08:00', rrule: 'FREQ=MONTHLY;INTERVAL=2;COUNT=3' },
      // 2026-01-15 + 4 years = 2030-01-15
      { ...base, id: 's-yearly', start: '2026-01-15T10:00:00+08:00', rrule: 'FREQ=YEARLY;COUNT=5' },
      // every second day, 3 times: Jan 15, 17, 19
      { ...base, id: 's-daily', start: '2026-01-15T10:00:00+08:00', end: '2026-01-15T12:00:00+08:00', rrule: 'FREQ=DAILY;INTERVAL=2;COUNT=3' },
      // weekly on Tue and Thu, 4 times: within 4 weeks of the start
      { ...base, id: 's-byday', start: '2026-01-13T10:00:00+08:00', rrule: 'FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4' },
      // until a UTC instant
      { ...base, id: 's-until', start: '2026-01-01T09:00:00+08:00', end: '2026-01-01T10:00:00+08:00', rrule: 'FREQ=WEEKLY;UNTIL=20260201T000000Z' },
      // the last working day of each month, 3 times: BYSETPOS cannot be bounded cheaply, so it never ends
      { ...base, id: 's-setpos', start: '2026-01-30T10:00:00+08:00', rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=3' },
    ]);
    const at = (from: string) => run('events', series, { from });
    assert.ok(at('2026-05-15T11:00:00+08:00').includes('s-monthly'));
    assert.ok(!at('2026-05-15T11:00:01+08:00').includes('s-monthly'));
    assert.ok(at('2030-01-15T10:00:00+08:00').includes('s-yearly'));
    assert.ok(!at('2030-01-15T10:00:01+08:00').includes('s-yearly'));
    assert.ok(at('2026-01-19T12:00:00+08:00').includes('s-daily'));
    assert.ok(!at('2026-01-19T12:00:01+08:00').includes('s-daily'));
    assert.ok(at('2026-02-01').includes('s-byday'));
    assert.ok(!at('2026-02-11').includes('s-byday'));
    assert.ok(at('2026-02-01T01:00:00Z').includes('s-until'), 'an occurrence may start at UNTIL');
    assert.ok(!at('2026-02-01T01:00:01Z').includes('s-until'));
    assert.ok(at('2099-01-01').includes('s-setpos'));
  });
});

describe('runQuery: incubators', () => {
  it('orders by English name (case-insensitive), then id, by default', () => {
    assert.deepEqual(run('incubators', incubators, {}), [
      'sh-bund-hub', 'sh-fudan-usp', 'hk-stp-incubation', 'sh-pudong-software-park-incubator', 'hk-vertex-biotech', 'sh-zhangjiang-incubator',
    ]);
  });

  it('filters by region, district, service, industry, level and acceptsHongKongFounders', () => {
    assert.deepEqual(run('incubators', incubators, { region: ['hong-kong'] }), ['hk-stp-incubation', 'hk-vertex-biotech']);
    assert.deepEqual(run('incubators', incubators, { district: ['sh-pudong', 'sh-yangpu'] }), ['sh-fudan-usp', 'sh-pudong-software-park-incubator', 'sh-zhangjiang-incubator']);
    assert.deepEqual(run('incubators', incubators, { service: ['legal-aid', 'agency'] }), ['sh-bund-hub', 'hk-stp-incubation']);
    assert.deepEqual(run('incubators', incubators, { industry: ['biomedicine'] }), ['hk-stp-incubation', 'sh-zhangjiang-incubator']);
    assert.deepEqual(run('incubators', incubators, { level: ['university-science-park', 'district'] }), ['sh-fudan-usp', 'sh-pudong-software-park-incubator']);
    assert.deepEqual(run('incubators', incubators, { acceptsHongKongFounders: false }), ['sh-fudan-usp', 'sh-pudong-software-park-incubator']);
    assert.deepEqual(run('incubators', incubators, { acceptsHongKongFounders: true, region: ['shanghai'], industry: ['fintech', 'biomedicine'] }), ['sh-bund-hub', 'sh-zhangjiang-incubator']);
  });

  it('searches names, labels and district names in both scripts', () => {
    assert.deepEqual(run('incubators', incubators, { q: '浦東', sort: 'name' }), ['sh-pudong-software-park-incubator', 'sh-zhangjiang-incubator']);
    assert.deepEqual(run('incubators', incubators, { q: '軟件園', sort: 'name' }), ['sh-pudong-software-park-incubator']);
    assert.deepEqual(run('incubators', incubators, { q: '生物醫藥', sort: 'name' }), ['hk-stp-incubation', 'sh-zhangjiang-incubator']);
  });

  it('sorts by distance from near, records without geo last', () => {
    assert.deepEqual(run('incubators', incubators, { near: PEOPLES_SQUARE }), [
      'sh-pudong-software-park-incubator', // ~7 km
      'sh-zhangjiang-incubator', // ~11.5 km
      'hk-stp-incubation', // ~1,215 km
      'hk-vertex-biotech', // ~1,220 km (south-west of the Science Park)
      'sh-bund-hub', // no geo: by name
      'sh-fudan-usp',
    ]);
    assert.deepEqual(run('incubators', incubators, { near: HK_SCIENCE_PARK, region: ['hong-kong'] }), ['hk-stp-incubation', 'hk-vertex-biotech']);
    assert.deepEqual(run('incubators', incubators, { near: PEOPLES_SQUARE, sort: 'name' }), run('incubators', incubators, {}), 'sort=name wins over near');
  });

  it('ranks name matches above other matches, then the default order', () => {
    // '科技园' is in Fudan's and Vertex's names, and only in the Bund hub's summary.
    assert.deepEqual(run('incubators', incubators, { q: '科技园' }), ['sh-fudan-usp', 'hk-vertex-biotech', 'sh-bund-hub']);
    assert.deepEqual(run('incubators', incubators, { q: '科技园', sort: 'name' }), ['sh-bund-hub', 'sh-fudan-usp', 'hk-vertex-biotech']);
    // 'bio': HKSTP by alias (Incu-Bio) and Vertex Biotech by name first, nearest first; then Zhangjiang by its
    // Biomedicine label, although it is much nearer.
    assert.deepEqual(run('incubators', incubators, { q: 'bio', near: PEOPLES_SQUARE }), ['hk-stp-incubation', 'hk-vertex-biotech', 'sh-zhangjiang-incubator']);
    assert.deepEqual(run('incubators', incubators, { q: 'bio', near: PEOPLES_SQUARE, sort: 'distance' }), ['sh-zhangjiang-incubator', 'hk-stp-incubation', 'hk-vertex-biotech']);
  });

  it('refuses sort=distance without near', () => {
    assertQueryError(() => runQuery('incubators', incubators, { sort: 'distance' }), 'sort', 'near');
  });
});

describe('runQuery: other resources', () => {
  it('organizations: by name, filtered by type and region', () => {
    assert.deepEqual(run('organizations', organizations, {}), ['org-fudan', 'org-hkstp', 'org-shua', 'org-hku']);
    assert.deepEqual(run('organizations', organizations, { type: ['university'] }), ['org-fudan', 'org-hku']);
    assert.deepEqual(run('organizations', organizations, { region: ['hong-kong'] }), ['org-hkstp', 'org-hku']);
    assert.deepEqual(run('organizations', organizations, { type: ['university'], region: ['shanghai'] }), ['org-fudan']);
    assert.deepEqual(run('organizations', organizations, { q: '滬港' }), ['org-shua']);
    assert.deepEqual(run('organizations', organizations, { q: 'hku' }), ['org-hku']);
    assert.deepEqual(run('organizations', organizations, { q: '楊浦' }), ['org-fudan'], 'district names');
  });

  it('policies: by name, filtered by kind, jurisdiction and status', () => {
    assert.deepEqual(run('policies', policies, {}), ['pol-guaranteed-loan', 'pol-startup-subsidy', 'pol-tvp']);
    assert.deepEqual(run('policies', policies, { kind: ['loan', 'support'] }), ['pol-guaranteed-loan', 'pol-tvp']);
    assert.deepEqual(run('policies', policies, { jurisdiction: ['shanghai', 'hong-kong'] }), ['pol-startup-subsidy', 'pol-tvp']);
    assert.deepEqual(run('policies', policies, { status: ['closed'] }), ['pol-tvp']);
    assert.deepEqual(run('policies', policies, { q: '創業' }), ['pol-guaranteed-loan', 'pol-startup-subsidy']);
  });

  it('programs: by start date (undated last), filtered by kind, region and audience', () => {
    assert.deepEqual(run('programs', programs, {}), ['prog-mentor', 'prog-summer-school', 'prog-fellowship']);
    assert.deepEqual(run('programs', programs, { kind: ['course', 'fellowship'] }), ['prog-summer-school', 'prog-fellowship']);
    assert.deepEqual(run('programs', programs, { region: ['hong-kong'] }), ['prog-mentor', 'prog-summer-school']);
    assert.deepEqual(run('programs', programs, { audience: ['researchers', 'founders'] }), ['prog-mentor', 'prog-fellowship']);
    assert.deepEqual(run('programs', programs, { q: '暑期學校' }), ['prog-summer-school']);
  });

  it('talents: by name, filtered by category and region', () => {
    assert.deepEqual(run('talents', talents, {}), ['tal-chen', 'tal-li', 'tal-wong']);
    assert.deepEqual(run('talents', talents, { category: ['young-talent', 'top-scientist'] }), ['tal-chen', 'tal-wong']);
    assert.deepEqual(run('talents', talents, { region: ['shanghai'] }), ['tal-chen', 'tal-li']);
    assert.deepEqual(run('talents', talents, { q: '生物醫藥' }), ['tal-wong']);
    assert.deepEqual(run('talents', talents, { q: '陳' }), ['tal-chen']);
  });

  it('holidays: by date, filtered by region, from and to', () => {
    assert.deepEqual(run('holidays', holidays, {}), ['cn-2026-makeup-0214', 'cn-2026-spring-festival-1', 'hk-2026-lunar-new-year-2', 'hk-2026-ching-ming']);
    assert.deepEqual(run('holidays', holidays, { region: ['hong-kong'] }), ['hk-2026-lunar-new-year-2', 'hk-2026-ching-ming']);
    assert.deepEqual(run('holidays', holidays, { from: '2026-02-16', to: '2026-02-18' }), ['cn-2026-spring-festival-1']);
    assert.deepEqual(run('holidays', holidays, { from: '2026-02-16T15:59:59Z' }), ['cn-2026-spring-festival-1', 'hk-2026-lunar-new-year-2', 'hk-2026-ching-ming']);
    assert.deepEqual(run('holidays', holidays, { from: '2026-02-16T16:00:00Z' }), ['hk-2026-lunar-new-year-2', 'hk-2026-ching-ming']);
    assert.deepEqual(run('holidays', holidays, { q: '春節' }), ['cn-2026-spring-festival-1']);
  });
});

// ——— paging ———

function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generatedEvents(n: number): Event[] {
  const random = seeded(7);
  const kinds = ['forum', 'expo', 'lecture', 'roadshow'] as const;
  return z.array(Event).parse(Array.from({ length: n }, (_, i) => {
    const day = 1 + Math.floor(random() * 28);
    const allDay = random() < 0.2;
    const date = `2026-03-${String(day).padStart(2, '0')}`;
    // Few distinct start times, so many events share a start and the id breaks the tie.
    const start = allDay ? date : `${date}T${random() < 0.5 ? '09' : '14'}:00:00+08:00`;
    return {
      id: `ev-gen-${String(i).padStart(3, '0')}-${Math.floor(random() * 1000)}`, kind: kinds[i % 4]!, title: { en: `Event ${i} ${random() < 0.5 ? 'Biotech' : 'Fintech'}`, 'zh-Hans': `活动${i}` },
      start, allDay, timeZone: 'Asia/Shanghai', region: random() < 0.5 ? 'shanghai' : 'hong-kong', organizers: [], audience: [], tags: [],
      status: 'scheduled', provenance: { source: 'unverified', confidence: 'low', synthetic: true },
    };
  }));
}

function generatedIncubators(n: number): Incubator[] {
  const random = seeded(11);
  return z.array(Incubator).parse(Array.from({ length: n }, (_, i) => ({
    id: `inc-${i}`, name: { en: `${['Nova', 'Vertex', 'Pearl'][i % 3]} ${random() < 0.5 ? 'Biotech' : 'Software'} Hub`, 'zh-Hans': `孵化器${i}` }, aliases: [],
    level: 'other', region: 'shanghai', districtId: 'sh-pudong',
    // A coarse grid, so that several incubators are equally far away; a few have no geo at all.
    ...(i % 9 === 0 ? {} : { geo: { lat: 31 + Math.floor(random() * 4) / 10, lng: 121 + Math.floor(random() * 4) / 10 } }),
    services: [], industries: [], acceptsHongKongFounders: random() < 0.5, provenance: { source: 'unverified', confidence: 'low', synthetic: true },
  })));
}

describe('runQuery: paging', () => {
  const many = generatedEvents(103);
  const hubs = generatedIncubators(61);

  it('returns 50 items by default, and nextCursor null on the last page', () => {
    const first = runQuery('events', many, {});
    assert.equal(first.items.length, 50);
    assert.equal(typeof first.nextCursor, 'string');
    assert.match(first.nextCursor!, /^[A-Za-z0-9_-]+$/, 'base64url');
    const all = runQuery('events', many, { limit: 500 });
    assert.equal(all.items.length, 103);
    assert.equal(all.nextCursor, null);
    assert.equal(runQuery('events', many, { limit: 103 }).nextCursor, null, 'an exactly full last page has no next page');
    assert.deepEqual(runQuery('events', [], {}), { items: [], nextCursor: null });
  });

  it('iterates every item exactly once, in the unpaged order', () => {
    const cases: [ResourceName, readonly ItemByResource[ResourceName][], QueryByResource[ResourceName]][] = [
      ['events', many, {}],
      ['events', many, { region: ['hong-kong'], from: '2026-03-10' }],
      ['events', many, { q: 'bio' }],
      ['incubators', hubs, {}],
      ['incubators', hubs, { near: PEOPLES_SQUARE }],
      ['incubators', hubs, { q: 'bio', near: PEOPLES_SQUARE }],
      ['incubators', hubs, { q: 'hub' }],
    ];
    for (const [resource, items, query] of cases) {
      const unpaged = ids(runQuery(resource, items, { ...query, limit: 500 }));
      assert.ok(unpaged.length > 7, `${resource} ${JSON.stringify(query)} has several pages`);
      const paged = allPages(resource, items, query, 7);
      assert.deepEqual(paged, unpaged, `${resource} ${JSON.stringify(query)}`);
      assert.equal(new Set(paged).size, paged.length, 'no repeats');
    }
    // The order itself is right: start instants never decrease.
    const starts = runQuery('events', many, { limit: 500 }).items.map((e) => Date.parse(e.allDay ? `${e.start}T00:00:00+08:00` : e.start));
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });

  it('stays stable when records are added or removed between pages', () => {
    const page1 = runQuery('events', many, { limit: 10 });
    const seen = new Set(ids(page1));
    // Remove a record already seen and add one that sorts before the cursor.
    const changed = [...many.filter((e) => e.id !== page1.items[0]!.id), { ...many[0]!, id: 'ev-aaa-new', start: '2026-01-01', allDay: true }];
    const everything = allPages('events', changed, {}, 10);
    const afterCursor = [] as string[];
    let cursor = page1.nextCursor;
    while (cursor) {
      const page = runQuery('events', changed, { limit: 10, cursor });
      afterCursor.push(...ids(page));
      cursor = page.nextCursor;
    }
    assert.ok(afterCursor.every((id) => !seen.has(id)), 'no record of page 1 comes back');
    assert.equal(afterCursor.length + seen.size, many.length, 'nothing skipped');
    assert.ok(everything.includes('ev-aaa-new') && everything.length === many.length);
  });

  it('lets the page size change between pages', () => {
    const a = runQuery('events', many, { limit: 5 });
    const b = runQuery('events', many, { limit: 20, cursor: a.nextCursor! });
    assert.deepEqual([...ids(a), ...ids(b)], ids(runQuery('events', many, { limit: 25 })));
  });
});

describe('runQuery: errors', () => {
  const many = generatedEvents(30);
  const cursor = runQuery('events', many, { kind: ['forum'], limit: 2 }).nextCursor!;

  it('rejects garbage cursors', () => {
    for (const bad of ['abc', 'AAAA', 'eyJ4IjoxfQ', btoa('[1,"x"]').replace(/=+$/, ''), cursor.slice(0, -3)]) {
      assertQueryError(() => runQuery('events', many, { kind: ['forum'], cursor: bad }), 'cursor', 'not valid');
    }
    assertQueryError(() => runQuery('events', many, { cursor: 'not a cursor!' }), 'cursor');
  });

  it('rejects a cursor used with a different query or resource', () => {
    assertQueryError(() => runQuery('events', many, { kind: ['expo'], cursor }), 'cursor', 'different query');
    assertQueryError(() => runQuery('events', many, { kind: ['forum'], q: 'x', cursor }), 'cursor', 'different query');
    assertQueryError(() => runQuery('incubators', incubators, { cursor }), 'cursor', 'different query');
    assertQueryError(() => runQuery('events', [], { kind: ['expo'], cursor }), 'cursor', 'different query');
    assert.equal(runQuery('events', many, { kind: ['forum'], cursor, limit: 3 }).items.length, 3, 'same query, other limit: fine');
  });

  it('rejects a tampered cursor key', () => {
    const payload = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/'))) as [number, string, unknown[]];
    const tampered = btoa(JSON.stringify([payload[0], payload[1], [1]])).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    assertQueryError(() => runQuery('events', many, { kind: ['forum'], cursor: tampered }), 'cursor', 'not valid');
  });

  it('validates query objects like the server validates URLs', () => {
    assertQueryError(() => runQuery('events', many, { limit: 0 }), 'limit');
    assertQueryError(() => runQuery('events', many, { limit: 501 }), 'limit');
    assertQueryError(() => runQuery('events', many, { kind: ['party' as 'forum'] }), 'kind');
    assertQueryError(() => runQuery('events', many, { from: 'yesterday' }), 'from');
    assertQueryError(() => runQuery('incubators', incubators, { near: { lat: 100, lng: 0 } }), 'near');
    assertQueryError(() => runQuery('events', many, { colour: 'red' } as QueryByResource['events']), 'colour', 'Unknown');
    assert.doesNotThrow(() => runQuery('events', many, { q: undefined }));
  });
});
