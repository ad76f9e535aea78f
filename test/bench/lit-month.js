// The "naive Lit grid" of shared/docs/performance-goals.md ("Lit references"): a 6×7 CSS-grid month
// that buckets events by local day, sorts each day and shows up to 3 chips plus "+N more". A lower
// bound, not a product: no accessibility, no multi-day bars, no time zones, no theming. Measured in
// the same run as <hk-event-calendar> so the cost of those features can be read as a ratio.
import { LitElement, css, html } from 'lit';

const CAP = 3;
const pad = (n) => String(n).padStart(2, '0');
const localKey = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

class BenchLitMonth extends LitElement {
  static properties = { events: { attribute: false } };

  static styles = css`
    .grid { display: grid; grid-template-columns: repeat(7, minmax(0, 1fr)); border-top: 1px solid #ccc; border-left: 1px solid #ccc; }
    .cell { min-height: 7em; border-right: 1px solid #ccc; border-bottom: 1px solid #ccc; padding: 2px; overflow: hidden; }
    .num { font-size: 0.85em; color: #555; }
    .chip { font-size: 0.8em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; background: #e8f0fe; margin-top: 1px; }
    .more { font-size: 0.8em; color: #0b5cad; }
  `;

  constructor() {
    super();
    this.events = [];
  }

  render() {
    const time = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' });
    const buckets = new Map();
    for (const e of this.events) {
      const start = new Date(e.start);
      const key = e.allDay ? e.start : localKey(start);
      let list = buckets.get(key);
      if (!list) buckets.set(key, (list = []));
      list.push({ t: e.allDay ? 0 : start.getTime(), title: e.title, allDay: !!e.allDay, start });
    }
    const first = new Date(2026, 2, 1);
    const days = [];
    for (let i = 0; i < 42; i++) days.push(new Date(2026, 2, 1 - first.getDay() + i));
    return html`<div class="grid">${days.map((d) => {
      const list = buckets.get(localKey(d)) ?? [];
      list.sort((a, b) => (a.allDay === b.allDay ? a.t - b.t : a.allDay ? -1 : 1));
      return html`<div class="cell"><div class="num">${d.getDate()}</div>${list.slice(0, CAP).map((e) =>
        html`<div class="chip">${e.allDay ? '' : `${time.format(e.start)} `}${e.title}</div>`)}${
        list.length > CAP ? html`<div class="more">+${list.length - CAP} more</div>` : ''}</div>`;
    })}</div>`;
  }
}
customElements.define('bench-lit-month', BenchLitMonth);
