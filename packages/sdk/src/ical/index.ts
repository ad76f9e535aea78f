// iCalendar (RFC 5545) export and "add to calendar" links for exchange events.
export { toICalendar, UID_DOMAIN, type ICalendarOptions } from './ics.js';
export { googleCalendarUrl, outlookCalendarUrl } from './links.js';
export { icsFileName } from './file-name.js';
