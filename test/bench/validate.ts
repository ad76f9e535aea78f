// Measures validation of 1,000 and 10,000 events the way the client validates a response
// (`fastSafeParse`: the schema-derived fast path, falling back to the zod schema), and the zod schema
// alone for comparison; prints one JSON object. Run in a fresh process so that "cold" really is the
// first call.
import { performance } from 'node:perf_hooks';
import { Event, fastSafeParse, Page } from '@shhk/sdk';
import { generateLargeDataset } from '@shhk/dataset';
import { median } from './lib.js';

const { events } = generateLargeDataset({ incubators: 0, events: 10_000, seed: 7, anchor: '2026-03-01' });
const payload10k = JSON.stringify({ items: events, nextCursor: null });
const payload1k = JSON.stringify({ items: events.slice(0, 1000), nextCursor: null });
const schema = Page(Event);

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

// The goals (and their zod anchors) time validation of already-parsed JSON. Each timed call gets its
// own freshly parsed copy, prepared outside the timing, so nothing is cached between calls.
const copies = (json: string, n: number): unknown[] => Array.from({ length: n }, () => JSON.parse(json));
const check = (r: { success: boolean }) => {
  if (!r.success) throw new Error('benchmark data failed validation');
};
function warmEach(json: string, n: number, validate: (value: unknown) => void): number {
  const inputs = copies(json, n + 3);
  for (let i = 0; i < 3; i++) validate(inputs[i]);
  return median(inputs.slice(3).map((input) => time(() => validate(input))));
}
const fast = (value: unknown) => check(fastSafeParse(schema, value));
const zod = (value: unknown) => check(schema.safeParse(value));

const [coldInput] = copies(payload1k, 1);
const cold1k = time(() => fast(coldInput));
const warm1k = warmEach(payload1k, 15, fast);
const warm10k = warmEach(payload10k, 7, fast);
const zod1k = warmEach(payload1k, 15, zod);
const zod10k = warmEach(payload10k, 7, zod);
// JSON.parse alone, and JSON.parse + validation: what a response costs end to end (information).
const json1k = median(Array.from({ length: 15 }, () => time(() => void JSON.parse(payload1k))));
const json10k = median(Array.from({ length: 7 }, () => time(() => void JSON.parse(payload10k))));
const total10k = median(Array.from({ length: 7 }, () => time(() => fast(JSON.parse(payload10k)))));

process.stdout.write(JSON.stringify({ cold1k, warm1k, warm10k, zod1k, zod10k, json1k, json10k, total10k }));
