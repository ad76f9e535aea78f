import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from './define.js';

// Classes are compared with `===` inside expect(): a failing chai assertion whose actual value is a
// LitElement class hangs the browser until wtr's testsFinishTimeout (seen with wtr 0.20 + chai 4).
let n = 0;
const uniqueTag = () => `hk-define-test-${++n}-${Math.random().toString(36).slice(2, 8)}`;

describe('defineElement', () => {
  it('should register a class and return it', () => {
    class A extends LitElement {}
    const tag = uniqueTag();
    expect(defineElement(tag, A) === A, 'returns the class').to.equal(true);
    expect(customElements.get(tag) === A, 'registered').to.equal(true);
  });

  it('should keep the first definition when a tag is defined again, without throwing', () => {
    class A extends LitElement {}
    class B extends LitElement {}
    const tag = uniqueTag();
    defineElement(tag, A);
    expect(() => defineElement(tag, A)).not.to.throw();
    expect(defineElement(tag, B) === A, 'returns the first class').to.equal(true);
    expect(customElements.get(tag) === A, 'first class stays').to.equal(true);
  });

  it('should register an already registered class under a second tag', () => {
    class A extends LitElement {}
    const first = uniqueTag();
    const second = uniqueTag();
    defineElement(first, A);
    const registered = defineElement(second, A);
    expect(typeof registered).to.equal('function');
    expect(registered === A, 'a subclass, not A itself').to.equal(false);
    expect(document.createElement(second)).to.be.instanceOf(A);
  });

  it('should do nothing without a registry', () => {
    class A extends LitElement {}
    const tag = uniqueTag();
    expect(defineElement(tag, A, null) === undefined, 'returns undefined').to.equal(true);
    expect(customElements.get(tag) === undefined, 'nothing registered').to.equal(true);
  });

  it('should survive loading the define modules twice', async () => {
    await import('../define.js');
    // A cache-busting query makes the browser evaluate the module a second time, as a page that
    // includes the script twice would. The dev server serves the .ts sources as JavaScript.
    const again = Date.now();
    await import(`../provider/provider.define.ts?again=${again}`);
    await import(`../define.ts?again=${again}`);
    expect(typeof customElements.get('hk-exchange-provider')).to.equal('function');
  });
});
