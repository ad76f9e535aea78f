import type { Holiday, LocalizedText } from '../types.js';
import { addDays, daysBetween, lt } from '../util.js';

// From shared/data/holidays-and-events-2026.json. Mainland 2026: State Council General Office notice of
// 2025-11-04 (confirmed). Hong Kong 2026: gazetted general holidays, press release of 2025-05-16 (confirmed).
// Hong Kong 2027: a secondary news summary matched by a rule-based check (announced, to be verified).
// No mainland 2027 arrangement had been published in the stored sources, so none is included.

const CN_2026 = 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm';
const HK_2026 = 'https://www.info.gov.hk/gia/general/202505/16/P2025051300354.htm';
const HK_2027 = 'https://a2znews.uk/article/b2/28468';

const CN_PERIODS: readonly [first: string, last: string, name: LocalizedText][] = [
  ['2026-01-01', '2026-01-03', lt('元旦', '元旦', "New Year's Day")],
  ['2026-02-15', '2026-02-23', lt('春节', '春節', 'Spring Festival (Chinese New Year)')],
  ['2026-04-04', '2026-04-06', lt('清明节', '清明節', 'Qingming Festival (Tomb-sweeping Day)')],
  ['2026-05-01', '2026-05-05', lt('劳动节', '勞動節', 'Labour Day (May Day)')],
  ['2026-06-19', '2026-06-21', lt('端午节', '端午節', 'Dragon Boat Festival')],
  ['2026-09-25', '2026-09-27', lt('中秋节', '中秋節', 'Mid-Autumn Festival')],
  ['2026-10-01', '2026-10-07', lt('国庆节', '國慶節', 'National Day (Golden Week)')],
];

const CN_MAKEUP: readonly [date: string, forHoliday: LocalizedText][] = [
  ['2026-01-04', lt('元旦', '元旦', "New Year's Day")],
  ['2026-02-14', lt('春节', '春節', 'Spring Festival')],
  ['2026-02-28', lt('春节', '春節', 'Spring Festival')],
  ['2026-05-09', lt('劳动节', '勞動節', 'Labour Day')],
  ['2026-09-20', lt('国庆节', '國慶節', 'National Day')],
  ['2026-10-10', lt('国庆节', '國慶節', 'National Day')],
];

const HK: readonly [date: string, zhHans: string, zhHant: string, en: string][] = [
  ['2026-01-01', '一月一日', '一月一日', 'The first day of January'],
  ['2026-02-17', '农历年初一', '農曆年初一', "Lunar New Year's Day"],
  ['2026-02-18', '农历年初二', '農曆年初二', 'The second day of Lunar New Year'],
  ['2026-02-19', '农历年初三', '農曆年初三', 'The third day of Lunar New Year'],
  ['2026-04-03', '耶稣受难节', '耶穌受難節', 'Good Friday'],
  ['2026-04-04', '耶稣受难节翌日', '耶穌受難節翌日', 'The day following Good Friday'],
  ['2026-04-06', '清明节翌日', '清明節翌日', 'The day following Ching Ming Festival'],
  ['2026-04-07', '复活节星期一翌日', '復活節星期一翌日', 'The day following Easter Monday'],
  ['2026-05-01', '劳动节', '勞動節', 'Labour Day'],
  ['2026-05-25', '佛诞翌日', '佛誕翌日', 'The day following the Birthday of the Buddha'],
  ['2026-06-19', '端午节', '端午節', 'Tuen Ng Festival'],
  ['2026-07-01', '香港特别行政区成立纪念日', '香港特別行政區成立紀念日', 'Hong Kong Special Administrative Region Establishment Day'],
  ['2026-09-26', '中秋节翌日', '中秋節翌日', 'The day following the Chinese Mid-Autumn Festival'],
  ['2026-10-01', '国庆日', '國慶日', 'National Day'],
  ['2026-10-19', '重阳节翌日', '重陽節翌日', 'The day following Chung Yeung Festival'],
  ['2026-12-25', '圣诞节', '聖誕節', 'Christmas Day'],
  ['2026-12-26', '圣诞节后第一个工作日', '聖誕節後第一個周日', 'The first weekday after Christmas Day'],
  ['2027-01-01', '一月一日', '一月一日', 'The first day of January'],
  ['2027-02-06', '农历年初一', '農曆年初一', "Lunar New Year's Day"],
  ['2027-02-08', '农历年初三', '農曆年初三', 'The third day of Lunar New Year'],
  ['2027-02-09', '农历年初四', '農曆年初四', 'The fourth day of Lunar New Year'],
  ['2027-03-26', '耶稣受难节', '耶穌受難節', 'Good Friday'],
  ['2027-03-27', '耶稣受难节翌日', '耶穌受難節翌日', 'The day following Good Friday'],
  ['2027-03-29', '复活节星期一', '復活節星期一', 'Easter Monday'],
  ['2027-04-05', '清明节', '清明節', 'Ching Ming Festival'],
  ['2027-05-01', '劳动节', '勞動節', 'Labour Day'],
  ['2027-05-13', '佛诞', '佛誕', 'The Birthday of the Buddha'],
  ['2027-06-09', '端午节', '端午節', 'Tuen Ng Festival'],
  ['2027-07-01', '香港特别行政区成立纪念日', '香港特別行政區成立紀念日', 'Hong Kong Special Administrative Region Establishment Day'],
  ['2027-09-16', '中秋节翌日', '中秋節翌日', 'The day following the Chinese Mid-Autumn Festival'],
  ['2027-10-01', '国庆日', '國慶日', 'National Day'],
  ['2027-10-08', '重阳节', '重陽節', 'Chung Yeung Festival'],
  ['2027-12-25', '圣诞节', '聖誕節', 'Christmas Day'],
  ['2027-12-27', '圣诞节后第一个工作日', '聖誕節後第一個周日', 'The first weekday after Christmas Day'],
];

function mainlandDaysOff(): Holiday[] {
  const out: Holiday[] = [];
  for (const [first, last, name] of CN_PERIODS) {
    for (let i = 0; i <= daysBetween(first, last); i++) {
      const date = addDays(first, i);
      out.push({ id: `cn-${date}`, region: 'mainland', kind: 'holiday', date, name, confidence: 'high', status: 'confirmed', source: CN_2026 });
    }
  }
  return out;
}

function mainlandMakeupDays(): Holiday[] {
  return CN_MAKEUP.map(([date, h]) => ({
    id: `cn-makeup-${date}`,
    region: 'mainland',
    kind: 'makeup-workday',
    date,
    name: lt(`调休上班日（${h['zh-Hans']}）`, `調休上班日（${h['zh-Hant-HK']}）`, `Working day in lieu (${h.en})`),
    confidence: 'high',
    status: 'confirmed',
    source: CN_2026,
  }));
}

function hongKong(): Holiday[] {
  return HK.map(([date, zhHans, zhHant, en]) => {
    const confirmed = date < '2027-01-01';
    return {
      id: `hk-${date}`,
      region: 'hong-kong',
      kind: 'holiday',
      date,
      name: lt(zhHans, zhHant, en),
      confidence: confirmed ? 'high' : 'medium',
      status: confirmed ? 'confirmed' : 'announced',
      source: confirmed ? HK_2026 : HK_2027,
    };
  });
}

/** Mainland 2026 days off and make-up working days, and Hong Kong general holidays for 2026 and 2027, by date. */
export const HOLIDAYS: readonly Holiday[] = [...mainlandDaysOff(), ...mainlandMakeupDays(), ...hongKong()].sort(
  (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.region < b.region ? 1 : -1),
);
