import type { Confidence, LocalizedText, ParameterValue, Policy, PolicyCitation, RuleParameter, RuleVersion } from '../types.js';
import { lt, real } from '../util.js';

// Subsidy and support programmes from shared/data/policy-rules.md and policy-rules-addendum.md (the
// addendum wins where they differ). Confidence: OFFICIAL → high, SECONDARY → medium, WEAK → low. A figure
// the research did not find is `{ type: 'unknown' }`, never a guess. Versions split wherever a parameter
// changes on a known date; where a start date had to be inferred, the policy's provenance note says so.
// Source URLs recorded without a scheme in the research are given here with https://.

type Unit = 'months' | 'years' | 'people' | 'times' | 'days';
const cny = (yuan: number): ParameterValue => ({ type: 'money', money: { amountMinor: Math.round(yuan * 100), currency: 'CNY' } });
const hkd = (dollars: number): ParameterValue => ({ type: 'money', money: { amountMinor: Math.round(dollars * 100), currency: 'HKD' } });
const bp = (basisPoints: number): ParameterValue => ({ type: 'rate', basisPoints });
const count = (value: number, unit: Unit): ParameterValue => ({ type: 'count', value, unit });
const UNKNOWN: ParameterValue = { type: 'unknown' };

function param(key: string, label: LocalizedText, value: ParameterValue, confidence: Confidence, citationIds: string[], note?: LocalizedText): RuleParameter {
  const p: RuleParameter = { key, label, value, confidence, citationIds };
  if (note) p.note = note;
  return p;
}

function version(id: string, effectiveFrom: string, effectiveTo: string | null, parameters: RuleParameter[], citationIds: string[]): RuleVersion {
  return { id, effectiveFrom, effectiveTo, parameters, citationIds };
}

function cite(
  id: string,
  issuer: LocalizedText,
  title: LocalizedText,
  confidence: Confidence,
  extra: { documentNumber?: string; url?: string; issuedOn?: string; effectiveFrom?: string } = {},
): PolicyCitation {
  return { id, issuer, title, ...extra, retrievedOn: '2026-11-27', confidence };
}

/** A citation already defined for another programme, by id. */
function reuse(list: readonly PolicyCitation[], id: string): PolicyCitation {
  const found = list.find((c) => c.id === id);
  if (!found) throw new Error(`No citation ${id}`);
  return found;
}

// ——— Shared issuers and labels ———
const SH_HRSS = lt('上海市人力资源和社会保障局', '上海市人力資源和社會保障局', 'Shanghai Municipal Human Resources and Social Security Bureau');
const SH_HRSS_FIN_EDU = lt('上海市人力资源和社会保障局、上海市财政局、上海市教育委员会', '上海市人力資源和社會保障局、上海市財政局、上海市教育委員會', 'Shanghai HRSS Bureau, Finance Bureau and Education Commission');
const SH_PORTAL = lt('上海市人民政府英文门户网站', '上海市人民政府英文門戶網站', 'Shanghai Municipal Government English portal');
const SH_HEALTHCARE_SECURITY = lt('上海市医疗保障局', '上海市醫療保障局', 'Shanghai Healthcare Security Administration');
const MEDIA = lt('新闻媒体', '新聞媒體', 'News media');
const GUIDE = lt('第三方办事指南', '第三方辦事指南', 'Third-party guide');
const REPO = lt('公开代码仓库中的资料整理', '公開代碼倉庫中的資料整理', 'Compilation in a public code repository');

const L = {
  subsidyRate: lt('补贴比例', '補貼比例', 'Subsidy rate'),
  headcountCap: lt('每月补贴人数上限', '每月補貼人數上限', 'Maximum people subsidised per month'),
  maxMonths: lt('最长补贴期限（自登记注册起）', '最長補貼期限（自登記註冊起）', 'Maximum period from registration'),
  minEmployedMonths: lt('吸纳就业并缴纳社保的最短月数', '吸納就業並繳納社保的最短月數', 'Minimum months of employing and insuring staff'),
  baseLowerLimit: lt('社保缴费基数下限（每月）', '社保繳費基數下限（每月）', 'Contribution-base lower limit (per month)'),
  pension: lt('单位养老保险缴费比例', '單位養老保險繳費比例', 'Employer pension contribution rate'),
  medical: lt('单位医疗保险（含生育）缴费比例', '單位醫療保險（含生育）繳費比例', 'Employer medical contribution rate (incl. maternity)'),
  unemployment: lt('单位失业保险缴费比例', '單位失業保險繳費比例', 'Employer unemployment contribution rate'),
};

// ——— 1. Start-up social-insurance subsidy ———
const siCitations: PolicyCitation[] = [
  cite('cit-sh-hrss-2018-37', SH_HRSS_FIN_EDU, lt('沪人社规〔2018〕37号：鼓励创业带动就业专项行动计划实施通知', '滬人社規〔2018〕37號：鼓勵創業帶動就業專項行動計劃實施通知', 'Notice on implementing the special action plan for entrepreneurship-driven employment (No. 37 [2018])'), 'medium', { documentNumber: '沪人社规〔2018〕37号' }),
  cite('cit-sh-hrss-2023-1', SH_HRSS_FIN_EDU, lt('沪人社规〔2023〕1号：进一步完善本市创业扶持措施的通知', '滬人社規〔2023〕1號：進一步完善本市創業扶持措施的通知', "Notice on further improving the city's entrepreneurship support measures (No. 1 [2023])"), 'medium', { documentNumber: '沪人社规〔2023〕1号', url: 'https://bm.manmankan.com/shanghai/202308/14836.shtml' }),
  cite('cit-en-sh-si-subsidy-2024', SH_PORTAL, lt('了解上海初创期创业组织社会保险费补贴', '了解上海初創期創業組織社會保險費補貼', 'Get to know social insurance subsidy for early-stage startups in Shanghai'), 'high', { issuedOn: '2024-10-22' }),
  cite('cit-lbzsjcj-2024', GUIDE, lt('初创期创业组织社会保险费补贴办理指南（2024年3月）', '初創期創業組織社會保險費補貼辦理指南（2024年3月）', 'Guide to the start-up social-insurance subsidy (March 2024)'), 'medium', { url: 'https://lbzsjcj.com/2024/0327/c2890a129677/page.html' }),
  cite('cit-acbc-si-subsidy', GUIDE, lt('上海初创期社保补贴摘要（acbcshanghai.com）', '上海初創期社保補貼摘要（acbcshanghai.com）', 'Summary of the Shanghai start-up social-insurance subsidy (acbcshanghai.com)'), 'medium'),
  cite('cit-sh-base-2023', MEDIA, lt('新民晚报：2023年度上海社保缴费基数', '新民晚報：2023年度上海社保繳費基數', 'Xinmin Evening News: Shanghai contribution base for 2023'), 'medium', { url: 'https://guizhou.mrce.com.cn/zh/2023/0701/8396.html', issuedOn: '2023-07-01', effectiveFrom: '2023-07-01' }),
  cite('cit-sh-base-2024', GUIDE, lt('2024年度上海社保缴费基数（acbcshanghai.com）', '2024年度上海社保繳費基數（acbcshanghai.com）', 'Shanghai contribution base for 2024 (acbcshanghai.com)'), 'medium', { url: 'https://acbcshanghai.com/p-127/id-502.html', effectiveFrom: '2024-07-01' }),
  cite('cit-sh-base-2025', SH_HRSS, lt('2025年度本市职工社会保险缴费基数上下限公告', '2025年度本市職工社會保險繳費基數上下限公告', 'Announcement of the 2025 contribution-base limits'), 'medium', { url: 'https://rsj.sh.gov.cn/tgsgg_17341/20250918/t0035_1435637.html', effectiveFrom: '2025-07-01' }),
  cite('cit-sh-base-2026', SH_HRSS, lt('2026年度本市职工社会保险缴费基数上下限公告', '2026年度本市職工社會保險繳費基數上下限公告', 'Announcement of the 2026 contribution-base limits'), 'low', { url: 'https://rsj.sh.gov.cn/tgsgg_17341/20260818/t0035_1443203.html', issuedOn: '2026-08-18', effectiveFrom: '2026-07-01' }),
  cite('cit-i-admin-2019', GUIDE, lt('i-admin：2019年5月1日起上海社保费率调整', 'i-admin：2019年5月1日起上海社保費率調整', 'i-admin: Shanghai contribution rates from 1 May 2019'), 'medium', { effectiveFrom: '2019-05-01' }),
  cite('cit-sh-medical-2025', SH_HEALTHCARE_SECURITY, lt('沪医保规〔2025〕2号（职工医保单位缴费比例）', '滬醫保規〔2025〕2號（職工醫保單位繳費比例）', 'No. 2 [2025] on the employer medical contribution rate'), 'low', { documentNumber: '沪医保规〔2025〕2号', url: 'https://shanghai.chinatax.gov.cn/zzzb/zcwj/202508/t477427.html', effectiveFrom: '2025-03-01' }),
  cite('cit-sh-medical-2026', SH_HEALTHCARE_SECURITY, lt('沪医保规〔2026〕2号（职工医保单位缴费比例）', '滬醫保規〔2026〕2號（職工醫保單位繳費比例）', 'No. 2 [2026] on the employer medical contribution rate'), 'low', { documentNumber: '沪医保规〔2026〕2号', url: 'https://ybj.sh.gov.cn/gfxwj/20260313/921e047144694b61b6df8ca0c5ef2cfc.html', effectiveFrom: '2026-03-01' }),
  cite('cit-sh-unemployment-2025', SH_HRSS, lt('2025年失业保险费率通知', '2025年失業保險費率通知', 'Notice on the 2025 unemployment insurance rate'), 'low', { url: 'https://rsj.sh.gov.cn/tshbx_17729/20250103/t0035_1429759.html' }),
];

const NOT_RESEARCHED = lt('该时期的数值未经研究。', '該時期的數值未經研究。', 'Not researched for this period.');
const MEDICAL_CONFLICT = lt('资料在10%与10.5%之间冲突，未能确定。', '資料在10%與10.5%之間衝突，未能確定。', 'Sources conflict between 10% and 10.5%; unresolved.');

interface SiPeriod {
  id: string;
  from: string;
  to: string | null;
  doc: 'cit-sh-hrss-2018-37' | 'cit-sh-hrss-2023-1';
  base: [ParameterValue, Confidence, string[]];
  pension: [ParameterValue, Confidence, string[]];
  medical: [ParameterValue, Confidence, string[], LocalizedText?];
  unemployment: [ParameterValue, Confidence, string[], LocalizedText?];
}

function siVersion(p: SiPeriod): RuleVersion {
  const rules = [p.doc, 'cit-en-sh-si-subsidy-2024'];
  const caps = [p.doc, 'cit-acbc-si-subsidy', 'cit-lbzsjcj-2024'];
  const baseNote = p.base[0].type === 'unknown' ? NOT_RESEARCHED : undefined;
  return version(p.id, p.from, p.to, [
    param('subsidyRate', L.subsidyRate, bp(5000), 'high', rules, lt('按缴费基数下限计算的单位养老、医疗、失业保险缴费之和的50%。', '按繳費基數下限計算的單位養老、醫療、失業保險繳費之和的50%。', '50% of the employer share of pension, medical and unemployment insurance, computed on the base lower limit.')),
    param('headcountCap', L.headcountCap, count(8, 'people'), 'medium', caps),
    param('maxMonthsFromRegistration', L.maxMonths, count(36, 'months'), 'medium', caps),
    param('minEmployedMonths', L.minEmployedMonths, count(6, 'months'), 'high', rules),
    param('baseLowerLimit', L.baseLowerLimit, p.base[0], p.base[1], p.base[2], baseNote),
    param('employerPensionRate', L.pension, p.pension[0], p.pension[1], p.pension[2], p.pension[0].type === 'unknown' ? NOT_RESEARCHED : undefined),
    param('employerMedicalRate', L.medical, p.medical[0], p.medical[1], p.medical[2], p.medical[3]),
    param('employerUnemploymentRate', L.unemployment, p.unemployment[0], p.unemployment[1], p.unemployment[2], p.unemployment[3]),
  ], [p.doc]);
}

const PENSION: [ParameterValue, Confidence, string[]] = [bp(1600), 'medium', ['cit-i-admin-2019']];
const UNEMP: [ParameterValue, Confidence, string[]] = [bp(50), 'medium', ['cit-i-admin-2019', 'cit-sh-unemployment-2025']];
const UNEMP_2026: [ParameterValue, Confidence, string[], LocalizedText] = [bp(50), 'low', ['cit-sh-unemployment-2025'], lt('实际按0.5%执行，但未找到2026年的依据文件。', '實際按0.5%執行，但未找到2026年的依據文件。', 'Applied at 0.5% in practice; no 2026 instrument was found.')];
const MED_9: [ParameterValue, Confidence, string[], LocalizedText] = [bp(900), 'low', ['cit-sh-medical-2025', 'cit-sh-medical-2026'], lt('8.5%基本医保（含生育）加0.5%地方附加；附加部分是否计入补贴未知。', '8.5%基本醫保（含生育）加0.5%地方附加；附加部分是否計入補貼未知。', '8.5% basic (incl. maternity) plus 0.5% local supplement; whether the supplement counts toward the subsidy is unknown.')];
const MED_UNKNOWN: [ParameterValue, Confidence, string[], LocalizedText] = [UNKNOWN, 'low', ['cit-i-admin-2019'], MEDICAL_CONFLICT];

const socialInsurance: Policy = {
  id: 'sh-startup-social-insurance-subsidy',
  kind: 'subsidy',
  jurisdiction: 'shanghai',
  name: lt('初创期创业组织社会保险费补贴', '初創期創業組織社會保險費補貼', 'Social-insurance subsidy for start-ups'),
  summary: lt(
    '在沪登记3年内的小微企业、个体工商户、农民专业合作社或民办非企业单位，吸纳就业并缴纳社保满6个月的，按缴费基数下限补贴单位缴费的50%，每月最多8人、最长36个月。据2023年办事指南，持港澳台居民居住证的法定代表人亦可申请。',
    '在滬登記3年內的小微企業、個體工商戶、農民專業合作社或民辦非企業單位，吸納就業並繳納社保滿6個月的，按繳費基數下限補貼單位繳費的50%，每月最多8人、最長36個月。據2023年辦事指南，持港澳台居民居住證的法定代表人亦可申請。',
    'Small and micro enterprises, individual businesses, farmer cooperatives and private non-enterprise units registered in Shanghai within 3 years, that have employed and insured staff for 6 months, get 50% of the employer contribution on the base lower limit, for up to 8 people a month and 36 months. According to a 2023 guide, legal representatives holding the Hong Kong/Macao/Taiwan residence permit qualify.',
  ),
  status: 'open',
  versions: [
    siVersion({ id: 'sh-si-subsidy-2018-12', from: '2018-12-01', to: '2022-12-31', doc: 'cit-sh-hrss-2018-37', base: [UNKNOWN, 'low', ['cit-sh-hrss-2018-37']], pension: [UNKNOWN, 'low', ['cit-i-admin-2019']], medical: [UNKNOWN, 'low', ['cit-i-admin-2019'], NOT_RESEARCHED], unemployment: [UNKNOWN, 'low', ['cit-i-admin-2019'], NOT_RESEARCHED] }),
    siVersion({ id: 'sh-si-subsidy-2023-01', from: '2023-01-01', to: '2023-06-30', doc: 'cit-sh-hrss-2023-1', base: [UNKNOWN, 'low', ['cit-sh-base-2023']], pension: PENSION, medical: MED_UNKNOWN, unemployment: UNEMP }),
    siVersion({ id: 'sh-si-subsidy-2023-07', from: '2023-07-01', to: '2024-06-30', doc: 'cit-sh-hrss-2023-1', base: [cny(7310), 'medium', ['cit-sh-base-2023']], pension: PENSION, medical: MED_UNKNOWN, unemployment: UNEMP }),
    siVersion({ id: 'sh-si-subsidy-2024-07', from: '2024-07-01', to: '2025-02-28', doc: 'cit-sh-hrss-2023-1', base: [cny(7384), 'medium', ['cit-sh-base-2024']], pension: PENSION, medical: MED_UNKNOWN, unemployment: UNEMP }),
    siVersion({ id: 'sh-si-subsidy-2025-03', from: '2025-03-01', to: '2025-06-30', doc: 'cit-sh-hrss-2023-1', base: [cny(7384), 'medium', ['cit-sh-base-2024']], pension: PENSION, medical: MED_9, unemployment: UNEMP }),
    siVersion({ id: 'sh-si-subsidy-2025-07', from: '2025-07-01', to: '2025-12-31', doc: 'cit-sh-hrss-2023-1', base: [cny(7460), 'medium', ['cit-sh-base-2025']], pension: PENSION, medical: MED_9, unemployment: UNEMP }),
    siVersion({ id: 'sh-si-subsidy-2026-01', from: '2026-01-01', to: '2026-06-30', doc: 'cit-sh-hrss-2023-1', base: [cny(7460), 'medium', ['cit-sh-base-2025']], pension: PENSION, medical: MED_9, unemployment: UNEMP_2026 }),
    siVersion({ id: 'sh-si-subsidy-2026-07', from: '2026-07-01', to: null, doc: 'cit-sh-hrss-2023-1', base: [cny(7546), 'low', ['cit-sh-base-2026']], pension: PENSION, medical: MED_9, unemployment: UNEMP_2026 }),
  ],
  citations: siCitations,
  provenance: real('unverified', 'medium', 'The switch from No. 37 [2018] to No. 1 [2023] is dated 2023-01-01 by inference: the 2018 rules are reported valid to 2022-12-31, and the effective date of No. 1 [2023] was not found. Versions from July follow the yearly contribution base (announced late, with effect back to 1 July). The medical rate in force 2020 to 2025-02 is unresolved. The 2023-01 to 2023-06 base lower limit was not researched.'),
};

// ——— 2. Guaranteed start-up loan with interest subsidy ———
const loanCitations: PolicyCitation[] = [
  cite('cit-sh-loan-measures-2024', lt('上海市财政局、上海市人力资源和社会保障局、中国人民银行上海市分行', '上海市財政局、上海市人力資源和社會保障局、中國人民銀行上海市分行', 'Shanghai Finance Bureau, HRSS Bureau and PBoC Shanghai Branch'), lt('关于印发修订后的《上海市创业担保贷款实施办法》的通知', '關於印發修訂後的《上海市創業擔保貸款實施辦法》的通知', 'Notice on issuing the revised Shanghai Entrepreneurship Guaranteed Loan Implementation Measures'), 'high', { url: 'https://czj.sh.gov.cn/zys_8908/zcfg_8983/zcfb_8985/shbz_9024/20240619/xxfboswf0000002863.html', issuedOn: '2024-06-12' }),
  cite('cit-aiae1-loan-notes', REPO, lt('学生协会网站引述的沪财发〔2024〕4号及〔2024〕5号（贴息）', '學生協會網站引述的滬財發〔2024〕4號及〔2024〕5號（貼息）', 'Student-association site quoting No. 4 [2024] and the interest-subsidy notice No. 5 [2024]'), 'low', { documentNumber: '沪财发〔2024〕4号' }),
  cite('cit-en-sh-loans-2024', SH_PORTAL, lt('上海为初创企业和中小企业提供更多贷款支持', '上海為初創企業和中小企業提供更多貸款支持', 'Shanghai offers more loan support for start-ups and SMEs'), 'high', { issuedOn: '2024-10-29' }),
  cite('cit-shine-loans-2024', MEDIA, lt('SHINE：上海为初创企业和中小企业提供更多贷款', 'SHINE：上海為初創企業和中小企業提供更多貸款', 'SHINE: Shanghai offers more loans for startups, SMEs (October 2024)'), 'medium'),
  cite('cit-jiemian-loans-2024', MEDIA, lt('界面新闻（东方财富转载）：上海创业担保贷款新政', '界面新聞（東方財富轉載）：上海創業擔保貸款新政', 'Jiemian via Eastmoney: the new Shanghai guaranteed-loan rules'), 'medium', { issuedOn: '2024-10-06' }),
  cite('cit-nbd-loans-2024', MEDIA, lt('每日经济新闻：2024上海创业担保贷款申请条件', '每日經濟新聞：2024上海創業擔保貸款申請條件', 'NBD: 2024 eligibility for Shanghai guaranteed start-up loans'), 'medium'),
  cite('cit-huangpu-loan-explainer', lt('黄浦区就业促进中心', '黃浦區就業促進中心', 'Huangpu District employment office'), lt('创业担保贷款新政解读（官方微信公众号）', '創業擔保貸款新政解讀（官方微信公眾號）', 'Explainer of the revised loan measures (official WeChat account)'), 'medium', { url: 'https://mp.weixin.qq.com/s/J5GHjHKBw7_kA6nKH8FPVA' }),
  cite('cit-hanjiang-loans', GUIDE, lt('汉江资讯：个人创业担保贷款期限与利率', '漢江資訊：個人創業擔保貸款期限與利率', 'Hanjiang news: term and rate of the individual loan'), 'low'),
  cite('cit-sh-loan-2018-extension', lt('上海市财政局', '上海市財政局', 'Shanghai Municipal Finance Bureau'), lt('沪财发〔2018〕6号延期通知（转载）', '滬財發〔2018〕6號延期通知（轉載）', 'Notice extending No. 6 [2018] (repost)'), 'medium', { documentNumber: '沪财发〔2018〕6号', effectiveFrom: '2023-10-08' }),
  cite('cit-lpr-2023-08', MEDIA, lt('一年期LPR下调至3.45%', '一年期LPR下調至3.45%', 'One-year LPR cut to 3.45%'), 'medium', { issuedOn: '2023-08-21', effectiveFrom: '2023-08-21' }),
  cite('cit-lpr-2024-07', MEDIA, lt('一年期LPR下调至3.35%', '一年期LPR下調至3.35%', 'One-year LPR cut to 3.35%'), 'medium', { issuedOn: '2024-07-22', effectiveFrom: '2024-07-22' }),
  cite('cit-lpr-2024-10', MEDIA, lt('一年期LPR下调至3.10%（新华社）', '一年期LPR下調至3.10%（新華社）', 'One-year LPR cut to 3.10% (Xinhua)'), 'medium', { issuedOn: '2024-10-21', effectiveFrom: '2024-10-21' }),
  cite('cit-lpr-2025-05', MEDIA, lt('一年期LPR下调至3.00%（标普全球）', '一年期LPR下調至3.00%（標普全球）', 'One-year LPR cut to 3.00% (S&P Global)'), 'medium', { issuedOn: '2025-05-20', effectiveFrom: '2025-05-20' }),
  cite('cit-lpr-2026-01', MEDIA, lt('一年期LPR维持3.00%（新华社）', '一年期LPR維持3.00%（新華社）', 'One-year LPR held at 3.00% (Xinhua)'), 'medium', { url: 'https://en.people.cn/n3/2026/0120/c90000-20416397.html', issuedOn: '2026-01-20' }),
];

function loanVersion(id: string, from: string, to: string | null, lpr: number, lprCitation: string, lprNote?: LocalizedText): RuleVersion {
  const measures = ['cit-sh-loan-measures-2024', 'cit-en-sh-loans-2024'];
  return version(id, from, to, [
    param('preStartupLoanCap', lt('创业前贷款额度上限', '創業前貸款額度上限', 'Pre-start-up loan cap'), cny(200_000), 'medium', ['cit-shine-loans-2024']),
    param('preStartupLoanTerm', lt('创业前贷款期限上限', '創業前貸款期限上限', 'Pre-start-up loan maximum term'), count(1, 'years'), 'medium', ['cit-shine-loans-2024']),
    param('preStartupMaxAge', lt('创业前贷款申请人年龄上限', '創業前貸款申請人年齡上限', 'Pre-start-up applicant maximum age'), count(35, 'years'), 'high', ['cit-en-sh-loans-2024', 'cit-nbd-loans-2024']),
    param('individualLoanCap', lt('个人创业担保贷款额度上限', '個人創業擔保貸款額度上限', 'Individual loan cap'), cny(500_000), 'medium', ['cit-shine-loans-2024']),
    param('individualLoanTerm', lt('个人贷款期限上限', '個人貸款期限上限', 'Individual loan maximum term'), count(3, 'years'), 'low', ['cit-shine-loans-2024', 'cit-hanjiang-loans'], lt('来源措辞含糊，可能指企业成立年限。', '來源措辭含糊，可能指企業成立年限。', 'The source wording is ambiguous and may mean company age.')),
    param('organisationLoanCap', lt('创业组织贷款额度上限', '創業組織貸款額度上限', 'Organisation loan cap'), cny(4_000_000), 'high', measures),
    param('organisationLoanCapKeyIndustries', lt('先导及重点产业创业组织贷款额度上限', '先導及重點產業創業組織貸款額度上限', 'Organisation loan cap, leading and key industries'), cny(5_000_000), 'high', measures, lt('产业分类名单未找到。', '產業分類名單未找到。', 'The list of qualifying industries was not found.')),
    param('organisationLoanTerm', lt('创业组织贷款期限上限', '創業組織貸款期限上限', 'Organisation loan maximum term'), count(2, 'years'), 'medium', ['cit-en-sh-loans-2024']),
    param('guaranteeFee', lt('担保费', '擔保費', 'Guarantee fee'), cny(0), 'medium', ['cit-en-sh-loans-2024']),
    param('rateCeilingOverLpr', lt('贷款利率上限（高于一年期LPR）', '貸款利率上限（高於一年期LPR）', 'Interest-rate ceiling above the 1-year LPR'), bp(50), 'high', ['cit-en-sh-loans-2024', 'cit-hanjiang-loans'], lt('个人贷款适用同一上限仅见于弱来源。', '個人貸款適用同一上限僅見於弱來源。', 'That the same ceiling applies to the individual loan rests on a weak source only.')),
    param('referenceLpr1y', lt('一年期贷款市场报价利率（LPR）', '一年期貸款市場報價利率（LPR）', 'One-year Loan Prime Rate (LPR)'), bp(lpr), 'medium', [lprCitation], lprNote),
    param('interestSubsidyShare', lt('贴息比例（占实际贷款利率）', '貼息比例（佔實際貸款利率）', 'Interest subsidy (share of the actual loan rate)'), bp(5000), 'medium', ['cit-jiemian-loans-2024', 'cit-aiae1-loan-notes'], lt('按期还本付息（含提前还款）后申请；展期、逾期和借新还旧贷款除外。', '按期還本付息（含提前還款）後申請；展期、逾期和借新還舊貸款除外。', 'Claimed after on-time repayment (early repayment counts); extended, overdue and refinanced loans are excluded.')),
    param('maxSubsidisedLoans', lt('每人享受贴息次数上限', '每人享受貼息次數上限', 'Maximum subsidised loans per borrower'), count(3, 'times'), 'low', ['cit-aiae1-loan-notes']),
    param('partnershipCapShare', lt('合伙创业贷款上限（占个人额度之和）', '合夥創業貸款上限（佔個人額度之和）', 'Partnership loan cap (share of the sum of individual caps)'), bp(11_000), 'medium', ['cit-huangpu-loan-explainer'], lt('且不超过创业组织贷款上限。', '且不超過創業組織貸款上限。', 'Never above the organisation loan cap.')),
    param('hiringKeyGroupShare', lt('招用重点群体占在职职工比例（方案A）', '招用重點群體佔在職職工比例（方案A）', 'New hires from key groups as a share of staff (option A)'), bp(1000), 'medium', ['cit-nbd-loans-2024', 'cit-jiemian-loans-2024'], lt('职工超过100人的为5%。', '職工超過100人的為5%。', '5% for organisations with more than 100 staff.')),
    param('hiringLocalShare', lt('吸纳本市劳动者占职工比例（方案B）', '吸納本市勞動者佔職工比例（方案B）', 'Local workers as a share of staff (option B)'), bp(1500), 'medium', ['cit-nbd-loans-2024', 'cit-jiemian-loans-2024'], lt('职工超过100人的为8%；“本市劳动者”的定义未找到。', '職工超過100人的為8%；「本市勞動者」的定義未找到。', '8% for more than 100 staff; the definition of "local workers" was not found.')),
    param('subsidyApplicationDeadline', lt('贴息申请期限', '貼息申請期限', 'Deadline to claim the interest subsidy'), UNKNOWN, 'low', ['cit-sh-loan-measures-2024']),
  ], ['cit-sh-loan-measures-2024', 'cit-aiae1-loan-notes']);
}

const LATEST_LPR = lt('最近一次确认为2026年1月20日；之后的数值未经研究。', '最近一次確認為2026年1月20日；之後的數值未經研究。', 'Last confirmed on 2026-01-20; later values not researched.');

const loan: Policy = {
  id: 'sh-guaranteed-startup-loan',
  kind: 'loan',
  jurisdiction: 'shanghai',
  name: lt('创业担保贷款及贴息', '創業擔保貸款及貼息', 'Guaranteed start-up loan and interest subsidy'),
  summary: lt(
    '创业前贷款最高20万元、个人贷款最高50万元、创业组织贷款最高400万元（先导及重点产业500万元），利率不高于LPR加0.5个百分点，按期还款后贴息为实际利率的50%。持港澳台居民居住证者可申请个人贷款。这是贷款额度，不是补助。',
    '創業前貸款最高20萬元、個人貸款最高50萬元、創業組織貸款最高400萬元（先導及重點產業500萬元），利率不高於LPR加0.5個百分點，按期還款後貼息為實際利率的50%。持港澳台居民居住證者可申請個人貸款。這是貸款額度，不是補助。',
    'Pre-start-up loans up to CNY 200,000, individual loans up to CNY 500,000 and organisation loans up to CNY 4 million (5 million in leading and key industries), at no more than LPR + 0.5 pp, with 50% of the actual rate refunded after on-time repayment. Holders of the Hong Kong/Macao/Taiwan residence permit can apply for the individual loan. A loan ceiling, not a grant.',
  ),
  status: 'open',
  versions: [
    version('sh-loan-2023-10', '2023-10-08', '2024-05-30', [
      param('organisationLoanCap', lt('创业组织贷款额度上限', '創業組織貸款額度上限', 'Organisation loan cap'), cny(3_000_000), 'medium', ['cit-sh-loan-2018-extension', 'cit-en-sh-loans-2024'], lt('2024年修订前的额度。', '2024年修訂前的額度。', 'The cap before the 2024 revision.')),
      param('interestSubsidyShare', lt('贴息比例', '貼息比例', 'Interest subsidy'), UNKNOWN, 'low', ['cit-sh-loan-2018-extension']),
    ], ['cit-sh-loan-2018-extension']),
    loanVersion('sh-loan-2024-05', '2024-05-31', '2024-07-21', 345, 'cit-lpr-2023-08'),
    loanVersion('sh-loan-2024-07', '2024-07-22', '2024-10-20', 335, 'cit-lpr-2024-07'),
    loanVersion('sh-loan-2024-10', '2024-10-21', '2025-05-19', 310, 'cit-lpr-2024-10'),
    loanVersion('sh-loan-2025-05', '2025-05-20', null, 300, 'cit-lpr-2025-05', LATEST_LPR),
  ],
  citations: loanCitations,
  url: 'https://czj.sh.gov.cn/zys_8908/zcfg_8983/zcfb_8985/shbz_9024/20240619/xxfboswf0000002863.html',
  provenance: real('https://czj.sh.gov.cn/zys_8908/zcfg_8983/zcfb_8985/shbz_9024/20240619/xxfboswf0000002863.html', 'high', 'The 2024 measures were signed on 2024-06-12; their effective date is inferred as 2024-05-31 (the old rules were extended to 2024-05-30 and the 50% subsidy applies to loans from 2024-05-31). Expiry unknown. Versions after that split only where the 1-year LPR changed. The earlier version covers the extension of No. 6 [2018] from 2023-10-08.'),
};

// ——— 3. Incubation workstation (site-fee) subsidy ———
const workstationCitations: PolicyCitation[] = [
  reuse(siCitations, 'cit-sh-hrss-2018-37'),
  reuse(siCitations, 'cit-sh-hrss-2023-1'),
  cite('cit-sicp-workstation-guide-2022', GUIDE, lt('上海某高职院校创业网站：创业团队孵化场地费补贴指南', '上海某高職院校創業網站：創業團隊孵化場地費補貼指南', 'Shanghai polytechnic entrepreneurship site: guide to the team incubation site-fee subsidy'), 'medium', { issuedOn: '2022-06-20' }),
  cite('cit-aiae1-workstation', REPO, lt('学生协会网站引述的沪人社规〔2023〕1号（场地费补贴）', '學生協會網站引述的滬人社規〔2023〕1號（場地費補貼）', 'Student-association site quoting No. 1 [2023] on the site-fee subsidy'), 'low'),
  reuse(siCitations, 'cit-lbzsjcj-2024'),
];

function workstationParams(doc: string, extra: string[]): RuleParameter[] {
  return [
    param('maxAmount', lt('每个团队补贴上限', '每個團隊補貼上限', 'Maximum per team'), cny(10_000), 'medium', [doc, ...extra]),
    param('maxMonths', lt('最多补贴月数', '最多補貼月數', 'Maximum months of fees'), count(6, 'months'), 'medium', [doc, ...extra]),
    param('applyWithinMonths', lt('登记注册后申请期限', '登記註冊後申請期限', 'Apply within (after registration)'), count(6, 'months'), doc === 'cit-sh-hrss-2018-37' ? 'medium' : 'low', [doc, ...extra]),
  ];
}

const workstation: Policy = {
  id: 'sh-incubation-workstation-subsidy',
  kind: 'subsidy',
  jurisdiction: 'shanghai',
  name: lt('创业团队孵化场地费补贴', '創業團隊孵化場地費補貼', 'Incubation site-fee (workstation) subsidy for start-up teams'),
  summary: lt(
    '在市级创业孵化示范基地孵化的创业团队，登记注册后可按入驻至注册期间实际支付的场地费获补贴，最多6个月、每队不超过1万元，须在注册后6个月内申请。',
    '在市級創業孵化示範基地孵化的創業團隊，登記註冊後可按入駐至註冊期間實際支付的場地費獲補貼，最多6個月、每隊不超過1萬元，須在註冊後6個月內申請。',
    'Teams incubated at a municipal incubation demonstration base get back the site fees paid between entering the base and registering their business: at most 6 months of fees and CNY 10,000 per team, claimed within 6 months of registration.',
  ),
  status: 'open',
  versions: [
    version('sh-workstation-2018-12', '2018-12-01', '2022-12-31', workstationParams('cit-sh-hrss-2018-37', ['cit-sicp-workstation-guide-2022']), ['cit-sh-hrss-2018-37']),
    version('sh-workstation-2023-01', '2023-01-01', null, workstationParams('cit-sh-hrss-2023-1', ['cit-aiae1-workstation', 'cit-lbzsjcj-2024']), ['cit-sh-hrss-2023-1']),
  ],
  citations: workstationCitations,
  provenance: real('unverified', 'medium', 'Whether Hong Kong founders qualify is not stated. The 2023-01-01 start of No. 1 [2023] is inferred, as for the social-insurance subsidy. Teams that joined a base after it lost its municipal title are excluded (weak source).'),
};

// ——— 4. Pudong overlay on the site-fee subsidy ———
const pudongWorkstation: Policy = {
  id: 'pd-incubation-workstation-subsidy',
  kind: 'subsidy',
  jurisdiction: 'pudong',
  name: lt('浦东新区创业孵化场地费一次性补贴', '浦東新區創業孵化場地費一次性補貼', 'Pudong one-off incubation site-fee subsidy'),
  summary: lt(
    '在浦东认定的孵化基地入驻、并在6个月内于浦东登记注册的，一次性补贴实际支付的场地或工位费，上限1万元。',
    '在浦東認定的孵化基地入駐、並在6個月內於浦東登記註冊的，一次性補貼實際支付的場地或工位費，上限1萬元。',
    'One-off refund of site or workstation fees actually paid at a recognised Pudong base, for teams that register in Pudong within 6 months; capped at CNY 10,000.',
  ),
  status: 'open',
  versions: [
    version('pd-workstation-2023-01', '2023-01-01', null, [
      param('maxAmount', lt('补贴上限', '補貼上限', 'Maximum'), cny(10_000), 'low', ['cit-pudong-2023-1']),
      param('registerWithinMonths', lt('入驻后登记注册期限', '入駐後登記註冊期限', 'Register within (after entry)'), count(6, 'months'), 'low', ['cit-pudong-2023-1']),
    ], ['cit-pudong-2023-1']),
  ],
  citations: [
    cite('cit-pudong-2023-1', lt('上海市浦东新区人民政府', '上海市浦東新區人民政府', 'Pudong New Area People\'s Government'), lt('浦府规〔2023〕1号实施细则（转载）', '浦府規〔2023〕1號實施細則（轉載）', 'Implementation rules under No. 1 [2023] of the Pudong Government (mirror)'), 'low', { documentNumber: '浦府规〔2023〕1号', effectiveFrom: '2023-01-01' }),
  ],
  provenance: real('unverified', 'low', 'Seen only on a mirror host.'),
};

// ——— 5. First-time founder one-off subsidy ———
const firstTimeFounder: Policy = {
  id: 'sh-first-time-founder-subsidy',
  kind: 'subsidy',
  jurisdiction: 'shanghai',
  name: lt('首次创业一次性补贴', '首次創業一次性補貼', 'One-off subsidy for first-time founders'),
  summary: lt(
    '本市户籍毕业2年内的高校毕业生或本市户籍就业困难人员首次创业，组织经营满1年且为至少1人缴纳社保满6个月的，可获8000元一次性补贴。仅限本市户籍，香港创业者不符合条件。',
    '本市戶籍畢業2年內的高校畢業生或本市戶籍就業困難人員首次創業，組織經營滿1年且為至少1人繳納社保滿6個月的，可獲8000元一次性補貼。僅限本市戶籍，香港創業者不符合條件。',
    'CNY 8,000 once for Shanghai-hukou graduates within 2 years of graduating, or Shanghai-hukou people with employment difficulties, whose first organisation has operated a year and insured at least one person for 6 months. Hukou only: Hong Kong founders are not eligible.',
  ),
  status: 'open',
  versions: [
    version('sh-first-founder-2018-12', '2018-12-01', '2022-12-31', [
      param('amount', lt('补贴金额', '補貼金額', 'Amount'), cny(8000), 'low', ['cit-shhukou-2018-rules']),
      param('minOperatingYears', lt('经营最短年限', '經營最短年限', 'Minimum years operating'), count(1, 'years'), 'low', ['cit-shhukou-2018-rules']),
      param('minInsuredMonths', lt('至少1人缴纳社保最短月数', '至少1人繳納社保最短月數', 'Minimum months insuring at least one person'), count(6, 'months'), 'low', ['cit-shhukou-2018-rules']),
    ], ['cit-shhukou-2018-rules']),
    version('sh-first-founder-2023-01', '2023-01-01', null, [
      param('amount', lt('补贴金额', '補貼金額', 'Amount'), cny(8000), 'medium', ['cit-sh-hrss-2023-1', 'cit-lbzsjcj-2024']),
      param('minOperatingYears', lt('经营最短年限', '經營最短年限', 'Minimum years operating'), count(1, 'years'), 'medium', ['cit-sh-hrss-2023-1']),
      param('minInsuredMonths', lt('至少1人缴纳社保最短月数', '至少1人繳納社保最短月數', 'Minimum months insuring at least one person'), count(6, 'months'), 'medium', ['cit-sh-hrss-2023-1']),
      param('applyWithinMonths', lt('登记注册后申请期限', '登記註冊後申請期限', 'Apply within (after registration)'), count(18, 'months'), 'medium', ['cit-sh-hrss-2023-1']),
      param('graduatedWithinYears', lt('毕业年限', '畢業年限', 'Graduated within'), count(2, 'years'), 'medium', ['cit-sh-hrss-2023-1']),
    ], ['cit-sh-hrss-2023-1']),
  ],
  citations: [
    reuse(siCitations, 'cit-sh-hrss-2023-1'),
    reuse(siCitations, 'cit-lbzsjcj-2024'),
    cite('cit-shhukou-2018-rules', GUIDE, lt('2018年创业扶持规定摘要（shhukou.cn）', '2018年創業扶持規定摘要（shhukou.cn）', 'Summary of the 2018 start-up support rules (shhukou.cn)'), 'low'),
  ],
  provenance: real('unverified', 'medium', 'The 2018 rules are reported valid to 2022-12-31 (weak source); No. 1 [2023] is taken to apply from 2023-01-01 (inferred).'),
};

// ——— 6. Vocational skill-upgrade (training) subsidy ———
const LEVEL = (zh: string, zhHant: string, en: string): LocalizedText => lt(`补贴标准：${zh}`, `補貼標準：${zhHant}`, `Standard: ${en}`);
const training: Policy = {
  id: 'sh-skill-upgrade-training-subsidy',
  kind: 'subsidy',
  jurisdiction: 'shanghai',
  name: lt('职业技能提升补贴', '職業技能提升補貼', 'Vocational skill-upgrade (training) subsidy'),
  summary: lt(
    '取得职业技能等级证书的，按等级获1500至3500元标准的补贴：在职职工和应届毕业生按80%，重点群体按100%；集成电路、生物医药、人工智能等紧缺证书上浮30%。',
    '取得職業技能等級證書的，按等級獲1500至3500元標準的補貼：在職職工和應屆畢業生按80%，重點群體按100%；集成電路、生物醫藥、人工智能等緊缺證書上浮30%。',
    'Workers who obtain a skill-level certificate get a subsidy on a standard of CNY 1,500 to 3,500 by level: 80% for employed workers and graduating students, 100% for key groups; certificates in integrated circuits, biomedicine, AI and other shortage fields get 30% more.',
  ),
  status: 'open',
  versions: [
    version('sh-skill-subsidy-2021-08', '2021-08-19', null, [
      param('level5', LEVEL('初级工（五级）', '初級工（五級）', 'entry level (level 5)'), cny(1500), 'medium', ['cit-sh-skill-2021']),
      param('level4', LEVEL('中级工（四级）', '中級工（四級）', 'intermediate (level 4)'), cny(2000), 'medium', ['cit-sh-skill-2021']),
      param('level3', LEVEL('高级工（三级）', '高級工（三級）', 'advanced (level 3)'), cny(2500), 'medium', ['cit-sh-skill-2021']),
      param('level2', LEVEL('技师（二级）', '技師（二級）', 'technician (level 2)'), cny(3000), 'medium', ['cit-sh-skill-2021']),
      param('level1', LEVEL('高级技师（一级）', '高級技師（一級）', 'senior technician (level 1)'), cny(3500), 'medium', ['cit-sh-skill-2021']),
      param('ungradedCertificate', LEVEL('未分级职业资格证书', '未分級職業資格證書', 'ungraded vocational qualification'), cny(1000), 'medium', ['cit-sh-skill-2021']),
      param('employedShare', lt('在职职工补贴比例', '在職職工補貼比例', 'Share for employed workers'), bp(8000), 'medium', ['cit-sh-skill-2021']),
      param('graduatingStudentShare', lt('应届毕业生补贴比例', '應屆畢業生補貼比例', 'Share for graduating-year students'), bp(8000), 'medium', ['cit-sh-skill-2021']),
      param('keyGroupShare', lt('重点群体补贴比例', '重點群體補貼比例', 'Share for key groups'), bp(10_000), 'medium', ['cit-sh-skill-2021']),
      param('priorityUplift', lt('紧缺领域证书上浮比例', '緊缺領域證書上浮比例', 'Uplift for shortage-field certificates'), bp(3000), 'medium', ['cit-sh-skill-uplift'], lt('依据文件及生效日期未找到。', '依據文件及生效日期未找到。', 'The document and its start date were not found.')),
      param('enterpriseTrainingSubsidy', lt('港资等企业培训补贴', '港資等企業培訓補貼', 'Enterprise training subsidy (incl. Hong Kong-funded firms)'), UNKNOWN, 'low', ['cit-sh-skill-2021']),
    ], ['cit-sh-skill-2021']),
  ],
  citations: [
    cite('cit-sh-skill-2021', SH_HRSS, lt('职业技能提升补贴标准通知（经本地宝等转述）', '職業技能提升補貼標準通知（經本地寶等轉述）', 'Notice on skill-upgrade subsidy standards (as reported by bendibao and others)'), 'medium', { issuedOn: '2021-08-19' }),
    cite('cit-sh-skill-uplift', MEDIA, lt('七部门通知：紧缺领域技能证书补贴上浮30%（金十数据）', '七部門通知：緊缺領域技能證書補貼上浮30%（金十數據）', 'Seven-department notice: 30% uplift for shortage-field certificates (Jin10)'), 'medium'),
  ],
  provenance: real('unverified', 'medium', 'The version starts on the date of the notice cited by secondary sources. Municipal parameters for enterprise-run training were not found.'),
};

// ——— 7. Hong Kong programmes ———
const HKSTP_ISSUER = lt('香港科技园公司', '香港科技園公司', 'Hong Kong Science and Technology Parks Corporation');
const CYBERPORT_ISSUER = lt('数码港', '數碼港', 'Cyberport');
const LEGCO = lt('香港特别行政区政府（立法会答问）', '香港特別行政區政府（立法會答問）', 'HKSAR Government (LegCo reply)');

const tvp: Policy = {
  id: 'hk-technology-voucher-programme',
  kind: 'subsidy',
  jurisdiction: 'hong-kong',
  name: lt('科技券计划', '科技券計劃', 'Technology Voucher Programme (TVP)'),
  summary: lt(
    '创新及科技基金下的配对资助：政府与申请者按3比1出资，每家累计上限60万港元、最多6个项目。2024年12月31日后不再接受新申请。',
    '創新及科技基金下的配對資助：政府與申請者按3比1出資，每家累計上限60萬港元、最多6個項目。2024年12月31日後不再接受新申請。',
    'Matching grant under the Innovation and Technology Fund: government and applicant fund 3 to 1, up to HK$600,000 and six projects per entity. No new applications after 31 December 2024.',
  ),
  status: 'closed',
  versions: [
    version('hk-tvp-2020-04', '2020-04-01', '2024-12-31', [
      param('governmentShare', lt('政府资助比例上限', '政府資助比例上限', 'Maximum government share of project cost'), bp(7500), 'high', ['cit-hkpc-tvp']),
      param('cumulativeCap', lt('每家累计资助上限', '每家累計資助上限', 'Cumulative ceiling per entity'), hkd(600_000), 'high', ['cit-hkpc-tvp']),
      param('maxProjects', lt('最多获批项目数', '最多獲批項目數', 'Maximum approved projects'), count(6, 'times'), 'high', ['cit-hkpc-tvp'], lt('同一时间只可进行一个项目。', '同一時間只可進行一個項目。', 'One project at a time.')),
      param('projectMonths', lt('项目一般最长期限', '項目一般最長期限', 'Normal maximum project duration'), count(12, 'months'), 'medium', ['cit-hkpc-tvp']),
      param('advancePaymentShare', lt('预付款上限（占核准资助额）', '預付款上限（佔核准資助額）', 'Advance payment (share of the approved grant)'), bp(2500), 'medium', ['cit-hk-tvp-advance-2019']),
    ], ['cit-hkpc-tvp', 'cit-hk-tvp-closure']),
  ],
  citations: [
    cite('cit-hkpc-tvp', lt('香港生产力促进局（科技券计划秘书处）', '香港生產力促進局（科技券計劃秘書處）', 'Hong Kong Productivity Council (TVP secretariat)'), lt('科技券计划', '科技券計劃', 'Technology Voucher Programme'), 'high', { url: 'https://www.hkpc.org' }),
    cite('cit-hk-tvp-advance-2019', lt('香港特别行政区政府', '香港特別行政區政府', 'HKSAR Government'), lt('科技券计划预付款安排新闻公报（转载）', '科技券計劃預付款安排新聞公報（轉載）', 'Press release on TVP advance payments (mirror)'), 'medium', { issuedOn: '2019-11-28', effectiveFrom: '2019-12-01' }),
    cite('cit-hk-tvp-closure', lt('创新科技署', '創新科技署', 'Innovation and Technology Commission'), lt('科技券计划于2024年12月31日后停止接受新申请（新闻公报转载）', '科技券計劃於2024年12月31日後停止接受新申請（新聞公報轉載）', 'TVP closes to new applications after 31 December 2024 (press release as reproduced)'), 'medium', { issuedOn: '2024-12-13' }),
  ],
  provenance: real('unverified', 'medium', 'Before 2020-04-01 the terms were 2:1 funding, HK$400,000 and four projects; that earlier version is not modelled because its start date was not found.'),
};

const cip: Policy = {
  id: 'hk-cyberport-incubation-programme',
  kind: 'support',
  jurisdiction: 'hong-kong',
  name: lt('数码港培育计划', '數碼港培育計劃', 'Cyberport Incubation Programme (CIP)'),
  summary: lt(
    '为香港注册的数码科技初创公司提供最高50万港元资助，为期24个月，另有约20万港元租金资助。',
    '為香港註冊的數碼科技初創公司提供最高50萬港元資助，為期24個月，另有約20萬港元租金資助。',
    'Up to HK$500,000 over 24 months for Hong Kong-incorporated digital-tech start-ups, plus a rental subsidy of about HK$200,000.',
  ),
  status: 'open',
  versions: [
    version('hk-cip-2018-04', '2018-04-01', null, [
      param('financialSupport', lt('资助上限', '資助上限', 'Maximum financial support'), hkd(500_000), 'high', ['cit-cyberport-ccmf-faq', 'cit-hk-budget-2018']),
      param('durationMonths', lt('计划期限', '計劃期限', 'Programme duration'), count(24, 'months'), 'high', ['cit-cyberport-ccmf-faq']),
      param('rentalSubsidy', lt('租金资助（约）', '租金資助（約）', 'Rental subsidy (about)'), hkd(200_000), 'low', ['cit-cip-applicant-notes'], lt('来源写作“约”。', '來源寫作「約」。', 'The source says "about".')),
      param('maxCompanyAgeYears', lt('公司成立年限上限', '公司成立年限上限', 'Maximum company age'), UNKNOWN, 'low', ['cit-cip-applicant-notes'], lt('据称每期不同。', '據稱每期不同。', 'Reported to vary by intake.')),
    ], ['cit-cyberport-ccmf-faq']),
  ],
  citations: [
    cite('cit-cyberport-ccmf-faq', CYBERPORT_ISSUER, lt('数码港创意微型基金常见问题（与培育计划比较）', '數碼港創意微型基金常見問題（與培育計劃比較）', 'Cyberport Creative Micro Fund FAQ (compared with CIP)'), 'high', { url: 'https://www.cyberport.hk' }),
    cite('cit-hk-budget-2018', lt('香港特别行政区政府', '香港特別行政區政府', 'HKSAR Government'), lt('2018-19年度财政预算案（引述）', '2018-19年度財政預算案（引述）', '2018-19 Budget (as quoted)'), 'medium'),
    cite('cit-cip-applicant-notes', REPO, lt('申请者整理的数码港培育计划笔记', '申請者整理的數碼港培育計劃筆記', "An applicant's briefing notes on CIP"), 'low'),
  ],
  url: 'https://www.cyberport.hk',
  provenance: real('https://www.cyberport.hk', 'high', 'The 2018-19 Budget raised the grant to HK$500,000; the exact start date was not found, so the first day of that financial year is used.'),
};

const ccmf: Policy = {
  id: 'hk-cyberport-creative-micro-fund',
  kind: 'subsidy',
  jurisdiction: 'hong-kong',
  name: lt('数码港创意微型基金', '數碼港創意微型基金', 'Cyberport Creative Micro Fund (CCMF)'),
  summary: lt(
    '为6个月的项目提供10万港元资助；个人须持香港身份证、年满18岁，或为香港注册公司。同一项目同期申请培育计划时只审理培育计划申请。',
    '為6個月的項目提供10萬港元資助；個人須持香港身份證、年滿18歲，或為香港註冊公司。同一項目同期申請培育計劃時只審理培育計劃申請。',
    'HK$100,000 for a 6-month project. Individuals need an HKID and must be 18 or over; companies must be incorporated in Hong Kong. If the same project applies to CIP in the same intake, only the CIP application is considered.',
  ),
  status: 'open',
  versions: [
    version('hk-ccmf-2025-02', '2025-02-26', null, [
      param('grant', lt('资助金额', '資助金額', 'Grant'), hkd(100_000), 'high', ['cit-cyberport-ccmf']),
      param('projectMonths', lt('项目期限', '項目期限', 'Project duration'), count(6, 'months'), 'high', ['cit-cyberport-ccmf']),
      param('minAge', lt('最低年龄', '最低年齡', 'Minimum age'), count(18, 'years'), 'high', ['cit-cyberport-ccmf', 'cit-ccmf-rev7']),
      param('youngEntrepreneurMaxAge', lt('香港青年创业计划年龄上限', '香港青年創業計劃年齡上限', 'Hong Kong Young Entrepreneur stream maximum age'), count(30, 'years'), 'high', ['cit-cyberport-ccmf'], lt('较早的页面写35岁。', '較早的頁面寫35歲。', 'An older page says 35.')),
    ], ['cit-ccmf-rev7']),
  ],
  citations: [
    cite('cit-cyberport-ccmf', CYBERPORT_ISSUER, lt('数码港创意微型基金常见问题', '數碼港創意微型基金常見問題', 'Cyberport Creative Micro Fund FAQ'), 'high'),
    cite('cit-ccmf-rev7', CYBERPORT_ISSUER, lt('数码港创意微型基金指引及注意事项第7版（转录）', '數碼港創意微型基金指引及注意事項第7版（轉錄）', 'CCMF Guides and Notes, Revision 7 (transcription)'), 'low', { effectiveFrom: '2025-02-26' }),
  ],
  provenance: real('unverified', 'high', 'The version date is that of Revision 7 of the guides (weak source); the amounts are from Cyberport\'s own FAQ.'),
};

const hkstpIncubation: Policy = {
  id: 'hk-hkstp-incubation-programme',
  kind: 'support',
  jurisdiction: 'hong-kong',
  name: lt('香港科技园孵化计划', '香港科技園培育計劃', 'HKSTP Incubation Programme'),
  summary: lt(
    '由原Incu-App与Incu-Tech合并而成，为期3年，资助据称最高129万港元；申请时须为成立不超过2年的香港注册公司。',
    '由原Incu-App與Incu-Tech合併而成，為期3年，資助據稱最高129萬港元；申請時須為成立不超過2年的香港註冊公司。',
    'Merged from Incu-App and Incu-Tech: a 3-year programme with support reported at up to HK$1.29 million, for Hong Kong companies no more than 2 years old at application.',
  ),
  status: 'open',
  versions: [
    version('hk-hkstp-incubation-2023-05', '2023-05-17', null, [
      param('maxFunding', lt('资助上限', '資助上限', 'Maximum funding'), hkd(1_290_000), 'low', ['cit-hkstp-incubation-copy']),
      param('durationYears', lt('计划期限', '計劃期限', 'Programme duration'), count(3, 'years'), 'low', ['cit-hkstp-incubation-copy']),
      param('maxCompanyAgeYears', lt('申请时公司成立年限上限', '申請時公司成立年限上限', 'Maximum company age at application'), count(2, 'years'), 'medium', ['cit-hkstp-admission']),
      param('minFullTimeStaff', lt('最少全职员工人数', '最少全職員工人數', 'Minimum full-time staff'), count(2, 'people'), 'medium', ['cit-hkstp-admission'], lt('原Incu-App为1人。', '原Incu-App為1人。', 'One for the former Incu-App.')),
      param('minTechnicalStaffShare', lt('技术人员占全职员工比例下限', '技術人員佔全職員工比例下限', 'Minimum share of technical staff'), bp(5000), 'medium', ['cit-hkstp-admission']),
      param('minTechnicalTeamEquity', lt('技术团队持股比例下限', '技術團隊持股比例下限', 'Minimum equity held by the technical team'), bp(1000), 'medium', ['cit-hkstp-admission']),
    ], ['cit-legco-2023-05-17', 'cit-legco-2025-04-16']),
  ],
  citations: [
    cite('cit-legco-2023-05-17', LEGCO, lt('立法会第14题：科技园培育计划', '立法會第14題：科技園培育計劃', 'LCQ14 on HKSTP incubation'), 'high', { issuedOn: '2023-05-17' }),
    cite('cit-legco-2025-04-16', LEGCO, lt('立法会第18题：科技园各项计划', '立法會第18題：科技園各項計劃', 'LCQ18 on HKSTP programmes'), 'high', { url: 'https://www.info.gov.hk/gia/general/202504/16/P2025041600304.htm', issuedOn: '2025-04-16' }),
    cite('cit-hkstp-admission', HKSTP_ISSUER, lt('孵化计划入选准则常见问题', '培育計劃入選準則常見問題', 'Incubation admission criteria FAQ'), 'medium', { url: 'https://www.hkstp.org' }),
    cite('cit-hkstp-incubation-copy', REPO, lt('多份非官方资料转引的科技园宣传文字（“高达129万港币”）', '多份非官方資料轉引的科技園宣傳文字（「高達129萬港幣」）', 'HKSTP marketing copy reproduced in several unofficial sources ("up to HK$1.29M")'), 'low'),
  ],
  url: 'https://www.hkstp.org',
  provenance: real('https://www.hkstp.org', 'medium', 'The programme\'s start date was not found; the version starts on the date of the LegCo reply that first names the merged programme. The admission page may predate the merger.'),
};

const hkstpIncuBio: Policy = {
  id: 'hk-hkstp-incu-bio',
  kind: 'support',
  jurisdiction: 'hong-kong',
  name: lt('香港科技园生物科技培育计划（Incu-Bio）', '香港科技園生物科技培育計劃（Incu-Bio）', 'HKSTP Incu-Bio Programme'),
  summary: lt(
    '生物医药初创公司培育计划：1.0版4年最高600万港元；2025年10月9日推出的2.0版按“1+1+2年”里程碑框架，最高3970万港元。',
    '生物醫藥初創公司培育計劃：1.0版4年最高600萬港元；2025年10月9日推出的2.0版按「1+1+2年」里程碑框架，最高3,970萬港元。',
    'Incubation for biomedical start-ups: version 1.0 gave up to HK$6 million over 4 years; version 2.0, launched on 9 October 2025 with a 1 + 1 + 2-year milestone framework, gives up to HK$39.7 million.',
  ),
  status: 'open',
  versions: [
    version('hk-incu-bio-1', '2023-05-17', '2025-10-08', [
      param('maxFunding', lt('资助上限', '資助上限', 'Maximum funding'), hkd(6_000_000), 'high', ['cit-hkstp-incu-bio']),
      param('financialSubsidy', lt('财务资助（无需单据）', '財務資助（無需單據）', 'Financial subsidy (no receipts needed)'), hkd(640_000), 'high', ['cit-hkstp-incu-bio']),
      param('upfrontGrant', lt('预先批核资助（需单据）', '預先批核資助（需單據）', 'Upfront grant (pre-approval and receipts)'), hkd(3_360_000), 'high', ['cit-hkstp-incu-bio']),
      param('regulatoryFunding', lt('法规事务资助', '法規事務資助', 'Regulatory-affairs funding'), hkd(2_000_000), 'high', ['cit-hkstp-incu-bio']),
      param('durationYears', lt('计划期限', '計劃期限', 'Programme duration'), count(4, 'years'), 'high', ['cit-hkstp-incu-bio']),
    ], ['cit-hkstp-incu-bio']),
    version('hk-incu-bio-2', '2025-10-09', null, [
      param('maxFunding', lt('资助上限', '資助上限', 'Maximum funding'), hkd(39_700_000), 'medium', ['cit-incu-bio-2-2025']),
      param('durationYears', lt('计划期限（1+1+2年）', '計劃期限（1+1+2年）', 'Programme duration (1 + 1 + 2 years)'), count(4, 'years'), 'medium', ['cit-incu-bio-2-2025']),
    ], ['cit-incu-bio-2-2025']),
  ],
  citations: [
    cite('cit-hkstp-incu-bio', HKSTP_ISSUER, lt('Incu-Bio计划页面', 'Incu-Bio計劃頁面', 'Incu-Bio programme page'), 'high', { url: 'https://www.hkstp.org' }),
    cite('cit-incu-bio-2-2025', MEDIA, lt('大公报（中评社转载）：Incu-Bio 2.0推出', '大公報（中評社轉載）：Incu-Bio 2.0推出', 'Ta Kung Pao via CRNTT: Incu-Bio 2.0 launched'), 'medium', { issuedOn: '2025-10-10', effectiveFrom: '2025-10-09' }),
  ],
  provenance: real('https://www.hkstp.org', 'high', 'Version 1.0\'s start date was not found; it starts on the date of the LegCo reply that names the programme.'),
};

const hkstpIdeation: Policy = {
  id: 'hk-hkstp-ideation',
  kind: 'support',
  jurisdiction: 'hong-kong',
  name: lt('香港科技园Ideation计划', '香港科技園Ideation計劃', 'HKSTP Ideation Programme'),
  summary: lt('为期1年，种子资金最高10万港元。', '為期1年，種子資金最高10萬港元。', 'A 1-year programme with seed funding of up to HK$100,000.'),
  status: 'open',
  versions: [
    version('hk-ideation-2023-05', '2023-05-17', null, [
      param('seedFunding', lt('种子资金上限', '種子資金上限', 'Maximum seed funding'), hkd(100_000), 'medium', ['cit-hkstp-ideation']),
      param('durationYears', lt('计划期限', '計劃期限', 'Programme duration'), count(1, 'years'), 'medium', ['cit-hkstp-ideation']),
      param('minAge', lt('个人申请者最低年龄', '個人申請者最低年齡', 'Minimum age of individual applicants'), count(18, 'years'), 'low', ['cit-hkstp-ideation'], lt('仅见于科技园页面的镜像。', '僅見於科技園頁面的鏡像。', 'Seen only on a mirror of the HKSTP page.')),
    ], ['cit-hkstp-ideation', 'cit-legco-2025-04-16']),
  ],
  citations: [
    cite('cit-hkstp-ideation', lt('香港恒生大学与香港科技园', '香港恒生大學與香港科技園', 'HSUHK with HKSTP'), lt('Co-Ideation计划页面', 'Co-Ideation計劃頁面', 'Co-Ideation programme page'), 'medium'),
    cite('cit-legco-2025-04-16', LEGCO, lt('立法会第18题：科技园各项计划', '立法會第18題：科技園各項計劃', 'LCQ18 on HKSTP programmes'), 'high', { url: 'https://www.info.gov.hk/gia/general/202504/16/P2025041600304.htm', issuedOn: '2025-04-16' }),
  ],
  provenance: real('https://polyu.edu.hk/kteo/entrepreneurship/funding_investment/polyu-micro-fund-scheme', 'medium', 'Start date not found; the version starts on the date of the 2023 LegCo reply on HKSTP incubation.'),
};

// ——— 8. Residence permits (eligibility gates) ———
const hkmtPermit: Policy = {
  id: 'cn-hkmt-residence-permit',
  kind: 'support',
  jurisdiction: 'national',
  name: lt('港澳台居民居住证', '港澳台居民居住證', 'Residence Permit for Hong Kong, Macao and Taiwan Residents'),
  summary: lt(
    '在内地居住满6个月并有合法稳定就业、住所或连续就读的，可申领，有效期5年。在上海，它使香港创业者可申请创业担保贷款，并可作为社保补贴的法定代表人资格。',
    '在內地居住滿6個月並有合法穩定就業、住所或連續就讀的，可申領，有效期5年。在上海，它使香港創業者可申請創業擔保貸款，並可作為社保補貼的法定代表人資格。',
    'For residents who have lived on the mainland for 6 months with stable work, residence or study; valid 5 years. In Shanghai it lets Hong Kong founders apply for the guaranteed loan and qualify as legal representative for the social-insurance subsidy.',
  ),
  status: 'open',
  versions: [
    version('cn-hkmt-permit-2018-09', '2018-09-01', null, [
      param('minResidenceMonths', lt('在内地居住最短月数', '在內地居住最短月數', 'Minimum months lived on the mainland'), count(6, 'months'), 'high', ['cit-gov-2018-81']),
      param('validityYears', lt('有效期', '有效期', 'Validity'), count(5, 'years'), 'high', ['cit-legco-2023-03-15']),
      param('processingWorkingDays', lt('办理时限（工作日）', '辦理時限（工作日）', 'Processing time (working days)'), count(20, 'days'), 'medium', ['cit-gov-2018-81'], lt('偏远地区可延长10个工作日。', '偏遠地區可延長10個工作日。', 'Up to 10 more in remote areas.')),
    ], ['cit-gov-2018-81']),
  ],
  citations: [
    cite('cit-gov-2018-81', lt('国务院办公厅', '國務院辦公廳', 'General Office of the State Council'), lt('港澳台居民居住证申领发放办法', '港澳台居民居住證申領發放辦法', 'Measures for Applying for and Issuing Residence Permits for Hong Kong, Macao and Taiwan Residents'), 'high', { documentNumber: '国办发〔2018〕81号', issuedOn: '2018-08-06', effectiveFrom: '2018-09-01' }),
    cite('cit-legco-2023-03-15', LEGCO, lt('立法会第16题：港澳台居民居住证', '立法會第16題：港澳台居民居住證', 'LCQ16 on residence permits'), 'high', { issuedOn: '2023-03-15' }),
  ],
  provenance: real('unverified', 'high', 'The Measures were read in a Xinhua repost; the validity in a LegCo reply. No single URL was recorded.'),
};

const overseasTalentPermit: Policy = {
  id: 'sh-overseas-talent-residence-permit',
  kind: 'support',
  jurisdiction: 'shanghai',
  name: lt('上海市海外人才居住证', '上海市海外人才居住證', 'Shanghai Overseas Talent Residence Permit'),
  summary: lt(
    '本科及以上学历或经认定的特殊人才，在沪合法就业或创业的可申领；香港专业人士适用（类别代码H）。可作为社保补贴法定代表人资格和个人创业担保贷款的申请条件。',
    '本科及以上學歷或經認定的特殊人才，在滬合法就業或創業的可申領；香港專業人士適用（類別代碼H）。可作為社保補貼法定代表人資格和個人創業擔保貸款的申請條件。',
    'For people with a bachelor\'s degree or above, or recognised special talent, who work or start a business in Shanghai; Hong Kong professionals are covered (category code H). Accepted for the social-insurance subsidy (legal representative) and the individual guaranteed loan.',
  ),
  status: 'open',
  versions: [
    version('sh-overseas-talent-permit-2020-07', '2020-07-09', '2025-06-30', [
      param('maxValidityYears', lt('有效期上限', '有效期上限', 'Maximum validity'), UNKNOWN, 'low', ['cit-sh-overseas-talent-2020']),
    ], ['cit-sh-overseas-talent-2020']),
    version('sh-overseas-talent-permit-2025-07', '2025-07-01', '2030-06-30', [
      param('maxValidityYears', lt('有效期上限', '有效期上限', 'Maximum validity'), count(5, 'years'), 'medium', ['cit-fragomen-2025'], lt('一般为1至5年，部分高层次人才可更长。', '一般為1至5年，部分高層次人才可更長。', 'Normally 1 to 5 years; longer for some high-level talent.')),
    ], ['cit-sh-overseas-talent-2025']),
  ],
  citations: [
    cite('cit-sh-overseas-talent-2020', lt('上海市人民政府', '上海市人民政府', "Shanghai Municipal People's Government"), lt('上海市海外人才居住证管理办法（2020年）', '上海市海外人才居住證管理辦法（2020年）', 'Shanghai Overseas Talent Residence Permit Administrative Measures (2020)'), 'high', { issuedOn: '2020-07-09' }),
    cite('cit-sh-overseas-talent-2025', lt('上海市人民政府', '上海市人民政府', "Shanghai Municipal People's Government"), lt('上海市海外人才居住证管理办法（2025年）', '上海市海外人才居住證管理辦法（2025年）', 'Shanghai Overseas Talent Residence Permit Administrative Measures (2025)'), 'medium', { documentNumber: '沪府规〔2025〕3号', effectiveFrom: '2025-07-01' }),
    cite('cit-fragomen-2025', lt('Fragomen律师事务所', 'Fragomen律師事務所', 'Fragomen'), lt('上海海外人才居住证新规简报', '上海海外人才居住證新規簡報', 'Briefing on the new Shanghai overseas talent permit rules'), 'medium', { issuedOn: '2025-10-27' }),
  ],
  provenance: real('unverified', 'medium', 'The 2020 measures are dated by their issue date; their effective date was not recorded.'),
};

/** Every researched subsidy and support programme (none synthetic). */
export const POLICIES: readonly Policy[] = [
  socialInsurance, loan, workstation, pudongWorkstation, firstTimeFounder, training,
  tvp, cip, ccmf, hkstpIncubation, hkstpIncuBio, hkstpIdeation, hkmtPermit, overseasTalentPermit,
];
