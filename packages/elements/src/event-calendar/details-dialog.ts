import { html, nothing, type TemplateResult } from 'lit';
import type { PartyRef } from '@shhk/sdk';
import type { AddToCalendarLinks } from './links.js';
import { safeHttpUrl } from './links.js';
import type { CalendarEvent } from './normalize.js';
import { text, zonesDiffer } from './format.js';
import { isDayKey, parseDay, zonedWallTime } from './time.js';
import { ICONS, kindLabel, statusBadge, titleOf, type ViewContext } from './view-context.js';

/** Inputs of {@link renderDetails}. */
export interface DetailsModel {
  ce: CalendarEvent;
  links: AddToCalendarLinks;
  shareUrl: string;
  /** Text of the copy status next to the share button ("Link copied"). */
  copyStatus: string;
  /** In WeChat's browser, downloads and calendar links don't work: say so. */
  inWeChat: boolean;
  /** The dialog's close button; not rendered inline. */
  onClose?: () => void;
  onCopy: (e: Event) => void;
  /**
   * Rendered inside the agenda's disclosure rather than the dialog: no title or close button (the
   * event's own button is both), and ids prefixed with this so they can't clash with the dialog's.
   */
  inlineId?: string;
}

const external = (ctx: ViewContext, href: string | undefined, label: string, lang?: string): TemplateResult | typeof nothing =>
  href
    ? html`<a href=${href} target="_blank" rel="noopener noreferrer" lang=${lang ?? nothing}>${label}<span
        class="visually-hidden"> ${ctx.s.opensNewTab}</span></a>`
    : html`<span lang=${lang ?? nothing}>${label}</span>`;

/** The event's time in the display zone, and in a second zone when clocks differ. */
function when(ctx: ViewContext, ce: CalendarEvent): TemplateResult {
  const { fmt, s } = ctx;
  if (ce.allDay) return html`${fmt.dateRange(ce.startDay, ce.endDay)} · ${s.allDay}`;
  const end = ce.openEnd ? undefined : ce.end;
  // Second zone: the visitor's when it differs; when the display zone is the visitor's own, the event's zone.
  const visitor = ctx.visitorZone;
  const other = visitor ?? (zonesDiffer(ce.event.timeZone, fmt.zone, ce.start) ? ce.event.timeZone : undefined);
  const second = other && `${fmt.dateTimeRange(ce.start, end, other)} · ${fmt.zoneName(other, s, ce.start, end)}`;
  return html`${fmt.dateTimeRange(ce.start, end)} <span class="zone">· ${fmt.zoneName(fmt.zone, s, ce.start, end)}</span>${
    second ? html`<br /><span class="muted">${visitor ? s.yourTime(second) : s.eventTime(second)}</span>` : nothing}`;
}

function endOfDay(day: string, zone: string): number {
  if (!isDayKey(day)) return NaN;
  const { year, month, day: d } = parseDay(day);
  return zonedWallTime(year, month, d, 23, 59, 59, zone);
}

function registration(ctx: ViewContext, ce: CalendarEvent): TemplateResult | typeof nothing {
  const reg = ce.event.registration;
  const href = safeHttpUrl(reg?.url);
  if (!reg || !href) return nothing;
  const { fmt, s } = ctx;
  let deadline: TemplateResult | typeof nothing = nothing;
  let closed = false;
  if (reg.deadline) {
    const dateOnly = reg.deadline.length === 10;
    // A date deadline means the end of that day in the event's own zone.
    const ms = dateOnly ? endOfDay(reg.deadline, ce.event.timeZone) : Date.parse(reg.deadline);
    closed = Number.isFinite(ms) && ms < ctx.now;
    if (Number.isFinite(ms)) {
      const label = dateOnly ? fmt.dateRange(reg.deadline, reg.deadline) : fmt.dateTimeRange(ms, undefined);
      deadline = html`<span class="muted">${closed ? s.registrationClosed : s.registrationCloses(label)}</span>`;
    }
  }
  return html`<dt>${s.registration}</dt>
    <dd>${closed ? nothing : html`${external(ctx, href, s.register)} `}${deadline}</dd>`;
}

// The details dialog body. The `<dialog>` itself lives in the element (always in the DOM, opened
// with showModal() for the focus trap, Esc and top layer); this renders its contents.
export function renderDetails(ctx: ViewContext, m: DetailsModel): TemplateResult {
  const { s } = ctx;
  const { ce, links } = m;
  const e = ce.event;
  const title = titleOf(ctx, ce);
  const summary = e.summary ? text(e.summary, ctx.locale) : undefined;
  const venue = e.venue ? text(e.venue.name, ctx.locale) : undefined;
  const address = e.venue?.address ? text(e.venue.address, ctx.locale) : undefined;
  // A cancelled event offers nothing to join, register for or add to a calendar.
  const cancelled = e.status === 'cancelled';
  const online = cancelled ? undefined : safeHttpUrl(e.onlineUrl);
  const site = safeHttpUrl(e.url);
  const id = m.inlineId ?? 'dlg';
  return html`${m.inlineId === undefined ? html`<div class="dlg__head">
      <p class="dlg__kind"><span class="swatch k-${e.kind}" aria-hidden="true"></span>${kindLabel(ctx, ce)}</p>
      <h2 id="dlg-title" class="dlg__title" part="dialog-title" lang=${title.lang}>${title.text}</h2>
      <button class="icon-btn dlg__close" part="close-button" aria-label=${s.close} @click=${m.onClose}>${ICONS.close}</button>
    </div>` : nothing}
    ${e.status === 'scheduled' ? nothing : html`<p class="dlg__status">${statusBadge(ctx, ce)}</p>`}
    ${summary?.text ? html`<p class="dlg__summary" lang=${summary.lang}>${summary.text}</p>` : nothing}
    <dl class="dlg__facts" part="dialog-facts">
      <dt>${s.when}</dt>
      <dd>${when(ctx, ce)}</dd>
      ${venue?.text || online ? html`<dt>${s.where}</dt>
        <dd>
          ${venue?.text ? html`<span lang=${venue.lang}>${venue.text}</span>` : nothing}
          ${address?.text ? html`<br /><span class="muted" lang=${address.lang}>${address.text}</span>` : nothing}
          ${online ? html`${venue?.text ? html`<br />` : nothing}${external(ctx, online, s.joinOnline)}` : nothing}
        </dd>` : nothing}
      ${e.organizers.length ? html`<dt>${s.organizers}</dt>
        <dd><ul class="plain">${e.organizers.map((o: PartyRef) => {
          const n = text(o.name, ctx.locale);
          return html`<li lang=${n.lang}>${n.text}</li>`;
        })}</ul></dd>` : nothing}
      ${cancelled ? nothing : registration(ctx, ce)}
    </dl>
    ${site ? html`<p>${external(ctx, site, s.moreInfo)}</p>` : nothing}
    ${cancelled ? nothing : html`<section class="dlg__section" aria-labelledby="${id}-add">
      <h3 id="${id}-add">${s.addToCalendar}</h3>
      ${m.inWeChat ? html`<p class="note">${s.wechatHint}</p>` : nothing}
      <ul class="links" part="add-to-calendar">
        <li><a class="button" href=${links.ics.href} download=${links.ics.download}>${s.downloadIcs}</a></li>
        <li><a class="button" href=${links.outlook} target="_blank" rel="noopener noreferrer">${s.outlook}<span
          class="visually-hidden"> ${s.opensNewTab}</span></a></li>
        <li><a class="button" href=${links.google} target="_blank" rel="noopener noreferrer">${s.google}<span
          class="visually-hidden"> ${s.opensNewTab}</span></a></li>
      </ul>
    </section>`}
    <section class="dlg__section" aria-labelledby="${id}-share">
      <h3 id="${id}-share">${s.share}</h3>
      <div class="copy">
        <input class="copy__input" part="copy-input" readonly aria-labelledby="${id}-share" .value=${m.shareUrl} @focus=${(ev: FocusEvent) => (ev.target as HTMLInputElement).select()} />
        <button class="button" part="copy-button" data-copy=${m.shareUrl} @click=${m.onCopy}>${s.copyLink}</button>
      </div>
      <p class="copy__status${m.copyStatus ? '' : ' is-empty'}" role="status">${m.copyStatus}</p>
    </section>`;
}
