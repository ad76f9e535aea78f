import type { Event, Locale } from '../model/index.js';
import { EVENT_STATUS_LABELS } from '../model/index.js';
import { pickText } from '../i18n/index.js';

// The human-readable parts of an event, shared by the .ics writer and the add-to-calendar links.

/** A piece of text and the language it is really in (`undefined` for language-less text like a URL). */
export interface Text {
  text: string;
  lang: Locale | undefined;
}

const LABELS: Readonly<Record<Locale, { organizers: string; registration: string; deadline: string; online: string; colon: string; list: string }>> = {
  'zh-Hans': { organizers: '主办方', registration: '报名', deadline: '报名截止', online: '线上参与', colon: '：', list: '、' },
  'zh-Hant-HK': { organizers: '主辦單位', registration: '報名', deadline: '報名截止', online: '網上參與', colon: '：', list: '、' },
  en: { organizers: 'Organisers', registration: 'Registration', deadline: 'Registration deadline', online: 'Join online', colon: ': ', list: ', ' },
};

/** The event title, prefixed with the localised "Postponed" label when the event is postponed. */
export function eventTitle(event: Event, locale: Locale): Text {
  const picked = pickText(event.title, locale);
  const title = picked?.text ?? '';
  if (event.status !== 'postponed') return { text: title, lang: picked?.lang };
  const prefix = `${EVENT_STATUS_LABELS.postponed[locale]}${LABELS[locale].colon}`;
  return { text: `${prefix}${title}`, lang: picked?.lang ?? locale };
}

// Shows a deadline as its source wrote it (wall time and offset), so no zone database is needed.
function formatDeadline(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.exec(value);
  if (!m) return value;
  const offset = m[3] === undefined || m[3].toUpperCase() === 'Z' ? '' : m[3];
  return `${m[1]} ${m[2]} (UTC${offset})`;
}

/**
 * The description: the event summary, then one line each for organisers, registration link,
 * registration deadline and online link. Its language is the summary's, else the locale (labels).
 */
export function eventDescription(event: Event, locale: Locale): Text | undefined {
  const labels = LABELS[locale];
  const summary = pickText(event.summary, locale);
  const facts: string[] = [];
  const organizers = event.organizers
    .map((party) => pickText(party.name, locale)?.text)
    .filter((name): name is string => name !== undefined && name !== '');
  if (organizers.length > 0) facts.push(`${labels.organizers}${labels.colon}${organizers.join(labels.list)}`);
  if (event.registration) {
    facts.push(`${labels.registration}${labels.colon}${event.registration.url}`);
    if (event.registration.deadline) facts.push(`${labels.deadline}${labels.colon}${formatDeadline(event.registration.deadline)}`);
  }
  if (event.onlineUrl && event.venue) facts.push(`${labels.online}${labels.colon}${event.onlineUrl}`);
  const blocks = [summary?.text, facts.join('\n')].filter((b): b is string => b !== undefined && b !== '');
  if (blocks.length === 0) return undefined;
  return { text: blocks.join('\n\n'), lang: summary?.lang ?? locale };
}

/** Venue name and address, or the online URL when there is no venue. */
export function eventLocation(event: Event, locale: Locale): Text | undefined {
  if (event.venue) {
    const name = pickText(event.venue.name, locale);
    const address = pickText(event.venue.address, locale);
    const parts = [name?.text, address?.text].filter((p): p is string => p !== undefined && p !== '');
    // Skip an address that merely repeats the name.
    if (parts.length === 2 && parts[0] === parts[1]) parts.pop();
    if (parts.length > 0) {
      const lang = name?.lang ?? address?.lang;
      const separator = lang === 'en' ? ', ' : '，';
      return { text: parts.join(separator), lang };
    }
  }
  return event.onlineUrl ? { text: event.onlineUrl, lang: undefined } : undefined;
}

/** The most useful link: the event page, else registration, else the online URL. */
export function eventUrl(event: Event): string | undefined {
  return event.url ?? event.registration?.url ?? event.onlineUrl;
}
