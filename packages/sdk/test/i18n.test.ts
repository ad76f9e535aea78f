import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BCP47, localeFallbacks, negotiateLocale, normalizeLocale, pickText } from '../src/i18n/index.js';

describe('normalizeLocale', () => {
  const table: [string, string | undefined][] = [
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['zh-HK', 'zh-Hant-HK'],
    ['zh-MO', 'zh-Hant-HK'],
    ['zh-TW', 'zh-Hant-HK'],
    ['zh-Hant', 'zh-Hant-HK'],
    ['zh-Hant-HK', 'zh-Hant-HK'],
    ['zh-Hant-TW', 'zh-Hant-HK'],
    ['zh-Hant-CN', 'zh-Hant-HK'],
    ['yue-HK', 'zh-Hant-HK'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['en-HK', 'en'],
    ['EN-us', 'en'],
    ['ZH-hk', 'zh-Hant-HK'],
    ['zh_TW', 'zh-Hant-HK'],
    ['zh_cn', 'zh-Hans'],
    [' zh-hant-hk ', 'zh-Hant-HK'],
    ['fr', undefined],
    ['fr-CA', undefined],
    ['english', undefined],
    ['', undefined],
    ['zhx', undefined],
  ];
  for (const [tag, expected] of table) {
    it(`maps ${JSON.stringify(tag)} to ${expected ?? 'undefined'}`, () => {
      assert.equal(normalizeLocale(tag), expected);
    });
  }
});

describe('negotiateLocale', () => {
  it('prefers the requested locale (attribute)', () => {
    assert.equal(negotiateLocale({ requested: 'en', languages: ['zh-HK'] }), 'en');
    assert.equal(negotiateLocale({ requested: 'zh-TW', languages: ['en'] }), 'zh-Hant-HK');
  });
  it('falls through an unusable request to the languages, in order', () => {
    assert.equal(negotiateLocale({ requested: 'fr', languages: ['de', 'zh-MO', 'en'] }), 'zh-Hant-HK');
    assert.equal(negotiateLocale({ requested: null, languages: ['en-AU', 'zh-CN'] }), 'en');
    assert.equal(negotiateLocale({ requested: '', languages: ['ja', 'zh'] }), 'zh-Hans');
  });
  it('defaults to zh-Hans, or the given fallback', () => {
    assert.equal(negotiateLocale(), 'zh-Hans');
    assert.equal(negotiateLocale({ languages: ['fr', 'de'] }), 'zh-Hans');
    assert.equal(negotiateLocale({ languages: ['fr'], fallback: 'en' }), 'en');
  });
});

describe('pickText', () => {
  const all = { 'zh-Hans': '创新', 'zh-Hant-HK': '創新', en: 'Innovation' };

  it('returns the requested locale when present', () => {
    assert.deepEqual(pickText(all, 'zh-Hans'), { text: '创新', lang: 'zh-Hans' });
    assert.deepEqual(pickText(all, 'zh-Hant-HK'), { text: '創新', lang: 'zh-Hant-HK' });
    assert.deepEqual(pickText(all, 'en'), { text: 'Innovation', lang: 'en' });
  });

  it('follows zh-Hans → zh-Hant-HK → en', () => {
    assert.deepEqual(pickText({ 'zh-Hant-HK': '創新', en: 'Innovation' }, 'zh-Hans'), { text: '創新', lang: 'zh-Hant-HK' });
    assert.deepEqual(pickText({ en: 'Innovation' }, 'zh-Hans'), { text: 'Innovation', lang: 'en' });
  });

  it('follows zh-Hant-HK → zh-Hans → en', () => {
    assert.deepEqual(pickText({ 'zh-Hans': '创新', en: 'Innovation' }, 'zh-Hant-HK'), { text: '创新', lang: 'zh-Hans' });
    assert.deepEqual(pickText({ en: 'Innovation' }, 'zh-Hant-HK'), { text: 'Innovation', lang: 'en' });
  });

  it('follows en → zh-Hans → zh-Hant-HK', () => {
    assert.deepEqual(pickText({ 'zh-Hans': '创新', 'zh-Hant-HK': '創新' }, 'en'), { text: '创新', lang: 'zh-Hans' });
    assert.deepEqual(pickText({ 'zh-Hant-HK': '創新' }, 'en'), { text: '創新', lang: 'zh-Hant-HK' });
  });

  it('skips empty and whitespace-only strings', () => {
    assert.deepEqual(pickText({ en: '  ', 'zh-Hans': '', 'zh-Hant-HK': '創新' }, 'en'), { text: '創新', lang: 'zh-Hant-HK' });
  });

  it('returns undefined when there is no text', () => {
    assert.equal(pickText(undefined, 'en'), undefined);
    assert.equal(pickText({}, 'en'), undefined);
    assert.equal(pickText({ en: ' ' }, 'zh-Hans'), undefined);
  });

  it('exposes the chains it uses', () => {
    assert.deepEqual(localeFallbacks('zh-Hans'), ['zh-Hans', 'zh-Hant-HK', 'en']);
    assert.deepEqual(localeFallbacks('zh-Hant-HK'), ['zh-Hant-HK', 'zh-Hans', 'en']);
    assert.deepEqual(localeFallbacks('en'), ['en', 'zh-Hans', 'zh-Hant-HK']);
  });
});

describe('BCP47', () => {
  it('gives a lang attribute value per locale', () => {
    assert.deepEqual(BCP47, { 'zh-Hans': 'zh-Hans', 'zh-Hant-HK': 'zh-Hant-HK', en: 'en' });
  });
});
