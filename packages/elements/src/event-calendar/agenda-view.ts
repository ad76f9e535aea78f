import { html, nothing, type TemplateResult } from 'lit';
import type { AgendaGroup } from './layout.js';
import type { CalendarEvent } from './normalize.js';
import { text } from './format.js';
import { eventClass, holidayLabels, kindLabel, statusBadge, timeText, titleOf, type ViewContext } from './view-context.js';

/** Events rendered at first in the list view, and added by each "Show more". */
export const LIST_CHUNK = 50;

function where(ctx: ViewContext, ce: CalendarEvent): string {
  const venue = ce.event.venue ? text(ce.event.venue.name, ctx.locale).text : '';
  return venue || (ce.event.onlineUrl ? ctx.s.online : '');
}

/** The agenda's open disclosure: which event, and its details. */
export interface AgendaDisclosure {
  key: string | undefined;
  details: (ce: CalendarEvent, id: string) => TemplateResult;
}

/** A shadow-root id for an event's disclosure (keys may hold characters an id should not). */
export const disclosureId = (key: string): string => `det-${key.replace(/[^\w-]/g, '_')}`;

function item(ctx: ViewContext, ce: CalendarEvent, day: string | undefined, disclosure: AgendaDisclosure | undefined): TemplateResult {
  const t = titleOf(ctx, ce);
  const meta = [kindLabel(ctx, ce), where(ctx, ce)].filter(Boolean).join(' · ');
  // In the agenda an event's button is a disclosure: its details open below it, in the flow of the list.
  const id = disclosure ? disclosureId(ce.key) : undefined;
  const open = disclosure !== undefined && disclosure.key === ce.key;
  return html`<li class="item${open ? ' is-open' : ''}" part="agenda-item">
    <span class="item__time">${timeText(ctx, ce, day)}</span>
    <span class="item__main">
      <button part="event" class="ev item__title ${eventClass(ce)}" data-key=${ce.key} lang=${t.lang}
        aria-expanded=${disclosure ? String(open) : nothing} aria-controls=${open ? id! : nothing}>${t.text}</button>
      <span class="item__meta">${meta}</span>${statusBadge(ctx, ce)}
    </span>
    ${open ? html`<div class="item__details" id=${id!} part="agenda-details">${disclosure.details(ce, id!)}</div>` : nothing}
  </li>`;
}

// The agenda: a `<section>` per day with an `<h3>` and a `<ul>` of event buttons. Rendering is
// chunked: only the first `limit` events exist in the DOM and "Show more" adds the next chunk,
// so 10,000 events cost the same first frame as 50.
export function renderList(
  ctx: ViewContext,
  groups: readonly AgendaGroup[],
  limit: number,
  onMore: () => void,
  /** Show each event's part on its group's day (day panel) rather than its whole span (agenda). */
  perDay = false,
  /** Event buttons are disclosures of their details (the agenda); without it they open the dialog. */
  disclosure?: AgendaDisclosure,
): TemplateResult {
  let left = limit;
  let total = 0;
  const shown: TemplateResult[] = [];
  for (const g of groups) {
    // `count` spares sorting the days beyond the window (10,000 events: goal C8).
    total += g.count ?? g.events.length;
    if (left <= 0) continue;
    const events = g.events.length > left ? g.events.slice(0, left) : g.events;
    left -= events.length;
    const extras = holidayLabels(ctx, g.day);
    shown.push(html`<section class="agenda__day${g.day === ctx.today ? ' is-today' : ''}" part="agenda-day">
      <h3 class="agenda__head" part="day-heading" tabindex="-1">${ctx.fmt.day(g.day)}${
        extras.map((x) => html` <span class="badge badge--hol">${x}</span>`)}</h3>
      <ul class="agenda__list">${events.map((ce) => item(ctx, ce, perDay ? g.day : undefined, disclosure))}</ul>
    </section>`);
  }
  const rest = total - Math.min(limit, total);
  return html`<div class="agenda" part="agenda">
    ${shown}
    ${rest > 0 ? html`<p class="agenda__more"><span>${ctx.s.showingOf(total - rest, total)}</span>
      <button class="button" part="more-button" @click=${onMore}>${ctx.s.showMore(rest)}</button></p>` : nothing}
  </div>`;
}

/** The compact sidebar list of the next events. */
export function renderUpcoming(ctx: ViewContext, events: readonly CalendarEvent[]): TemplateResult {
  return html`<ol class="upcoming" part="upcoming">
    ${events.map((ce, i) => {
      const t = titleOf(ctx, ce);
      const meta = [ce.allDay && ce.startDay === ce.endDay ? '' : timeText(ctx, ce), where(ctx, ce)].filter(Boolean).join(' · ');
      // The button is named by the title and described by its date and time, which sit outside it.
      return html`<li class="upcoming__item" part="upcoming-item">
        <span class="upcoming__date ${eventClass(ce)}" id="up${i}-d">${ctx.fmt.dayShort(ce.startDay)}</span>
        <span class="item__main">
          <button part="event" class="ev item__title" data-key=${ce.key} lang=${t.lang} aria-describedby="up${i}-d up${i}-m">${t.text}</button>
          <span class="item__meta" id="up${i}-m">${meta}</span>${statusBadge(ctx, ce)}
        </span>
      </li>`;
    })}
  </ol>`;
}
