import { expect } from '@open-wc/testing';
import { LOCALES } from '@shhk/sdk';
import { STRINGS, placeholdersOf, t, type StringKey } from './strings.js';

describe('shared strings', () => {
  const keys = Object.keys(STRINGS.en) as StringKey[];

  it('should have every key in all three locales, non-empty', () => {
    for (const locale of LOCALES) {
      expect(Object.keys(STRINGS[locale]).sort(), locale).to.deep.equal([...keys].sort());
      for (const key of keys) {
        const template = STRINGS[locale][key];
        const texts = typeof template === 'string' ? [template] : Object.values(template);
        for (const text of texts) expect(String(text).trim(), `${locale}.${key}`).not.to.equal('');
      }
    }
  });

  it('should use the same placeholders in every locale and plural form', () => {
    for (const key of keys) {
      const reference = placeholdersOf(STRINGS.en[key]);
      for (const locale of LOCALES) {
        const template = STRINGS[locale][key];
        const forms = typeof template === 'string' ? [template] : Object.values(template).filter((v): v is string => typeof v === 'string');
        for (const form of forms) expect(placeholdersOf(form), `${locale}.${key}: "${form}"`).to.deep.equal(reference);
      }
    }
  });

  it('should give plural templates an `other` form and a `count` placeholder', () => {
    for (const locale of LOCALES) {
      for (const key of keys) {
        const template = STRINGS[locale][key];
        if (typeof template === 'string') continue;
        expect(template.other, `${locale}.${key}`).to.be.a('string');
        expect(placeholdersOf(template), `${locale}.${key}`).to.include('count');
      }
    }
  });

  it('should not put spaces between Han characters and digits in Chinese', () => {
    for (const locale of ['zh-Hans', 'zh-Hant-HK'] as const) {
      for (const key of keys) {
        const template = STRINGS[locale][key];
        for (const text of typeof template === 'string' ? [template] : Object.values(template)) {
          expect(String(text), `${locale}.${key}`).not.to.match(/[\u4e00-\u9fff] \{|\} [\u4e00-\u9fff]/);
        }
      }
    }
  });

  it('should fill placeholders and pick plural forms', () => {
    expect(t('en', 'retry')).to.equal('Try again');
    expect(t('zh-Hans', 'retry')).to.equal('重试');
    expect(t('zh-Hant-HK', 'retry')).to.equal('再試一次');
    expect(t('en', 'skipped', { count: 1 })).to.match(/^1 record couldn’t/);
    expect(t('en', 'skipped', { count: 1200 })).to.match(/^1,200 records couldn’t/);
    expect(t('zh-Hant-HK', 'skipped', { count: 3 })).to.equal('有3項記錄不完整或無效，未能顯示。');
    expect(t('zh-Hans', 'partial', { missing: '假期' })).to.equal('部分数据未能加载：假期。');
  });
});
