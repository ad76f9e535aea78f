import type { Program } from '../types.js';
import { addDays, lt, Rng, SYNTHETIC } from '../util.js';

/** A few generated programmes dated around the anchor. */
export function syntheticPrograms(rng: Rng, anchor: string): Program[] {
  const d = (lo: number, hi: number): string => addDays(anchor, rng.int(lo, hi));
  const start1 = d(40, 80);
  const start2 = d(-60, -20);
  const start3 = d(90, 150);
  const start4 = d(20, 50);
  const start5 = d(-100, -70);
  const make = (id: string, p: Omit<Program, 'id' | 'url' | 'provenance'>): Program => ({ id, ...p, url: `https://example.org/programs/${id}`, provenance: SYNTHETIC });
  return [
    make('prog-syn-youth-exchange-camp', {
      kind: 'exchange',
      name: lt('沪港青年科创交流营', '滬港青年科創交流營', 'Shanghai–Hong Kong Youth Innovation Exchange Camp'),
      summary: lt('两地大学生互访科技园区与初创企业，为期两周。示例数据，仅供演示。', '兩地大學生互訪科技園區與初創企業，為期兩週。示例數據，僅供演示。', 'Two weeks of visits to science parks and start-ups in both cities for university students. Sample data for demonstration.'),
      organizers: [{ id: 'org-shua', name: lt('沪港大学联盟', '滬港大學聯盟', 'Shanghai–Hong Kong University Alliance (SHUA)') }],
      regions: ['shanghai', 'hong-kong'],
      start: start1,
      end: addDays(start1, 13),
      applicationDeadline: addDays(start1, -21),
      audience: ['students'],
      tags: ['sh-hk', 'exchange'],
    }),
    make('prog-syn-founder-mentorship', {
      kind: 'mentorship',
      name: lt('张江跨境创业导师计划', '張江跨境創業導師計劃', 'Zhangjiang Cross-border Founder Mentorship'),
      summary: lt('为香港创业者配对上海导师，为期六个月。示例数据，仅供演示。', '為香港創業者配對上海導師，為期六個月。示例數據，僅供演示。', 'Pairs Hong Kong founders with Shanghai mentors for six months. Sample data for demonstration.'),
      organizers: [{ id: 'org-syn-xinghai-ventures', name: lt('星海创业投资', '星海創業投資', 'Xinghai Ventures') }],
      regions: ['shanghai'],
      start: start2,
      end: addDays(start2, 182),
      audience: ['founders'],
      tags: ['mentorship', 'sh-hk'],
    }),
    make('prog-syn-ai-engineer-training', {
      kind: 'training',
      name: lt('港沪人工智能工程师培训班', '港滬人工智能工程師培訓班', 'Hong Kong–Shanghai AI Engineer Training'),
      summary: lt('为期八周的周末课程。示例数据，仅供演示。', '為期八週的週末課程。示例數據，僅供演示。', 'An eight-week weekend course. Sample data for demonstration.'),
      organizers: [{ id: 'org-hkstp', name: lt('香港科技园公司', '香港科技園公司', 'Hong Kong Science and Technology Parks Corporation (HKSTP)') }],
      regions: ['hong-kong'],
      start: start3,
      end: addDays(start3, 55),
      applicationDeadline: addDays(start3, -14),
      audience: ['students', 'companies'],
      tags: ['ai', 'training'],
    }),
    make('prog-syn-joint-research-fellowship', {
      kind: 'fellowship',
      name: lt('沪港青年科学家联合研究资助', '滬港青年科學家聯合研究資助', 'Shanghai–Hong Kong Young Scientist Joint Research Fellowship'),
      summary: lt('资助两地青年科研人员开展为期一年的合作研究。示例数据，仅供演示。', '資助兩地青年科研人員開展為期一年的合作研究。示例數據，僅供演示。', 'Funds one-year collaborations between young researchers of both cities. Sample data for demonstration.'),
      organizers: [{ id: 'org-shanghai-qimingxing-association', name: lt('上海市科创启明星协会', '上海市科創啟明星協會', 'Shanghai Qimingxing (Rising Star) Association for Science and Technology Innovation') }],
      regions: ['shanghai', 'hong-kong'],
      start: start4,
      end: addDays(start4, 364),
      applicationDeadline: addDays(start4, -30),
      audience: ['researchers'],
      tags: ['research', 'sh-hk'],
    }),
    make('prog-syn-fintech-internship', {
      kind: 'internship',
      name: lt('数码港金融科技暑期实习', '數碼港金融科技暑期實習', 'Cyberport Fintech Summer Internship'),
      summary: lt('上海高校学生赴港在金融科技初创企业实习八周。示例数据，仅供演示。', '上海院校學生赴港在金融科技初創企業實習八週。示例數據，僅供演示。', 'Eight weeks at Hong Kong fintech start-ups for students from Shanghai universities. Sample data for demonstration.'),
      organizers: [{ id: 'org-cyberport-mgmt', name: lt('香港数码港管理有限公司', '香港數碼港管理有限公司', 'Hong Kong Cyberport Management Company Limited') }],
      regions: ['hong-kong'],
      start: start5,
      end: addDays(start5, 55),
      applicationDeadline: addDays(start5, -28),
      audience: ['students'],
      tags: ['fintech', 'internship'],
    }),
  ];
}
