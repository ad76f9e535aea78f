// Runs inside the benchmark page. Exposes window.bench.{ours,fc}(options) → timings.
// Events are generated with a seeded PRNG as in shared/docs/performance-goals.md ("Method (render)").

function prng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s + 0x6d2b79f5) >>> 0), (((s ^ (s >>> 15)) * (1 | s)) >>> 0) / 2 ** 32) % 1;
}
const pad = (n) => String(n).padStart(2, '0');
const WORDS = ['沪港路演', 'Investor AMA', '创新论坛', 'Founders meetup', '創科講座', 'Demo day', '海聚英才', 'Workshop'];

export function makeEvents(count, spread, seed = 42) {
  const rnd = prng(seed);
  const out = [];
  for (let i = 0; i < count; i++) {
    const month = spread === 'year' ? Math.floor(rnd() * 12) : 2; // March for 'month'
    const day = 1 + Math.floor(rnd() * new Date(Date.UTC(2026, month + 1, 0)).getUTCDate());
    const allDay = rnd() < 0.15;
    const date = `2026-${pad(month + 1)}-${pad(day)}`;
    const title = `${WORDS[i % WORDS.length]} #${i}`;
    if (allDay) {
      out.push({ id: `e${i}`, title, date, allDay: true });
    } else {
      const slot = Math.floor(rnd() * 96);
      const mins = 30 + 15 * Math.floor(rnd() * 10);
      const startMin = slot * 15;
      const endMin = Math.min(startMin + mins, 24 * 60 - 1);
      const hm = (m) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
      out.push({ id: `e${i}`, title, date, allDay: false, start: `${date}T${hm(startMin)}:00+08:00`, end: `${date}T${hm(endMin)}:00+08:00` });
    }
  }
  return out;
}

const toSdkEvent = (e) => ({
  id: e.id, kind: 'roadshow', title: { en: e.title }, allDay: e.allDay,
  start: e.allDay ? e.date : e.start, end: e.allDay ? e.date : e.end,
  timeZone: 'Asia/Shanghai', region: 'shanghai', organizers: [], audience: [], tags: [], status: 'scheduled',
  provenance: { source: 'synthetic', confidence: 'low', synthetic: true },
});
const toFcEvent = (e) => (e.allDay ? { id: e.id, title: e.title, start: e.date, allDay: true } : { id: e.id, title: e.title, start: e.start, end: e.end });

/** Resolves at the end of the next frame: a task posted from inside requestAnimationFrame runs after style, layout and paint. */
const frameEnd = () => new Promise((resolve) => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => resolve(); ch.port2.postMessage(0); }));

function countElements(root) {
  let n = 0;
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) { n++; if (el.shadowRoot) walk(el.shadowRoot); }
  };
  walk(root);
  return n;
}

async function settle(el) {
  // The calendar renders after its data task completes; wait until nothing in it is busy.
  for (let i = 0; i < 50; i++) {
    await el.updateComplete;
    if (!el.shadowRoot?.querySelector('[aria-busy="true"]')) return;
    await new Promise((r) => setTimeout(r, 0));
  }
}

/**
 * A visitor's pace: the next click comes after the page has painted and rasterised the first frame
 * (software raster on 2 cores can take ~100 ms after the frame ends, and a switch right after the first
 * frame waits for it). Half a second, then an idle period.
 */
const pause = () => new Promise((resolve) => setTimeout(() => window.requestIdleCallback(() => resolve(), { timeout: 1000 }), 500));

const heap = () => (globalThis.gc && gc(), performance.memory?.usedJSHeapSize ?? 0);

const fcView = { month: 'dayGridMonth', week: 'timeGridWeek', list: 'listMonth' };

window.bench = {
  async ours({ count, spread, view, date = '2026-03-01', next = false }) {
    const input = makeEvents(count, spread).map(toSdkEvent);
    const host = document.getElementById('host');
    const heap0 = heap();
    const t0 = performance.now();
    const el = document.createElement('hk-event-calendar');
    el.setAttribute('view', view);
    el.setAttribute('date', date);
    el.setAttribute('time-zone', 'Asia/Shanghai');
    el.setAttribute('locale', 'en');
    el.events = input;
    host.append(el);
    await settle(el);
    await frameEnd();
    const first = performance.now() - t0;
    let switchMs;
    if (next) {
      const button = el.shadowRoot.querySelector('[part~="next"], [data-action="next"]');
      const t1 = performance.now();
      button.click();
      await settle(el);
      await frameEnd();
      switchMs = performance.now() - t1;
    }
    const dom = countElements(el.shadowRoot);
    await new Promise((r) => setTimeout(r, 300));
    const heapMb = (heap() - heap0) / 1e6;
    let laterSwitchMs;
    if (next) {
      await pause();
      const t2 = performance.now();
      el.shadowRoot.querySelector('[part~="next"], [data-action="next"]').click();
      await settle(el);
      await frameEnd();
      laterSwitchMs = performance.now() - t2;
    }
    return { first, switchMs, laterSwitchMs, dom, heapMb };
  },
  // The naive Lit grid (lit-month.js), month only: element creation → frame end, as for ours.
  async litMonth({ count, spread }) {
    const input = makeEvents(count, spread).map(toFcEvent);
    const host = document.getElementById('host');
    const heap0 = heap();
    const t0 = performance.now();
    const el = document.createElement('bench-lit-month');
    el.events = input;
    host.append(el);
    await el.updateComplete;
    await frameEnd();
    const first = performance.now() - t0;
    const dom = countElements(el.shadowRoot);
    await new Promise((r) => setTimeout(r, 300));
    const heapMb = (heap() - heap0) / 1e6;
    return { first, dom, heapMb };
  },
  async fc({ count, spread, view, date = '2026-03-01', next = false, dayMaxEvents = true }) {
    const input = makeEvents(count, spread).map(toFcEvent);
    const host = document.getElementById('host');
    const FC = window.FullCalendar;
    const heap0 = heap();
    const t0 = performance.now();
    const cal = new FC.Calendar(host, {
      plugins: [FC.dayGridPlugin, FC.timeGridPlugin, FC.listPlugin, FC.classicThemePlugin].filter(Boolean),
      initialView: fcView[view], initialDate: date, timeZone: 'local', events: input, dayMaxEvents,
    });
    cal.render();
    await frameEnd();
    const first = performance.now() - t0;
    let switchMs;
    if (next) {
      const t1 = performance.now();
      cal.next();
      await frameEnd();
      switchMs = performance.now() - t1;
    }
    const dom = countElements(host);
    await new Promise((r) => setTimeout(r, 300));
    const heapMb = (heap() - heap0) / 1e6;
    let laterSwitchMs;
    if (next) {
      await pause();
      const t2 = performance.now();
      cal.next();
      await frameEnd();
      laterSwitchMs = performance.now() - t2;
    }
    return { first, switchMs, laterSwitchMs, dom, heapMb };
  },
};
