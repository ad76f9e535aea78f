// FullCalendar v7 with the same plugins as the published anchor (daygrid, timegrid, list, classic theme),
// bundled for the benchmark only. Never shipped.
import { Calendar } from 'fullcalendar';
import dayGridPlugin from 'fullcalendar/daygrid';
import timeGridPlugin from 'fullcalendar/timegrid';
import listPlugin from 'fullcalendar/list';
import classicThemePlugin from 'fullcalendar/themes/classic';

window.FullCalendar = { Calendar, dayGridPlugin, timeGridPlugin, listPlugin, classicThemePlugin };
