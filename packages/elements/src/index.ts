// The public entry of @shhk/elements: classes and types by name, without registering anything.
// Register with `@shhk/elements/define.js` (everything) or `@shhk/elements/<element>.define.js`.
export { HkExchangeProvider } from './provider/provider.js';
export { HkElement, closestLang } from './shared/base-element.js';
export { clientContext, configContext, localeContext, THEMES, parseTheme } from './shared/context.js';
export type { HkConfig, Theme } from './shared/context.js';
export { defineElement } from './shared/define.js';
export { t, STRINGS } from './shared/strings.js';
export type { StringKey, StringParams, Template, PluralTemplate } from './shared/strings.js';
export {
  INTL_LOCALE, intlLocale, dateTimeFormat, numberFormat, relativeTimeFormat, listFormat, formatMoney, firstDayOfWeek, firstWeekday,
  FIRST_DAY_FALLBACK,
} from './shared/intl.js';
export type { FormatMoneyOptions } from './shared/intl.js';
export { tokens, baseStyles, controlStyles } from './shared/tokens.js';
export { HkEventCalendar } from './event-calendar/event-calendar.js';
export {
  HkEventSelectEvent, HkDateChangeEvent, HkViewChangeEvent, HkFilterChangeEvent,
} from './event-calendar/events.js';
export type {
  CalendarViewName, EventSelectDetail, DateChangeDetail, ViewChangeDetail, FilterChangeDetail,
} from './event-calendar/events.js';
export { CALENDAR_STRINGS } from './event-calendar/strings.js';
export type { CalendarStrings } from './event-calendar/strings.js';
