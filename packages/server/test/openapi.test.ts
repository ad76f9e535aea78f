import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Validator } from '@seriousme/openapi-schema-validator';
import { QUERY_PARAMS } from '@shhk/sdk';
import type { RunningServer } from '../src/serve.js';
import { sampleDataset, startTestServer } from './helpers.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('Exchange API: OpenAPI document', () => {
  let server: RunningServer;
  let doc: Json;
  before(async () => {
    server = await startTestServer();
    const res = await fetch(new URL('/v1/openapi.json', server.url));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
    doc = (await res.json()) as Json;
  });
  after(() => server.close());

  it('should be a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
    assert.match(validator.version, /^3\.1/);
    assert.equal(doc.openapi, '3.1.0');
  });

  it('should describe entities from the zod schemas and lists as pages of them', () => {
    const schemas = doc.components.schemas as Json;
    for (const name of ['Event', 'Incubator', 'Organization', 'Policy', 'Program', 'Talent', 'Holiday', 'District', 'LocalizedText', 'Problem']) {
      assert.ok(schemas[name], name);
    }
    assert.deepEqual(schemas.Event.properties.kind.enum.slice(0, 2), ['forum', 'competition']);
    assert.deepEqual(schemas.Event.properties.title, { $ref: '#/components/schemas/LocalizedText' });
    const list = doc.paths['/v1/events'].get;
    assert.deepEqual(list.responses['200'].content['application/json'].schema, { $ref: '#/components/schemas/EventPage' });
    assert.deepEqual(schemas.EventPage.properties.items.items, { $ref: '#/components/schemas/Event' });
    assert.deepEqual(doc.components.responses.BadRequest.content['application/problem+json'].schema, { $ref: '#/components/schemas/Problem' });
    for (const status of ['400', '406']) assert.ok(list.responses[status], status);
    assert.ok(doc.paths['/v1/events/{id}'].get.responses['404']);
  });

  it('should list the query parameters of QUERY_PARAMS', () => {
    for (const [resource, specs] of Object.entries(QUERY_PARAMS)) {
      const params = (doc.paths[`/v1/${resource}`].get.parameters as Json[]).filter((p) => p.in === 'query');
      assert.deepEqual(params.map((p) => p.name), specs.map((s) => s.name), resource);
    }
    const kind = (doc.paths['/v1/events'].get.parameters as Json[]).find((p) => p.name === 'kind')!;
    assert.equal(kind.style, 'form');
    assert.equal(kind.explode, false);
    assert.equal(kind.schema.type, 'array');
    const feed = (doc.paths['/v1/events.ics'].get.parameters as Json[]).map((p) => p.name);
    assert.ok(feed.includes('lang') && feed.includes('kind') && !feed.includes('cursor') && !feed.includes('limit'));
    assert.ok(doc.paths['/v1/events.ics'].get.responses['200'].content['text/calendar']);
  });

  it('should answer every path it lists', async () => {
    const dataset = sampleDataset();
    const paths = Object.keys(doc.paths as Json);
    assert.ok(paths.length >= 19, `${paths.length} paths`);
    for (const template of paths) {
      const resource = /^\/v1\/([a-z]+)\//.exec(template)?.[1] as keyof typeof dataset | undefined;
      const id = resource ? (dataset[resource] as { id: string }[])[0]!.id : '';
      const path = template.replace('{id}', id);
      const res = await fetch(new URL(path, server.url));
      assert.equal(res.status, 200, `${template} → ${path}`);
      const declared = Object.keys(doc.paths[template].get.responses['200'].content ?? { 'application/json': {} });
      const type = (res.headers.get('content-type') ?? '').split(';')[0]!;
      assert.ok(declared.includes(type), `${path}: ${type} is declared (${declared.join(', ')})`);
      await res.arrayBuffer();
    }
  });
});
