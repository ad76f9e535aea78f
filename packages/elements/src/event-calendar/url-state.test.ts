import { expect } from '@open-wc/testing';
import { EMPTY_FILTERS } from './filters.js';
import { readUrlState, writeUrlState, type CalendarUrlState } from './url-state.js';

describe('event-calendar url state', () => {
  it('should read view, date, filters and event from hk- parameters', () => {
    const url = new URL('https://uni.example/news?page=2&hk-view=month&hk-date=2026-03&hk-kind=forum,expo&hk-q=%E5%88%9B%E6%96%B0&hk-event=ev-1#top');
    expect(readUrlState(url)).to.deep.equal({
      view: 'month',
      date: '2026-03',
      event: 'ev-1',
      filters: { ...EMPTY_FILTERS, kinds: ['forum', 'expo'], q: '创新' },
    });
  });

  it('should ignore invalid values', () => {
    const state = readUrlState(new URL('https://uni.example/?hk-view=year&hk-date=2026-02-30&hk-kind=party'));
    expect(state).to.deep.equal({ filters: { ...EMPTY_FILTERS } });
    expect(readUrlState(new URL('https://uni.example/?hk-date=2026-13')).date).to.equal(undefined);
    expect(readUrlState(new URL('https://uni.example/?hk-date=2026-03-14')).date).to.equal('2026-03-14');
    // `list`, the view's documented name, reads as the agenda the URL writes.
    expect(readUrlState(new URL('https://uni.example/?hk-view=list')).view).to.equal('agenda');
  });

  it('should write state and leave other parameters and the hash untouched', () => {
    const url = new URL('https://uni.example/news?page=2&hk-tag=old&utm=x#top');
    const state: CalendarUrlState = { view: 'week', date: '2026-03-14', filters: { ...EMPTY_FILTERS, regions: ['hong-kong'], q: '創新 forum' } };
    const next = writeUrlState(url, state);
    expect(next).to.not.equal(url);
    expect(url.searchParams.get('hk-tag')).to.equal('old');
    expect(next.hash).to.equal('#top');
    expect(next.searchParams.get('page')).to.equal('2');
    expect(next.searchParams.get('utm')).to.equal('x');
    expect(next.searchParams.get('hk-tag')).to.equal(null);
    expect(next.searchParams.get('hk-view')).to.equal('week');
    expect(next.searchParams.get('hk-region')).to.equal('hong-kong');
  });

  const roundTrips: [string, CalendarUrlState, string][] = [
    ['empty state', { filters: { ...EMPTY_FILTERS } }, 'hk-'],
    ['month with filters', { view: 'month', date: '2026-03', filters: { kinds: ['forum', 'expo'], regions: ['shanghai'], organizers: ['hktdc'], audiences: ['students'], tags: ['AI', 'Bio tech'], q: '创新 & <b>' } }, 'hk-'],
    ['agenda with event, custom prefix', { view: 'agenda', date: '2026-12-31', event: 'ev-1@1767225600000', filters: { ...EMPTY_FILTERS } }, 'cal2-'],
  ];
  for (const [name, state, prefix] of roundTrips) {
    it(`should round-trip ${name}`, () => {
      const written = writeUrlState(new URL('https://uni.example/p?x=1'), state, prefix);
      expect(readUrlState(new URL(written.href), prefix)).to.deep.equal(state);
      expect(written.searchParams.get('x')).to.equal('1');
    });
  }
});
