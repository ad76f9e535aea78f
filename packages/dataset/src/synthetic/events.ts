import type { AudienceValue, Event, EventKindValue, Incubator, IndustryValue, LocalizedText, PartyRef, Region } from '../types.js';
import { ORG_BY_ID } from '../facts/organizations.js';
import { SYNTHETIC_ORGANIZATIONS } from '../synthetic/organizations.js';
import { addDays, at, lt, parseDate, Rng, SYNTHETIC, untilEndOf, weekday } from '../util.js';
import { INDUSTRY_KEYS, INDUSTRY_WORDS, type Tri } from './words.js';

// Generated events for the year around the anchor (182 days either side): roadshows, training (some
// weekly), summer courses, lectures (some monthly), showcases, makerthons, forums, expos, and
// competitions with stages. Times are local to Shanghai or Hong Kong, both UTC+8.

const HALF_YEAR = 182;
const SAMPLE = lt('示例数据，仅供演示。', '示例數據，僅供演示。', 'Sample data for demonstration.');

const SH_ORGS = ['org-lingang-group', 'org-stefg', 'org-sh-employment-promotion-center', 'org-shanghai-hk-council', 'org-shanghai-qimingxing-association', 'org-cuhk-shanghai-centre', 'org-hku-business-school-shanghai-centre', 'org-fudan', 'org-sjtu', 'org-tongji', 'org-ecnu', 'org-shu', 'org-usst', 'org-sheto', 'org-shanghai-technology-exchange'];
const HK_ORGS = ['org-hkstp', 'org-cyberport-mgmt', 'org-shk-tnn', 'org-shhk-association-federation', 'org-hku', 'org-cuhk', 'org-hkust', 'org-polyu', 'org-cityu', 'org-hkbu'];
const SH_UNIS = ['org-fudan', 'org-sjtu', 'org-tongji', 'org-ecnu', 'org-shu', 'org-usst', 'org-shnu', 'org-ecupl'];
const HK_UNIS = ['org-hku', 'org-cuhk', 'org-hkust', 'org-polyu', 'org-cityu', 'org-hkbu', 'org-lingnan', 'org-eduhk'];
const SYN_ORG_BY_ID = new Map(SYNTHETIC_ORGANIZATIONS.map((o) => [o.id, o]));

function party(id: string): PartyRef {
  const org = ORG_BY_ID.get(id) ?? SYN_ORG_BY_ID.get(id);
  if (!org) throw new Error(`Unknown organisation ${id}`);
  return { id, name: org.name };
}

const TOPICS: readonly (readonly [string, string, string, string])[] = [
  ['财务与融资', '財務與融資', 'Finance and fundraising', 'finance'],
  ['知识产权保护', '知識產權保護', 'Protecting intellectual property', 'ip'],
  ['跨境合规', '跨境合規', 'Cross-border compliance', 'compliance'],
  ['市场与品牌', '市場與品牌', 'Marketing and branding', 'marketing'],
  ['团队与股权', '團隊與股權', 'Teams and equity', 'equity'],
  ['沪港两地税务', '滬港兩地稅務', 'Tax in Shanghai and Hong Kong', 'tax'],
  ['政府补贴申报', '政府補貼申報', 'Applying for subsidies', 'subsidies'],
  ['产品与用户研究', '產品與用戶研究', 'Product and user research', 'product'],
];

const THEMES: readonly (readonly [string, string, string])[] = [
  ['创新创业', '創新創業', 'innovation and entrepreneurship'], ['人工智能', '人工智能', 'artificial intelligence'],
  ['生物医药', '生物醫藥', 'biomedicine'], ['金融科技', '金融科技', 'fintech'], ['城市可持续发展', '城市可持續發展', 'sustainable cities'],
  ['智能硬件', '智能硬件', 'smart hardware'], ['数字文创', '數碼文創', 'digital creative industries'],
];

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

interface Ctx {
  rng: Rng;
  anchor: string;
  venues: { shanghai: Incubator[]; 'hong-kong': Incubator[] };
  out: Event[];
  seq: Map<string, number>;
}

interface Draft {
  kind: EventKindValue;
  title: LocalizedText;
  summary: LocalizedText;
  region: Region;
  start: string;
  end?: string;
  allDay: boolean;
  organizers: PartyRef[];
  audience: AudienceValue[];
  tags: string[];
  online?: 'online' | 'hybrid';
  rrule?: string;
  registration?: boolean;
  seriesId?: string;
  parentId?: string;
  id?: string;
  noVenue?: boolean;
}

function nextId(ctx: Ctx, kind: string): string {
  const n = (ctx.seq.get(kind) ?? 0) + 1;
  ctx.seq.set(kind, n);
  return `ev-syn-${kind}-${String(n).padStart(3, '0')}`;
}

function push(ctx: Ctx, d: Draft): Event {
  const { rng } = ctx;
  const id = d.id ?? nextId(ctx, d.kind);
  const ev: Event = {
    id,
    kind: d.kind,
    title: d.title,
    summary: lt(`${d.summary['zh-Hans']}${SAMPLE['zh-Hans']}`, `${d.summary['zh-Hant-HK']}${SAMPLE['zh-Hant-HK']}`, `${d.summary.en} ${SAMPLE.en}`),
    start: d.start,
    allDay: d.allDay,
    timeZone: d.region === 'shanghai' ? 'Asia/Shanghai' : 'Asia/Hong_Kong',
    region: d.region,
    organizers: d.organizers,
    audience: d.audience,
    tags: d.tags,
    status: 'scheduled',
    url: `https://example.org/events/${id}`,
    provenance: SYNTHETIC,
  };
  if (d.end !== undefined) ev.end = d.end;
  if (d.rrule) ev.rrule = d.rrule;
  if (d.online !== 'online' && !d.noVenue) {
    const inc = rng.pick(ctx.venues[d.region]);
    ev.districtId = inc.districtId;
    ev.venue = { name: inc.name };
    if (inc.geo) ev.venue.geo = inc.geo;
  }
  if (d.online) ev.onlineUrl = `https://example.org/live/${id}`;
  if (d.registration ?? rng.chance(0.7)) {
    const day = d.start.slice(0, 10);
    const deadlineDay = addDays(day, -rng.int(1, 10));
    ev.registration = {
      url: `https://example.org/events/${id}/register`,
      deadline: rng.chance(0.5) ? deadlineDay : at(deadlineDay, 23 * 60 + 59),
    };
  }
  if (d.seriesId) ev.seriesId = d.seriesId;
  if (d.parentId) ev.parentId = d.parentId;
  ctx.out.push(ev);
  return ev;
}

/** A day in [anchor + lo, anchor + hi]; `weekdaysOnly` moves weekends to the next Monday. */
function day(ctx: Ctx, lo = -HALF_YEAR, hi = HALF_YEAR - 7, weekdaysOnly = true): string {
  let d = addDays(ctx.anchor, ctx.rng.int(lo, hi));
  if (weekdaysOnly) {
    const w = weekday(d);
    if (w === 6) d = addDays(d, 2);
    else if (w === 0) d = addDays(d, 1);
  }
  return d;
}

/** The next date on or after `d` that falls on `dow` (0 = Sunday). */
function onOrAfter(d: string, dow: number): string {
  return addDays(d, (dow - weekday(d) + 7) % 7);
}

const region = (rng: Rng): Region => (rng.chance(0.6) ? 'shanghai' : 'hong-kong');
const orgs = (rng: Rng, r: Region, n = 1): PartyRef[] => rng.sample(r === 'shanghai' ? SH_ORGS : HK_ORGS, n).map(party);
const industry = (rng: Rng): IndustryValue => rng.pick(INDUSTRY_KEYS);
const w = (k: IndustryValue): Tri => INDUSTRY_WORDS[k];

function roadshows(ctx: Ctx, n: number): void {
  const { rng } = ctx;
  for (let i = 0; i < n; i++) {
    const r = region(rng);
    const k = industry(rng);
    const [zh, zht, en] = w(k);
    const d = day(ctx);
    const startMin = rng.pick([9 * 60 + 30, 14 * 60, 14 * 60 + 30, 15 * 60]);
    const variant = i % 3;
    const title =
      variant === 0 ? lt(`${zh}项目路演日`, `${zht}項目路演日`, `${en} Demo Day`)
      : variant === 1 ? lt(`沪港${zh}投融资对接会`, `滬港${zht}投融資對接會`, `Shanghai–Hong Kong ${en} Investor Matching`)
      : lt(`初创企业路演（第${i + 1}期）`, `初創企業路演（第${i + 1}期）`, `Start-up Roadshow No. ${i + 1}`);
    push(ctx, {
      kind: 'roadshow',
      title,
      summary: lt(`${zh}领域初创团队向投资人路演。`, `${zht}領域初創團隊向投資者路演。`, `${en} start-ups pitch to investors.`),
      region: r,
      start: at(d, startMin),
      end: at(d, startMin + rng.pick([120, 150, 180])),
      allDay: false,
      organizers: rng.chance(0.3) ? [...orgs(rng, r), party(rng.pick(['org-syn-xinghai-ventures', 'org-syn-oceanic-angel-fund', 'org-syn-cobalt-capital']))] : orgs(rng, r),
      audience: ['founders', 'investors'],
      tags: [k, 'roadshow', ...(variant === 1 ? ['sh-hk'] : [])],
      online: rng.chance(0.15) ? 'hybrid' : undefined,
    });
  }
}

function trainings(ctx: Ctx, n: number, weekly: number): void {
  const { rng } = ctx;
  for (let i = 0; i < n; i++) {
    const r = region(rng);
    const [zh, zht, en, slug] = rng.pick(TOPICS);
    const recurring = i < weekly;
    const count = rng.int(4, 8);
    const d = recurring ? day(ctx, -HALF_YEAR, HALF_YEAR - 7 * count - 7) : day(ctx);
    const startMin = rng.pick([9 * 60 + 30, 14 * 60, 19 * 60]);
    const online = rng.chance(0.3) ? 'online' : rng.chance(0.2) ? 'hybrid' : undefined;
    push(ctx, {
      kind: 'training',
      title: recurring ? lt(`${zh}系列课（每周）`, `${zht}系列課（每週）`, `${en}: weekly course`) : lt(`创业者训练营：${zh}`, `創業者訓練營：${zht}`, `Founder bootcamp: ${en}`),
      summary: recurring
        ? lt(`每周一次，共${count}讲。`, `每週一次，共${count}講。`, `Once a week, ${count} sessions.`)
        : lt(`面向早期创业者的${zh}实务培训。`, `面向早期創業者的${zht}實務培訓。`, `Hands-on training in ${en.toLowerCase()} for early-stage founders.`),
      region: r,
      start: at(d, startMin),
      end: at(d, startMin + (startMin >= 19 * 60 ? 90 : 150)),
      allDay: false,
      organizers: orgs(rng, r),
      audience: ['founders'],
      tags: ['training', slug],
      online,
      rrule: recurring ? `FREQ=WEEKLY;BYDAY=${BYDAY[weekday(d)]};COUNT=${count}` : undefined,
    });
  }
}

/** The July that lies inside the window (any 365-day window holds exactly one 1 July ± a few days). */
function summerStart(ctx: Ctx): string {
  const y = Number(ctx.anchor.slice(0, 4));
  for (const year of [y - 1, y, y + 1]) {
    const d = `${year}-07-06`;
    const offset = (parseDate(d) - parseDate(ctx.anchor)) / 86_400_000;
    if (offset >= -HALF_YEAR && offset <= HALF_YEAR - 60) return d;
  }
  return addDays(ctx.anchor, 30);
}

function summerCourses(ctx: Ctx, n: number): void {
  const { rng } = ctx;
  const base = summerStart(ctx);
  for (let i = 0; i < n; i++) {
    const r: Region = i % 2 === 0 ? 'shanghai' : 'hong-kong';
    const [zh, zht, en] = THEMES[i % THEMES.length] as (typeof THEMES)[number];
    const start = onOrAfter(addDays(base, rng.int(0, 35)), 1);
    const days = rng.pick([5, 5, 10, 12]);
    push(ctx, {
      kind: 'summer-course',
      title: lt(`沪港大学生${zh}暑期课程`, `滬港大學生${zht}暑期課程`, `Shanghai–Hong Kong summer course in ${en}`),
      summary: lt(`两地高校学生共同参加的${days}天课程与企业参访。`, `兩地院校學生共同參加的${days}天課程與企業參訪。`, `${days} days of classes and company visits for students from both cities.`),
      region: r,
      start,
      end: addDays(start, days - 1),
      allDay: true,
      organizers: [party('org-shua'), party(rng.pick(r === 'shanghai' ? SH_UNIS : HK_UNIS)), party(rng.pick(r === 'shanghai' ? HK_UNIS : SH_UNIS))],
      audience: ['students'],
      tags: ['summer-course', 'sh-hk', 'universities'],
      registration: true,
    });
  }
}

function lectures(ctx: Ctx, n: number, monthly: number): void {
  const { rng } = ctx;
  const SERIES: readonly Tri[] = [
    ['沪港科创月度讲坛', '滬港科創月度講壇', 'Shanghai–Hong Kong Innovation Monthly Lecture'],
    ['青年科学家月度沙龙', '青年科學家月度沙龍', 'Young Scientists Monthly Salon'],
    ['技术转移月度讲座', '技術轉移月度講座', 'Technology Transfer Monthly Talk'],
  ];
  for (let i = 0; i < n; i++) {
    const r = region(rng);
    const k = industry(rng);
    const [zh, zht, en] = w(k);
    const recurring = i < monthly;
    // Monthly series start in the first half so they run for several months; day 1–28 exists in every month.
    const d = recurring ? addDays(ctx.anchor, -rng.int(30, 150)).slice(0, 8) + String(rng.int(5, 25)).padStart(2, '0') : day(ctx);
    const startMin = rng.pick([15 * 60, 19 * 60, 19 * 60 + 30]);
    const s = SERIES[i % SERIES.length] as Tri;
    push(ctx, {
      kind: 'lecture',
      title: recurring ? lt(s[0], s[1], s[2]) : lt(`${zh}前沿讲座`, `${zht}前沿講座`, `Frontiers lecture: ${en}`),
      summary: recurring
        ? lt('每月举行一次的讲座。', '每月舉行一次的講座。', 'A lecture held once a month.')
        : lt(`${zh}领域学者分享最新研究。`, `${zht}領域學者分享最新研究。`, `A researcher in ${en} on recent work.`),
      region: r,
      start: at(d, startMin),
      end: at(d, startMin + 90),
      allDay: false,
      organizers: orgs(rng, r),
      audience: rng.sample(['researchers', 'students', 'public'] as AudienceValue[], rng.int(1, 3)),
      tags: ['lecture', k],
      online: rng.chance(0.35) ? 'online' : rng.chance(0.2) ? 'hybrid' : undefined,
      rrule: recurring ? `FREQ=MONTHLY;UNTIL=${untilEndOf(addDays(ctx.anchor, HALF_YEAR - 1))}` : undefined,
      seriesId: recurring ? `syn-monthly-lecture-${(i % SERIES.length) + 1}` : undefined,
    });
  }
}

function showcases(ctx: Ctx, n: number): void {
  const { rng } = ctx;
  for (let i = 0; i < n; i++) {
    const r = region(rng);
    const k = industry(rng);
    const [zh, zht, en] = w(k);
    const allDay = i % 2 === 0;
    const d = day(ctx);
    const days = rng.int(2, 3);
    const startMin = 14 * 60;
    push(ctx, {
      kind: 'showcase',
      title: lt(`${zh}创新成果展`, `${zht}創新成果展`, `${en} Innovation Showcase`),
      summary: lt(`在孵企业展示${zh}领域的产品与原型。`, `在孵企業展示${zht}領域的產品與原型。`, `Incubated companies show ${en} products and prototypes.`),
      region: r,
      start: allDay ? d : at(d, startMin),
      end: allDay ? addDays(d, days - 1) : at(d, startMin + 180),
      allDay,
      organizers: orgs(rng, r),
      audience: ['public', 'companies', 'investors'],
      tags: ['showcase', k],
    });
  }
}

function makerthons(ctx: Ctx, n: number): void {
  const { rng } = ctx;
  for (let i = 0; i < n; i++) {
    const r = region(rng);
    const [zh, zht, en] = rng.pick(THEMES);
    const sat = onOrAfter(day(ctx, -HALF_YEAR, HALF_YEAR - 10, false), 6);
    push(ctx, {
      kind: 'makerthon',
      title: lt(`沪港青年创客马拉松：${zh}`, `滬港青年創客馬拉松：${zht}`, `Shanghai–Hong Kong Youth Makerthon: ${en.charAt(0).toUpperCase()}${en.slice(1)}`),
      summary: lt('两地学生组队在周末完成原型。', '兩地學生組隊在週末完成原型。', 'Mixed teams from both cities build a prototype over a weekend.'),
      region: r,
      start: at(sat, 9 * 60),
      end: at(addDays(sat, 1), 18 * 60),
      allDay: false,
      organizers: [party('org-shua'), ...orgs(rng, r)],
      audience: ['students', 'founders'],
      tags: ['makerthon', 'sh-hk'],
      registration: true,
    });
  }
}

function forums(ctx: Ctx, n: number): void {
  const { rng } = ctx;
  for (let i = 0; i < n; i++) {
    const r = region(rng);
    const k = industry(rng);
    const [zh, zht, en] = w(k);
    const allDay = rng.chance(0.3);
    const d = day(ctx);
    const startMin = rng.pick([9 * 60, 13 * 60 + 30]);
    push(ctx, {
      kind: 'forum',
      title: i % 2 === 0 ? lt(`沪港${zh}创新论坛`, `滬港${zht}創新論壇`, `Shanghai–Hong Kong ${en} Innovation Forum`) : lt(`${zh}产业与投资论坛`, `${zht}產業與投資論壇`, `${en} Industry and Investment Forum`),
      summary: lt(`两地企业、学者与投资人探讨${zh}的发展。`, `兩地企業、學者與投資者探討${zht}的發展。`, `Companies, researchers and investors from both cities discuss ${en}.`),
      region: r,
      start: allDay ? d : at(d, startMin),
      end: allDay ? addDays(d, 1) : at(d, startMin + 210),
      allDay,
      organizers: orgs(rng, r, rng.int(1, 2)),
      audience: ['companies', 'researchers', 'investors'],
      tags: ['forum', k, ...(i % 2 === 0 ? ['sh-hk'] : [])],
      online: rng.chance(0.1) ? 'hybrid' : undefined,
    });
  }
}

function expos(ctx: Ctx, n: number): void {
  const { rng } = ctx;
  for (let i = 0; i < n; i++) {
    const r = region(rng);
    const k = industry(rng);
    const [zh, zht, en] = w(k);
    const d = day(ctx);
    push(ctx, {
      kind: 'expo',
      title: lt(`${zh}博览会`, `${zht}博覽會`, `${en} Expo`),
      summary: lt(`${zh}企业与科研机构参展。`, `${zht}企業與科研機構參展。`, `${en} companies and labs exhibit.`),
      region: r,
      start: d,
      end: addDays(d, rng.int(2, 3)),
      allDay: true,
      organizers: orgs(rng, r),
      audience: ['companies', 'investors', 'public'],
      tags: ['expo', k],
    });
  }
}

interface StageSpec {
  key: string;
  title: LocalizedText;
  offset: number;
  days: number;
}

function competitionWithStages(ctx: Ctx, c: { key: string; title: LocalizedText; summary: LocalizedText; region: Region; organizers: PartyRef[]; seriesId?: string; recruitFrom: number; stages: StageSpec[]; tags: string[] }): void {
  const { anchor } = ctx;
  const parentId = `ev-syn-${c.key}`;
  const last = c.stages[c.stages.length - 1] as StageSpec;
  push(ctx, {
    id: parentId,
    kind: 'competition',
    title: c.title,
    summary: c.summary,
    region: c.region,
    start: addDays(anchor, c.recruitFrom),
    end: addDays(anchor, last.offset + last.days - 1),
    allDay: true,
    organizers: c.organizers,
    audience: ['founders', 'investors'],
    tags: c.tags,
    registration: true,
    seriesId: c.seriesId,
    noVenue: true,
  });
  for (const s of c.stages) {
    const start = addDays(anchor, s.offset);
    push(ctx, {
      id: `${parentId}-${s.key}`,
      kind: 'competition-stage',
      title: s.title,
      summary: lt('大赛的一个阶段。', '大賽的一個階段。', 'One stage of the competition.'),
      region: c.region,
      start,
      end: addDays(start, s.days - 1),
      allDay: true,
      organizers: c.organizers,
      audience: ['founders', 'investors'],
      tags: c.tags,
      registration: false,
      seriesId: c.seriesId,
      parentId,
    });
  }
}

function competitions(ctx: Ctx, standalone: number): void {
  const { rng } = ctx;
  competitionWithStages(ctx, {
    key: 'haiju-yingcai',
    title: lt('“海聚英才”全球创新创业大赛（示例）', '「海聚英才」全球創新創業大賽（示例）', 'Haiju Yingcai Global Innovation and Entrepreneurship Competition (sample)'),
    summary: lt('全球征集项目，经初赛、复赛进入总决赛。日期为示例，并非官方赛程。', '全球徵集項目，經初賽、複賽進入總決賽。日期為示例，並非官方賽程。', 'Global call for projects, then preliminary rounds, a semi-final and a final. The dates are a sample, not the official schedule.'),
    region: 'shanghai',
    organizers: [party('org-haiju-yingcai-association')],
    seriesId: 'haiju-yingcai',
    recruitFrom: -120,
    stages: [
      { key: 'preliminary', title: lt('“海聚英才”大赛初赛（示例）', '「海聚英才」大賽初賽（示例）', 'Haiju Yingcai Competition: preliminary round (sample)'), offset: -45, days: 3 },
      { key: 'semi-final', title: lt('“海聚英才”大赛复赛（示例）', '「海聚英才」大賽複賽（示例）', 'Haiju Yingcai Competition: semi-final (sample)'), offset: 20, days: 3 },
      { key: 'final', title: lt('“海聚英才”大赛总决赛（示例）', '「海聚英才」大賽總決賽（示例）', 'Haiju Yingcai Competition: final (sample)'), offset: 75, days: 2 },
    ],
    tags: ['competition', 'startup', 'talent'],
  });
  competitionWithStages(ctx, {
    key: 'shhk-youth-startup-cup',
    title: lt('沪港青年创新创业大赛', '滬港青年創新創業大賽', 'Shanghai–Hong Kong Youth Start-up Cup'),
    summary: lt('面向两地35岁以下创业者的比赛。', '面向兩地35歲以下創業者的比賽。', 'A competition for founders under 35 from both cities.'),
    region: 'hong-kong',
    organizers: [party('org-shua'), party('org-stefg')],
    recruitFrom: -30,
    stages: [
      { key: 'preliminary', title: lt('沪港青年创新创业大赛初赛', '滬港青年創新創業大賽初賽', 'Youth Start-up Cup: preliminary round'), offset: 30, days: 2 },
      { key: 'semi-final', title: lt('沪港青年创新创业大赛复赛', '滬港青年創新創業大賽複賽', 'Youth Start-up Cup: semi-final'), offset: 70, days: 2 },
      { key: 'final', title: lt('沪港青年创新创业大赛决赛', '滬港青年創新創業大賽決賽', 'Youth Start-up Cup: final'), offset: 110, days: 1 },
    ],
    tags: ['competition', 'startup', 'sh-hk'],
  });
  for (let i = 0; i < standalone; i++) {
    const r = region(rng);
    const k = industry(rng);
    const [zh, zht, en] = w(k);
    const d = day(ctx);
    push(ctx, {
      kind: 'competition',
      title: lt(`${zh}创新挑战赛`, `${zht}創新挑戰賽`, `${en} Innovation Challenge`),
      summary: lt(`围绕${zh}真实课题的一日挑战赛。`, `圍繞${zht}真實課題的一日挑戰賽。`, `A one-day challenge on real ${en} problems.`),
      region: r,
      start: d,
      allDay: true,
      organizers: orgs(rng, r),
      audience: ['founders', 'students'],
      tags: ['competition', k],
      registration: true,
    });
  }
}

/** Marks a few upcoming one-off events cancelled, postponed or tentative, so every status appears. */
function statuses(ctx: Ctx): void {
  const soon = ctx.out.filter((e) => !e.rrule && !e.parentId && e.kind !== 'competition' && e.start.slice(0, 10) > addDays(ctx.anchor, 7));
  const picks = ctx.rng.sample(soon, 8);
  const updatedAt = at(addDays(ctx.anchor, -3), 10 * 60);
  picks.forEach((e, i) => {
    if (i < 2) {
      e.status = 'cancelled';
      e.updatedAt = updatedAt;
    } else if (i < 4) {
      e.status = 'postponed';
      e.updatedAt = updatedAt;
    } else {
      e.status = 'tentative';
    }
  });
}

/** About 250 generated events around `anchor`, with venues drawn from the given (synthetic) incubators. */
export function syntheticEvents(rng: Rng, anchor: string, venues: readonly Incubator[]): Event[] {
  const ctx: Ctx = {
    rng,
    anchor,
    venues: { shanghai: venues.filter((v) => v.region === 'shanghai'), 'hong-kong': venues.filter((v) => v.region === 'hong-kong') },
    out: [],
    seq: new Map(),
  };
  roadshows(ctx, 54);
  trainings(ctx, 36, 10);
  summerCourses(ctx, 8);
  lectures(ctx, 50, 5);
  showcases(ctx, 24);
  makerthons(ctx, 10);
  forums(ctx, 44);
  expos(ctx, 8);
  competitions(ctx, 4);
  statuses(ctx);
  return ctx.out;
}
