import type { Incubator, IncubatorLevelValue, ServiceValue } from '../types.js';
import { DISTRICT_BY_ID, DISTRICTS, HK_DISTRICT_IDS, SH_DISTRICT_IDS } from '../facts/districts.js';
import { lt, Rng, SYNTHETIC } from '../util.js';
import { AREAS, HK_BRANDS, HK_SUFFIXES, INDUSTRY_KEYS, INDUSTRY_WORDS, SH_BRANDS, SH_SUFFIXES } from './words.js';

const SERVICES: readonly ServiceValue[] = ['guidance', 'financing', 'consulting', 'talent', 'technology', 'agency', 'legal-aid'];

// Shanghai gets more bases (the city has about 125 municipal ones); within it, the districts with the
// big science cities get more.
const SH_WEIGHTED: readonly string[] = SH_DISTRICT_IDS.flatMap((id) =>
  id === 'sh-pudong' ? [id, id, id, id] : ['sh-yangpu', 'sh-minhang', 'sh-xuhui'].includes(id) ? [id, id] : [id],
);

const SH_LEVELS: readonly IncubatorLevelValue[] = ['municipal-demonstration', 'municipal-demonstration', 'municipal-demonstration', 'district', 'district', 'district', 'university-science-park', 'other'];

/**
 * Generated incubators spread over all 34 districts: one in each first, then 70% in Shanghai.
 * @param count how many to make
 */
export function syntheticIncubators(rng: Rng, count: number): Incubator[] {
  const out: Incubator[] = [];
  const names = new Set<string>();
  for (let i = 0; i < count; i++) {
    const districtId = i < DISTRICTS.length ? (DISTRICTS[i]?.id as string) : rng.chance(0.7) ? rng.pick(SH_WEIGHTED) : rng.pick(HK_DISTRICT_IDS);
    const district = DISTRICT_BY_ID.get(districtId);
    if (!district?.centroid) throw new Error(`Unknown district ${districtId}`);
    const sh = district.region === 'shanghai';
    const industries = rng.sample(INDUSTRY_KEYS, rng.int(1, 3));
    const lead = industries[0] as (typeof industries)[number];

    // Draw until the name is new; the lists are large enough that this ends quickly.
    let name: Incubator['name'];
    for (;;) {
      const area = rng.pick(AREAS[districtId] ?? []);
      const brand = rng.pick(sh ? SH_BRANDS : HK_BRANDS);
      const suffix = rng.pick(sh ? SH_SUFFIXES : HK_SUFFIXES);
      const word = INDUSTRY_WORDS[lead];
      name = lt(`${area[0]}${brand[0]}${word[0]}${suffix[0]}`, `${area[1]}${brand[1]}${word[1]}${suffix[1]}`, `${area[2]} ${brand[2]} ${word[2]} ${suffix[2]}`);
      if (!names.has(name.en as string)) break;
    }
    names.add(name.en as string);

    const id = `inc-syn-${String(i + 1).padStart(3, '0')}`;
    const workstations = rng.int(2, 40) * 10;
    const jitter = sh ? 0.03 : 0.01;
    const words = industries.map((k) => INDUSTRY_WORDS[k]);
    out.push({
      id,
      name,
      aliases: [],
      level: sh ? rng.pick(SH_LEVELS) : 'other',
      region: district.region,
      districtId,
      geo: {
        lat: round5(district.centroid.lat + (rng.next() * 2 - 1) * jitter),
        lng: round5(district.centroid.lng + (rng.next() * 2 - 1) * jitter * 1.2),
      },
      services: SERVICES.filter(() => rng.chance(0.55)),
      industries,
      acceptsHongKongFounders: rng.chance(sh ? 0.5 : 0.4),
      workstations,
      summary: lt(
        `面向${words.map((w) => w[0]).join('、')}领域的初创团队，提供${workstations}个工位。示例数据，仅供演示。`,
        `面向${words.map((w) => w[1]).join('、')}領域的初創團隊，提供${workstations}個工位。示例數據，僅供演示。`,
        `For start-ups in ${words.map((w) => w[2]).join(', ')}, with ${workstations} workstations. Sample data for demonstration.`,
      ),
      contact: { email: `hello+${id}@example.org`, url: `https://example.org/incubators/${id}` },
      url: `https://example.org/incubators/${id}`,
      provenance: SYNTHETIC,
    });
  }
  return out;
}

function round5(n: number): number {
  return Math.round(n * 1e5) / 1e5;
}
