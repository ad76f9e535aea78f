import type { Locale } from '@shhk/sdk';
import { intlLocale, numberFormat } from './intl.js';

/**
 * A message: plain text with `{name}` placeholders, or plural forms chosen by `Intl.PluralRules`
 * on the `count` parameter (`other` is required; Chinese needs only `other`).
 */
export type Template = string | PluralTemplate;

/** Plural forms of a message, keyed by CLDR plural category. */
export interface PluralTemplate {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

// English is the reference: its literal types define the keys and the placeholders of each message.
const en = {
  loading: 'Loading…',
  empty: 'Nothing to show yet.',
  error: 'We couldn’t load the data. Check your connection and try again.',
  retry: 'Try again',
  offline: 'You’re offline. This was saved earlier and may be out of date.',
  partial: 'Some data couldn’t be loaded: {missing}.',
  close: 'Close',
  previous: 'Previous',
  next: 'Next',
  today: 'Today',
  showMore: { one: 'Show {count} more', other: 'Show {count} more' },
  results: { one: '{count} result', other: '{count} results' },
  skipped: {
    one: '{count} record couldn’t be shown because it is incomplete or invalid.',
    other: '{count} records couldn’t be shown because they are incomplete or invalid.',
  },
  opensInNewTab: '(opens in a new tab)',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyFailed: 'Couldn’t copy. Select the link and copy it yourself.',
  notPublished: 'Amount not published — see the source.',
  source: 'Source',
  sampleData: 'Sample data',
  search: 'Search',
  clearFilters: 'Clear filters',
  timesIn: 'Times are shown in {zone}.',
  useMyTimeZone: 'Show in my time zone',
} as const satisfies Record<string, Template>;

/** A key of the shared UI-string catalogue. */
export type StringKey = keyof typeof en;

type TemplateText<T> = T extends string ? T : T extends { other: infer O extends string } ? O : never;
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** The parameters a message takes, derived from its English text. */
export type StringParams<K extends StringKey> = { [P in Placeholders<TemplateText<(typeof en)[K]>>]: string | number };

type ParamsArg<K extends StringKey> = [Placeholders<TemplateText<(typeof en)[K]>>] extends [never] ? [params?: undefined] : [params: StringParams<K>];

/**
 * The shared UI strings in all three locales. Element-specific strings live next to each element.
 *
 * Regional wording follows ux-guide §0: 加载/网络/信息 and “” for zh-Hans, 載入/網絡/資料 and 「」
 * for zh-Hant-HK; no spaces between Han characters and digits.
 */
export const STRINGS: Readonly<Record<Locale, Readonly<Record<StringKey, Template>>>> = {
  en,
  'zh-Hans': {
    loading: '正在加载…',
    empty: '暂无内容。',
    error: '数据加载失败，请检查网络后重试。',
    retry: '重试',
    offline: '当前离线。以下为之前保存的内容，可能不是最新。',
    partial: '部分数据未能加载：{missing}。',
    close: '关闭',
    previous: '上一页',
    next: '下一页',
    today: '今天',
    showMore: { other: '再显示{count}项' },
    results: { other: '共{count}项结果' },
    skipped: { other: '有{count}条记录不完整或无效，未能显示。' },
    opensInNewTab: '（在新标签页中打开）',
    copyLink: '复制链接',
    linkCopied: '链接已复制',
    copyFailed: '复制失败，请手动选择并复制链接。',
    notPublished: '金额未公布，详见来源。',
    source: '来源',
    sampleData: '示例数据',
    search: '搜索',
    clearFilters: '清除筛选',
    timesIn: '时间为{zone}。',
    useMyTimeZone: '按我的时区显示',
  },
  'zh-Hant-HK': {
    loading: '正在載入…',
    empty: '暫無內容。',
    error: '未能載入資料，請檢查網絡連線後再試。',
    retry: '再試一次',
    offline: '目前離線。以下為較早前儲存的內容，可能並非最新。',
    partial: '部分資料未能載入：{missing}。',
    close: '關閉',
    previous: '上一頁',
    next: '下一頁',
    today: '今天',
    showMore: { other: '再顯示{count}項' },
    results: { other: '共{count}項結果' },
    skipped: { other: '有{count}項記錄不完整或無效，未能顯示。' },
    opensInNewTab: '（在新分頁開啟）',
    copyLink: '複製連結',
    linkCopied: '已複製連結',
    copyFailed: '未能複製，請手動選取並複製連結。',
    notPublished: '金額未公布，詳見來源。',
    source: '來源',
    sampleData: '示例資料',
    search: '搜尋',
    clearFilters: '清除篩選',
    timesIn: '時間為{zone}。',
    useMyTimeZone: '以我的時區顯示',
  },
};

const pluralRules = new Map<Locale, Intl.PluralRules>();

function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(intlLocale(locale))));
  return rules.select(count);
}

/** The `{name}` placeholders of a template, sorted, across all its plural forms. */
export function placeholdersOf(template: Template): string[] {
  const texts = typeof template === 'string' ? [template] : Object.values(template).filter((v): v is string => typeof v === 'string');
  const names = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(/\{(\w+)\}/g)) names.add(match[1]!);
  return [...names].sort();
}

/**
 * Looks up a shared UI string and fills its placeholders; numbers are formatted for the locale and
 * `count` picks the plural form.
 *
 * @example
 * ```ts
 * t('en', 'retry');                        // 'Try again'
 * t('zh-Hant-HK', 'skipped', { count: 3 }); // '有3項記錄不完整或無效，未能顯示。'
 * ```
 */
export function t<K extends StringKey>(locale: Locale, key: K, ...[params]: ParamsArg<K>): string {
  const template = STRINGS[locale]?.[key] ?? en[key];
  const values = (params ?? {}) as Record<string, string | number>;
  let text: string;
  if (typeof template === 'string') {
    text = template;
  } else {
    const count = Number(values['count'] ?? 0);
    text = template[pluralCategory(locale, count)] ?? template.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat(locale).format(value) : value;
  });
}
