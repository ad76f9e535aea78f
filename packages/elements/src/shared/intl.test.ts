import { expect } from '@open-wc/testing';
import { dateTimeFormat, firstDayOfWeek, firstWeekday, FIRST_DAY_FALLBACK, formatMoney, listFormat, numberFormat } from './intl.js';

describe('shared intl', () => {
  it('should format CNY and HKD from minor units in the three locales', () => {
    const cny = { amountMinor: 123_456_750, currency: 'CNY' } as const;
    const hkd = { amountMinor: 123_456_750, currency: 'HKD' } as const;
    expect(formatMoney(cny, 'en')).to.equal('CN¥1,234,567.50');
    expect(formatMoney(cny, 'zh-Hans')).to.equal('¥1,234,567.50');
    expect(formatMoney(cny, 'zh-Hant-HK')).to.equal('CN¥1,234,567.50');
    expect(formatMoney(hkd, 'en')).to.equal('HK$1,234,567.50');
    expect(formatMoney(hkd, 'zh-Hans')).to.equal('HK$1,234,567.50');
    expect(formatMoney(hkd, 'zh-Hant-HK')).to.equal('HK$1,234,567.50');
  });

  it('should drop .00 on whole amounts and never show a bare $', () => {
    expect(formatMoney({ amountMinor: 5_000_000, currency: 'HKD' }, 'en')).to.equal('HK$50,000');
    expect(formatMoney({ amountMinor: 5, currency: 'CNY' }, 'en')).to.equal('CN¥0.05');
    for (const locale of ['en', 'zh-Hans', 'zh-Hant-HK'] as const) {
      expect(formatMoney({ amountMinor: 100, currency: 'HKD' }, locale)).to.match(/HK\$/);
    }
  });

  it('should offer a spoken currency name for screen readers', () => {
    expect(formatMoney({ amountMinor: 1000, currency: 'CNY' }, 'en', { currencyDisplay: 'name' })).to.match(/Chinese yuan/);
  });

  it('should cache formatters by locale and options', () => {
    expect(numberFormat('en')).to.equal(numberFormat('en'));
    expect(dateTimeFormat('en', { dateStyle: 'medium', timeZone: 'Asia/Shanghai' })).to.equal(dateTimeFormat('en', { timeZone: 'Asia/Shanghai', dateStyle: 'medium' }));
    expect(dateTimeFormat('en', { dateStyle: 'medium' })).not.to.equal(dateTimeFormat('zh-Hans', { dateStyle: 'medium' }));
  });

  it('should format dates in the kit locales', () => {
    const date = new Date('2026-03-14T06:30:00Z');
    const options = { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' } as const;
    expect(dateTimeFormat('zh-Hans', options).format(date)).to.equal('2026年3月14日 14:30');
    expect(dateTimeFormat('en', options).format(date)).to.match(/^14 Mar 2026, 2:30\spm$/);
    expect(listFormat('en').format(['a', 'b', 'c'])).to.equal('a, b and c');
  });

  it('should start the week on Monday in zh-Hans and Sunday in zh-Hant-HK and en', () => {
    expect(firstDayOfWeek('zh-Hans')).to.equal(1);
    expect(firstDayOfWeek('zh-Hant-HK')).to.equal(7);
    expect(firstDayOfWeek('en')).to.equal(7);
    expect(firstWeekday('zh-Hans')).to.equal(1);
    expect(firstWeekday('en')).to.equal(0);
    expect(FIRST_DAY_FALLBACK).to.deep.equal({ 'zh-Hans': 1, 'zh-Hant-HK': 7, en: 7 });
  });
});
