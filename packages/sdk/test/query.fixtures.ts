// Small fixtures for the query tests. Each list is parsed by the SDK schemas here, so the tests
// run on records the server and the dataset could actually hold.
import * as z from 'zod/mini';
import { District, Event, Holiday, Incubator, Organization, Policy, Program, Talent } from '../src/model/index.js';

const provenance = { source: 'unverified', confidence: 'low', synthetic: true } as const;
const t = (zhHans: string, zhHant: string, en: string) => ({ 'zh-Hans': zhHans, 'zh-Hant-HK': zhHant, en });

export const districts = z.array(District).parse([
  { id: 'sh-pudong', region: 'shanghai', adminCode: '310115', name: t('浦东新区', '浦東新區', 'Pudong New Area') },
  { id: 'sh-huangpu', region: 'shanghai', adminCode: '310101', name: t('黄浦区', '黃浦區', 'Huangpu District') },
  { id: 'sh-yangpu', region: 'shanghai', adminCode: '310110', name: t('杨浦区', '楊浦區', 'Yangpu District') },
  { id: 'hk-sha-tin', region: 'hong-kong', name: t('沙田区', '沙田區', 'Sha Tin District') },
]);

/** People's Square, Shanghai. */
export const PEOPLES_SQUARE = { lat: 31.2304, lng: 121.4737 };
/** Hong Kong Science Park, Sha Tin. */
export const HK_SCIENCE_PARK = { lat: 22.4273, lng: 114.2101 };
/** Zhangjiang, Pudong. */
export const ZHANGJIANG = { lat: 31.2041, lng: 121.5901 };

export const incubators = z.array(Incubator).parse([
  {
    id: 'sh-zhangjiang-incubator', name: t('张江孵化器', '張江孵化器', 'Zhangjiang Incubator'), aliases: ['张江'],
    level: 'municipal-demonstration', region: 'shanghai', districtId: 'sh-pudong', geo: ZHANGJIANG,
    services: ['guidance', 'financing'], industries: ['biomedicine', 'integrated-circuits'], acceptsHongKongFounders: true, provenance,
  },
  {
    id: 'hk-stp-incubation', name: t('香港科学园培育计划', '香港科學園培育計劃', 'HKSTP Incubation Programme'), aliases: ['Incu-Bio'],
    level: 'other', region: 'hong-kong', districtId: 'hk-sha-tin', geo: HK_SCIENCE_PARK,
    services: ['financing', 'legal-aid', 'technology'], industries: ['ai', 'biomedicine'], acceptsHongKongFounders: true, provenance,
  },
  {
    id: 'sh-pudong-software-park-incubator', name: t('上海浦东软件园孵化器', '上海浦東軟件園孵化器', 'Shanghai Pudong Software Park Incubator'), aliases: [],
    level: 'district', region: 'shanghai', districtId: 'sh-pudong', geo: { lat: 31.2196, lng: 121.5453 },
    services: ['consulting'], industries: ['software'], acceptsHongKongFounders: false, provenance,
  },
  {
    id: 'sh-fudan-usp', name: t('复旦大学国家大学科技园', '復旦大學國家大學科技園', 'Fudan University National University Science Park'), aliases: ['复旦科技园'],
    level: 'university-science-park', region: 'shanghai', districtId: 'sh-yangpu',
    services: ['talent'], industries: ['ai', 'education'], acceptsHongKongFounders: false, provenance,
  },
  {
    id: 'hk-vertex-biotech', name: { 'zh-Hant-HK': '澄泰生物科技園', en: 'Vertex Biotech Co-working' }, aliases: [],
    level: 'other', region: 'hong-kong', districtId: 'hk-sha-tin', geo: { lat: 22.3817, lng: 114.1887 },
    services: ['guidance'], industries: ['healthcare'], acceptsHongKongFounders: true, provenance,
  },
  {
    id: 'sh-bund-hub', name: t('外滩创新中心', '外灘創新中心', 'Bund Innovation Hub'), aliases: [],
    summary: t('毗邻漕河泾科技园的联合办公空间', '毗鄰漕河涇科技園的聯合辦公空間', 'Co-working next to the Caohejing science park'),
    level: 'other', region: 'shanghai', districtId: 'sh-huangpu',
    services: ['agency'], industries: ['fintech'], acceptsHongKongFounders: true, provenance,
  },
]);

export const events = z.array(Event).parse([
  {
    id: 'ev-innoex-2026', kind: 'expo', title: { 'zh-Hant-HK': 'InnoEX 2026 創新科技博覽', en: 'InnoEX 2026' },
    start: '2026-04-13T10:00:00+08:00', end: '2026-04-16T18:00:00+08:00', allDay: false, timeZone: 'Asia/Hong_Kong',
    region: 'hong-kong', organizers: [{ id: 'org-hktdc', name: t('香港贸发局', '香港貿發局', 'HKTDC') }],
    audience: ['companies', 'investors'], tags: ['InnoTech', 'Expo'], status: 'scheduled', seriesId: 'innoex', provenance,
  },
  {
    id: 'ev-pujiang-forum-2026', kind: 'forum', title: t('浦江创新论坛', '浦江創新論壇', 'Pujiang Innovation Forum'),
    start: '2026-09-07', end: '2026-09-10', allDay: true, timeZone: 'Asia/Shanghai', region: 'shanghai', districtId: 'sh-huangpu',
    organizers: [{ id: 'org-most', name: t('科学技术部', '科學技術部', 'Ministry of Science and Technology') }],
    audience: ['researchers', 'public'], tags: ['创新'], status: 'scheduled', seriesId: 'pujiang-innovation-forum', provenance,
  },
  {
    id: 'ev-roadshow-weekly', kind: 'roadshow', title: t('沪港路演 Investor AMA', '滬港路演 Investor AMA', 'Shanghai–HK Roadshow: Investor AMA'),
    start: '2026-03-03T19:00:00+08:00', end: '2026-03-03T20:30:00+08:00', allDay: false, timeZone: 'Asia/Shanghai',
    rrule: 'FREQ=WEEKLY;COUNT=6', region: 'shanghai', onlineUrl: 'https://example.org/ama',
    organizers: [{ id: 'org-hktdc', name: t('香港贸发局', '香港貿發局', 'HKTDC') }], audience: ['founders', 'investors'],
    tags: ['fintech'], status: 'scheduled', provenance,
  },
  {
    id: 'ev-lecture-monthly', kind: 'lecture', title: t('科学园午间讲座', '科學園午間講座', 'Science Park Lunch Lecture'),
    start: '2026-01-06T12:30:00+08:00', end: '2026-01-06T13:30:00+08:00', allDay: false, timeZone: 'Asia/Hong_Kong',
    rrule: 'FREQ=MONTHLY;BYDAY=1TU', region: 'hong-kong', districtId: 'hk-sha-tin',
    organizers: [{ name: t('香港科技园公司', '香港科技園公司', 'HKSTP') }], audience: ['public'], tags: [], status: 'tentative', provenance,
  },
  {
    id: 'ev-training-daily', kind: 'training', title: t('创业训练营', '創業訓練營', 'Founder Bootcamp'),
    start: '2026-05-04', allDay: true, timeZone: 'Asia/Shanghai', rrule: 'FREQ=DAILY;UNTIL=20260508',
    region: 'shanghai', districtId: 'sh-pudong', organizers: [], audience: ['founders', 'students'], tags: ['bootcamp'], status: 'scheduled', provenance,
  },
  {
    id: 'ev-showcase-cancelled', kind: 'showcase', title: t('成果展示日', '成果展示日', 'Demo Day'),
    start: '2026-03-01', allDay: true, timeZone: 'Asia/Hong_Kong', region: 'hong-kong', districtId: 'hk-sha-tin',
    organizers: [], audience: ['investors'], tags: [], status: 'cancelled', provenance,
  },
  {
    // 2026-03-01 01:00 in UTC+8: after the all-day Demo Day of the same date, despite its UTC date.
    id: 'ev-makerthon-night', kind: 'makerthon', title: t('深夜创客马拉松', '深夜創客馬拉松', 'Midnight Makerthon'),
    start: '2026-02-28T17:00:00Z', end: '2026-02-28T23:00:00Z', allDay: false, timeZone: 'Asia/Shanghai', region: 'shanghai',
    organizers: [], audience: ['students'], tags: [], status: 'postponed', provenance,
  },
]);

export const organizations = z.array(Organization).parse([
  { id: 'org-fudan', type: 'university', name: t('复旦大学', '復旦大學', 'Fudan University'), aliases: ['复旦'], region: 'shanghai', districtId: 'sh-yangpu', provenance },
  { id: 'org-hkstp', type: 'science-park', name: t('香港科技园公司', '香港科技園公司', 'Hong Kong Science and Technology Parks Corporation'), aliases: ['HKSTP'], region: 'hong-kong', districtId: 'hk-sha-tin', provenance },
  { id: 'org-shua', type: 'association', name: t('沪港大学联盟', '滬港大學聯盟', 'Shanghai–Hong Kong University Alliance'), aliases: ['SHUA'], region: 'shanghai', provenance },
  { id: 'org-hku', type: 'university', name: t('香港大学', '香港大學', 'The University of Hong Kong'), aliases: ['HKU'], region: 'hong-kong', provenance },
]);

const citation = (id: string) => ({ id, issuer: t('上海市人力资源和社会保障局', '上海市人力資源和社會保障局', 'Shanghai HRSS Bureau'), title: t('通知', '通知', 'Notice'), documentNumber: '沪人社规〔2023〕3号', confidence: 'medium' });
const version = (id: string) => ({ id, effectiveFrom: '2023-01-01', effectiveTo: null, parameters: [], citationIds: ['c1'] });

export const policies = z.array(Policy).parse([
  { id: 'pol-startup-subsidy', kind: 'subsidy', jurisdiction: 'shanghai', name: t('一次性创业补贴', '一次性創業補貼', 'One-off start-up subsidy'), status: 'open', versions: [version('v1')], citations: [citation('c1')], provenance },
  { id: 'pol-guaranteed-loan', kind: 'loan', jurisdiction: 'pudong', name: t('创业担保贷款', '創業擔保貸款', 'Guaranteed start-up loan'), status: 'open', versions: [version('v1')], citations: [citation('c1')], provenance },
  { id: 'pol-tvp', kind: 'support', jurisdiction: 'hong-kong', name: t('科技券计划', '科技券計劃', 'Technology Voucher Programme'), status: 'closed', versions: [version('v1')], citations: [citation('c1')], provenance },
]);

export const programs = z.array(Program).parse([
  { id: 'prog-summer-school', kind: 'course', name: t('沪港暑期学校', '滬港暑期學校', 'Shanghai–HK Summer School'), organizers: [], regions: ['shanghai', 'hong-kong'], start: '2026-07-06', end: '2026-07-31', audience: ['students'], tags: [], provenance },
  { id: 'prog-mentor', kind: 'mentorship', name: t('创业导师计划', '創業導師計劃', 'Founder Mentorship'), organizers: [], regions: ['hong-kong'], start: '2026-03-01', audience: ['founders'], tags: ['mentor'], provenance },
  { id: 'prog-fellowship', kind: 'fellowship', name: t('青年科学家资助计划', '青年科學家資助計劃', 'Young Scientist Fellowship'), organizers: [], regions: ['shanghai'], audience: ['researchers'], tags: [], provenance },
]);

const consent = { publicProfile: true, recordedOn: '2026-01-15' } as const;
export const talents = z.array(Talent).parse([
  { id: 'tal-chen', name: t('陈明', '陳明', 'Chen Ming'), category: 'top-scientist', field: t('集成电路', '集成電路', 'Integrated circuits'), region: 'shanghai', tags: [], consent, provenance },
  { id: 'tal-wong', name: t('黄嘉欣', '黃嘉欣', 'Wong Ka-yan'), category: 'young-talent', field: t('生物医药', '生物醫藥', 'Biomedicine'), region: 'hong-kong', tags: ['biotech'], consent, provenance },
  { id: 'tal-li', name: t('李强', '李強', 'Li Qiang'), category: 'industry-application', field: t('金融科技', '金融科技', 'Fintech'), region: 'shanghai', tags: [], consent, provenance },
]);

const source = 'https://www.gov.cn/';
export const holidays = z.array(Holiday).parse([
  { id: 'cn-2026-spring-festival-1', region: 'mainland', kind: 'holiday', date: '2026-02-16', name: t('春节', '春節', 'Spring Festival'), confidence: 'high', status: 'confirmed', source },
  { id: 'cn-2026-makeup-0214', region: 'mainland', kind: 'makeup-workday', date: '2026-02-14', name: t('调休上班', '調休上班', 'Make-up working day'), confidence: 'high', status: 'confirmed', source },
  { id: 'hk-2026-lunar-new-year-2', region: 'hong-kong', kind: 'holiday', date: '2026-02-18', name: t('农历年初二', '農曆年初二', 'The second day of Lunar New Year'), confidence: 'high', status: 'confirmed', source },
  { id: 'hk-2026-ching-ming', region: 'hong-kong', kind: 'holiday', date: '2026-04-05', name: t('清明节', '清明節', 'Ching Ming Festival'), confidence: 'high', status: 'announced', source },
]);
