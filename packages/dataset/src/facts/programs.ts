import type { PartyRef, Program } from '../types.js';
import { lt, real } from '../util.js';

// Programmes named in shared/data/sample-data-facts.json. No dates are given unless a source has them.

const SHUA: PartyRef = { id: 'org-shua', name: lt('沪港大学联盟', '滬港大學聯盟', 'Shanghai–Hong Kong University Alliance (SHUA)') };
const SHUA_SOURCE = 'https://www.cneo.cuhk.edu.hk/sc/strategic-collaborations/alliances/shanghai-hong-kong-university-alliance/';

/** Researched programmes (none synthetic). */
export const REAL_PROGRAMS: readonly Program[] = [
  {
    id: 'prog-haiju-yingcai-competition',
    kind: 'competition',
    name: lt('“海聚英才”全球创新创业大赛', '「海聚英才」全球創新創業大賽', 'Haiju Yingcai Global Innovation and Entrepreneurship Competition'),
    summary: lt(
      '每年举办：冬季全球征集项目，5月分赛区选拔，6月下旬复赛，之后总决赛。第四届（2024年）征集约1.2万个项目。',
      '每年舉辦：冬季全球徵集項目，5月分賽區選拔，6月下旬複賽，之後總決賽。第四屆（2024年）徵集約1.2萬個項目。',
      'Held every year: global recruitment in winter, district rounds in May, a semi-final in late June and then a final. The 4th edition (2024) drew about 12,000 projects.',
    ),
    organizers: [{ id: 'org-haiju-yingcai-association', name: lt('上海市海聚英才发展促进会', '上海市海聚英才發展促進會', 'Shanghai Haiju Yingcai Development Promotion Association') }],
    regions: ['shanghai'],
    audience: ['founders'],
    tags: ['startup', 'talent'],
    provenance: real('https://www.shyouth.net/web/1/shouye/qingchunshanghai/info-5698.html', 'medium', 'English name is a transliteration. Edition figures come from a mirror page.'),
  },
  {
    id: 'prog-shua-summer-schools',
    kind: 'course',
    name: lt('沪港大学联盟暑期学校', '滬港大學聯盟暑期學校', 'SHUA summer schools'),
    summary: lt('联盟成员高校为两地学生开设的暑期学校。', '聯盟成員院校為兩地學生開設的暑期學校。', 'Summer schools run by the alliance\'s member universities for students of both cities.'),
    organizers: [SHUA],
    regions: ['shanghai', 'hong-kong'],
    audience: ['students'],
    tags: ['sh-hk', 'universities'],
    provenance: real(SHUA_SOURCE, 'high', 'The source lists summer schools among the alliance\'s activities without dates or programme names.'),
  },
  {
    id: 'prog-shua-internships',
    kind: 'internship',
    name: lt('沪港大学联盟实习项目', '滬港大學聯盟實習項目', 'SHUA internships'),
    summary: lt('联盟为两地学生安排的实习。', '聯盟為兩地學生安排的實習。', 'Internships arranged by the alliance for students of both cities.'),
    organizers: [SHUA],
    regions: ['shanghai', 'hong-kong'],
    audience: ['students'],
    tags: ['sh-hk', 'universities'],
    provenance: real(SHUA_SOURCE, 'high', 'The source lists internships among the alliance\'s activities without details.'),
  },
  {
    id: 'prog-shanghai-rising-star',
    kind: 'fellowship',
    name: lt('上海市“启明星”计划', '上海市「啟明星」計劃', 'Shanghai Rising-Star Programme'),
    summary: lt(
      '1991年设立，资助35岁及以下青年科研人员，2005年增设B类、2017年增设C类，累计支持3000余人。',
      '1991年設立，資助35歲及以下青年科研人員，2005年增設B類、2017年增設C類，累計支持3,000餘人。',
      'Set up in 1991 for researchers aged 35 and under; a B category was added in 2005 and a C category in 2017. More than 3,000 people supported.',
    ),
    organizers: [],
    regions: ['shanghai'],
    audience: ['researchers'],
    tags: ['talent', 'young-researchers'],
    provenance: real('http://shkjdw.gov.cn/c/2021-04-14/526947.shtml', 'high', 'The organising body is not named in the source; the Qimingxing Association is linked to the programme.'),
  },
  {
    id: 'prog-hkstp-shanghai-pharma-co-incubation',
    kind: 'mentorship',
    name: lt('香港科技园—上海医药联合孵化计划', '香港科技園—上海醫藥聯合培育計劃', 'HKSTP–Shanghai Pharma Co-Incubation Programme'),
    summary: lt(
      '01LABS@Hong Kong所依托的计划：生物医药团队在香港孵化、在上海转化。',
      '01LABS@Hong Kong所依託的計劃：生物醫藥團隊在香港培育、在上海轉化。',
      'The programme behind 01LABS@Hong Kong: biomedical teams incubate in Hong Kong and industrialise in Shanghai.',
    ),
    organizers: [
      { id: 'org-hkstp', name: lt('香港科技园公司', '香港科技園公司', 'Hong Kong Science and Technology Parks Corporation (HKSTP)') },
      { id: 'org-shanghai-pharma', name: lt('上海医药集团股份有限公司', '上海醫藥集團股份有限公司', 'Shanghai Pharmaceuticals Holding Co., Ltd.') },
    ],
    regions: ['hong-kong', 'shanghai'],
    start: '2024-01-24',
    audience: ['founders', 'companies'],
    tags: ['sh-hk', 'biomedicine'],
    provenance: real('https://hkstp.org/zh-cn/park-life/news-and-events/news/shanghai-pharmaceuticals-hong-kongshanghai-coincubator-01labshong-kong-opens-at-science-park', 'high', 'The start date is the opening of 01LABS@Hong Kong. Chinese names are renderings.'),
  },
  {
    id: 'prog-hkstp-epic',
    kind: 'competition',
    name: lt('香港科技园电梯演讲比赛（EPiC）', '香港科技園電梯演講比賽（EPiC）', 'HKSTP Elevator Pitch Competition (EPiC)'),
    summary: lt('面向全球初创企业的路演比赛；2024年一届的报名期为2023年10月16日至2024年1月8日。', '面向全球初創企業的路演比賽；2024年一屆的報名期為2023年10月16日至2024年1月8日。', 'Pitch competition for start-ups worldwide; registration for the 2024 cycle ran from 16 October 2023 to 8 January 2024.'),
    organizers: [{ id: 'org-hkstp', name: lt('香港科技园公司', '香港科技園公司', 'Hong Kong Science and Technology Parks Corporation (HKSTP)') }],
    regions: ['hong-kong'],
    audience: ['founders', 'investors'],
    tags: ['startup', 'pitch'],
    url: 'https://epic.hkstp.org',
    provenance: real('https://epic.hkstp.org/terms-and-conditions/', 'medium', 'Chinese names are renderings.'),
  },
  {
    id: 'prog-cityu-hk-tech-300-competition',
    kind: 'competition',
    name: lt('HK Tech 300 全国创业大赛', 'HK Tech 300 全國創業大賽', 'HK Tech 300 nationwide start-up competition'),
    summary: lt(
      '香港城市大学2022年首次面向香港及内地举办的创业比赛，设生物科技与健康、深科技、金融科技、信息科技与人工智能、能源与绿色科技等赛道。',
      '香港城市大學2022年首次面向香港及內地舉辦的創業比賽，設生物科技與健康、深科技、金融科技、資訊科技與人工智能、能源與綠色科技等賽道。',
      "CityU's start-up competition for Hong Kong and the mainland, first held in 2022, with tracks in biotech and health, deep tech, fintech, IT and AI, and energy and green tech.",
    ),
    organizers: [{ id: 'org-cityu', name: lt('香港城市大学', '香港城市大學', 'City University of Hong Kong') }],
    regions: ['hong-kong', 'shanghai'],
    audience: ['founders', 'students'],
    tags: ['startup', 'sh-hk'],
    url: 'https://www.cityu.edu.hk/hktech300/',
    provenance: real('https://www.cityu.edu.hk/media/press-release/2022/06/20/cityu-launches-1st-nationwide-hk-tech-300-start-competition-promote-start-entrepreneurship-hong-kong-and-mainland-china', 'high', 'Chinese names are renderings. Regions include Shanghai because the competition is open to mainland teams.'),
  },
];
