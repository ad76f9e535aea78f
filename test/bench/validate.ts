// Measures validation of 1,000 and 10,000 events the way the client validates a response
// (`fastSafeParse`: the schema-derived fast path, falling back to the zod schema), and the zod schema
// alone for comparison; prints one JSON object. Run in a fresh process so that "cold" really is the
// first call. Every timed parse starts from a fresh JSON.parse, as a response would.
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
const parse = (json: string) => () => {
  const r = fastSafeParse(schema, JSON.parse(json));
  if (!r.success) throw new Error('benchmark data failed validation');
};
const zodOnly = (json: string) => () => {
  const r = schema.safeParse(JSON.parse(json));
  if (!r.success) throw new Error('benchmark data failed validation');
};
const jsonOnly = (json: string) => () => void JSON.parse(json);

const cold1k = time(parse(payload1k));
const warm = (fn: () => void, n: number) => {
  for (let i = 0; i < 3; i++) fn();
  return median(Array.from({ length: n }, () => time(fn)));
};
const warm1k = warm(parse(payload1k), 15);
const warm10k = warm(parse(payload10k), 7);
const json1k = warm(jsonOnly(payload1k), 15);
const json10k = warm(jsonOnly(payload10k), 7);
const zod10k = warm(zodOnly(payload10k), 7);


process.stdout.write(JSON.stringify({ cold1k, warm1k, warm10k, json1k, json10k, zod10k }));
