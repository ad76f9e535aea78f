import type { Event } from '../model/index.js';
import { pickText } from '../i18n/index.js';

const MAX_SLUG = 80;
// Names Windows refuses even with an extension (`con.ics`).
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;

function slugify(text: string, max = MAX_SLUG): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  // Cut at a word boundary when there is one in reach.
  const cut = slug.slice(0, max);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > max / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}

/**
 * A safe ASCII file name for an event's `.ics` download, from its English title (or the title's
 * fallback), with the start year appended when the title has none. A title with no Latin letters or
 * digits falls back to the event id; a bare title string with none gives `event.ics`.
 *
 * @example
 * ```ts
 * icsFileName(event); // 'pujiang-innovation-forum-2026.ics'
 * icsFileName('Café Talk: AI & Law'); // 'cafe-talk-ai-law.ics'
 * icsFileName('创新论坛'); // 'event.ics'
 * ```
 */
export function icsFileName(source: Event | string): string {
  let slug: string;
  if (typeof source === 'string') {
    slug = slugify(source);
  } else {
    const title = pickText(source.title, 'en')?.text ?? '';
    const year = source.start.slice(0, 4);
    slug = slugify(title);
    if (slug !== '' && !slug.split('-').includes(year)) slug = `${slugify(title, MAX_SLUG - year.length - 1)}-${year}`;
    if (slug === '') slug = source.id;
  }
  if (slug === '') return 'event.ics';
  if (RESERVED.test(slug)) slug = `event-${slug}`;
  return `${slug}.ics`;
}
