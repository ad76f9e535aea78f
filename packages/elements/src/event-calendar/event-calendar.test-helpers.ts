// Test helpers for <hk-event-calendar> (not shipped: matches the package's `*.test.*` exclusion).
import type { Event } from '@shhk/sdk';
import { EVENT_KINDS } from '@shhk/sdk';
import { seeded } from './test-helpers.js';
import type { HkEventCalendar } from './event-calendar.js';

/** A valid exchange event with sensible defaults; override any field. */
export function makeEvent(overrides: Partial<Event> & { id: string }): Event {
  return {
    kind: 'forum',
    title: { en: `Event ${overrides.id}`, 'zh-Hans': `活动 ${overrides.id}` },
    start: '2026-11-10T09:30:00+08:00',
    end: '2026-11-10T11:00:00+08:00',
    allDay: false,
    timeZone: 'Asia/Shanghai',
    region: 'shanghai',
    organizers: [{ id: 'org-fudan', name: { en: 'Fudan University', 'zh-Hans': '复旦大学' } }],
    audience: ['students'],
    tags: ['ai'],
    status: 'scheduled',
    provenance: { source: 'unverified', confidence: 'low', synthetic: true },
    ...overrides,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `count` events spread over one month (`YYYY-MM`) like the benchmark's: 85% timed on 15-minute
 * slots (30–165 min), 15% all-day, titles mixing Chinese and English, offsets +08:00.
 */
export function generateEvents(count: number, month = '2026-11', seed = 42): Event[] {
  const rnd = seeded(seed);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const out: Event[] = [];
  for (let i = 0; i < count; i++) {
    const day = 1 + Math.floor(rnd() * days);
    const date = `${month}-${pad(day)}`;
    const kind = EVENT_KINDS[Math.floor(rnd() * EVENT_KINDS.length)]!;
    const region = rnd() < 0.5 ? 'shanghai' : 'hong-kong';
    const title = { 'zh-Hans': `沪港路演 Investor AMA #${i}`, en: `Roadshow Investor AMA #${i}` };
    if (rnd() < 0.15) {
      out.push(makeEvent({ id: `gen-${i}`, kind, region, title, allDay: true, start: date, end: date }));
    } else {
      const slot = 28 + Math.floor(rnd() * 48); // 07:00–19:00
      const minutes = 30 + 15 * Math.floor(rnd() * 10);
      const h = Math.floor(slot / 4);
      const min = (slot % 4) * 15;
      const endTotal = h * 60 + min + minutes;
      const end = endTotal >= 24 * 60 ? `${date}T23:59:00+08:00` : `${date}T${pad(Math.floor(endTotal / 60))}:${pad(endTotal % 60)}:00+08:00`;
      out.push(makeEvent({ id: `gen-${i}`, kind, region, title, start: `${date}T${pad(h)}:${pad(min)}:00+08:00`, end }));
    }
  }
  return out;
}

/** Resolves after the next animation frame (layout and ResizeObserver callbacks done). */
export const nextFrame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

/**
 * Lists the whole month in the agenda: in the current month it starts today, with "Show earlier days"
 * above it. Does nothing when the agenda already starts on the 1st.
 */
export async function wholeMonth(el: HkEventCalendar): Promise<void> {
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="earlier-button"]');
  if (!button) return;
  button.click();
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

/** Elements in a shadow root, recursively through nested shadow roots. */
export function countElements(root: ParentNode): number {
  let n = 0;
  for (const el of root.querySelectorAll('*')) {
    n++;
    if (el.shadowRoot) n += countElements(el.shadowRoot);
  }
  return n;
}
