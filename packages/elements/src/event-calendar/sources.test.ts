import { expect } from '@open-wc/testing';
import { createClient, isExchangeError } from '@shhk/sdk';
import { isIcsFeedError } from './ics-source.js';
import { loadSources, mergeSources, sourceSummary } from './sources.js';
import { dayRangeMs } from './time.js';
import { rawEvent } from './test-helpers.js';

const SH = 'Asia/Shanghai';
const MARCH = dayRangeMs('2026-03-01', '2026-04-01', SH);
const FIXTURES = '/packages/elements/test-fixtures';

const inline = [
  rawEvent({ id: 'a' }),
  rawEvent({ id: 'weekly', rrule: 'FREQ=WEEKLY;COUNT=10', start: '2026-03-02T09:00:00+08:00', end: '2026-03-02T10:00:00+08:00' }),
  rawEvent({ id: 'april', start: '2026-04-14T09:30:00+08:00', end: '2026-04-14T10:30:00+08:00' }),
  rawEvent({ id: 'bad', end: '2020-01-01T00:00:00Z' }),
  rawEvent({ id: 'unsafe', url: 'javascript:alert(1)' }),
];

describe('event-calendar sources', () => {
  it('should load inline events: validate, expand recurrences and keep the range', async () => {
    const [result] = await loadSources([{ kind: 'inline', events: inline }], MARCH, { zone: SH });
    expect(result).to.include({ sourceId: 'inline', kind: 'inline', skipped: 1, sanitised: 1 });
    expect(result).to.not.have.property('error');
    expect(result!.skippedRecords[0]).to.include({ id: 'bad', reason: 'end-before-start' });
    const ids = result!.events.map((e) => e.key);
    expect(ids).to.include.members(['a', 'unsafe']);
    expect(ids.filter((k) => k.startsWith('weekly@'))).to.have.length(5);
    expect(ids).to.not.include('april');
  });

  it('should keep the other sources when one fails, each failure named by its own error', async () => {
    const failingClient = createClient({ baseUrl: 'https://api.invalid/v1', retry: 0, fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    const results = await loadSources(
      [
        { kind: 'client', client: failingClient, label: 'Exchange API' },
        { kind: 'ics', url: `${FIXTURES}/feed.ics` },
        { kind: 'ics', url: `${FIXTURES}/missing.ics` },
        { kind: 'ics', url: `${FIXTURES}/garbage.ics` },
        { kind: 'inline', events: inline },
      ],
      MARCH,
      { zone: SH },
    );
    expect(results.map((r) => [r.sourceId, r.error === undefined])).to.deep.equal([
      ['api', false],
      [`ics:${FIXTURES}/feed.ics`, true],
      [`ics:${FIXTURES}/missing.ics`, false],
      [`ics:${FIXTURES}/garbage.ics`, false],
      ['inline', true],
    ]);
    expect(isExchangeError(results[0]!.error)).to.equal(true);
    expect(results[0]!.label).to.equal('Exchange API');
    expect(results[2]!.error).to.include({ reason: 'http', status: 404 });
    expect(isIcsFeedError(results[3]!.error) && results[3]!.error.reason).to.equal('parse');
    expect(results[1]!.events.length).to.be.greaterThan(0);
    const merged = mergeSources(results);
    expect(merged.length).to.equal(results[1]!.events.length + results[4]!.events.length);
    const summary = sourceSummary(results);
    expect(summary.failed.map((r) => r.sourceId)).to.deep.equal(['api', `ics:${FIXTURES}/missing.ics`, `ics:${FIXTURES}/garbage.ics`]);
    expect(summary).to.include({ skipped: 2, sanitised: 1 });
  });

  it('should load from the real API through the SDK client for the range', async () => {
    const client = createClient({ baseUrl: '/v1', retry: 0 });
    const range = dayRangeMs('2026-01-01', '2028-01-01', SH);
    const [result] = await loadSources([{ kind: 'client', client }], range, { zone: SH });
    expect(result!.error).to.equal(undefined);
    expect(result!.events.length).to.be.greaterThan(0);
    for (const e of result!.events) {
      expect(e.sourceId).to.equal('api');
      expect(e.start).to.be.below(range.to);
      expect(e.end).to.be.at.least(range.from);
    }
    const kinds = new Set(result!.events.map((e) => e.event.kind));
    const [forums] = await loadSources([{ kind: 'client', client, query: { kind: ['forum'] } }], range, { zone: SH });
    expect(forums!.events.every((e) => e.event.kind === 'forum')).to.equal(true);
    expect(forums!.events.length).to.be.at.most(result!.events.length);
    expect(kinds.size).to.be.greaterThan(1);
  });

  it('should dedupe by key across sources (first wins) and name repeated sources apart', async () => {
    const results = await loadSources([{ kind: 'inline', events: [rawEvent({ id: 'a' })] }, { kind: 'inline', events: [rawEvent({ id: 'a', title: { en: 'copy' } })] }], MARCH, { zone: SH });
    expect(results.map((r) => r.sourceId)).to.deep.equal(['inline', 'inline#2']);
    const merged = mergeSources(results);
    expect(merged).to.have.length(1);
    expect(merged[0]!.sourceId).to.equal('inline');
  });

  it('should reuse the normalised inline list across ranges (cached per array and zone)', async () => {
    const events = [rawEvent({ id: 'x' })];
    const [first] = await loadSources([{ kind: 'inline', events }], MARCH, { zone: SH });
    const [second] = await loadSources([{ kind: 'inline', events }], MARCH, { zone: SH });
    expect(second!.events[0]).to.equal(first!.events[0]);
    const [other] = await loadSources([{ kind: 'inline', events }], MARCH, { zone: 'America/New_York' });
    expect(other!.events[0]).to.not.equal(first!.events[0]);
  });

  it('should reject with the abort reason when aborted', async () => {
    const controller = new AbortController();
    const promise = loadSources([{ kind: 'ics', url: `${FIXTURES}/feed.ics` }], MARCH, { zone: SH, signal: controller.signal });
    controller.abort();
    let error: unknown;
    try {
      await promise;
    } catch (e) {
      error = e;
    }
    expect((error as Error | undefined)?.name).to.equal('AbortError');
  });
});
