import { css } from 'lit';

/**
 * The `--hk-*` design tokens (ux-guide §0), declared on `:host` of every element.
 *
 * - Sizes are in `em`, never `rem`: hosts with `html{font-size:62.5%}` must not shrink the kit.
 * - Colours are `light-dark(light, dark)` and follow the **inherited** `color-scheme`, so a light page
 *   stays light on a dark OS; engines without `light-dark()` get the light values.
 * - `theme="light|dark|system"` on an element (or on `<hk-exchange-provider>`, whose children inherit
 *   it) sets `color-scheme`; `auto` (the default) leaves the page's scheme alone.
 *
 * Override tokens on the elements themselves, e.g. `hk-event-calendar { --hk-color-primary: #8a1538 }`:
 * these `:host` declarations shadow values set on ancestors such as `:root`.
 */
export const tokens = css`
  :host {
    --hk-space-1: 0.25em;
    --hk-space-2: 0.5em;
    --hk-space-3: 0.75em;
    --hk-space-4: 1em;
    --hk-space-5: 1.5em;
    --hk-space-6: 2em;
    --hk-space-7: 3em;
    --hk-radius: 0.375em;
    --hk-measure: 40em;
    --hk-divider-width: 1px;
    --hk-target-size: 24px;

    --hk-font-scale-sm: 0.875em;
    --hk-font-scale-md: 1.125em;
    --hk-font-scale-lg: 1.25em;
    --hk-font-scale-xl: 1.5em;

    --hk-font-latin: -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial;
    --hk-font-sans: var(--hk-font-latin), sans-serif;
    --hk-font-zh-hans: var(--hk-font-latin), 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC',
      'Source Han Sans SC', sans-serif;
    --hk-font-zh-hant: var(--hk-font-latin), 'PingFang HK', 'PingFang TC', 'Microsoft JhengHei', 'Noto Sans CJK HK',
      'Noto Sans CJK TC', sans-serif;

    /* Light values first: the fallback where light-dark() is unsupported (old WebViews). */
    --hk-color-text: #1a1d21;
    --hk-color-muted: #545b64;
    --hk-color-surface: #fff;
    --hk-color-surface-2: #f4f5f7;
    --hk-color-border: #6b7480;
    --hk-color-divider: #d3d7dc;
    --hk-color-primary: #0b5cad;
    --hk-color-on-primary: #fff;
    --hk-color-success: #1d7a3a;
    --hk-color-warning: #8a4b00;
    --hk-color-danger: #b3261e;
    --hk-focus-outline: #1a1d21;
    --hk-focus-halo: #ffd400;

    font-size: var(--hk-font-size, max(14px, 1em));
  }

  @supports (color: light-dark(#000, #fff)) {
    :host {
      --hk-color-text: light-dark(#1a1d21, #e8eaed);
      --hk-color-muted: light-dark(#545b64, #a9b1bb);
      --hk-color-surface: light-dark(#fff, #16181c);
      --hk-color-surface-2: light-dark(#f4f5f7, #1f232a);
      --hk-color-border: light-dark(#6b7480, #7a8492);
      --hk-color-divider: light-dark(#d3d7dc, #3a404a);
      --hk-color-primary: light-dark(#0b5cad, #7cb8ff);
      --hk-color-on-primary: light-dark(#fff, #16181c);
      --hk-color-success: light-dark(#1d7a3a, #6fd08c);
      --hk-color-warning: light-dark(#8a4b00, #ffb95c);
      --hk-color-danger: light-dark(#b3261e, #ff8a80);
      --hk-focus-outline: light-dark(#1a1d21, #ffd400);
      --hk-focus-halo: light-dark(#ffd400, #1a1d21);
    }
  }

  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='system']) {
    color-scheme: light dark;
  }
`;

/**
 * Shared base rules: CJK font stacks and line height by `lang`, focus ring, reduced motion, forced
 * colours and a visually-hidden utility. Zero-specificity (`:where`) so element styles always win.
 */
export const baseStyles = css`
  :where([part~='base']) {
    font-family: var(--hk-font-sans);
    line-height: 1.5;
    color: var(--hk-color-text);
  }
  /* Latin first, so digits avoid PingFang's weaker Latin glyphs; Noto picks CJK glyphs by lang. */
  :where(:lang(zh-Hans)) {
    font-family: var(--hk-font-zh-hans);
  }
  :where(:lang(zh-Hant)) {
    font-family: var(--hk-font-zh-hant);
  }
  :where(:lang(zh)) {
    line-height: 1.7;
  }
  :where(:lang(en)) {
    font-family: var(--hk-font-sans);
    line-height: 1.5;
  }
  :where(em:lang(zh)) {
    font-style: normal;
    font-weight: 600;
  }
  :where(:focus-visible) {
    outline: 3px solid var(--hk-focus-outline);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--hk-focus-halo);
  }
  :where(.visually-hidden) {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  :where([hidden]) {
    display: none !important;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :where(:focus-visible) {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;

/**
 * The family's buttons and state panels (loading, empty, error), shared so every element looks alike.
 * Buttons are at least 24 px (WCAG 2.5.8); `.button--primary` is 44 px high.
 */
export const controlStyles = css`
  :where(.button) {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--hk-space-2);
    min-block-size: max(var(--hk-target-size), 2em);
    min-inline-size: var(--hk-target-size);
    padding: var(--hk-space-1) var(--hk-space-3);
    border: var(--hk-divider-width) solid var(--hk-color-border);
    border-radius: var(--hk-radius);
    background: var(--hk-color-surface);
    color: var(--hk-color-text);
    font: inherit;
    cursor: pointer;
  }
  :where(.button:hover) {
    background: var(--hk-color-surface-2);
  }
  :where(.button--primary) {
    min-block-size: 44px;
    border-color: var(--hk-color-primary);
    background: var(--hk-color-primary);
    color: var(--hk-color-on-primary);
    font-weight: 600;
  }
  :where(.button--primary:hover) {
    background: var(--hk-color-primary);
    text-decoration: underline;
  }
  :where(.button:disabled, .button[aria-disabled='true']) {
    cursor: not-allowed;
    opacity: 0.6;
  }
  :where(.state) {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--hk-space-3);
    padding: var(--hk-space-4);
    border: var(--hk-divider-width) solid var(--hk-color-divider);
    border-radius: var(--hk-radius);
    background: var(--hk-color-surface-2);
    color: var(--hk-color-text);
    max-inline-size: var(--hk-measure);
  }
  :where(.state--error) {
    border-color: var(--hk-color-danger);
  }
  @media (forced-colors: active) {
    :where(.button, .state) {
      border-color: ButtonText;
    }
  }
`;
