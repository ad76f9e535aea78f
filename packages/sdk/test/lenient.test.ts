import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseLenient } from '../src/client/lenient.js';
import { Holiday } from '../src/model/holiday.js';

const holiday = (id: string, date: string) => ({
  id,
  region: 'hong-kong',
  kind: 'holiday',
  date,
  name: { en: 'Holiday', 'zh-Hant-HK': '假期' },
  confidence: 'high',
  status: 'confirmed',
  source: 'https://www.gov.hk/en/about/abouthk/holiday/2026.htm',
});

describe('parseLenient', () => {
  it('keeps valid records and reports the bad ones with index, id and paths', () => {
    const input = [holiday('hk-2026-01-01', '2026-01-01'), holiday('hk-bad', '2026-13-40'), 'nonsense', holiday('hk-2026-04-03', '2026-04-03')];
    const { items, skipped } = parseLenient(Holiday, input);
    assert.deepEqual(items.map((h) => h.id), ['hk-2026-01-01', 'hk-2026-04-03']);
    assert.equal(skipped.length, 2);
    assert.equal(skipped[0]?.index, 1);
    assert.equal(skipped[0]?.id, 'hk-bad');
    assert.deepEqual(skipped[0]?.issues.map((i) => i.path), [['date']]);
    assert.equal(typeof skipped[0]?.issues[0]?.message, 'string');
    assert.equal(skipped[1]?.index, 2);
    assert.equal(skipped[1]?.id, undefined);
    assert.deepEqual(skipped[1]?.issues[0]?.path, []);
  });

  it('returns parsed data typed by the schema', () => {
    const { items } = parseLenient(Holiday, [holiday('hk-2026-01-01', '2026-01-01')]);
    const first = items[0];
    assert.ok(first);
    const region: 'mainland' | 'hong-kong' = first.region;
    assert.equal(region, 'hong-kong');
    // @ts-expect-error: not a Holiday field
    assert.equal(first.title, undefined);
  });

  it('handles an empty list', () => {
    assert.deepEqual(parseLenient(Holiday, []), { items: [], skipped: [] });
  });
});
