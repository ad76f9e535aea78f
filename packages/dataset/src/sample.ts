import type { Dataset, Event } from './types.js';
import { DISTRICTS } from './facts/districts.js';
import { REAL_EVENTS } from './facts/events.js';
import { HOLIDAYS } from './facts/holidays.js';
import { REAL_INCUBATORS } from './facts/incubators.js';
import { REAL_ORGANIZATIONS } from './facts/organizations.js';
import { POLICIES } from './facts/policies.js';
import { REAL_PROGRAMS } from './facts/programs.js';
import { syntheticEvents } from './synthetic/events.js';
import { syntheticIncubators } from './synthetic/incubators.js';
import { SYNTHETIC_ORGANIZATIONS } from './synthetic/organizations.js';
import { syntheticPrograms } from './synthetic/programs.js';
import { syntheticTalents } from './synthetic/talents.js';
import { parseDate, Rng, streamSeed } from './util.js';

/** The date the research was compiled; a stable anchor for tests and demos. */
export const SAMPLE_ANCHOR = '2026-11-27';

/** The seed used when none is given. @default 1 */
export const DEFAULT_SEED = 1;

/** Options of {@link buildSampleDataset}. */
export interface SampleOptions {
  /** The "current date" (`YYYY-MM-DD`, Asia/Shanghai) that generated events and dates are placed around. */
  anchor: string;
  /** Seed of the generator. Same anchor and seed give byte-identical JSON. @default 1 */
  seed?: number;
}

/** How many incubators are generated on top of the 23 researched ones. */
const SYNTHETIC_INCUBATORS = 112;
const SYNTHETIC_TALENTS = 40;

/**
 * Builds the sample dataset: researched records (districts, incubators, organisations, event editions,
 * policies, programmes, holidays) plus generated ones marked `provenance.synthetic: true`.
 * Deterministic: the same `anchor` and `seed` give the same document.
 *
 * @example
 * ```ts
 * const dataset = buildSampleDataset({ anchor: '2026-11-27' });
 * dataset.events.filter((e) => !e.provenance.synthetic); // researched editions only
 * ```
 * @throws RangeError when `anchor` is not a `YYYY-MM-DD` calendar date or `seed` is not an integer.
 */
export function buildSampleDataset({ anchor, seed = DEFAULT_SEED }: SampleOptions): Dataset {
  parseDate(anchor);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const stream = (salt: string): Rng => new Rng(streamSeed(seed, salt));

  const synIncubators = syntheticIncubators(stream('incubators'), SYNTHETIC_INCUBATORS);
  const events: Event[] = [...REAL_EVENTS, ...syntheticEvents(stream('events'), anchor, synIncubators)].sort(byStart).map(inKeyOrder);

  // structuredClone: callers get a document they may change without touching the shared fact tables.
  return structuredClone({
    format: 'shhk-dataset/1',
    generatedAt: `${anchor}T00:00:00+08:00`,
    districts: [...DISTRICTS],
    events,
    incubators: [...REAL_INCUBATORS, ...synIncubators],
    organizations: [...REAL_ORGANIZATIONS, ...SYNTHETIC_ORGANIZATIONS],
    policies: [...POLICIES],
    programs: [...REAL_PROGRAMS, ...syntheticPrograms(stream('programs'), anchor)],
    talents: syntheticTalents(stream('talents'), SYNTHETIC_TALENTS, anchor),
    holidays: [...HOLIDAYS],
  });
}

// One key order for every event, so the JSON reads the same whichever code built the record.
const EVENT_KEYS = [
  'id', 'kind', 'title', 'summary', 'start', 'end', 'allDay', 'timeZone', 'rrule', 'region', 'districtId', 'venue', 'onlineUrl',
  'organizers', 'audience', 'tags', 'registration', 'status', 'url', 'seriesId', 'parentId', 'updatedAt', 'provenance',
] as const satisfies readonly (keyof Event)[];

function inKeyOrder(e: Event): Event {
  const out: Record<string, unknown> = {};
  for (const key of EVENT_KEYS) if (e[key] !== undefined) out[key] = e[key];
  return out as Event;
}

// Chronological by start; ISO dates sort before date-times of the same day. Ties by id keep it stable.
function byStart(a: Event, b: Event): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
