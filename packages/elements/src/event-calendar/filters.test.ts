import { expect } from '@open-wc/testing';
import { createClient } from '@shhk/sdk';
import {
  applyFilters, EMPTY_FILTERS, facetValues, filtersEqual, filtersToAttributes, hasActiveFilters, loadSearch, parseFilterAttributes, parseList,
  searchLoading, searchReady, subscribeUrls, toEventQuery, type CalendarFilters,
} from './filters.js';
import { calEvent } from './test-helpers.js';

const f = (over: Partial<CalendarFilters>): CalendarFilters => ({ ...EMPTY_FILTERS, ...over });

const events = [
  calEvent({ id: 'innoex', kind: 'expo', region: 'hong-kong', title: { 'zh-Hant-HK': 'InnoEX 創新科技博覽', en: 'InnoEX' },
    organizers: [{ id: 'hktdc', name: { en: 'HKTDC' } }], audience: ['companies'], tags: ['tech'] }),
  calEvent({ id: 'pujiang', kind: 'forum', region: 'shanghai', title: { 'zh-Hans': '浦江创新论坛' },
    organizers: [{ id: 'stcsm', name: { 'zh-Hans': '上海市科委' } }, { name: { en: 'Partner without id' } }], audience: ['researchers', 'public'], tags: ['innovation', 'tech'] }),
  calEvent({ id: 'camp', kind: 'summer-course', region: 'hong-kong', title: { en: 'Summer camp' }, venue: { name: { en: 'Cyberport' } },
    organizers: [], audience: ['students'], tags: [] }),
];
const ids = (list: { id: string }[]): string[] => list.map((e) => e.id);

describe('event-calendar filters', () => {
  // Runs first: the folding search (and its fold table) is a lazy chunk, loaded on the first query.
  it('should match q case-insensitively until the folding search has loaded, then fold 简/繁', async () => {
    expect(searchReady()).to.equal(false);
    expect(searchLoading()).to.equal(false);
    expect(ids(applyFilters(events, f({ q: 'CYBER' })))).to.deep.equal(['camp']);
    expect(ids(applyFilters(events, f({ q: '創新' })))).to.deep.equal(['innoex']);
    const loading = loadSearch();
    expect(loadSearch()).to.equal(loading);
    expect(searchLoading()).to.equal(true);
    await loading;
    expect(searchReady()).to.equal(true);
    expect(searchLoading()).to.equal(false);
    expect(ids(applyFilters(events, f({ q: '創新' })))).to.deep.equal(['innoex', 'pujiang']);
  });

  it('should read attribute lists and drop unknown vocabulary values', () => {
    expect(parseList(' forum, expo ,forum，lecture ')).to.deep.equal(['forum', 'expo', 'lecture']);
    expect(parseList(null)).to.deep.equal([]);
    expect(parseFilterAttributes({ kind: 'Forum,party', region: 'hong-kong,mars', organizer: 'hktdc', audience: 'students,aliens', tag: 'AI', q: ' 创新 ' }))
      .to.deep.equal({ kinds: ['forum'], regions: ['hong-kong'], organizers: ['hktdc'], audiences: ['students'], tags: ['AI'], q: '创新' });
    // Spaces separate ids and vocabulary values too (`kinds="forum expo"`); tags are split on commas only.
    expect(parseFilterAttributes({ kind: ' forum  expo,lecture ', region: 'shanghai hong-kong', organizer: 'org-a org-b', audience: 'students founders', tag: 'deep tech, AI' }))
      .to.deep.equal({ kinds: ['forum', 'expo', 'lecture'], regions: ['shanghai', 'hong-kong'], organizers: ['org-a', 'org-b'],
        audiences: ['students', 'founders'], tags: ['deep tech', 'AI'], q: '' });
  });

  it('should write attributes back and compare filters', () => {
    const filters = f({ kinds: ['forum', 'expo'], q: 'x' });
    expect(filtersToAttributes(filters)).to.deep.equal({ kind: 'forum,expo', region: null, organizer: null, audience: null, tag: null, q: 'x' });
    expect(filtersEqual(filters, f({ kinds: ['expo', 'forum'], q: ' x ' }))).to.equal(true);
    expect(filtersEqual(filters, f({ kinds: ['expo'] }))).to.equal(false);
    expect(hasActiveFilters(EMPTY_FILTERS)).to.equal(false);
    expect(hasActiveFilters(f({ q: '  ' }))).to.equal(false);
    expect(hasActiveFilters(f({ tags: ['a'] }))).to.equal(true);
  });

  const cases: [string, Partial<CalendarFilters>, string[]][] = [
    ['no filter', {}, ['innoex', 'pujiang', 'camp']],
    ['kind forum or expo', { kinds: ['forum', 'expo'] }, ['innoex', 'pujiang']],
    ['region hong-kong', { regions: ['hong-kong'] }, ['innoex', 'camp']],
    ['organiser hktdc', { organizers: ['hktdc'] }, ['innoex']],
    ['audience students or public', { audiences: ['students', 'public'] }, ['pujiang', 'camp']],
    ['tag tech', { tags: ['tech'] }, ['innoex', 'pujiang']],
    ['tag tech in Hong Kong', { tags: ['tech'], regions: ['hong-kong'] }, ['innoex']],
    ['q 创新 (Simplified finds Traditional 創新 too)', { q: '创新' }, ['innoex', 'pujiang']],
    ['q 創新 (Traditional finds Simplified 创新 too)', { q: '創新' }, ['innoex', 'pujiang']],
    ['q by English word prefix', { q: 'inno' }, ['innoex', 'pujiang']],
    ['q matching a venue', { q: 'cyberport' }, ['camp']],
    ['q matching a kind label', { q: '论坛' }, ['pujiang']],
    ['q matching a region label', { q: '香港' }, ['innoex', 'camp']],
    ['q matching an organiser', { q: 'HKTDC' }, ['innoex']],
    ['q with two terms (AND)', { q: '创新 innoex' }, ['innoex']],
    ['q with full-width letters', { q: 'ＩｎｎｏＥＸ' }, ['innoex']],
    ['q matching nothing', { q: 'zzz' }, []],
  ];
  for (const [name, filters, expected] of cases) {
    it(`should filter by ${name}`, async () => {
      await loadSearch();
      expect(ids(applyFilters(events, f(filters)))).to.deep.equal(expected);
    });
  }

  it('should return the same array when no filter is active', () => {
    expect(applyFilters(events, EMPTY_FILTERS)).to.equal(events);
  });

  it('should build the API query, leaving out organiser values that are not ids', () => {
    const range = { from: Date.parse('2026-03-01T00:00:00+08:00'), to: Date.parse('2026-04-01T00:00:00+08:00') };
    expect(toEventQuery(f({ kinds: ['forum'], regions: ['shanghai'], organizers: ['hktdc', 'Not An Id'], audiences: ['students'], tags: ['ai'], q: ' 创新 ' }), range))
      .to.deep.equal({
        kind: ['forum'], region: ['shanghai'], organizer: ['hktdc'], audience: ['students'], tag: ['ai'], q: '创新',
        from: '2026-02-28T16:00:00.000Z', to: '2026-03-31T16:00:00.000Z',
      });
    expect(toEventQuery(EMPTY_FILTERS)).to.deep.equal({});
  });

  it('should give https and webcal subscribe links for an API client, none offline', () => {
    const client = createClient({ baseUrl: 'https://api.example.org/v1' });
    const urls = subscribeUrls(client, f({ kinds: ['forum', 'expo'], regions: ['hong-kong'] }));
    expect(urls.https).to.match(/^https:\/\/api\.example\.org\/v1\/events\.ics\?/);
    expect(new URL(urls.https!).searchParams.get('kind')).to.equal('forum,expo');
    expect(new URL(urls.https!).searchParams.get('region')).to.equal('hong-kong');
    expect(urls.webcal).to.equal(urls.https!.replace(/^https:/, 'webcal:'));
    const relative = subscribeUrls(createClient({ baseUrl: '/v1' }), EMPTY_FILTERS);
    expect(relative.https).to.equal(new URL('/v1/events.ics', location.href).href);
    expect(subscribeUrls(createClient({ dataset: '/test-fixtures/dataset.json' }), EMPTY_FILTERS)).to.deep.equal({});
    expect(subscribeUrls(undefined, EMPTY_FILTERS)).to.deep.equal({});
  });

  it('should list facet values with counts and labels, keeping selected values', () => {
    const facets = facetValues(events, f({ tags: ['gone'] }));
    // Only the tags facet is chosen, and no event has its tag: every other facet counts nothing.
    expect(facets.kinds.map((v) => [v.value, v.count])).to.deep.equal([['forum', 0], ['expo', 0], ['summer-course', 0]]);
    const open = facetValues(events, f({ kinds: ['lecture'] }));
    expect(open.kinds.map((v) => [v.value, v.count])).to.deep.equal([['forum', 1], ['expo', 1], ['summer-course', 1], ['lecture', 0]]);
    expect(open.kinds[0]!.label?.en).to.equal('Forum');
    const all = facetValues(events, EMPTY_FILTERS);
    expect(all.regions.map((v) => [v.value, v.count])).to.deep.equal([['shanghai', 1], ['hong-kong', 2]]);
    expect(all.organizers).to.deep.equal([
      { value: 'hktdc', count: 1, label: { en: 'HKTDC' } },
      { value: 'stcsm', count: 1, label: { 'zh-Hans': '上海市科委' } },
    ]);
    expect(all.audiences.map((v) => v.value)).to.deep.equal(['students', 'researchers', 'companies', 'public']);
    expect(facets.tags).to.deep.equal([{ value: 'tech', count: 2 }, { value: 'innovation', count: 1 }, { value: 'gone', count: 0 }]);
  });

  it('should count each chip as what choosing it adds: the events matching the other facets and the text', () => {
    // Hong Kong chosen: kinds count Hong Kong events only; regions still count every kind (their own facet).
    const hk = facetValues(events, f({ regions: ['hong-kong'] }));
    expect(hk.kinds.map((v) => [v.value, v.count])).to.deep.equal([['forum', 0], ['expo', 1], ['summer-course', 1]]);
    expect(hk.regions.map((v) => [v.value, v.count])).to.deep.equal([['shanghai', 1], ['hong-kong', 2]]);
    // Expo and Hong Kong: each facet's counts follow the other; an event failing both counts nowhere.
    const both = facetValues(events, f({ kinds: ['expo'], regions: ['hong-kong'] }));
    expect(both.regions.map((v) => [v.value, v.count])).to.deep.equal([['shanghai', 0], ['hong-kong', 1]]);
    expect(both.kinds.map((v) => [v.value, v.count])).to.deep.equal([['forum', 0], ['expo', 1], ['summer-course', 1]]);
    // The counts agree with what choosing the chip shows.
    for (const v of hk.kinds) expect(applyFilters(events, f({ regions: ['hong-kong'], kinds: [v.value] })).length, v.value).to.equal(v.count);
    // The text query narrows every count.
    const text = facetValues(events, f({ q: 'camp' }));
    expect(text.kinds.map((v) => [v.value, v.count])).to.deep.equal([['forum', 0], ['expo', 0], ['summer-course', 1]]);
  });
});
