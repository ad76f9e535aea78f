import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/** Style properties by their CSS names (`inset-block-start`, `--_hours`); `undefined` leaves one unset. */
export type CssomStyles = Readonly<Record<string, string | undefined>>;

/**
 * Sets style properties through the CSSOM (`style.setProperty`), always, never as a `style` attribute.
 * Lit's `styleMap` writes its first value as the attribute, which a strict Content-Security-Policy
 * without `'unsafe-inline'` for styles refuses (a `style-src-attr` violation per element); properties set
 * through the CSSOM are allowed. Bind it to `style`: `style=${cssomStyle({ 'block-size': '50%' })}`.
 */
class CssomStyleDirective extends Directive {
  /** The values this directive set, to remove the ones dropped and skip the ones unchanged. */
  #set = new Map<string, string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') throw new Error('cssomStyle belongs in a style attribute');
  }

  render(_styles: CssomStyles): unknown {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [CssomStyles]): unknown {
    const style = (part.element as HTMLElement).style;
    for (const name of this.#set.keys()) {
      if (styles[name] === undefined) {
        style.removeProperty(name);
        this.#set.delete(name);
      }
    }
    for (const name in styles) {
      const value = styles[name];
      if (value === undefined || this.#set.get(name) === value) continue;
      style.setProperty(name, value);
      this.#set.set(name, value);
    }
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
