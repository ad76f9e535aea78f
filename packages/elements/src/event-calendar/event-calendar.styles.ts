import { css } from 'lit';
import { baseStyles, controlStyles, tokens } from '../shared/tokens.js';

// Sizes in em (never rem). Colours and sizes come from the private --_* copies of the --hk-* tokens
// (tokens.ts); kind colours are overridable per kind with --hk-kind-<kind>, set anywhere on the page.
const own = css`
  :host {
    display: block;
  }
  .cal {
    --_lane: 1.6em;
    --_holiday-bg: #fff4f2;
    background: var(--_surface);
  }
  /* Light kind colours first: the fallback where light-dark() is unsupported. */
  .k-forum { --_k: var(--hk-kind-forum, #0b5cad); }
  .k-competition { --_k: var(--hk-kind-competition, #a04b00); }
  .k-competition-stage { --_k: var(--hk-kind-competition-stage, #c07a18); }
  .k-expo { --_k: var(--hk-kind-expo, #1d7a3a); }
  .k-roadshow { --_k: var(--hk-kind-roadshow, #7b3fa0); }
  .k-training { --_k: var(--hk-kind-training, #00707a); }
  .k-summer-course { --_k: var(--hk-kind-summer-course, #b3261e); }
  .k-showcase { --_k: var(--hk-kind-showcase, #6b6200); }
  .k-lecture { --_k: var(--hk-kind-lecture, #545b64); }
  .k-makerthon { --_k: var(--hk-kind-makerthon, #a3195b); }
  .k-other { --_k: var(--hk-kind-other, #3f5f7f); }
  @supports (color: light-dark(#000, #fff)) {
    .cal { --_holiday-bg: light-dark(#fff4f2, #2a1d1c); }
    .k-forum { --_k: var(--hk-kind-forum, light-dark(#0b5cad, #7cb8ff)); }
    .k-competition { --_k: var(--hk-kind-competition, light-dark(#a04b00, #ffb95c)); }
    .k-competition-stage { --_k: var(--hk-kind-competition-stage, light-dark(#c07a18, #ffd08a)); }
    .k-expo { --_k: var(--hk-kind-expo, light-dark(#1d7a3a, #6fd08c)); }
    .k-roadshow { --_k: var(--hk-kind-roadshow, light-dark(#7b3fa0, #d3a6f0)); }
    .k-training { --_k: var(--hk-kind-training, light-dark(#00707a, #5fd3dc)); }
    .k-summer-course { --_k: var(--hk-kind-summer-course, light-dark(#b3261e, #ff8a80)); }
    .k-showcase { --_k: var(--hk-kind-showcase, light-dark(#6b6200, #e3d55c)); }
    .k-lecture { --_k: var(--hk-kind-lecture, light-dark(#545b64, #a9b1bb)); }
    .k-makerthon { --_k: var(--hk-kind-makerthon, light-dark(#a3195b, #ff86bd)); }
    .k-other { --_k: var(--hk-kind-other, light-dark(#3f5f7f, #9fc0e0)); }
  }

  h2, h3, p { margin: 0; }
  :where(button:not(.button)) { font: inherit; color: inherit; }
  .muted { color: var(--_muted); }
  .link {
    border: 0; padding: 0; background: none; color: var(--_primary);
    text-decoration: underline; cursor: pointer; min-block-size: var(--_target-size);
  }
  a { color: var(--_primary); }
  .icon { flex: none; inline-size: 1em; block-size: 1em; }
  .icon-btn {
    display: inline-grid; place-items: center; inline-size: 2.25em; block-size: 2.25em; padding: 0;
    border: var(--_divider-width) solid var(--_border); border-radius: var(--_radius);
    background: var(--_surface); cursor: pointer;
  }
  .icon-btn:hover { background: var(--_surface-2); }

  /* Toolbar */
  .toolbar {
    display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between;
    gap: var(--_space-2) var(--_space-4); padding-block-end: var(--_space-3);
  }
  .toolbar__nav, .toolbar__actions, .views { display: flex; align-items: center; gap: var(--_space-2); }
  .toolbar__actions { flex-wrap: wrap; }
  .title { font-size: 1.25em; font-weight: 600; min-inline-size: 8em; text-align: center; }
  .toolbar--compact .title { text-align: start; font-size: 1.125em; }
  .views { gap: 0; }
  .views .button { border-radius: 0; margin-inline-start: calc(-1 * var(--_divider-width)); }
  .views .button:first-child { border-start-start-radius: var(--_radius); border-end-start-radius: var(--_radius); margin: 0; }
  .views .button:last-child { border-start-end-radius: var(--_radius); border-end-end-radius: var(--_radius); }
  .button[aria-pressed='true'] {
    background: var(--_primary); border-color: var(--_primary); color: var(--_on-primary); font-weight: 600;
  }
  .button[aria-expanded='true'] { background: var(--_surface-2); border-color: var(--_primary); }
  .jump {
    font: inherit; color: inherit; background: var(--_surface); min-block-size: 2em;
    border: var(--_divider-width) solid var(--_border); border-radius: var(--_radius); padding: 0 var(--_space-2);
  }

  /* Filters */
  .filters { margin-block-end: var(--_space-2); }
  .filters__bar { display: flex; flex-wrap: wrap; gap: var(--_space-2); }
  .search {
    flex: 1 1 12em; min-inline-size: 0; font: inherit; color: inherit; background: var(--_surface); min-block-size: 2em;
    border: var(--_divider-width) solid var(--_border); border-radius: var(--_radius); padding: 0 var(--_space-3);
  }
  .filters__panel {
    display: grid; gap: var(--_space-3); margin-block-start: var(--_space-2); padding: var(--_space-3);
    border: var(--_divider-width) solid var(--_divider); border-radius: var(--_radius); background: var(--_surface-2);
  }
  .filters__panel > .link { justify-self: start; }
  .facet { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: var(--_space-2); align-items: center; }
  .facet legend { float: inline-start; font-weight: 600; margin-inline-end: var(--_space-2); padding: 0; }
  .chip {
    display: inline-flex; align-items: center; gap: var(--_space-1); min-block-size: var(--_target-size);
    padding: 0 var(--_space-3); border: var(--_divider-width) solid var(--_border); border-radius: 1em;
    background: var(--_surface); cursor: pointer; font-size: 0.875em;
  }
  .chip[aria-pressed='true'] {
    border-color: var(--_primary); background: color-mix(in srgb, var(--_primary) 14%, var(--_surface));
    font-weight: 600;
  }
  .chip[aria-pressed='true']::before { content: '✓'; }
  .chip__n { color: var(--_muted); font-variant-numeric: tabular-nums; }
  .zone-line { color: var(--_muted); font-size: 0.875em; margin-block-end: var(--_space-2); }

  /* Notes and states */
  .notes { display: grid; gap: var(--_space-1); margin-block-end: var(--_space-2); }
  .note {
    font-size: 0.875em; padding: var(--_space-1) var(--_space-3); border-inline-start: 0.25em solid var(--_divider);
    background: var(--_surface-2);
  }
  .note--warn { border-inline-start-color: var(--_warning); }
  .state { margin-block-end: var(--_space-3); }
  .skeleton { display: grid; gap: var(--_space-2); }
  .skeleton__rows span {
    display: block; block-size: 2.5em; margin-block: var(--_space-2); border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_surface-2), var(--_divider), var(--_surface-2));
    background-size: 200% 100%; animation: shimmer 1.5s linear infinite;
  }
  @keyframes shimmer { to { background-position: -200% 0; } }
  .status {
    display: inline-flex; align-items: center; gap: var(--_space-1); font-size: 0.875em; font-weight: 600;
    padding: 0 var(--_space-2); border: var(--_divider-width) solid currentColor; border-radius: var(--_radius);
    margin-inline-start: var(--_space-2); vertical-align: middle;
  }
  .status--cancelled { color: var(--_danger); }
  .status--postponed { color: var(--_warning); }
  .status--tentative { color: var(--_muted); }
  .ev.is-cancelled { text-decoration: line-through; }
  /* Not on its date for sure: a dashed edge and slanted text (the list, week and dialog also say it in words). */
  .ev.is-postponed, .ev.is-tentative { border-inline-start-style: dashed; font-style: italic; }

  /* Month grid */
  .month { display: grid; gap: var(--_space-4); }
  .month.has-panel { grid-template-columns: minmax(0, 1fr) 18em; align-items: start; }
  [data-size='s'] .month.has-panel, [data-size='m'] .month.has-panel { grid-template-columns: minmax(0, 1fr); }
  .grid { inline-size: 100%; table-layout: fixed; border-collapse: collapse; }
  .grid th {
    font-size: 0.875em; font-weight: 600; color: var(--_muted); padding: var(--_space-1); text-align: center;
  }
  .day {
    position: relative; vertical-align: top; padding: 0; block-size: calc(2.5em + 5 * var(--_lane) * 0.875);
    border: var(--_divider-width) solid var(--_divider);
  }
  [data-size='m'] .day { block-size: calc(2.5em + 4 * var(--_lane) * 0.875); }
  [data-size='s'] .day { block-size: calc(2.5em + 3 * var(--_lane) * 0.875); }
  .day.is-out { background: var(--_surface-2); }
  .day.is-holiday { background: var(--_holiday-bg); }
  .day__btn {
    display: grid; place-items: center; inline-size: 2em; block-size: 2em; margin: 0.25em; padding: 0;
    border: 0.125em solid transparent; border-radius: 50%; background: none; cursor: pointer;
    font-variant-numeric: tabular-nums;
  }
  .day__btn:hover { background: var(--_surface-2); border-color: var(--_divider); }
  .is-out .day__btn { color: var(--_muted); }
  .is-today .day__btn { border-color: var(--_primary); font-weight: 700; }
  .day[aria-selected='true'] .day__btn { background: var(--_primary); color: var(--_on-primary); }
  .day__hol {
    position: absolute; inset-block-start: 0.6em; inset-inline: 2.75em 0.25em; font-size: 0.75em; line-height: 1.4;
    color: var(--_danger); text-align: end; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
  }
  .is-makeup .day__hol { color: var(--_warning); }
  .day__ev { position: relative; font-size: 0.875em; block-size: calc(5 * var(--_lane)); }
  [data-size='m'] .day__ev { block-size: calc(4 * var(--_lane)); }
  [data-size='s'] .day__ev { block-size: calc(3 * var(--_lane)); }
  /* Class selectors, not \`.day__ev > *\`: a universal right-most selector is matched against every element. */
  .day__ev > .ev, .more {
    position: absolute; contain: layout style; inset-inline-start: 0.125em; block-size: calc(var(--_lane) - 0.2em); line-height: calc(var(--_lane) - 0.2em);
    white-space: nowrap; overflow: hidden; text-overflow: ellipsis; cursor: pointer; box-sizing: border-box;
  }
  .ev.l0, .more.l0 { inset-block-start: 0; }
  .ev.l1, .more.l1 { inset-block-start: var(--_lane); }
  .ev.l2, .more.l2 { inset-block-start: calc(2 * var(--_lane)); }
  .ev.l3, .more.l3 { inset-block-start: calc(3 * var(--_lane)); }
  .ev.l4, .more.l4 { inset-block-start: calc(4 * var(--_lane)); }
  .day__ev .ev { inline-size: calc(100% - 0.25em); z-index: 1; }
  .day__ev .s2 { inline-size: calc(200% - 0.25em); }
  .day__ev .s3 { inline-size: calc(300% - 0.25em); }
  .day__ev .s4 { inline-size: calc(400% - 0.25em); }
  .day__ev .s5 { inline-size: calc(500% - 0.25em); }
  .day__ev .s6 { inline-size: calc(600% - 0.25em); }
  .day__ev .s7 { inline-size: calc(700% - 0.25em); }
  .ev {
    color: var(--_text); border-radius: 0.25em; padding: 0 0.3em;
    background: color-mix(in srgb, var(--_k, var(--_primary)) 14%, var(--_surface));
    border: 0; border-inline-start: 0.25em solid var(--_k, var(--_primary));
  }
  .ev.bar { background: color-mix(in srgb, var(--_k, var(--_primary)) 28%, var(--_surface)); }
  .ev.cb { border-inline-start-width: 0; border-start-start-radius: 0; border-end-start-radius: 0; }
  .ev.ca { border-start-end-radius: 0; border-end-end-radius: 0; }
  .ev:hover { filter: brightness(0.95); }
  .more { color: var(--_primary); font-weight: 600; text-decoration: underline; padding-inline: 0.3em; }

  /* Day panel */
  .panel {
    display: grid; gap: var(--_space-2); padding: var(--_space-3); border: var(--_divider-width) solid var(--_divider);
    border-radius: var(--_radius); max-block-size: 40em; overflow: auto;
  }
  .panel__title { font-size: 1.125em; }
  .panel .agenda__head { display: none; }
  .panel .item { grid-template-columns: minmax(0, 1fr); gap: 0; }

  /* List */
  .agenda__day { margin-block-end: var(--_space-4); }
  .agenda__head {
    font-size: 1em; font-weight: 600; padding-block: var(--_space-1); border-block-end: var(--_divider-width) solid var(--_divider);
  }
  .agenda__day.is-today .agenda__head { color: var(--_primary); }
  .agenda__list, .upcoming, .plain, .links { list-style: none; margin: 0; padding: 0; }
  .item {
    display: grid; grid-template-columns: 10em minmax(0, 1fr); gap: var(--_space-3); padding-block: var(--_space-2);
    border-block-end: var(--_divider-width) solid var(--_surface-2);
  }
  [data-size='s'] .item { grid-template-columns: minmax(0, 1fr); gap: 0; }
  .item__time { color: var(--_muted); font-variant-numeric: tabular-nums; }
  /* The agenda's disclosure: a caret on the event's button, the details below the whole row. */
  .item__title[aria-expanded]::before { content: '▸' / ''; color: var(--_muted); margin-inline-end: 0.3em; }
  .item__title[aria-expanded='true']::before { content: '▾' / ''; }
  .item__details {
    grid-column: -2 / -1; display: grid; gap: var(--_space-3); margin-block-start: var(--_space-2); padding: var(--_space-3);
    border-radius: var(--_radius); background: var(--_surface-2); min-inline-size: 0;
  }
  .item__main { min-inline-size: 0; }
  .item__title {
    display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden; overflow-wrap: break-word; max-inline-size: 100%;
    border: 0; border-inline-start: 0.25em solid var(--_k, var(--_primary)); padding: 0 0 0 var(--_space-2);
    background: none; color: var(--_primary); font-weight: 600; text-align: start; text-decoration: underline;
    cursor: pointer; min-block-size: var(--_target-size);
  }
  .upcoming .item__title { border: 0; padding: 0; }
  .item__meta { display: block; color: var(--_muted); font-size: 0.875em; overflow-wrap: break-word; }
  .badge--hol { font-weight: 400; font-size: 0.875em; color: var(--_danger); }
  .agenda__more { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-3); color: var(--_muted); }
  .agenda__earlier { margin-block-end: var(--_space-3); }

  /* Upcoming */
  .upcoming__item {
    display: grid; grid-template-columns: 5em minmax(0, 1fr); gap: var(--_space-3); align-items: start;
    padding-block: var(--_space-2); border-block-end: var(--_divider-width) solid var(--_divider);
  }
  .upcoming__date {
    font-size: 0.875em; font-weight: 600; text-align: center; padding: var(--_space-1); border-radius: var(--_radius);
    border-block-start: 0.25em solid var(--_k, var(--_primary));
    background: color-mix(in srgb, var(--_k, var(--_primary)) 12%, var(--_surface));
  }

  /* Week */
  /* minmax(0, …): a long word must not widen the tracks (break-word, unlike anywhere, keeps min-content). */
  .week { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space-3); }
  .week__gutter { display: none; }
  .week__head { font-size: 1em; font-weight: 600; }
  .week__wd { color: var(--_muted); }
  .week__hol { display: block; font-size: 0.75em; font-weight: 400; color: var(--_danger); }
  .week__all, .week__timed {
    list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space-1);
  }
  .week .ev {
    display: block; inline-size: 100%; text-align: start; cursor: pointer; padding: 0.125em 0.375em;
    font-size: 0.875em; overflow: hidden; overflow-wrap: break-word;
  }
  .ev__time { display: block; color: var(--_muted); font-variant-numeric: tabular-nums; }
  .week .ev__time { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .week__none { color: var(--_muted); font-size: 0.875em; }
  [data-size='l'] .week {
    grid-template-columns: 3.5em repeat(7, minmax(0, 1fr)); gap: 0;
    grid-template-rows: auto auto calc(var(--_hours) * 3em);
  }
  /* Hong Kong hours are written 上午10時: a wider gutter keeps them off the edge. */
  [data-size='l']:lang(zh-Hant) .week { grid-template-columns: 4.25em repeat(7, minmax(0, 1fr)); }
  [data-size='l'] .week__gutter {
    display: grid; grid-row: 3; grid-column: 1; grid-template-rows: repeat(var(--_hours), 1fr);
    font-size: 0.75em; color: var(--_muted); text-align: end; padding-inline-end: var(--_space-2);
  }
  [data-size='l'] .week__day {
    grid-row: 1 / span 3; display: grid; grid-template-rows: subgrid; min-inline-size: 0;
    border-inline-start: var(--_divider-width) solid var(--_divider);
  }
  [data-size='l'] .week__day.is-today { background: color-mix(in srgb, var(--_primary) 5%, var(--_surface)); }
  /* The day headings stay in view while the page scrolls through the hours (what each column is). */
  [data-size='l'] .week__head {
    text-align: center; padding: var(--_space-1); border-block-end: var(--_divider-width) solid var(--_divider);
    position: sticky; inset-block-start: 0; z-index: 2; background: var(--_surface);
  }
  [data-size='l'] .week__day.is-today .week__head { background: inherit; }
  [data-size='l'] .week__num { display: block; font-size: 1.25em; }
  [data-size='l'] .week__allrow { border-block-end: var(--_divider-width) solid var(--_border); padding-block: 0.125em; }
  [data-size='l'] .week__all { position: relative; display: block; block-size: calc(var(--_lanes) * 2.1em); }
  [data-size='l'] .week__all li {
    position: absolute; z-index: 1; inset-inline-start: 0; inline-size: 100%; block-size: 2em;
    padding-inline: 0.125em; box-sizing: border-box;
  }
  [data-size='l'] .week__all .l1 { inset-block-start: 2.1em; }
  [data-size='l'] .week__all .l2 { inset-block-start: 4.2em; }
  [data-size='l'] .week__all .l3 { inset-block-start: 6.3em; }
  [data-size='l'] .week__all .ev { block-size: 100%; white-space: nowrap; text-overflow: ellipsis; }
  [data-size='l'] .week__all .ev__time { display: none; }
  [data-size='l'] .week__none { position: absolute; clip-path: inset(50%); inline-size: 1px; block-size: 1px; overflow: hidden; }
  [data-size='l'] .week__timed {
    position: relative; display: block;
    background: repeating-linear-gradient(to bottom, var(--_divider) 0 1px, transparent 1px calc(100% / var(--_hours)));
  }
  [data-size='l'] .week__timed li {
    position: absolute; padding: 1px; box-sizing: border-box; min-block-size: 1.5em;
  }
  /* Narrow boxes: lines break between words only; a word wider than the box ends in an ellipsis. */
  [data-size='l'] .week__timed .ev { block-size: 100%; overflow-wrap: normal; text-overflow: ellipsis; display: -webkit-box; -webkit-box-orient: vertical; overflow: clip; overflow-clip-margin: content-box; }
  [data-size='l'] .week__timed .ev, [data-size='l'] .week__timed .ev * { line-height: 1.4; }
  [data-size='l'] .week__timed .ev--one .ev__time { display: inline; }
  /* A button centres content shorter than itself (flex or grid would lose the ellipsis): overfill it. */
  [data-size='l'] .week__timed .ev::after { content: ''; display: block; block-size: 100vh; }
  /* The current time in today's column (decorative: the hours are in the gutter). */
  [data-size='l'] .has-now::before, [data-size='l'] .has-now::after {
    content: ''; position: absolute; z-index: 2; pointer-events: none; inset-block-start: var(--_now);
  }
  [data-size='l'] .has-now::after { inset-inline: 0; border-block-start: 2px solid var(--_danger); margin-block-start: -1px; }
  [data-size='l'] .has-now::before {
    inset-inline-start: -5px; inline-size: 10px; block-size: 10px; margin-block-start: -5px; border-radius: 50%; background: var(--_danger);
  }
  .week__over {
    inline-size: 100%; block-size: 100%; min-block-size: var(--_target-size); padding: 0 0.25em; cursor: pointer;
    border: var(--_divider-width) dashed var(--_border); border-radius: 0.25em; background: var(--_surface-2);
    color: var(--_primary); font-size: 0.875em; font-weight: 600; text-decoration: underline;
    overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
  }

  /* Footer and subscribe */
  .footer { display: grid; gap: var(--_space-2); margin-block-start: var(--_space-3); }
  .footer__row { display: flex; flex-wrap: wrap; gap: var(--_space-2); }
  .footer a.button { text-decoration: none; }
  .subscribe {
    display: grid; gap: var(--_space-2); padding: var(--_space-3); border: var(--_divider-width) solid var(--_divider);
    border-radius: var(--_radius); background: var(--_surface-2); max-inline-size: var(--_measure);
  }
  .copy { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-2); }
  .copy > a { flex-basis: 100%; }
  .copy__input {
    flex: 1 1 12em; min-inline-size: 0; font: inherit; font-size: 0.875em; color: inherit; background: var(--_surface);
    border: var(--_divider-width) solid var(--_border); border-radius: var(--_radius); padding: var(--_space-1) var(--_space-2);
  }
  .copy__status { color: var(--_success); font-size: 0.875em; }
  /* The live region stays in the tree (text put into a new region may go unread) but, empty, out of the
     section's grid, so no row gap is left under the copy field. */
  .copy__status.is-empty { position: absolute; block-size: 0; overflow: hidden; }

  /* Dialog */
  .dlg {
    inline-size: min(40em, calc(100vw - 2em)); max-block-size: calc(100dvh - 2em); padding: 0;
    border: var(--_divider-width) solid var(--_border); border-radius: var(--_radius);
    background: var(--_surface); color: var(--_text);
  }
  .dlg::backdrop { background: rgb(0 0 0 / 0.5); }
  /* One column no wider than the dialog: a long URL or word in the text wraps instead of widening it. */
  .dlg__inner { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space-4); padding: var(--_space-5); }
  .dlg__head { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: var(--_space-1) var(--_space-3); }
  .dlg__kind { grid-column: 1; color: var(--_muted); font-size: 0.875em; display: flex; align-items: center; gap: var(--_space-2); }
  .swatch { inline-size: 0.75em; block-size: 0.75em; border-radius: 50%; background: var(--_k); }
  .dlg__title { grid-column: 1; font-size: 1.25em; overflow-wrap: anywhere; max-block-size: 12em; overflow: auto; }
  .dlg__close { grid-column: 2; grid-row: 1 / span 2; }
  .dlg__status .status { margin: 0; }
  .dlg__summary { max-inline-size: var(--_measure); overflow-wrap: anywhere; }
  .dlg__facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: var(--_space-2) var(--_space-4); margin: 0; }
  .dlg__facts dt { font-weight: 600; }
  .dlg__facts dd { margin: 0; overflow-wrap: anywhere; }
  .dlg__section { display: grid; gap: var(--_space-2); }
  .dlg__section h3 { font-size: 1em; }
  .links { display: flex; flex-wrap: wrap; gap: var(--_space-2); }
  .links a { text-decoration: none; }
  .zone { color: var(--_muted); }

  /* Small: two-row toolbar, 44 px primary targets. */
  [data-size='s'] .toolbar__nav { inline-size: 100%; justify-content: space-between; }
  /* A title too long for the row (a week across years) wraps rather than overflows. */
  [data-size='s'] .title { flex: 1; min-inline-size: 0; overflow-wrap: anywhere; }
  [data-size='s'] .icon-btn { inline-size: 44px; block-size: 44px; }
  [data-size='s'] .toolbar__actions .button { min-block-size: 44px; }
  /* Today and the month field share a row; the views take the next, in equal parts. */
  [data-size='s'] .toolbar__actions { inline-size: 100%; }
  [data-size='s'] .jump { flex: 1 1 8em; min-inline-size: 0; min-block-size: 44px; }
  [data-size='s'] .views { flex: 1 1 100%; }
  [data-size='s'] .views .button { flex: 1; }
  [data-size='s'] .dlg__facts { grid-template-columns: minmax(0, 1fr); gap: 0; }
  [data-size='s'] .dlg__facts dd:not(:last-child) { margin-block-end: var(--_space-2); }
  [data-size='s'] .dlg__inner { padding: var(--_space-4); }

  @media (forced-colors: active) {
    .ev, .chip, .day__btn, .upcoming__date { border: 1px solid CanvasText; }
    .day[aria-selected='true'] .day__btn, .button[aria-pressed='true'], .chip[aria-pressed='true'] { outline: 2px solid Highlight; }
    /* The grey of other months' days is gone: their numbers in GrayText, with a dashed frame, say it. */
    .is-out .day__btn { color: GrayText; border-style: dashed; }
  }
`;

/** Styles of `<hk-event-calendar>`: the kit's tokens and base, then the calendar's own. */
export const styles = [tokens, baseStyles, controlStyles, own];
