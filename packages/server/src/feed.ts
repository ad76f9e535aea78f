import type { Event, EventQuery, Locale } from './sdk.js';
import { AUDIENCE_LABELS, EVENT_KIND_LABELS, EVENT_STATUS_LABELS, LOCALES, REGION_LABELS, negotiateLocale, normalizeLocale, pickText } from './sdk.js';

/** The most events one calendar feed holds; a feed is not paged. */
export const FEED_LIMIT = 5000;

/**
 * Whether an `Accept` header admits one of `offered` (exact type, `type/*` or `*∕*`, q > 0). A missing
 * or empty header accepts anything.
 */
export function acceptsMedia(header: string | undefined, offered: readonly string[]): boolean {
  if (header === undefined || header.trim() === '') return true;
  for (const part of header.split(',')) {
    const [rawType, ...params] = part.split(';');
    const type = rawType?.trim().toLowerCase();
    if (!type) continue;
    const q = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('q='));
    if (q !== undefined && !(Number(q.slice(2)) > 0)) continue;
    if (type === '*/*') return true;
    for (const media of offered) {
      if (type === media || (type.endsWith('/*') && media.startsWith(type.slice(0, -1)))) return true;
    }
  }
  return false;
}

/** Language tags of an `Accept-Language` header, most preferred first, without `q=0` ones. */
export function acceptLanguageTags(header: string | undefined): string[] {
  if (!header) return [];
  const tags: { tag: string; q: number; order: number }[] = [];
  header.split(',').forEach((part, order) => {
    const [rawTag, ...params] = part.split(';');
    const tag = rawTag?.trim();
    if (!tag || tag === '*') return;
    const qParam = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!(q > 0)) return;
    tags.push({ tag, q, order });
  });
  return tags.sort((a, b) => b.q - a.q || a.order - b.order).map((t) => t.tag);
}

export type LocaleChoice = { ok: true; locale: Locale; explicit: boolean } | { ok: false; detail: string };

/** The feed's locale: `?lang=` when given (must name a locale), else `Accept-Language`, else zh-Hans. */
export function localeFromRequest(lang: string | null, acceptLanguage: string | undefined): LocaleChoice {
  if (lang !== null) {
    const locale = normalizeLocale(lang);
    if (locale === undefined) {
      return { ok: false, detail: `"lang" must be one of ${LOCALES.join(', ')} (or an alias such as zh-CN, zh-HK or en-GB); got "${lang}".` };
    }
    return { ok: true, locale, explicit: true };
  }
  return { ok: true, locale: negotiateLocale({ languages: acceptLanguageTags(acceptLanguage) }), explicit: false };
}

const BASE_NAMES: Readonly<Record<Locale, string>> = {
  'zh-Hans': '沪港交流活动',
  'zh-Hant-HK': '滬港交流活動',
  en: 'Shanghai–Hong Kong Exchange events',
};
const LIST_SEPARATOR: Readonly<Record<Locale, string>> = { 'zh-Hans': '、', 'zh-Hant-HK': '、', en: ', ' };
const QUOTES: Readonly<Record<Locale, readonly [string, string]>> = { 'zh-Hans': ['“', '”'], 'zh-Hant-HK': ['「', '」'], en: ['"', '"'] };

function range(locale: Locale, from: string | undefined, to: string | undefined): string | undefined {
  if (from && to) return `${from} – ${to}`;
  if (from) return locale === 'en' ? `from ${from}` : `${from} 起`;
  if (to) return locale === 'en' ? `before ${to}` : `${to} 前`;
  return undefined;
}

/**
 * A calendar name that says what the feed holds, e.g. `沪港交流活动 · 论坛、路演 · 上海`. For a single
 * event's file, the event's title.
 */
export function calendarName(query: EventQuery, locale: Locale, event?: Event): string {
  if (event) return pickText(event.title, locale)?.text ?? BASE_NAMES[locale];
  const sep = LIST_SEPARATOR[locale];
  const parts: string[] = [BASE_NAMES[locale]];
  if (query.kind?.length) parts.push(query.kind.map((k) => EVENT_KIND_LABELS[k][locale]).join(sep));
  if (query.region?.length) parts.push(query.region.map((r) => REGION_LABELS[r][locale]).join(sep));
  if (query.audience?.length) parts.push(query.audience.map((a) => AUDIENCE_LABELS[a][locale]).join(sep));
  if (query.status?.length) parts.push(query.status.map((s) => EVENT_STATUS_LABELS[s][locale]).join(sep));
  if (query.tag?.length) parts.push(query.tag.map((t) => `#${t}`).join(' '));
  if (query.q) {
    const [open, close] = QUOTES[locale];
    parts.push(`${open}${query.q}${close}`);
  }
  const dates = range(locale, query.from, query.to);
  if (dates) parts.push(dates);
  return parts.join(' · ');
}

/** An ASCII file name for the feed, e.g. `shhk-events-forum-roadshow-shanghai.ics`. */
export function calendarFileName(query: EventQuery): string {
  const words = ['shhk-events', ...(query.kind ?? []), ...(query.region ?? [])];
  const stem = words.join('-').toLowerCase().replace(/[^a-z0-9-]+/g, '').slice(0, 80).replace(/-+$/, '');
  return `${stem}.ics`;
}
