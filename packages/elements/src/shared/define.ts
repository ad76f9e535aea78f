/**
 * Registers `ctor` under `tag` unless the tag is already taken, so loading the kit twice (the drop-in
 * plus an npm build, or a script tag included twice) never throws.
 *
 * A class that is already registered under another tag is registered again as a trivial subclass,
 * because a registry accepts each constructor only once. Returns the class that ends up registered
 * under `tag` (the first definition wins), or `undefined` where custom elements do not exist
 * (SSR, old WebViews) or `registry` is `null`.
 *
 * @example
 * ```ts
 * defineElement('hk-exchange-provider', HkExchangeProvider);
 * defineElement('partner-provider', HkExchangeProvider); // a second tag for the same class
 * ```
 */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor,
  registry: CustomElementRegistry | null | undefined = globalThis.customElements,
): CustomElementConstructor | undefined {
  if (!registry) return undefined;
  const existing = registry.get(tag);
  if (existing) return existing;
  try {
    registry.define(tag, ctor);
  } catch (error) {
    // NotSupportedError: this constructor already has a tag in this registry.
    if (!(error instanceof DOMException && error.name === 'NotSupportedError')) throw error;
    registry.define(tag, class extends (ctor as typeof HTMLElement) {});
  }
  return registry.get(tag);
}
