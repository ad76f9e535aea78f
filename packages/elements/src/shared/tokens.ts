import { css } from 'lit';

/**
 * The kit's design tokens (ux-guide §0), read through private variables (house-style 16).
 *
 * - The **public** tokens are `--hk-*` custom properties that the page sets anywhere they inherit
 *   from: `:root`, a wrapper, or the element itself (`:root { --hk-color-primary: #8a1538 }`). The kit
 *   never declares them, so nothing shadows the page's values.
 * - Components read the **private** `--_*` copies declared here on `part="base"`, each
 *   `var(--hk-…, default)`; the defaults are the values in ux-guide §0.
 * - Sizes are in `em`, never `rem`: hosts with `html{font-size:62.5%}` must not shrink the kit.
 * - Colours are `light-dark(light, dark)` and follow the **inherited** `color-scheme`, so a light page
 *   stays light on a dark OS; engines without `light-dark()` get the light values.
 * - `theme="light|dark|system"` on an element (or on `<hk-exchange-provider>`, whose children inherit
 *   it) sets `color-scheme`; `auto` (the default) leaves the page's scheme alone.
 */
export const tokens = css`
  /* On the host (ux-guide §0), so a font-size the page sets on the element itself still wins. */
  :host {
    font-size: var(--hk-font-size, max(14px, 1em));
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

  [part~='base'] {
    --_space-1: var(--hk-space-1, 0.25em);
    --_space-2: var(--hk-space-2, 0.5em);
    --_space-3: var(--hk-space-3, 0.75em);
    --_space-4: var(--hk-space-4, 1em);
    --_space-5: var(--hk-space-5, 1.5em);
    --_radius: var(--hk-radius, 0.375em);
    --_measure: var(--hk-measure, 40em);
    --_divider-width: var(--hk-divider-width, 1px);
    --_target-size: var(--hk-target-size, 24px);

    --_font-latin: var(--hk-font-latin, -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial);
    --_font-sans: var(--hk-font-sans, var(--_font-latin), sans-serif);
    --_font-zh-hans: var(--hk-font-zh-hans, var(--_font-latin), 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei',
      'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif);
    --_font-zh-hant: var(--hk-font-zh-hant, var(--_font-latin), 'PingFang HK', 'PingFang TC', 'Microsoft JhengHei',
      'Noto Sans CJK HK', 'Noto Sans CJK TC', sans-serif);

    /* Light values: the fallback where light-dark() is unsupported (old WebViews). */
    --_text: var(--hk-color-text, #1a1d21);
    --_muted: var(--hk-color-muted, #545b64);
    --_surface: var(--hk-color-surface, #fff);
    --_surface-2: var(--hk-color-surface-2, #f4f5f7);
    --_border: var(--hk-color-border, #6b7480);
    --_divider: var(--hk-color-divider, #d3d7dc);
    --_primary: var(--hk-color-primary, #0b5cad);
    --_on-primary: var(--hk-color-on-primary, #fff);
    --_success: var(--hk-color-success, #1d7a3a);
    --_warning: var(--hk-color-warning, #8a4b00);
    --_danger: var(--hk-color-danger, #b3261e);
    --_focus-outline: var(--hk-focus-outline, #1a1d21);
    --_focus-halo: var(--hk-focus-halo, #ffd400);
  }

  @supports (color: light-dark(#000, #fff)) {
    [part~='base'] {
      --_text: var(--hk-color-text, light-dark(#1a1d21, #e8eaed));
      --_muted: var(--hk-color-muted, light-dark(#545b64, #a9b1bb));
      --_surface: var(--hk-color-surface, light-dark(#fff, #16181c));
      --_surface-2: var(--hk-color-surface-2, light-dark(#f4f5f7, #1f232a));
      --_border: var(--hk-color-border, light-dark(#6b7480, #7a8492));
      --_divider: var(--hk-color-divider, light-dark(#d3d7dc, #3a404a));
      --_primary: var(--hk-color-primary, light-dark(#0b5cad, #7cb8ff));
      --_on-primary: var(--hk-color-on-primary, light-dark(#fff, #16181c));
      --_success: var(--hk-color-success, light-dark(#1d7a3a, #6fd08c));
      --_warning: var(--hk-color-warning, light-dark(#8a4b00, #ffb95c));
      --_danger: var(--hk-color-danger, light-dark(#b3261e, #ff8a80));
      --_focus-outline: var(--hk-focus-outline, light-dark(#1a1d21, #ffd400));
      --_focus-halo: var(--hk-focus-halo, light-dark(#ffd400, #1a1d21));
    }
  }
`;

/**
 * Shared base rules: CJK font stacks and line height by `lang`, focus ring, reduced motion, forced
 * colours and a visually-hidden utility. Zero-specificity (`:where`) so element styles always win.
 */
export const baseStyles = css`
  :where([part~='base']) {
    font-family: var(--_font-sans);
    line-height: 1.5;
    color: var(--_text);
  }
  /* Latin first, so digits avoid PingFang's weaker Latin glyphs; Noto picks CJK glyphs by lang. */
  :where(:lang(zh-Hans)) {
    font-family: var(--_font-zh-hans);
  }
  :where(:lang(zh-Hant)) {
    font-family: var(--_font-zh-hant);
  }
  :where(:lang(zh)) {
    line-height: 1.7;
  }
  :where(:lang(en)) {
    font-family: var(--_font-sans);
    line-height: 1.5;
  }
  :where(em:lang(zh)) {
    font-style: normal;
    font-weight: 600;
  }
  :where(:focus-visible) {
    outline: 3px solid var(--_focus-outline);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_focus-halo);
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
    gap: var(--_space-2);
    min-block-size: max(var(--_target-size), 2em);
    min-inline-size: var(--_target-size);
    padding: var(--_space-1) var(--_space-3);
    border: var(--_divider-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  :where(.button:hover) {
    background: var(--_surface-2);
  }
  :where(.button--primary) {
    min-block-size: 44px;
    border-color: var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }
  :where(.button--primary:hover) {
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
    gap: var(--_space-3);
    padding: var(--_space-4);
    border: var(--_divider-width) solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_surface-2);
    color: var(--_text);
    max-inline-size: var(--_measure);
  }
  :where(.state--error) {
    border-color: var(--_danger);
  }
  @media (forced-colors: active) {
    :where(.button, .state) {
      border-color: ButtonText;
    }
  }
`;
