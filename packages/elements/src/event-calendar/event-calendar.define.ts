// Registers <hk-event-calendar>. Safe to import twice (the drop-in and an npm build on one page).
import { HkEventCalendar } from './event-calendar.js';

HkEventCalendar.define();

export { HkEventCalendar };
