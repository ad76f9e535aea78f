import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  Dataset, District, Event, Holiday, Incubator, Organization, Policy, Program, Talent,
} from '../../sdk/src/model/index.js';
import { buildSampleDataset, generateLargeDataset, SAMPLE_ANCHOR } from '../src/index.js';
import { referenceProblems } from '../scripts/references.js';

const ANCHOR = '2026-11-27';
const ds = buildSampleDataset({ anchor: ANCHOR });
const DAY = 86_400_000;
const day = (s: string): number => Date.parse(`${s.slice(0, 10)}T00:00:00Z`);

const SCHEMAS = {
  districts: District, events: Event, incubators: Incubator, organizations: Organization,
  policies: Policy, programs: Program, talents: Talent, holidays: Holiday,
} as const;
const RESOURCES = Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[];

type WithProvenance = { id: string; provenance: { source: string; synthetic: boolean; confidence: string } };
const withProvenance = (): [string, WithProvenance][] =>
  (['events', 'incubators', 'organizations', 'policies', 'programs', 'talents'] as const).flatMap((r) => ds[r].map((x) => [r, x] as [string, WithProvenance]));

describe('buildSampleDataset', () => {
  it('should parse with the SDK schemas, record by record and as a whole', () => {
    const failures: string[] = [];
    for (const resource of RESOURCES) {
      const schema = SCHEMAS[resource];
      ds[resource].forEach((record: unknown, i: number) => {
        const r = schema.safeParse(record);
        if (!r.success) failures.push(`${resource}[${i}]: ${r.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`);
      });
    }
    assert.deepEqual(failures, []);
    assert.equal(Dataset.safeParse(ds).success, true);
    assert.equal(ds.format, 'shhk-dataset/1');
    assert.equal(ds.generatedAt, `${ANCHOR}T00:00:00+08:00`);
  });

  it('should have unique ids and no broken references', () => {
    assert.deepEqual(referenceProblems(ds), []);
    for (const resource of RESOURCES) {
      const ids = ds[resource].map((x) => x.id);
      assert.equal(new Set(ids).size, ids.length, resource);
    }
  });

  it('should list all 34 districts with trilingual names, and admin codes for Shanghai only', () => {
    assert.equal(ds.districts.length, 34);
    const sh = ds.districts.filter((d) => d.region === 'shanghai');
    const hk = ds.districts.filter((d) => d.region === 'hong-kong');
    assert.equal(sh.length, 16);
    assert.equal(hk.length, 18);
    for (const d of sh) assert.match(d.adminCode ?? '', /^3101\d\d$/, d.id);
    for (const d of hk) assert.equal(d.adminCode, undefined, d.id);
    for (const d of ds.districts) {
      assert.ok(d.name['zh-Hans'] && d.name['zh-Hant-HK'] && d.name.en, d.id);
      assert.ok(d.centroid, d.id);
      const { lat, lng } = d.centroid;
      assert.ok(d.region === 'shanghai' ? lat > 30.6 && lat < 31.9 && lng > 120.8 && lng < 122.1 : lat > 22.1 && lat < 22.6 && lng > 113.8 && lng < 114.5, d.id);
    }
    assert.equal(ds.districts.find((d) => d.id === 'sh-pudong')?.adminCode, '310115');
  });

  it('should hold the 23 researched incubators and at least 125 in all, in every district', () => {
    const real = ds.incubators.filter((x) => !x.provenance.synthetic);
    assert.equal(real.length, 23);
    assert.ok(ds.incubators.length >= 130, `only ${ds.incubators.length}`);
    assert.deepEqual(new Set(ds.incubators.map((x) => x.districtId)), new Set(ds.districts.map((d) => d.id)));
    const sh = ds.incubators.filter((x) => x.region === 'shanghai').length;
    assert.ok(sh > ds.incubators.length / 2, 'more in Shanghai');
    // Facts: no base is known to be national-level, and services are not assigned per base by the research.
    assert.equal(real.filter((x) => x.level === 'national-demonstration').length, 0);
    assert.deepEqual(real.filter((x) => x.acceptsHongKongFounders).map((x) => x.id), ['hk-01labs']);
    assert.deepEqual(real.find((x) => x.id === 'sh-tongji-usp')?.services, []);
    for (const id of ['sh-kr-space', 'sh-a7space']) assert.equal(real.find((x) => x.id === id)?.level, 'other', id);
  });

  it('should place generated incubators near their district centre, with services and industries', () => {
    const centre = new Map(ds.districts.map((d) => [d.id, d.centroid]));
    for (const x of ds.incubators.filter((i) => i.provenance.synthetic)) {
      const c = centre.get(x.districtId);
      assert.ok(c && x.geo, x.id);
      assert.ok(Math.abs(x.geo.lat - c.lat) <= 0.05 && Math.abs(x.geo.lng - c.lng) <= 0.05, x.id);
      assert.ok(x.industries.length >= 1 && x.industries.length <= 3, x.id);
      assert.ok(x.name['zh-Hans'] && x.name['zh-Hant-HK'] && x.name.en, x.id);
      assert.ok((x.workstations ?? 0) > 0, x.id);
    }
  });

  it('should place generated events within six months of the anchor, with weekly and monthly recurrences', () => {
    const anchor = day(ANCHOR);
    const synthetic = ds.events.filter((e) => e.provenance.synthetic);
    assert.ok(synthetic.length >= 200 && synthetic.length <= 300, `${synthetic.length} synthetic events`);
    for (const e of synthetic) {
      const offset = (day(e.start) - anchor) / DAY;
      assert.ok(offset >= -183 && offset <= 183, `${e.id} starts ${e.start}`);
    }
    const inYear = ds.events.filter((e) => Math.abs(day(e.start) - anchor) <= 366 * DAY);
    assert.ok(inYear.length >= 200);
    const weekly = ds.events.filter((e) => /^FREQ=WEEKLY;.*COUNT=\d+/.test(e.rrule ?? ''));
    const monthly = ds.events.filter((e) => /^FREQ=MONTHLY;.*UNTIL=\d{8}T\d{6}Z/.test(e.rrule ?? ''));
    assert.ok(weekly.length >= 3 && monthly.length >= 2, `${weekly.length} weekly, ${monthly.length} monthly`);
    for (const e of weekly) {
      const byday = /BYDAY=(\w\w)/.exec(e.rrule ?? '')?.[1];
      assert.equal(byday, ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][new Date(day(e.start)).getUTCDay()], `${e.id}: BYDAY matches the first occurrence`);
    }
    const kinds = new Set(synthetic.map((e) => e.kind));
    for (const k of ['roadshow', 'training', 'summer-course', 'lecture', 'showcase', 'makerthon', 'forum', 'competition', 'competition-stage']) assert.ok(kinds.has(k as Event['kind']), k);
    for (const status of ['cancelled', 'postponed', 'tentative'] as const) assert.ok(synthetic.some((e) => e.status === status), status);
    assert.ok(synthetic.some((e) => e.onlineUrl !== undefined && e.venue === undefined), 'an online-only event');
    assert.ok(synthetic.filter((e) => e.registration?.deadline).length > synthetic.length / 2, 'registration on many');
    assert.ok(synthetic.some((e) => !e.allDay && e.end !== undefined && e.end.slice(0, 10) !== e.start.slice(0, 10)), 'a multi-day timed event');
    assert.ok(synthetic.some((e) => e.allDay && e.end !== undefined && e.end !== e.start), 'a multi-day all-day event');
  });

  it('should use +08:00 and the region zone for timed events', () => {
    for (const e of ds.events) {
      assert.equal(e.timeZone, e.region === 'shanghai' ? 'Asia/Shanghai' : 'Asia/Hong_Kong', e.id);
      if (!e.allDay) {
        assert.match(e.start, /\+08:00$/, e.id);
        if (e.end) assert.match(e.end, /\+08:00$/, e.id);
      }
    }
  });

  it('should model the 海聚英才 competition as a parent with preliminary, semi-final and final stages', () => {
    const parent = ds.events.find((e) => e.id === 'ev-syn-haiju-yingcai');
    assert.equal(parent?.kind, 'competition');
    const stages = ds.events.filter((e) => e.parentId === 'ev-syn-haiju-yingcai');
    assert.deepEqual(stages.map((e) => e.id), ['preliminary', 'semi-final', 'final'].map((stage) => `ev-syn-haiju-yingcai-${stage}`));
    for (const s of stages) {
      assert.equal(s.kind, 'competition-stage');
      assert.ok(s.start >= (parent?.start ?? '') && (s.end ?? s.start) <= (parent?.end ?? ''), s.id);
    }
  });

  it('should mark every generated record and give every researched one a source', () => {
    for (const [resource, r] of withProvenance()) {
      if (r.provenance.synthetic) {
        assert.equal(r.provenance.source, 'synthetic', `${resource} ${r.id}`);
        assert.equal(r.provenance.confidence, 'low', `${resource} ${r.id}`);
        const urls = JSON.stringify(r).match(/https?:\/\/[^"]+/g) ?? [];
        for (const url of urls) assert.match(url, /^https:\/\/example\.org\//, `${resource} ${r.id}: ${url}`);
      } else {
        assert.ok(r.provenance.source === 'unverified' || /^https?:\/\/\S+$/.test(r.provenance.source), `${resource} ${r.id}: ${r.provenance.source}`);
        assert.ok(!JSON.stringify(r).includes('example.org'), `${resource} ${r.id} is real but links to example.org`);
      }
    }
    assert.ok(ds.talents.every((t) => t.provenance.synthetic), 'talents are all synthetic');
    assert.ok(ds.organizations.filter((o) => !o.provenance.synthetic).length >= 19);
    assert.ok(ds.policies.every((p) => !p.provenance.synthetic));
  });

  it('should put researched 2026–2027 editions on the calendar only as tentative, and skip estimated ones', () => {
    const real = ds.events.filter((e) => !e.provenance.synthetic);
    assert.ok(real.length >= 30);
    for (const e of real) {
      assert.equal(e.allDay, true, e.id);
      if (e.start >= '2026-01-01') assert.equal(e.status, 'tentative', e.id);
    }
    // Estimated-from-pattern items (no published date) must not appear: e.g. Pujiang and InnoEX 2026.
    assert.equal(real.filter((e) => e.seriesId === 'pujiang-innovation-forum' && e.start >= '2026').length, 0);
    assert.equal(real.filter((e) => e.seriesId === 'innoex' && e.start >= '2026').length, 0);
    assert.ok(real.some((e) => e.id === 'ev-innoex-2024' && e.start === '2024-04-13' && e.end === '2024-04-16'));
    assert.ok(real.some((e) => e.id === 'ev-world-laureates-forum-2023' && e.districtId === 'sh-pudong'));
  });

  it('should hold talents of all four categories, with recorded consent', () => {
    assert.ok(ds.talents.length >= 40);
    assert.deepEqual(new Set(ds.talents.map((t) => t.category)), new Set(['top-scientist', 'overseas-chinese', 'young-talent', 'industry-application']));
    for (const t of ds.talents) assert.ok(t.consent.recordedOn <= ANCHOR, t.id);
  });

  it('should list 33 mainland days off and 6 make-up days for 2026, and 17 Hong Kong holidays a year', () => {
    const mainland = ds.holidays.filter((h) => h.region === 'mainland');
    assert.equal(mainland.filter((h) => h.kind === 'holiday' && h.date.startsWith('2026')).length, 33);
    assert.deepEqual(
      mainland.filter((h) => h.kind === 'makeup-workday').map((h) => h.date),
      ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    );
    const hk = ds.holidays.filter((h) => h.region === 'hong-kong');
    const hk26 = hk.filter((h) => h.date.startsWith('2026'));
    const hk27 = hk.filter((h) => h.date.startsWith('2027'));
    assert.equal(hk26.length, 17);
    assert.equal(hk27.length, 17);
    assert.ok(hk26.every((h) => h.status === 'confirmed') && hk27.every((h) => h.status === 'announced'));
    assert.equal(mainland.filter((h) => h.date.startsWith('2027')).length, 0, 'no mainland 2027 arrangement was published');
    assert.ok(mainland.some((h) => h.date === '2026-02-23' && h.name['zh-Hans'] === '春节'));
  });

  it('should store policy amounts as integer minor units and never guess unknown figures', () => {
    let money = 0;
    for (const p of ds.policies) {
      for (const v of p.versions) {
        assert.ok(v.effectiveTo === null || v.effectiveTo >= v.effectiveFrom, `${p.id} ${v.id}`);
        for (const param of v.parameters) {
          if (param.value.type === 'money') {
            money++;
            assert.ok(Number.isInteger(param.value.money.amountMinor) && param.value.money.amountMinor >= 0, `${p.id}.${param.key}`);
            assert.equal(param.value.money.currency, p.jurisdiction === 'hong-kong' ? 'HKD' : 'CNY', `${p.id}.${param.key}`);
          }
          if (param.value.type === 'rate') assert.ok(Number.isInteger(param.value.basisPoints));
          if (param.value.type === 'unknown') assert.deepEqual(Object.keys(param.value), ['type']);
        }
      }
      // Versions of one policy never overlap.
      const sorted = [...p.versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
      for (let i = 1; i < sorted.length; i++) assert.ok((sorted[i - 1]?.effectiveTo ?? '9999') < (sorted[i]?.effectiveFrom ?? ''), `${p.id} versions overlap`);
    }
    assert.ok(money >= 20);
    const loan = ds.policies.find((p) => p.id === 'sh-guaranteed-startup-loan');
    const current = loan?.versions.find((v) => v.effectiveTo === null);
    assert.deepEqual(current?.parameters.find((x) => x.key === 'organisationLoanCap')?.value, { type: 'money', money: { amountMinor: 400_000_000, currency: 'CNY' } });
    const si = ds.policies.find((p) => p.id === 'sh-startup-social-insurance-subsidy');
    assert.deepEqual(si?.versions.find((v) => v.id === 'sh-si-subsidy-2025-07')?.parameters.find((x) => x.key === 'baseLowerLimit')?.value, { type: 'money', money: { amountMinor: 746_000, currency: 'CNY' } });
  });

  it('should mark the Technology Voucher Programme closed after 2024-12-31', () => {
    const tvp = ds.policies.find((p) => p.id === 'hk-technology-voucher-programme');
    assert.equal(tvp?.status, 'closed');
    assert.equal(tvp?.jurisdiction, 'hong-kong');
    assert.ok(tvp?.versions.every((v) => v.effectiveTo !== null && v.effectiveTo <= '2024-12-31'));
    assert.ok(ds.policies.filter((p) => p.status === 'open').length >= 10);
  });

  it('should be deterministic for an anchor and seed, and change with either', () => {
    const a = JSON.stringify(buildSampleDataset({ anchor: ANCHOR, seed: 7 }));
    assert.equal(JSON.stringify(buildSampleDataset({ anchor: ANCHOR, seed: 7 })), a);
    assert.equal(JSON.stringify(buildSampleDataset({ anchor: ANCHOR })), JSON.stringify(ds));
    assert.notEqual(JSON.stringify(buildSampleDataset({ anchor: ANCHOR, seed: 8 })), a);
    const later = buildSampleDataset({ anchor: '2027-03-01', seed: 7 });
    assert.notEqual(JSON.stringify(later), a);
    assert.equal(Dataset.safeParse(later).success, true, 'another anchor is valid too');
    assert.deepEqual(referenceProblems(later), []);
  });

  it('should hand out a copy the caller may change', () => {
    const copy = buildSampleDataset({ anchor: ANCHOR });
    (copy.incubators[0] as { aliases: string[] }).aliases.push('changed');
    (copy.events[0] as { provenance: { note?: string } }).provenance.note = 'changed';
    assert.equal(JSON.stringify(buildSampleDataset({ anchor: ANCHOR })), JSON.stringify(ds));
  });

  it('should refuse a malformed anchor or seed', () => {
    assert.throws(() => buildSampleDataset({ anchor: '2026-02-30' }), RangeError);
    assert.throws(() => buildSampleDataset({ anchor: '27/11/2026' }), RangeError);
    assert.throws(() => buildSampleDataset({ anchor: ANCHOR, seed: 1.5 }), RangeError);
  });
});

describe('generateLargeDataset', () => {
  it('should generate 100,000 valid incubators and 10,000 valid events in well under 2 s', () => {
    const t0 = performance.now();
    const { incubators, events } = generateLargeDataset({ incubators: 100_000, events: 10_000 });
    const ms = performance.now() - t0;
    assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms`);
    assert.equal(incubators.length, 100_000);
    assert.equal(events.length, 10_000);
    for (let i = 0; i < incubators.length; i += 499) {
      const r = Incubator.safeParse(incubators[i]);
      assert.ok(r.success, `incubators[${i}]`);
    }
    for (let i = 0; i < events.length; i += 97) assert.ok(Event.safeParse(events[i]).success, `events[${i}]`);
    assert.ok(Incubator.safeParse(incubators.at(-1)).success && Event.safeParse(events.at(-1)).success);
    assert.equal(new Set(incubators.map((x) => x.id)).size, incubators.length);
    assert.equal(new Set(events.map((x) => x.id)).size, events.length);
  });

  it('should follow the search recipe: 60% Shanghai in simplified Chinese, 40% Hong Kong in traditional, 1–3 industries', () => {
    const { incubators, events } = generateLargeDataset({ incubators: 20_000, events: 2_000, seed: 3 });
    const sh = incubators.filter((x) => x.region === 'shanghai');
    assert.ok(Math.abs(sh.length / incubators.length - 0.6) < 0.02, `${sh.length}`);
    assert.ok(sh.every((x) => x.name['zh-Hans'] && !x.name['zh-Hant-HK'] && x.name.en));
    assert.ok(incubators.filter((x) => x.region === 'hong-kong').every((x) => x.name['zh-Hant-HK'] && !x.name['zh-Hans']));
    assert.ok(incubators.every((x) => x.industries.length >= 1 && x.industries.length <= 3 && new Set(x.industries).size === x.industries.length));
    assert.ok(incubators.every((x) => x.provenance.synthetic));
    const allDay = events.filter((e) => e.allDay).length / events.length;
    assert.ok(allDay > 0.12 && allDay < 0.18, `${allDay}`);
    assert.ok(events.every((e) => e.start.startsWith(SAMPLE_ANCHOR.slice(0, 4))));
    for (const e of events.filter((x) => !x.allDay)) {
      assert.match(e.start, /T\d\d:(00|15|30|45):00\+08:00$/, e.id);
      const minutes = (Date.parse(e.end ?? '') - Date.parse(e.start)) / 60_000;
      assert.ok(minutes >= 30 && minutes <= 165 && e.end?.slice(0, 10) === e.start.slice(0, 10), `${e.id}: ${e.start} → ${e.end}`);
    }
  });

  it('should be deterministic per seed and respect the anchor year', () => {
    const a = generateLargeDataset({ incubators: 500, events: 500, seed: 5, anchor: '2027-06-01' });
    assert.deepEqual(generateLargeDataset({ incubators: 500, events: 500, seed: 5, anchor: '2027-06-01' }), a);
    assert.notDeepEqual(generateLargeDataset({ incubators: 500, events: 500, seed: 6, anchor: '2027-06-01' }), a);
    assert.ok(a.events.every((e) => e.start.startsWith('2027')));
    assert.deepEqual(generateLargeDataset({ incubators: 0, events: 0 }), { incubators: [], events: [] });
    assert.throws(() => generateLargeDataset({ incubators: -1, events: 0 }), RangeError);
  });
});
