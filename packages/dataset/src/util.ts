import type { LocalizedText, Provenance } from './types.js';

/** Text in all three locales. */
export function lt(zhHans: string, zhHant: string, en: string): LocalizedText {
  return { 'zh-Hans': zhHans, 'zh-Hant-HK': zhHant, en };
}

/** The provenance every generated record carries. */
export const SYNTHETIC: Provenance = Object.freeze({
  source: 'synthetic',
  confidence: 'low',
  synthetic: true,
  note: 'Generated sample data for demonstration; not a fact.',
}) as Provenance;

/** Provenance of a researched record: its source URL (or `unverified`) and confidence. */
export function real(source: string, confidence: Provenance['confidence'], note?: string): Provenance {
  return note === undefined ? { source, confidence, synthetic: false } : { source, confidence, synthetic: false, note };
}

/** A small, fast, seeded PRNG (mulberry32) with the helpers the generators need. */
export class Rng {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.#state = (this.#state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** `k` distinct items, in the order they were drawn. */
  sample<T>(items: readonly T[], k: number): T[] {
    const pool = items.slice();
    const out: T[] = [];
    for (let i = 0; i < k && pool.length > 0; i++) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0] as T);
    return out;
  }
}

/** Derives an independent stream per resource, so adding records to one resource leaves the others unchanged. */
export function streamSeed(seed: number, salt: string): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < salt.length; i++) h = Math.imul(h ^ salt.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

// Calendar arithmetic on plain `YYYY-MM-DD` strings, done in UTC so the host zone never matters.
const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a `YYYY-MM-DD` date, throwing a RangeError for anything else (including 2026-02-30). */
export function parseDate(date: string): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`Expected a date like "2026-11-27", got "${date}"`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (formatDate(ms) !== date) throw new RangeError(`Not a calendar date: "${date}"`);
  return ms;
}

export function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return formatDate(parseDate(date) + days * DAY_MS);
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: string, b: string): number {
  return Math.round((parseDate(b) - parseDate(a)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(parseDate(date)).getUTCDay();
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** A local date-time in UTC+8 (Shanghai and Hong Kong), `minutes` after midnight of `date`; rolls over days. */
export function at(date: string, minutes: number): string {
  const day = Math.floor(minutes / 1440);
  const rest = minutes - day * 1440;
  const d = day === 0 ? date : addDays(date, day);
  return `${d}T${pad2(Math.floor(rest / 60))}:${pad2(rest % 60)}:00+08:00`;
}

/** The RRULE `UNTIL` form (UTC) of the last moment of a UTC+8 local date. */
export function untilEndOf(date: string): string {
  return `${date.replaceAll('-', '')}T155959Z`;
}
