import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { Task } from '@lit/task';
import { createClient, pickText, type Event } from '@shhk/sdk';
import { HkElement } from '../shared/base-element.js';
import { t } from '../shared/strings.js';
import { tokens, baseStyles, controlStyles } from '../shared/tokens.js';
import '../define.js';
import type { HkExchangeProvider } from './provider.js';

/** A minimal data element built the way the kit's elements are: HkElement + @lit/task. */
class HkTestEvents extends HkElement {
  static override styles = [tokens, baseStyles, controlStyles];

  readonly task = new Task(this, {
    task: async ([client], { signal }) => {
      if (!client) throw new Error('no client');
      return client.events.list({ limit: 3 }, { signal });
    },
    args: () => [this.client] as const,
  });

  protected override render() {
    const locale = this.resolvedLocale;
    return litHtml`<div part="base" lang=${locale}>
      ${this.task.render({
        pending: () => litHtml`<p role="status">${t(locale, 'loading')}</p>`,
        error: () => litHtml`<div class="state state--error" role="status"><p>${t(locale, 'error')}</p><button class="button" @click=${() => this.task.run()}>${t(locale, 'retry')}</button></div>`,
        complete: (page) => litHtml`<ul>
          ${page.items.map((event: Event) => {
            const title = pickText(event.title, locale);
            return litHtml`<li lang=${title?.lang ?? locale} data-id=${event.id}>${title?.text}</li>`;
          })}
        </ul>`,
      })}
    </div>`;
  }
}
customElements.define('hk-test-events', HkTestEvents);

declare global {
  interface HTMLElementTagNameMap {
    'hk-test-events': HkTestEvents;
  }
}

const items = (el: HkTestEvents) => [...(el.shadowRoot?.querySelectorAll('li') ?? [])];

describe('<hk-exchange-provider>', () => {
  it('should give descendants a client that lists events from the real API', async () => {
    const provider = await fixture<HkExchangeProvider>(html`
      <hk-exchange-provider api-base="/v1" locale="en">
        <section><hk-test-events></hk-test-events></section>
      </hk-exchange-provider>
    `);
    const child = provider.querySelector('hk-test-events')!;
    expect(child.client).to.equal(provider.client);
    await waitUntil(() => items(child).length === 3, 'three events from /v1/events?limit=3', { timeout: 8000 });
    for (const li of items(child)) {
      expect(li.dataset['id']).to.match(/^[a-z0-9-]+$/);
      expect(li.textContent?.trim()).not.to.equal('');
    }
  });

  it('should answer from an offline dataset given by the dataset attribute', async () => {
    const provider = await fixture<HkExchangeProvider>(html`
      <hk-exchange-provider dataset="/test-fixtures/dataset.json" locale="zh-Hans">
        <hk-test-events></hk-test-events>
      </hk-exchange-provider>
    `);
    const child = provider.querySelector('hk-test-events')!;
    await waitUntil(() => items(child).length === 3, 'three events from the dataset file', { timeout: 8000 });
  });

  it('should show an accessible error state when there is no client', async () => {
    const provider = await fixture<HkExchangeProvider>(html`<hk-exchange-provider locale="zh-Hant-HK"><hk-test-events></hk-test-events></hk-exchange-provider>`);
    const child = provider.querySelector('hk-test-events')!;
    expect(provider.client).to.equal(undefined);
    await waitUntil(() => child.shadowRoot?.querySelector('.state--error'), 'error state');
    expect(child.shadowRoot!.textContent).to.include('再試一次');
    await expect(child).to.be.accessible();
  });

  it('should negotiate the locale and accept aliases', async () => {
    const cases: [string, string][] = [
      ['zh-CN', 'zh-Hans'],
      ['zh-HK', 'zh-Hant-HK'],
      ['zh-TW', 'zh-Hant-HK'],
      ['zh-Hant', 'zh-Hant-HK'],
      ['en-GB', 'en'],
      ['EN', 'en'],
    ];
    for (const [requested, expected] of cases) {
      const provider = await fixture<HkExchangeProvider>(html`<hk-exchange-provider locale=${requested}><hk-test-events></hk-test-events></hk-exchange-provider>`);
      expect(provider.config.locale, requested).to.equal(expected);
      expect(provider.querySelector('hk-test-events')!.resolvedLocale, requested).to.equal(expected);
    }
  });

  it('should fall back to the page language, then the browser language', async () => {
    const inPage = await fixture<HTMLElement>(html`<div lang="zh-HK"><hk-exchange-provider locale="fr"></hk-exchange-provider></div>`);
    expect(inPage.querySelector('hk-exchange-provider')!.config.locale).to.equal('zh-Hant-HK');
    const bare = await fixture<HkExchangeProvider>(html`<hk-exchange-provider></hk-exchange-provider>`);
    // The runner pins the browser to en-US and the test page has no lang.
    expect(bare.config.locale).to.equal('en');
  });

  it('should follow the page language when it changes in place (a site switching language)', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="zh-HK"><hk-exchange-provider><hk-test-events></hk-test-events></hk-exchange-provider>
      <hk-test-events id="alone"></hk-test-events></div>`);
    const provider = page.querySelector('hk-exchange-provider')!;
    const [inside, alone] = [...page.querySelectorAll('hk-test-events')];
    expect([provider.config.locale, inside!.resolvedLocale, alone!.resolvedLocale]).to.deep.equal(['zh-Hant-HK', 'zh-Hant-HK', 'zh-Hant-HK']);
    page.setAttribute('lang', 'en');
    await waitUntil(() => alone!.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('lang') === 'en', 'the element alone re-rendered');
    await waitUntil(() => inside!.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('lang') === 'en', 'the provider re-provided');
    expect(provider.config.locale).to.equal('en');
    alone!.remove(); // stops listening; the others still follow
    page.setAttribute('lang', 'zh-CN');
    await waitUntil(() => inside!.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('lang') === 'zh-Hans', 'the provider follows again');
  });

  it('should update descendants when the locale changes', async () => {
    const provider = await fixture<HkExchangeProvider>(html`<hk-exchange-provider locale="en"><hk-test-events></hk-test-events></hk-exchange-provider>`);
    const child = provider.querySelector('hk-test-events')!;
    provider.locale = 'zh-Hant-HK';
    await provider.updateComplete;
    await child.updateComplete;
    expect(child.resolvedLocale).to.equal('zh-Hant-HK');
    expect(child.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('zh-Hant-HK');
  });

  it('should let an element override the provider with its own attributes', async () => {
    const provider = await fixture<HkExchangeProvider>(html`
      <hk-exchange-provider api-base="/v1" locale="en">
        <hk-test-events locale="zh-Hans" dataset="/test-fixtures/dataset.json"></hk-test-events>
      </hk-exchange-provider>
    `);
    const child = provider.querySelector('hk-test-events')!;
    expect(child.resolvedLocale).to.equal('zh-Hans');
    expect(child.client).to.exist;
    expect(child.client).not.to.equal(provider.client);
  });

  it('should keep a client assigned by the page instead of building one', async () => {
    const requests: string[] = [];
    const client = createClient({
      baseUrl: 'https://exchange.example.org/v1',
      fetch: async (request) => {
        requests.push(request.url);
        return Response.json({ items: [], nextCursor: null });
      },
    });
    const provider = await fixture<HkExchangeProvider>(html`<hk-exchange-provider api-base="/v1"><hk-test-events></hk-test-events></hk-exchange-provider>`);
    provider.client = client;
    await provider.updateComplete;
    provider.locale = 'zh-Hans';
    await provider.updateComplete;
    expect(provider.client).to.equal(client);
    const child = provider.querySelector('hk-test-events')!;
    expect(child.client).to.equal(client);
    await waitUntil(() => requests.length > 0, 'the injected fetch is used');
    expect(requests[0]).to.match(/^https:\/\/exchange\.example\.org\/v1\/events\?limit=3/);
  });

  it('should map theme to color-scheme for its children and render no box', async () => {
    const provider = await fixture<HkExchangeProvider>(html`<hk-exchange-provider theme="dark"><hk-test-events></hk-test-events></hk-exchange-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
    expect(getComputedStyle(provider.querySelector('hk-test-events')!).colorScheme).to.equal('dark');
    expect(provider.config.theme).to.equal('dark');
    provider.theme = 'bogus' as never;
    await provider.updateComplete;
    expect(provider.config.theme).to.equal('auto');
  });

  it('should be accessible with content', async () => {
    const provider = await fixture<HkExchangeProvider>(html`
      <hk-exchange-provider api-base="/v1" locale="en"><hk-test-events></hk-test-events></hk-exchange-provider>
    `);
    const child = provider.querySelector('hk-test-events')!;
    await waitUntil(() => items(child).length === 3, 'events loaded', { timeout: 8000 });
    await expect(provider).to.be.accessible();
    await expect(child).to.be.accessible();
  });
});
