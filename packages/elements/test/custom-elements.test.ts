import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { buildManifest } from '../scripts/custom-elements.mjs';

// The class JSDoc is the element's API contract (house-style 26): the manifest generated from it must
// name every `::part` the templates render (and none that they don't), every `--hk-*` property the
// styles read, the summary and the four typed events. Read from the sources, so a new part without
// documentation fails here rather than in a partner's stylesheet.

const calendarDir = new URL('../src/event-calendar/', import.meta.url);
const read = (url: URL): string => readFileSync(url, 'utf8');

const declaration = buildManifest()
  .modules.flatMap((m) => m.declarations)
  .find((d) => d.tagName === 'hk-event-calendar');

/** Part names written as `part="a b"` in the calendar's (non-test) modules. */
function templateParts(): Set<string> {
  const parts = new Set<string>();
  for (const file of readdirSync(calendarDir)) {
    if (!file.endsWith('.ts') || file.includes('.test') || file.includes('test-helpers')) continue;
    const source = read(new URL(file, calendarDir));
    for (const m of source.matchAll(/\bpart="([^"$]+)"/g)) for (const p of m[1]!.split(/\s+/)) parts.add(p);
    // The states render through `part=${kind}`, called as #renderState('empty' | 'error', …).
    for (const m of source.matchAll(/#renderState\('([\w-]+)'/g)) parts.add(m[1]!);
  }
  return parts;
}

describe('custom-elements manifest: <hk-event-calendar>', () => {
  it('should declare the element with a summary and its typed events', () => {
    assert.ok(declaration, 'hk-event-calendar is in the manifest');
    assert.match(declaration.summary ?? '', /calendar/i);
    assert.deepEqual(
      declaration.events?.map((e) => [e.name, e.type?.text]),
      [
        ['hk-event-select', 'HkEventSelectEvent'],
        ['hk-date-change', 'HkDateChangeEvent'],
        ['hk-view-change', 'HkViewChangeEvent'],
        ['hk-filter-change', 'HkFilterChangeEvent'],
      ],
    );
    for (const e of declaration.events ?? []) assert.ok((e.description ?? '').length > 10, `${e.name} is described`);
    const attributes = new Set(declaration.attributes?.map((a) => a.name));
    for (const a of ['view', 'date', 'time-zone', 'first-day', 'sync-url', 'no-holidays', 'ics-src', 'api-base', 'dataset', 'locale', 'theme', 'kinds']) {
      assert.ok(attributes.has(a), `attribute ${a}`);
    }
    const reflects = declaration.members.filter((m) => m.reflects).map((m) => m.name);
    assert.ok(reflects.includes('view') && reflects.includes('date'), 'view and date reflect');
  });

  it('should document every ::part the templates render, one @csspart per name, and no others', () => {
    assert.ok(declaration);
    const documented = declaration.cssParts?.map((p) => p.name) ?? [];
    assert.equal(new Set(documented).size, documented.length, 'no part documented twice');
    const used = templateParts();
    assert.ok(used.size > 30, `found the templates' parts (${used.size})`);
    assert.deepEqual([...used].filter((p) => !documented.includes(p)).sort(), [], 'rendered but not documented');
    assert.deepEqual(documented.filter((p) => !used.has(p)).sort(), [], 'documented but never rendered');
    for (const p of declaration.cssParts ?? []) {
      assert.match(p.name, /^[a-z]+(-[a-z]+)*$/, `${p.name} is kebab-case`);
      assert.match(p.description ?? '', /^[A-Z"`]/, `${p.name} has a sentence description`);
    }
  });

  it('should document every --hk-* custom property the styles read', () => {
    assert.ok(declaration);
    const css = read(new URL('event-calendar.styles.ts', calendarDir)) + read(new URL('../shared/tokens.ts', calendarDir));
    const read_ = new Set([...css.matchAll(/var\((--hk-[\w-]+)/g)].map((m) => m[1]!));
    const documented = new Set(declaration.cssProperties?.map((p) => p.name));
    assert.deepEqual([...read_].filter((p) => !documented.has(p)).sort(), [], 'read by the styles but not documented');
    assert.deepEqual([...documented].filter((p) => !read_.has(p)).sort(), [], 'documented but never read');
  });
});
