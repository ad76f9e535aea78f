import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import {
  Dataset, District, Event, fastAccept, fastSafeParse, Holiday, Incubator, IsoDateOrDateTime, Organization, Page, Policy, Program, Talent,
} from '../src/model/index.js';
import { endNotBeforeStart } from '../src/model/event.js';
import * as fixtures from './query.fixtures.js';

// The fast path must never say yes where the schema says no. These tests generate valid records and
// break every field of them in turn (type, format, range, absence, extra keys), and compare.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined } | undefined;

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(20260301);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
const maybe = (p = 0.5): boolean => random() < p;
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function text(): Record<string, string> {
  const out: Record<string, string> = {};
  const all = ['zh-Hans', 'zh-Hant-HK', 'en'] as const;
  for (const locale of all) if (maybe(0.6)) out[locale] = pick(['沪港路演', '滬港路演', 'Pitch Night', ' padded ', '𠀀𠀁 astral']);
  if (Object.keys(out).length === 0) out['en'] = 'Fallback';
  return out;
}

function dateTime(day: string): string {
  const fraction = pick(['', '', '.5', '.123', '.123456789']);
  const offset = pick(['+08:00', 'Z', '-05:30', '+00:00']);
  return `${day}T${pad(Math.floor(random() * 24))}:${pad(Math.floor(random() * 60))}:${pad(Math.floor(random() * 60))}${fraction}${offset}`;
}

function validEvent(i: number): Record<string, Json> {
  const allDay = maybe(0.3);
  const year = pick([2026, 2028, 1999]);
  const month = 1 + Math.floor(random() * 12);
  const day = year === 2028 && month === 2 && maybe() ? 29 : 1 + Math.floor(random() * 28);
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const event: Record<string, Json> = {
    id: `ev-${i}`,
    kind: pick(['forum', 'expo', 'competition-stage']),
    title: text(),
    start: allDay ? date : `${date}T09:00:00+08:00`,
    allDay,
    timeZone: pick(['Asia/Shanghai', 'Asia/Hong_Kong', 'UTC', 'America/Argentina/Buenos_Aires']),
    region: pick(['shanghai', 'hong-kong']),
    organizers: maybe() ? [] : [{ name: text() }, { id: 'org-hkstp', name: text() }],
    audience: maybe() ? [] : ['founders', 'public'],
    tags: maybe() ? [] : ['ai', 'x'.repeat(60), '𠀀'.repeat(60)],
    status: pick(['scheduled', 'tentative', 'postponed', 'cancelled']),
    provenance: { source: pick(['synthetic', 'https://example.org', 'x']), confidence: pick(['high', 'low']), synthetic: maybe(), ...(maybe() ? { note: 'n' } : {}) },
  };
  if (maybe(0.8)) event['end'] = allDay ? `${year}-${pad(month)}-${pad(Math.min(28, day + 1))}` : `${date}T${pad(10 + Math.floor(random() * 10))}:30:00+08:00`;
  if (!allDay && maybe(0.3)) {
    event['start'] = dateTime(date);
    event['end'] = `${year + 1}-01-01T00:00:00Z`;
  }
  if (maybe(0.3)) event['summary'] = text();
  if (maybe(0.2)) event['rrule'] = pick(['FREQ=WEEKLY;COUNT=6', 'FREQ=DAILY', 'FREQ=MONTHLY;BYDAY=MO,TU;UNTIL=20261231T000000Z']);
  if (maybe(0.3)) event['districtId'] = 'sh-pudong';
  if (maybe(0.3)) event['venue'] = { name: text(), ...(maybe() ? { address: text() } : {}), ...(maybe() ? { geo: { lat: pick([-90, 0, 31.2, 90]), lng: pick([-180, 121.5, 180]) } } : {}) };
  if (maybe(0.3)) event['onlineUrl'] = pick(['https://example.org/live', 'HTTP://EXAMPLE.ORG']);
  if (maybe(0.3)) event['registration'] = { url: 'https://example.org/r', ...(maybe() ? { deadline: pick([date, dateTime(date)]) } : {}) };
  if (maybe(0.3)) event['url'] = 'https://example.org/e?x=1#y';
  if (maybe(0.2)) event['seriesId'] = 'pujiang-innovation-forum';
  if (maybe(0.2)) event['parentId'] = 'ev-parent';
  if (maybe(0.3)) event['updatedAt'] = dateTime(date);
  return event;
}

const policy = {
  ...(fixtures.policies[0] as unknown as Record<string, Json>),
  versions: [
    {
      id: 'v1', effectiveFrom: '2024-02-29', effectiveTo: '2025-12-31', citationIds: ['c1'],
      parameters: [
        { key: 'amount', label: { en: 'Amount' }, value: { type: 'money', money: { amountMinor: 1_500_000, currency: 'CNY' } }, confidence: 'high', citationIds: ['c1'] },
        { key: 'rateCut', label: { en: 'Rate' }, value: { type: 'rate', basisPoints: -150 }, confidence: 'medium', citationIds: ['c1'], note: { en: 'LPR − 150 bp' } },
        { key: 'term', label: { en: 'Term' }, value: { type: 'count', value: 36, unit: 'months' }, confidence: 'low', citationIds: ['c1'] },
        { key: 'cap', label: { en: 'Cap' }, value: { type: 'unknown' }, confidence: 'low', citationIds: ['c1'] },
      ],
    },
  ],
  citations: [{ id: 'c1', issuer: { en: 'Bureau' }, title: { en: 'Notice' }, url: 'https://example.org/n', issuedOn: '2023-12-01', confidence: 'high' }],
};

// Replacement values tried at every position of a record.
const DATES = [
  '2026-02-29', '2028-02-29', '0000-02-29', '1900-02-29', '2000-02-29', '2026-04-31', '2026-04-30', '2026-13-01', '2026-00-10', '2026-01-00',
  '2026-1-01', '20260101', '2026-01-01T09:00:00+08:00', '2026-01-01T09:00+08:00', '2026-01-01T24:00:00Z', '2026-01-01T23:59:60Z',
  '2026-01-01T09:00:00+24:00', '2026-01-01T09:00:00-00:00', '2026-01-01T09:00:00z', '2026-01-01T09:00:00', '2026-01-01t09:00:00Z',
  '2026-01-01T09:00:00.1234567890Z', '2026-01-01T09:00:00.Z', '2026-01-01 09:00:00Z', '2026-01-01T09:00:00+0800', '2025-12-31T23:00:00-08:00',
  '2026-02-28T00:00:00.000Z', '0099-01-01', '0099-02-29T00:00:00Z',
];
const STRINGS = [
  '', ' ', '\u00a0\ufeff', 'x', 'X', 'a b', 'UPPER-case', 'ok-id', 'a--b', '-a', 'a-', 'a'.repeat(121), 'a'.repeat(120), 'x'.repeat(61),
  '𠀀'.repeat(61), '𠀀'.repeat(30) + 'x'.repeat(30), 'https://example.org', 'https://exa mple.org', 'javascript:alert(1)', 'ftp://x',
  'https://' + 'a'.repeat(2041), 'https://' + 'a'.repeat(2040), 'Asia/Hong Kong', 'Asia/Shanghai', 'UTC', 'Etc/GMT+8', 'FREQ=HOURLY',
  'RRULE:FREQ=DAILY', 'FREQ=WEEKLY;COUNT=6', 'FREQ=WEEKLY;', 'forum', 'expo', 'shanghai', 'beijing', 'high', 'money', 'months', 'aB3',
  '1abc', 'shhk-dataset/1', 'CNY', 'USD', '__proto__', 'constructor', 'toString',
];
const OTHERS: Json[] = [
  null, undefined, true, false, 0, -0, 1, -1, 1.5, 90, 90.0001, -90, -180.5, 180, 2 ** 53, 2 ** 53 - 1, Number.NaN, Number.POSITIVE_INFINITY,
  [], ['x'], [{}], {}, { en: 'x' }, { en: ' ' }, { en: 5 as unknown as Json }, { fr: 'x' },
];

function replacementsFor(value: Json): Json[] {
  const out: Json[] = [...OTHERS, ...STRINGS];
  if (typeof value === 'string') {
    out.push(...DATES, value.toUpperCase(), ` ${value}`, `${value} `, `${value}\n`, value.slice(1), value + value);
  }
  if (Array.isArray(value) && value.length) out.push(value.slice(1), [...value, value[0]!], [...value, null]);
  return out;
}

/** Every record obtained by changing one position of `record` (and, for objects, removing or adding a key). */
function* mutations(record: Json): Generator<Json> {
  yield* replacementsFor(record);
  if (Array.isArray(record)) {
    for (let i = 0; i < record.length; i++) {
      for (const m of mutations(record[i]!)) yield record.map((x, j) => (j === i ? m : x));
      yield record.filter((_, j) => j !== i);
    }
    return;
  }
  if (record === null || typeof record !== 'object') return;
  yield { ...record, unknownKey: 'x' };
  yield { ...record, __proto__: { polluted: true } } as Json;
  for (const key of Object.keys(record)) {
    const { [key]: removed, ...rest } = record;
    yield rest;
    yield { ...rest, [key]: undefined };
    for (const m of mutations(removed)) yield { ...record, [key]: m };
  }
}

/** Asserts fast-accept ⇒ schema-accept (with equal data), and that the fast path plus fallback gives the schema's answer. */
function compare(schema: z.ZodMiniType, value: unknown, counts: { fast: number; total: number }): void {
  const expected = schema.safeParse(value);
  const fast = fastAccept(schema, value);
  if (fast) {
    counts.fast++;
    assert.ok(expected.success, `fast path accepted what the schema refuses: ${JSON.stringify(value)?.slice(0, 300)}`);
    assert.deepEqual(value, expected.data);
  }
  const actual = fastSafeParse(schema, value);
  assert.equal(actual.success, expected.success);
  if (actual.success && expected.success) assert.deepEqual(actual.data, expected.data);
  if (!actual.success && !expected.success) assert.deepEqual(actual.error.issues, expected.error.issues);
  counts.total++;
}

function checkAllMutations(schema: z.ZodMiniType, records: readonly Json[]): { fast: number; total: number } {
  const counts = { fast: 0, total: 0 };
  for (const record of records) {
    assert.ok(fastAccept(schema, record), `a valid record must take the fast path: ${JSON.stringify(record).slice(0, 300)}`);
    for (const variant of mutations(record)) compare(schema, variant, counts);
  }
  return counts;
}

describe('fastAccept', () => {
  it('accepts only what the Event schema accepts, over every single-field mutation of 16 generated events', () => {
    const events = Array.from({ length: 16 }, (_, i) => validEvent(i));
    const counts = checkAllMutations(Event, events);
    // Mutations that keep a record valid (e.g. another valid enum value) still take the fast path.
    assert.ok(counts.total > 20_000, `only ${counts.total} variants`);
    assert.ok(counts.fast > 500, `only ${counts.fast} fast`);
  });

  it('accepts only what each entity schema accepts, over every single-field mutation', () => {
    const cases: [string, z.ZodMiniType, readonly unknown[]][] = [
      ['District', District, fixtures.districts],
      ['Incubator', Incubator, fixtures.incubators],
      ['Organization', Organization, fixtures.organizations],
      ['Policy', Policy, [...fixtures.policies, policy]],
      ['Program', Program, fixtures.programs],
      ['Talent', Talent, fixtures.talents],
      ['Holiday', Holiday, fixtures.holidays],
    ];
    for (const [name, schema, records] of cases) {
      const counts = checkAllMutations(schema, records as Json[]);
      assert.ok(counts.fast > 0, `${name}: the fast path was never taken`);
    }
  });

  it('accepts only what Page and Dataset accept', () => {
    const page = { items: [validEvent(1), validEvent(2)], nextCursor: 'abc' };
    checkAllMutations(Page(Event), [page, { items: [], nextCursor: null }]);
    const dataset = {
      format: 'shhk-dataset/1', generatedAt: '2026-03-01T00:00:00Z', districts: fixtures.districts, events: [validEvent(3)],
      incubators: fixtures.incubators.slice(0, 1), organizations: fixtures.organizations.slice(0, 1), policies: [policy],
      programs: fixtures.programs.slice(0, 1), talents: fixtures.talents.slice(0, 1), holidays: fixtures.holidays.slice(0, 1),
    };
    assert.ok(fastAccept(Dataset, dataset));
    const counts = { fast: 0, total: 0 };
    for (const key of Object.keys(dataset)) {
      for (const bad of [null, 'x', [{}], undefined]) compare(Dataset, { ...dataset, [key]: bad }, counts);
    }
  });

  it('sends records with unknown keys to the schema, which strips them', () => {
    const event = { ...validEvent(7), color: 'red' };
    assert.equal(fastAccept(Event, event), false);
    const parsed = fastSafeParse(Event, event);
    assert.ok(parsed.success);
    assert.equal('color' in parsed.data, false);
    assert.notEqual(parsed.data, event);
  });

  it('returns the input itself on the fast path, and zod issues with paths on the slow path', () => {
    const page = { items: [validEvent(1)], nextCursor: null };
    const fast = fastSafeParse(Page(Event), page);
    assert.ok(fast.success);
    assert.equal(fast.data, page);
    const bad = { items: [validEvent(1), { ...validEvent(2), allDay: true, start: '2026-03-02', end: '2026-03-01' }], nextCursor: null };
    const slow = fastSafeParse(Page(Event), bad);
    assert.ok(!slow.success);
    assert.deepEqual(slow.error.issues.map((i) => i.path), Page(Event).safeParse(bad).error?.issues.map((i) => i.path));
    assert.equal(slow.error.issues[0]?.path[0], 'items');
    assert.equal(slow.error.issues[0]?.path[1], 1);
  });

  it('answers false for schema kinds it does not model, and the schema still decides', () => {
    // Each schema with a value that reaches its unmodelled part (and that the schema may well accept).
    const cases: [z.ZodMiniType, unknown][] = [
      [z.pipe(z.string(), z.transform((s) => s.length)), 'x'],
      [z._default(z.string(), 'd'), undefined],
      [z.record(z.string(), z.number()), { a: 1 }],
      [z.tuple([z.string()]), ['x']],
      [z.coerce.string(), 5],
      [z.xor([z.string(), z.string().check(z.minLength(1))]), 'x'],
      [z.object({ a: z.exactOptional(z.string()) }), { a: 'x' }],
      [z.looseObject({ a: z.string() }), { a: 'x' }],
      [z.strictObject({ a: z.string() }), { a: 'x' }],
      [z.unknown(), 'x'],
      [z.custom<string>((v) => typeof v === 'string'), 'x'],
      [z.object({ a: z._default(z.string(), 'd') }), {}],
      [z.object({ a: z.pipe(z.optional(z.string()), z.string()) }), {}],
      [z.object({ a: z.optional(z.pipe(z.string(), z.transform((s) => s.length))) }), { a: 'x' }],
      [z.string().check(z.trim(), z.minLength(1)), '  '],
      [z.string().check(z.toLowerCase()), 'ABC'],
    ];
    for (const [schema, value] of cases) {
      assert.equal(fastAccept(schema, value), false, JSON.stringify(schema._zod.def.type));
      for (const other of [value, 'x', 5, { a: 'x' }, ['x'], undefined, { a: undefined }, {}]) compare(schema, other, { fast: 0, total: 0 });
    }
    // An async refinement is never taken for a pass (its promise is truthy).
    assert.equal(fastAccept(z.string().check(z.refine(async () => false)), 'x'), false);
  });

  it('ignores unknown keys when asked, and only then', () => {
    const event = { ...validEvent(8), color: 'red', title: { en: 'x', fr: 'y' } };
    assert.equal(fastAccept(Event, event), false);
    assert.equal(fastAccept(Event, event, { unknownKeys: 'ignore' }), true);
    assert.equal(Event.safeParse(event).success, true);
    // Every mutation of the record still agrees with the schema's verdict.
    for (const variant of mutations(event)) {
      if (fastAccept(Event, variant, { unknownKeys: 'ignore' })) assert.ok(Event.safeParse(variant).success, JSON.stringify(variant));
    }
  });

  it('models plain unions (any option) and keeps code-point lengths', () => {
    const union = z.union([z.string().check(z.maxLength(2)), z.number()]);
    assert.equal(fastAccept(union, 'ab'), true);
    assert.equal(fastAccept(union, 3), true);
    assert.equal(fastAccept(union, 'abc'), false);
    const tag = z.string().check(z.minLength(2), z.maxLength(3));
    assert.equal(fastAccept(tag, '𠀀𠀁𠀂'), true); // 3 code points in 6 UTF-16 units
    assert.equal(fastAccept(tag, '𠀀'), false); // 1 code point in 2 units
    assert.equal(tag.safeParse('𠀀𠀁𠀂').success, true);
    assert.equal(tag.safeParse('𠀀').success, false);
  });
});

// The model's refinements were rewritten for speed (no match arrays, no Date.parse for common forms);
// these compare them with the original formulations over a grid of valid and invalid strings.
describe('model refinements, rewritten for speed, decide as before', () => {
  const years = ['0000', '0004', '0050', '0099', '0100', '1900', '1970', '2000', '2024', '2026', '9999'];
  // Times on both sides of midnight and offsets on both sides of UTC, so that text order and time order differ.
  const months = ['00', '01', '02', '04', '12', '13'];
  const days = ['00', '01', '28', '29', '30', '31', '32'];
  const times = ['T00:00:00', 'T23:59:59', 'T24:00:00', 'T12:60:00', 'T12:00:60', 'T09:30:00', 'T9:30:00', 'T16:00:00'];
  const fractions = ['', '.5', '.05', '.123', '.1234', '.123456789', '.'];
  const zones = ['Z', '+08:00', '-05:30', '+00:00', '-00:00', '+23:59', '-23:59', '+24:00', '+08:60', 'z', '+0800', ''];
  const strings: string[] = [];
  for (const y of years) for (const m of months) for (const d of days) {
    const date = `${y}-${m}-${d}`;
    strings.push(date, `${date}\n`, `${date}T00:00:00`);
    for (const t of times) for (const f of fractions) for (const z of zones) strings.push(`${date}${t}${f}${z}`);
  }

  it('endNotBeforeStart agrees with comparing Date.parse instants, for every pair of valid strings', () => {
    const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
    const instant = (value: string) => (DATE_ONLY.test(value) ? Date.parse(`${value}T00:00:00Z`) : Date.parse(value));
    const valid = strings.filter((value) => IsoDateOrDateTime.safeParse(value).success);
    // Every valid string of a few days, plus a sample of the rest, paired with each other.
    const sample = valid.filter((value, i) => /^(?:2026-01-01|2026-01-28|1970-01-01|0099-12-31)/.test(value) || i % 97 === 0);
    let text = 0;
    for (const start of sample) {
      for (const end of sample) {
        assert.equal(endNotBeforeStart(start, end), instant(end) >= instant(start), `${start} → ${end}`);
        if (start.length === end.length && end >= start) text++;
      }
    }
    assert.ok(sample.length > 300 && text > 10_000, `${sample.length} strings, ${text} pairs by text`);
  });

  it('IsoDateOrDateTime accepts exactly what the exec-and-Date formulation accepted', () => {
    const PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?$/;
    const original = (s: string) => {
      const m = PATTERN.exec(s);
      if (!m) return false;
      const year = +m[1]!, month = +m[2]!, day = +m[3]!;
      return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
    };
    let accepted = 0;
    for (const value of strings) {
      const now = IsoDateOrDateTime.safeParse(value).success;
      assert.equal(now, original(value), value);
      if (now) accepted++;
    }
    assert.ok(accepted > 5_000, `only ${accepted} accepted`);
  });
});
