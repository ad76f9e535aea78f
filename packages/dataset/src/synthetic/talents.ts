import type { Region, Talent, TalentCategoryValue } from '../types.js';
import { addDays, lt, Rng, SYNTHETIC } from '../util.js';
import { HK_BRANDS, SH_BRANDS, type Tri } from './words.js';

// [zh-Hans, zh-Hant-HK, pinyin, Cantonese romanisation]
const SURNAMES: readonly (readonly [string, string, string, string])[] = [
  ['王', '王', 'Wang', 'Wong'], ['李', '李', 'Li', 'Lee'], ['张', '張', 'Zhang', 'Cheung'], ['刘', '劉', 'Liu', 'Lau'],
  ['陈', '陳', 'Chen', 'Chan'], ['杨', '楊', 'Yang', 'Yeung'], ['黄', '黃', 'Huang', 'Wong'], ['周', '周', 'Zhou', 'Chow'],
  ['吴', '吳', 'Wu', 'Ng'], ['林', '林', 'Lin', 'Lam'], ['何', '何', 'He', 'Ho'], ['郭', '郭', 'Guo', 'Kwok'],
  ['梁', '梁', 'Liang', 'Leung'], ['罗', '羅', 'Luo', 'Law'], ['许', '許', 'Xu', 'Hui'], ['邓', '鄧', 'Deng', 'Tang'],
];
const GIVEN: readonly (readonly [string, string, string, string])[] = [
  ['思远', '思遠', 'Siyuan', 'Sze-yuen'], ['嘉怡', '嘉怡', 'Jiayi', 'Ka-yee'], ['子涵', '子涵', 'Zihan', 'Tsz-ham'],
  ['浩然', '浩然', 'Haoran', 'Ho-yin'], ['雨桐', '雨桐', 'Yutong', 'Yu-tung'], ['志明', '志明', 'Zhiming', 'Chi-ming'],
  ['晓岚', '曉嵐', 'Xiaolan', 'Hiu-laam'], ['家豪', '家豪', 'Jiahao', 'Ka-ho'], ['俊杰', '俊傑', 'Junjie', 'Chun-kit'],
  ['慧敏', '慧敏', 'Huimin', 'Wai-man'], ['文轩', '文軒', 'Wenxuan', 'Man-hin'], ['欣然', '欣然', 'Xinran', 'Yan-yin'],
  ['振华', '振華', 'Zhenhua', 'Chun-wah'], ['美玲', '美玲', 'Meiling', 'Mei-ling'], ['国栋', '國棟', 'Guodong', 'Kwok-tung'],
  ['静宜', '靜宜', 'Jingyi', 'Ching-yi'], ['立言', '立言', 'Liyan', 'Lap-yin'], ['若彤', '若彤', 'Ruotong', 'Yeuk-tung'],
];

// [field, tags]
const FIELDS: readonly (readonly [Tri, readonly string[]])[] = [
  [['合成化学', '合成化學', 'Synthetic chemistry'], ['chemistry']],
  [['集成电路设计', '集成電路設計', 'Integrated circuit design'], ['integrated-circuits']],
  [['金融科技与风控', '金融科技與風控', 'Fintech and risk'], ['fintech']],
  [['细胞与基因治疗', '細胞與基因治療', 'Cell and gene therapy'], ['biomedicine']],
  [['机器学习', '機器學習', 'Machine learning'], ['ai']],
  [['材料科学', '材料科學', 'Materials science'], ['new-materials']],
  [['服务机器人', '服務機械人', 'Service robotics'], ['robotics']],
  [['医疗器械', '醫療器械', 'Medical devices'], ['healthcare']],
  [['储能与新能源', '儲能與新能源', 'Energy storage and renewables'], ['green-energy']],
  [['城市数据科学', '城市數據科學', 'Urban data science'], ['smart-city']],
  [['科技成果转化', '科技成果轉化', 'Technology transfer'], ['technology-transfer']],
  [['数字内容与设计', '數碼內容與設計', 'Digital content and design'], ['cultural-creative']],
];

const CATEGORIES: readonly TalentCategoryValue[] = ['top-scientist', 'overseas-chinese', 'young-talent', 'industry-application'];
const AFFILIATION_KIND: Readonly<Record<TalentCategoryValue, Tri>> = {
  'top-scientist': ['研究院', '研究院', 'Institute'],
  'overseas-chinese': ['创新中心', '創新中心', 'Innovation Centre'],
  'young-talent': ['实验室', '實驗室', 'Lab'],
  'industry-application': ['科技有限公司', '科技有限公司', 'Technology Co.'],
};

/** Generated public expert profiles (no real people): all four categories, both regions. */
export function syntheticTalents(rng: Rng, count: number, anchor: string): Talent[] {
  const out: Talent[] = [];
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const category = CATEGORIES[i % CATEGORIES.length] as TalentCategoryValue;
    const region: Region = rng.chance(0.55) ? 'shanghai' : 'hong-kong';
    let s: (typeof SURNAMES)[number];
    let g: (typeof GIVEN)[number];
    do {
      s = rng.pick(SURNAMES);
      g = rng.pick(GIVEN);
    } while (used.has(s[0] + g[0]));
    used.add(s[0] + g[0]);
    const [field, fieldTags] = rng.pick(FIELDS);
    const brand = rng.pick(region === 'shanghai' ? SH_BRANDS : HK_BRANDS);
    const kind = AFFILIATION_KIND[category];
    const en = region === 'shanghai' ? `${s[2]} ${g[2]}` : `${g[3]} ${s[3]}`;
    const id = `tal-syn-${String(i + 1).padStart(3, '0')}`;
    out.push({
      id,
      name: lt(`${s[0]}${g[0]}`, `${s[1]}${g[1]}`, en),
      category,
      field: lt(field[0], field[1], field[2]),
      affiliation: lt(`${brand[0]}${kind[0]}`, `${brand[1]}${kind[1]}`, `${brand[2]} ${kind[2]}`),
      region,
      tags: [...fieldTags, category],
      consent: { publicProfile: true, recordedOn: addDays(anchor, -rng.int(30, 700)) },
      url: `https://example.org/talents/${id}`,
      provenance: SYNTHETIC,
    });
  }
  return out;
}
