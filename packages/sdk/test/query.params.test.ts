import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery, QUERY_PARAMS, RESOURCE_NAMES, toSearchParams } from '../src/query/index.js';
import type { QueryByResource, ResourceName } from '../src/query/index.js';
import { PARAM_NAMES } from '../src/query/serialize.js';

const parse = <R extends ResourceName>(resource: R, search: string) => parseQuery(resource, new URLSearchParams(search));

function assertError(resource: ResourceName, search: string, param: string, detailIncludes?: string): void {
  const r = parse(resource, search);
  assert.equal(r.ok, false, `${resource}?${search} should fail`);
  if (r.ok) return;
  assert.equal(r.param, param, `${resource}?${search}: ${r.detail}`);
  assert.ok(r.detail.length > 0);
  if (detailIncludes) assert.ok(r.detail.includes(detailIncludes), `"${r.detail}" should mention "${detailIncludes}"`);
}

describe('parseQuery', () => {
  it('parses every kind of value', () => {
    const r = parse('events', 'q=%E5%88%9B%E6%96%B0+bio&kind=forum,expo&region=shanghai&organizer=org-most&audience=founders&tag=fintech,AI&status=scheduled&seriesId=innoex&from=2026-03-01&to=2026-04-01T00:00:00%2B08:00&limit=20');
    assert.deepEqual(r, {
      ok: true,
      query: {
        q: '创新 bio', kind: ['forum', 'expo'], region: ['shanghai'], organizer: ['org-most'], audience: ['founders'],
        tag: ['fintech', 'AI'], status: ['scheduled'], seriesId: 'innoex', from: '2026-03-01', to: '2026-04-01T00:00:00+08:00', limit: 20,
      },
    });
    assert.deepEqual(parse('incubators', 'near=31.2304,121.4737&acceptsHongKongFounders=false&sort=distance&service=financing'), {
      ok: true,
      query: { service: ['financing'], acceptsHongKongFounders: false, near: { lat: 31.2304, lng: 121.4737 }, sort: 'distance' },
    });
  });

  it('accepts repeated array parameters and treats empty values as absent', () => {
    assert.deepEqual(parse('events', 'kind=forum&kind=expo,lecture&q='), { ok: true, query: { kind: ['forum', 'expo', 'lecture'] } });
    assert.deepEqual(parse('holidays', ''), { ok: true, query: {} });
  });

  it('rejects an unknown parameter, naming it', () => {
    assertError('events', 'kind=forum&colour=red', 'colour', 'colour');
    assertError('holidays', 'near=31,121', 'near');
    assertError('organizations', 'sort=name', 'sort');
  });

  it('rejects a value outside an enumeration, listing the allowed values', () => {
    assertError('events', 'kind=forum,party', 'kind', 'forum, competition');
    assertError('incubators', 'service=catering', 'service', 'legal-aid');
    assertError('incubators', 'sort=random', 'sort', 'relevance, distance, name');
    assertError('policies', 'status=pending', 'status', 'open, closed');
    assertError('holidays', 'region=shanghai', 'region', 'mainland, hong-kong');
    assertError('talents', 'category=genius', 'category');
  });

  it('rejects limits that are not integers from 1 to 500', () => {
    for (const bad of ['0', '501', '-1', '2.5', 'ten', '1e2', ' 5']) assertError('events', `limit=${encodeURIComponent(bad)}`, 'limit', '1 to 500');
    assert.deepEqual(parse('events', 'limit=500'), { ok: true, query: { limit: 500 } });
    assert.deepEqual(parse('events', 'limit=1'), { ok: true, query: { limit: 1 } });
  });

  it('rejects malformed or out-of-range points', () => {
    for (const bad of ['91,0', '-90.5,0', '0,181', '0,-180.1', 'abc', '31.2', '1,2,3', '31.2;121.4', ',121', 'NaN,1', 'Infinity,0']) {
      assertError('incubators', `near=${encodeURIComponent(bad)}`, 'near', 'lat,lng');
    }
    assert.deepEqual(parse('incubators', 'near=-90,180'), { ok: true, query: { near: { lat: -90, lng: 180 } } });
  });

  it('rejects dates that are not ISO dates or date-times with an offset', () => {
    for (const bad of ['2026-02-30', '2026-3-1', 'tomorrow', '2026-03-01T09:00:00', '2026-03-01 09:00:00+08:00', '1772323200000']) {
      assertError('events', `from=${encodeURIComponent(bad)}`, 'from', 'ISO date');
      assertError('holidays', `to=${encodeURIComponent(bad)}`, 'to');
    }
    assert.equal(parse('events', 'from=2026-03-01T09:00:00Z').ok, true);
  });

  it('rejects booleans other than true and false', () => {
    for (const bad of ['yes', '1', 'TRUE']) assertError('incubators', `acceptsHongKongFounders=${bad}`, 'acceptsHongKongFounders', 'true or false');
  });

  it('rejects q over 200 characters and tags over 60', () => {
    assertError('events', `q=${'创'.repeat(201)}`, 'q', '200');
    assert.equal(parse('events', `q=${'创'.repeat(200)}`).ok, true);
    assertError('events', `tag=${'x'.repeat(61)}`, 'tag', '60');
  });

  it('rejects malformed ids, cursors, repeated scalars, empty list items and sort=distance without near', () => {
    assertError('events', 'seriesId=Not%20An%20Id', 'seriesId', 'not an id');
    assertError('events', 'organizer=org_most', 'organizer');
    assertError('incubators', 'district=sh-pudong,,sh-xuhui', 'district', 'empty');
    assertError('events', 'cursor=not%20a%20cursor!', 'cursor');
    assertError('events', 'q=a&q=b', 'q', 'only once');
    assertError('events', 'limit=5&limit=6', 'limit');
    assertError('incubators', 'sort=distance', 'sort', 'near');
  });
});

describe('toSearchParams', () => {
  it('writes the parameters QUERY_PARAMS defines, in its order (the client keeps only the names)', () => {
    for (const resource of RESOURCE_NAMES) {
      assert.deepEqual([...PARAM_NAMES[resource]], QUERY_PARAMS[resource].map((spec) => spec.name), resource);
    }
    const points = RESOURCE_NAMES.flatMap((r) => QUERY_PARAMS[r].filter((spec) => spec.type === 'point').map((spec) => spec.name));
    assert.deepEqual([...new Set(points)], ['near']);
  });

  it('writes parameters in the stable order of QUERY_PARAMS, leaving out empty ones', () => {
    const params = toSearchParams('events', { limit: 10, to: '2026-04-01', kind: ['forum', 'expo'], q: '创新', tag: [], status: undefined, seriesId: '' });
    assert.equal(params.toString(), new URLSearchParams([['q', '创新'], ['kind', 'forum,expo'], ['to', '2026-04-01'], ['limit', '10']]).toString());
    assert.equal(toSearchParams('incubators', { near: { lat: 31.23, lng: 121.47 }, acceptsHongKongFounders: false }).toString(), 'acceptsHongKongFounders=false&near=31.23%2C121.47');
  });

  it('round-trips: parseQuery(toSearchParams(q)) deep-equals q', () => {
    const cases: { [R in ResourceName]: QueryByResource[R][] } = {
      events: [
        {},
        { q: '沪港 路演, inno', kind: ['forum', 'competition-stage'], region: ['hong-kong'], organizer: ['org-hktdc', 'org-most'], audience: ['students'], tag: ['創新', 'Fin Tech'], status: ['cancelled', 'postponed'], seriesId: 'innoex', from: '2026-03-01', to: '2026-03-31T23:59:59+08:00', cursor: 'abc_-123', limit: 7 },
      ],
      incubators: [
        { near: { lat: -33.8688, lng: 151.2093 }, sort: 'distance', acceptsHongKongFounders: true },
        { q: 'bio', region: ['shanghai', 'hong-kong'], district: ['sh-pudong'], service: ['legal-aid'], industry: ['ai', 'e-commerce'], level: ['district'], acceptsHongKongFounders: false, sort: 'name', limit: 500 },
      ],
      organizations: [{ type: ['lab', 'investor'], region: ['shanghai'], q: 'HKU' }],
      policies: [{ kind: ['loan'], jurisdiction: ['pudong', 'national'], status: ['open'], limit: 1 }],
      programs: [{ kind: ['course'], region: ['hong-kong'], audience: ['researchers', 'public'] }],
      talents: [{ category: ['overseas-chinese'], region: ['hong-kong'], q: '陳' }],
      holidays: [{ region: ['mainland'], from: '2026-01-01', to: '2027-01-01', q: 'festival' }],
    };
    for (const resource of RESOURCE_NAMES) {
      for (const query of cases[resource]) {
        const parsed = parseQuery(resource, toSearchParams(resource, query));
        assert.deepEqual(parsed, { ok: true, query }, `${resource}: ${JSON.stringify(query)}`);
      }
    }
  });
});

describe('QUERY_PARAMS', () => {
  it('describes every parameter of every resource for the OpenAPI document', () => {
    for (const resource of RESOURCE_NAMES) {
      const names = QUERY_PARAMS[resource].map((p) => p.name);
      assert.deepEqual(names.slice(0, 1), ['q'], resource);
      assert.deepEqual(names.slice(-2), ['cursor', 'limit'], resource);
      assert.equal(new Set(names).size, names.length, `${resource}: unique names`);
      for (const p of QUERY_PARAMS[resource]) {
        assert.ok(p.description.length > 10, `${resource}.${p.name} description`);
        assert.ok(typeof p.schema === 'object', `${resource}.${p.name} schema`);
        if (p.type === 'enum') assert.ok(p.enum && p.enum.length > 0, `${resource}.${p.name} enum`);
        if (p.array) assert.equal(p.schema.type, 'array', `${resource}.${p.name} is an array`);
      }
    }
    const kind = QUERY_PARAMS.events.find((p) => p.name === 'kind');
    assert.ok(kind?.enum?.includes('makerthon'));
    const limit = QUERY_PARAMS.events.find((p) => p.name === 'limit');
    assert.deepEqual([limit?.minimum, limit?.maximum, limit?.default], [1, 500, 50]);
  });
});
