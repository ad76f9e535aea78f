// Builders shared by the data-layer tests (not part of the element's public API).
import type { Event } from '@shhk/sdk';
import type { CalendarEvent } from './normalize.js';
import { toCalendarEvent } from './normalize.js';

/** A valid raw event record; override any field. */
export function rawEvent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'ev-test',
    kind: 'forum',
    title: { en: 'Test forum', 'zh-Hans': '测试论坛' },
    start: '2026-03-14T09:30:00+08:00',
    end: '2026-03-14T11:00:00+08:00',
    allDay: false,
    timeZone: 'Asia/Shanghai',
    region: 'shanghai',
    organizers: [],
    audience: [],
    tags: [],
    status: 'scheduled',
    provenance: { source: 'unverified', confidence: 'low', synthetic: true },
    ...overrides,
  };
}

/** A CalendarEvent in a zone from a raw record (throws if the record is invalid). */
export function calEvent(overrides: Record<string, unknown> = {}, zone = 'Asia/Shanghai', sourceId = 'test'): CalendarEvent {
  const ce = toCalendarEvent(rawEvent(overrides) as Event, { sourceId, zone });
  if (typeof ce === 'string') throw new Error(`calEvent: ${ce}`);
  return ce;
}

/** A seeded PRNG (mulberry32), for reproducible large data sets. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` raw events in March 2026 as the benchmark makes them: starts on 15-minute slots, 85% timed
 * (30–165 min), 15% all-day, mixed Chinese/English titles, `+08:00` offsets.
 */
export function marchEvents(count: number, seed = 42): Record<string, unknown>[] {
  const rand = seeded(seed);
  const out: Record<string, unknown>[] = [];
  const pad = (n: number): string => String(n).padStart(2, '0');
  for (let i = 0; i < count; i++) {
    const day = 1 + Math.floor(rand() * 31);
    const slot = Math.floor(rand() * 96);
    const allDay = rand() < 0.15;
    const date = `2026-03-${pad(day)}`;
    const base = { id: `ev-${i}`, title: { 'zh-Hans': `沪港路演 Investor AMA #${i}` } };
    if (allDay) {
      out.push(rawEvent({ ...base, start: date, end: date, allDay: true }));
    } else {
      const startMin = slot * 15;
      const endMin = Math.min(startMin + 30 + Math.floor(rand() * 10) * 15, 24 * 60 - 1);
      const time = (m: number): string => `${date}T${pad(Math.floor(m / 60))}:${pad(m % 60)}:00+08:00`;
      out.push(rawEvent({ ...base, start: time(startMin), end: time(endMin) }));
    }
  }
  return out;
}
