import type { AudienceValue, Dataset, Event, EventKindValue, Incubator, IncubatorLevelValue, IndustryValue, LocalizedText, Provenance, ServiceValue } from './types.js';
import { DISTRICTS } from './facts/districts.js';
import { SAMPLE_ANCHOR, DEFAULT_SEED } from './sample.js';
import { formatDate, parseDate, streamSeed } from './util.js';

// Bulk synthetic data for benchmarks and load tests, following the "Method (search)" and "Method (render)"
// recipes in performance-goals.md: 60% Shanghai-style names in simplified Chinese, 40% Hong Kong-style in
// traditional; 1–3 industry tags from ten per region; events on 15-minute slots over the anchor's year,
// 85% timed (30–165 min, within one day) and 15% all-day. Built for speed: lookup tables up front, no per-record Date work.

/** Options of {@link generateLargeDataset}. */
export interface LargeOptions {
  /** How many incubators to generate. */
  incubators: number;
  /** How many events to generate. */
  events: number;
  /** @default 1 */
  seed?: number;
  /** Events fall in this date's calendar year. @default SAMPLE_ANCHOR */
  anchor?: string;
}

const PROVENANCE: Provenance = Object.freeze({ source: 'synthetic', confidence: 'low', synthetic: true, note: 'Bulk generated data for performance tests.' }) as Provenance;

const SH_CHARS = [...'澄星海智泰汐衡珀川知澜拓屿青禾睿浦朗峰沐麟谷砚曦源弘晨钧远帆芯翎启溯光泓垣鲸松岚嘉宁'];
const HK_CHARS = [...'恆晉銘灝翠霽凱瀾朗鈷燈蘭維匯澄峻嶺港灣栢駿譽鴻輝曜盈卓泓晞逸熙璟匡弘昇'];
const EN_BRANDS = ['Vertex', 'Nova', 'Harbour', 'Lumen', 'Kestrel', 'Aster', 'Cobalt', 'Meridian', 'Beacon', 'Orchid', 'Summit', 'Tidewater', 'Ridgeline', 'Polymath', 'Clearview', 'Stellar', 'Jade', 'Zenith', 'Quill', 'Cedar'];

type Word = readonly [IndustryValue, string, string, string]; // key, zh-Hans, zh-Hant-HK, en
const SH_INDUSTRIES: readonly Word[] = [
  ['ai', '智能', '智能', 'AI'], ['biomedicine', '生物', '生物', 'Biotech'], ['integrated-circuits', '芯片', '芯片', 'Chip'],
  ['fintech', '金融', '金融', 'Fintech'], ['software', '软件', '軟件', 'Software'], ['advanced-manufacturing', '智造', '智造', 'Manufacturing'],
  ['new-materials', '材料', '材料', 'Materials'], ['green-energy', '能源', '能源', 'Energy'], ['healthcare', '医疗', '醫療', 'Health'],
  ['robotics', '机器人', '機械人', 'Robotics'],
];
const HK_INDUSTRIES: readonly Word[] = [
  ['ai', '智能', '智能', 'AI'], ['biomedicine', '生物', '生物', 'Biotech'], ['fintech', '金融', '金融', 'Fintech'],
  ['software', '软件', '軟件', 'Software'], ['smart-city', '城市', '城市', 'Urban'], ['healthcare', '医疗', '醫療', 'Health'],
  ['green-energy', '能源', '能源', 'Energy'], ['new-materials', '材料', '材料', 'Materials'], ['cultural-creative', '文创', '文創', 'Creative'],
  ['e-commerce', '电商', '電商', 'Commerce'],
];
const SH_SUFFIX = [['众创空间', 'Co-working'], ['孵化器', 'Incubator'], ['科创园', 'Science Park'], ['加速器', 'Accelerator'], ['创业中心', 'Startup Center']] as const;
const HK_SUFFIX = [['科技園', 'Tech Park'], ['創科中心', 'Innovation Hub'], ['培育中心', 'Incubation Centre'], ['共享空間', 'Co-working']] as const;
const SERVICES: readonly ServiceValue[] = ['guidance', 'financing', 'consulting', 'talent', 'technology', 'agency', 'legal-aid'];
const SH_LEVELS: readonly IncubatorLevelValue[] = ['municipal-demonstration', 'district', 'district', 'university-science-park', 'other'];

const EVENT_KINDS: readonly EventKindValue[] = ['forum', 'competition', 'expo', 'roadshow', 'training', 'summer-course', 'showcase', 'lecture', 'makerthon'];
const EVENT_WORDS: readonly (readonly [string, string])[] = [
  ['沪港路演', 'Investor AMA'], ['创业训练营', 'Founder Bootcamp'], ['科创讲座', 'Tech Talk'], ['成果展示', 'Demo Showcase'],
  ['产业论坛', 'Industry Forum'], ['创客马拉松', 'Makerthon'], ['投融资对接', 'Pitch Night'], ['暑期课程', 'Summer Lab'],
];
const AUDIENCES: readonly AudienceValue[] = ['founders', 'students', 'researchers', 'investors', 'companies', 'public'];

const SH = DISTRICTS.filter((d) => d.region === 'shanghai');
const HK = DISTRICTS.filter((d) => d.region === 'hong-kong');

/**
 * Generates many valid synthetic incubators and events, for benchmarks and load tests.
 * 100,000 incubators and 10,000 events take a few hundred milliseconds in Node.
 *
 * @example
 * ```ts
 * const { incubators, events } = generateLargeDataset({ incubators: 100_000, events: 10_000 });
 * ```
 * @throws RangeError when a count is negative or not an integer.
 */
export function generateLargeDataset({ incubators, events, seed = DEFAULT_SEED, anchor = SAMPLE_ANCHOR }: LargeOptions): Pick<Dataset, 'incubators' | 'events'> {
  for (const [name, n] of [['incubators', incubators], ['events', events]] as const) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`${name} must be a non-negative integer, got ${n}`);
  }
  parseDate(anchor);
  return {
    incubators: largeIncubators(mulberry32(streamSeed(seed, 'large-incubators')), incubators),
    events: largeEvents(mulberry32(streamSeed(seed, 'large-events')), events, Number(anchor.slice(0, 4))),
  };
}

/** The same generator as `Rng`, as a bare closure: the hot loops below call it about 20 times a record. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    let t = (state = (state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STRIDES = [1, 3, 7, 9] as const;

function largeIncubators(random: () => number, n: number): Incubator[] {
  const rng = { next: random };
  const out = new Array<Incubator>(n);
  for (let i = 0; i < n; i++) {
    const sh = rng.next() < 0.6;
    const chars = sh ? SH_CHARS : HK_CHARS;
    const words = sh ? SH_INDUSTRIES : HK_INDUSTRIES;
    const district = (sh ? SH : HK)[Math.floor(rng.next() * (sh ? SH.length : HK.length))] as (typeof DISTRICTS)[number];
    const brand = (chars[Math.floor(rng.next() * chars.length)] as string) + (chars[Math.floor(rng.next() * chars.length)] as string);
    const enBrand = EN_BRANDS[Math.floor(rng.next() * EN_BRANDS.length)] as string;

    // 1–3 distinct industries: a start index and a stride coprime with 10 keep them distinct without a set.
    const k = 1 + Math.floor(rng.next() * 3);
    const first = Math.floor(rng.next() * 10);
    const stride = STRIDES[Math.floor(rng.next() * 4)] as number;
    const industries: IndustryValue[] = [];
    for (let j = 0; j < k; j++) industries.push((words[(first + j * stride) % 10] as Word)[0]);
    const lead = words[first] as Word;

    let name: LocalizedText;
    if (sh) {
      const suffix = SH_SUFFIX[Math.floor(rng.next() * SH_SUFFIX.length)] as (typeof SH_SUFFIX)[number];
      name = { 'zh-Hans': `${brand}${lead[1]}${suffix[0]}`, en: `${enBrand} ${lead[3]} ${suffix[1]}` };
    } else {
      const suffix = HK_SUFFIX[Math.floor(rng.next() * HK_SUFFIX.length)] as (typeof HK_SUFFIX)[number];
      name = { 'zh-Hant-HK': `${brand}${lead[2]}${suffix[0]}`, en: `${enBrand} ${lead[3]} ${suffix[1]}` };
    }

    const services: ServiceValue[] = [];
    for (const s of SERVICES) if (rng.next() < 0.5) services.push(s);
    const c = district.centroid as { lat: number; lng: number };
    const jitter = sh ? 0.04 : 0.012;
    out[i] = {
      id: `inc-l-${i + 1}`,
      name,
      aliases: [],
      level: sh ? (SH_LEVELS[Math.floor(rng.next() * SH_LEVELS.length)] as IncubatorLevelValue) : 'other',
      region: district.region,
      districtId: district.id,
      geo: { lat: Math.round((c.lat + (rng.next() * 2 - 1) * jitter) * 1e5) / 1e5, lng: Math.round((c.lng + (rng.next() * 2 - 1) * jitter) * 1e5) / 1e5 },
      services,
      industries,
      acceptsHongKongFounders: rng.next() < 0.5,
      workstations: 10 * (2 + Math.floor(rng.next() * 39)),
      provenance: PROVENANCE,
    };
  }
  return out;
}

function largeEvents(random: () => number, n: number, year: number): Event[] {
  const rng = { next: random };
  const first = parseDate(`${year}-01-01`);
  const days = Math.round((parseDate(`${year + 1}-01-01`) - first) / 86_400_000);
  const dayStr = Array.from({ length: days }, (_, d) => formatDate(first + d * 86_400_000));
  const hhmm = Array.from({ length: 96 }, (_, s) => `${String(Math.floor(s / 4)).padStart(2, '0')}:${String((s % 4) * 15).padStart(2, '0')}`);
  const out = new Array<Event>(n);
  for (let i = 0; i < n; i++) {
    const sh = rng.next() < 0.6;
    const [zh, en] = EVENT_WORDS[Math.floor(rng.next() * EVENT_WORDS.length)] as readonly [string, string];
    const d = Math.floor(rng.next() * days);
    const allDay = rng.next() < 0.15;
    let start: string;
    let end: string;
    if (allDay) {
      start = end = dayStr[d] as string;
    } else {
      // 30–165 min, starting early enough to end by 23:45: the recipe has no multi-day events.
      const length = 2 + Math.floor(rng.next() * 10);
      const slot = Math.floor(rng.next() * (96 - length));
      start = `${dayStr[d]}T${hhmm[slot]}:00+08:00`;
      end = `${dayStr[d]}T${hhmm[slot + length]}:00+08:00`;
    }
    out[i] = {
      id: `ev-l-${i + 1}`,
      kind: EVENT_KINDS[Math.floor(rng.next() * EVENT_KINDS.length)] as EventKindValue,
      title: { 'zh-Hans': `${zh} ${en} #${i + 1}`, en: `${en} #${i + 1}` },
      start,
      end,
      allDay,
      timeZone: sh ? 'Asia/Shanghai' : 'Asia/Hong_Kong',
      region: sh ? 'shanghai' : 'hong-kong',
      organizers: [],
      audience: [AUDIENCES[Math.floor(rng.next() * AUDIENCES.length)] as AudienceValue],
      tags: [],
      status: 'scheduled',
      provenance: PROVENANCE,
    };
  }
  return out;
}
