// Measures text search over 100,000 synthetic incubators (the incubator finder's worst case):
// haystack build time and heap, first-query time, and warm per-query time of compileQuery + test.
// Prints numbers only; there are no timed assertions anywhere.
//
//   node --expose-gc --import tsx packages/sdk/scripts/search-speed.ts [count]

import type { Incubator } from '../src/model/index.js';
import { INDUSTRIES, SERVICES } from '../src/model/index.js';
import { compileQuery, haystackOf, runQuery } from '../src/query/index.js';

const COUNT = Number(process.argv[2] ?? 100_000);

// Seeded PRNG (mulberry32) so that every run searches the same data.
let seed = 42;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

const BRAND_SH = [...'澄泰星海智云晨汇创启明远华科新源'];
const BRAND_HK = [...'澄泰星海智雲晨匯創啟明遠華科新源'];
const WORDS = [
  ['生物', '生物', 'Biotech'], ['软件', '軟件', 'Software'], ['医疗', '醫療', 'Health'], ['教育', '教育', 'Education'],
  ['金融', '金融', 'Finance'], ['智能', '智能', 'Intelligence'], ['材料', '材料', 'Materials'], ['能源', '能源', 'Energy'],
] as const;
const SUFFIX_SH = ['众创空间', '孵化器', '科技园', '加速器'];
const SUFFIX_HK = ['創新中心', '孵化器', '科技園', '加速器'];
const SUFFIX_EN = ['Co-working', 'Incubator', 'Science Park', 'Accelerator'];
const EN_BRAND = ['Vertex', 'Nova', 'Harbour', 'Pearl', 'Summit', 'Bund', 'Lion Rock', 'Orbit'];
const SH_DISTRICTS = ['sh-pudong', 'sh-xuhui', 'sh-yangpu', 'sh-minhang', 'sh-jiading'];
const HK_DISTRICTS = ['hk-sha-tin', 'hk-kwun-tong', 'hk-central-and-western', 'hk-tsuen-wan'];

function makeIncubator(n: number): Incubator {
  const hk = random() < 0.4;
  const w = Math.floor(random() * WORDS.length);
  const s = Math.floor(random() * SUFFIX_SH.length);
  const brand = hk ? pick(BRAND_HK) + pick(BRAND_HK) : pick(BRAND_SH) + pick(BRAND_SH);
  const word = WORDS[w]!;
  const name = hk
    ? { 'zh-Hant-HK': brand + word[1] + SUFFIX_HK[s]!, en: `${pick(EN_BRAND)} ${word[2]} ${SUFFIX_EN[s]!}` }
    : { 'zh-Hans': brand + word[0] + SUFFIX_SH[s]!, en: `${pick(EN_BRAND)} ${word[2]} ${SUFFIX_EN[s]!}` };
  const industries = [...new Set([pick(INDUSTRIES), pick(INDUSTRIES), pick(INDUSTRIES)].slice(0, 1 + Math.floor(random() * 3)))];
  return {
    id: `inc-${n}`,
    name,
    aliases: [],
    level: 'other',
    region: hk ? 'hong-kong' : 'shanghai',
    districtId: hk ? pick(HK_DISTRICTS) : pick(SH_DISTRICTS),
    geo: hk ? { lat: 22.2 + random() * 0.3, lng: 113.9 + random() * 0.4 } : { lat: 30.9 + random() * 0.6, lng: 121.1 + random() * 0.7 },
    services: [pick(SERVICES)],
    industries,
    acceptsHongKongFounders: random() < 0.5,
    provenance: { source: 'unverified', confidence: 'low', synthetic: true },
  };
}

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const ms = (t: number) => `${t.toFixed(2)} ms`;

const records = Array.from({ length: COUNT }, (_, i) => makeIncubator(i));
const heapBefore = heap();
let t0 = performance.now();
const haystacks = records.map((r) => haystackOf('incubators', r));
const buildMs = performance.now() - t0;
const heapAfter = heap();
console.log(`${COUNT.toLocaleString('en')} incubators`);
console.log(`haystack build: ${ms(buildMs)}, heap ${gc ? `${((heapAfter - heapBefore) / 1048576).toFixed(1)} MB` : 'n/a (run with --expose-gc)'}, avg ${(haystacks.reduce((a, h) => a + h.length, 0) / COUNT).toFixed(0)} chars`);

function count(q: string): number {
  const c = compileQuery(q);
  let n = 0;
  for (const h of haystacks) if (c.test(h)) n++;
  return n;
}

const QUERIES = ['生物', '星海', 'bio', '創新', '软件 vertex', 'otech', '科技园 上海', 's'];
t0 = performance.now();
const firstHits = count(QUERIES[0]!);
console.log(`first query "${QUERIES[0]}": ${ms(performance.now() - t0)} (${firstHits} hits)`);

for (const q of QUERIES) {
  for (let i = 0; i < 3; i++) count(q);
  const samples: number[] = [];
  let hits = 0;
  for (let i = 0; i < 15; i++) {
    const s = performance.now();
    hits = count(q);
    samples.push(performance.now() - s);
  }
  samples.sort((a, b) => a - b);
  console.log(`compileQuery+test "${q}": median ${ms(samples[7]!)}, min ${ms(samples[0]!)} — ${hits} hits`);
}

// The whole list call, for scale (filter + order + first page), as the server and offline source run it.
for (const query of [{ q: 'bio' }, { q: '生物', near: { lat: 31.2304, lng: 121.4737 } }, { industry: ['ai' as const] }]) {
  runQuery('incubators', records, query);
  const s = performance.now();
  const page = runQuery('incubators', records, query);
  console.log(`runQuery ${JSON.stringify(query)}: ${ms(performance.now() - s)} (${page.items.length} items on page 1)`);
}
