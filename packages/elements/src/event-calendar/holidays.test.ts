import { expect } from '@open-wc/testing';
import { createClient, type Holiday } from '@shhk/sdk';
import { holidayIndex, loadHolidays, parseHolidayRegions } from './holidays.js';

const h = (id: string, region: Holiday['region'], kind: Holiday['kind'], date: string, en: string): Holiday => ({
  id, region, kind, date, name: { en }, confidence: 'high', status: 'confirmed', source: 'https://www.gov.cn/',
});

describe('event-calendar holidays', () => {
  const list = [
    h('hk-2026-01-01', 'hong-kong', 'holiday', '2026-01-01', 'The first day of January'),
    h('cn-2026-new-year', 'mainland', 'holiday', '2026-01-01', "New Year's Day"),
    h('cn-makeup-2026-01-04', 'mainland', 'makeup-workday', '2026-01-04', 'Adjusted working day'),
    h('cn-2026-new-year', 'mainland', 'holiday', '2026-01-01', "New Year's Day"),
  ];

  it('should index holidays and make-up workdays by day, mainland first, without duplicates', () => {
    const index = holidayIndex(list);
    expect(index.get('2026-01-01')!.holidays.map((x) => x.id)).to.deep.equal(['cn-2026-new-year', 'hk-2026-01-01']);
    expect(index.get('2026-01-01')!.makeup).to.deep.equal([]);
    expect(index.get('2026-01-04')!.makeup.map((x) => x.id)).to.deep.equal(['cn-makeup-2026-01-04']);
    expect(index.has('2026-01-02')).to.equal(false);
  });

  it('should restrict to regions', () => {
    const hk = holidayIndex(list, ['hong-kong']);
    expect(hk.get('2026-01-01')!.holidays.map((x) => x.id)).to.deep.equal(['hk-2026-01-01']);
    expect(hk.has('2026-01-04')).to.equal(false);
    expect(holidayIndex(list, []).size).to.equal(0);
  });

  const attrs: [string | null, string[]][] = [
    [null, ['mainland', 'hong-kong']],
    ['', ['mainland', 'hong-kong']],
    ['all', ['mainland', 'hong-kong']],
    ['none', []],
    ['false', []],
    ['hk', ['hong-kong']],
    ['hong-kong, mainland', ['mainland', 'hong-kong']],
    ['cn', ['mainland']],
  ];
  for (const [attr, regions] of attrs) {
    it(`should read holidays=${JSON.stringify(attr)} as ${JSON.stringify(regions)}`, () => {
      expect(parseHolidayRegions(attr)).to.deep.equal(regions);
    });
  }

  it('should load the dataset-cited holidays through the SDK (real API) with make-up days', async () => {
    const holidays = await loadHolidays(createClient({ baseUrl: '/v1', retry: 0 }), { from: '2026-01-01', to: '2027-01-01' });
    const index = holidayIndex(holidays);
    expect(index.get('2026-10-01')?.holidays.some((x) => x.region === 'mainland')).to.equal(true);
    expect(index.get('2026-10-01')?.holidays.some((x) => x.region === 'hong-kong')).to.equal(true);
    expect([...index.values()].some((d) => d.makeup.length > 0)).to.equal(true);
  });
});
