import * as z from 'zod/mini';
import {
  Citation, Contact, District, Event, GeoPoint, Holiday, Incubator, LocalizedText, Money, Organization, ParameterValue,
  PartyRef, Policy, PolicyCitation, Program, Provenance, QUERY_PARAMS, Registration, RuleParameter, RuleVersion, Talent, Venue,
  LOCALES,
} from './sdk.js';
import { LIST_RESOURCES, SCHEMA_NAMES, SINGULAR, type ListResource } from './resources.js';
import type { QueryParamSpec } from './sdk.js';
import { FEED_LIMIT } from './feed.js';

// The OpenAPI document is generated from the same zod schemas that validate the data and the client's
// responses, so the three cannot drift apart.

type JsonObject = Record<string, unknown>;

/** Options of {@link buildOpenApi}. */
export interface OpenApiOptions {
  /** Public base URL, written as the only server. @default '/' (same origin) */
  publicBaseUrl?: string | undefined;
}

const SCHEMAS: readonly (readonly [string, z.core.$ZodType])[] = [
  ['LocalizedText', LocalizedText],
  ['GeoPoint', GeoPoint],
  ['Money', Money],
  ['Citation', Citation],
  ['Provenance', Provenance],
  ['Contact', Contact],
  ['PartyRef', PartyRef],
  ['Venue', Venue],
  ['Registration', Registration],
  ['ParameterValue', ParameterValue],
  ['RuleParameter', RuleParameter],
  ['RuleVersion', RuleVersion],
  ['PolicyCitation', PolicyCitation],
  ['District', District],
  ['Event', Event],
  ['Incubator', Incubator],
  ['Organization', Organization],
  ['Policy', Policy],
  ['Program', Program],
  ['Talent', Talent],
  ['Holiday', Holiday],
];

const ref = (name: string): JsonObject => ({ $ref: `#/components/schemas/${name}` });

/** Entity schemas as JSON Schema 2020-12 (the dialect of OpenAPI 3.1), cross-referenced by `$ref`. */
export function componentSchemas(): Record<string, JsonObject> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of SCHEMAS) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'output',
    uri: (id) => `#/components/schemas/${id}`,
    // Refinements (e.g. "end is not before start") have no JSON Schema form; they stay server-side.
    unrepresentable: 'any',
  });
  const out: Record<string, JsonObject> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const { $schema: _schema, $id: _id, ...rest } = schema as JsonObject;
    out[name] = rest;
  }
  return out;
}

/** OpenAPI parameters of a list resource, from the SDK's `QUERY_PARAMS` (the parser's own table). */
function queryParameters(resource: ListResource, omit: readonly string[] = []): JsonObject[] {
  if (resource === 'districts') return [];
  const specs: readonly QueryParamSpec[] = QUERY_PARAMS[resource];
  return specs
    .filter((spec) => !omit.includes(spec.name))
    .map((spec) => ({
      name: spec.name,
      in: 'query',
      required: false,
      description: spec.description,
      schema: spec.schema,
      // Lists travel comma-separated (`kind=forum,expo`).
      ...(spec.array ? { style: 'form', explode: false } : {}),
      ...(spec.example !== undefined ? { example: spec.array ? spec.example.split(',') : exampleValue(spec) } : {}),
    }));
}

/** The example in its schema's type: `limit=20` is the integer 20, `acceptsHongKongFounders=true` the boolean. */
function exampleValue(spec: QueryParamSpec): unknown {
  if (spec.type === 'integer') return Number(spec.example);
  if (spec.type === 'boolean') return spec.example === 'true';
  return spec.example;
}

const problemResponse = (description: string): JsonObject => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

const cachingHeaders: JsonObject = {
  ETag: { description: 'Strong validator of the body; send it back in `If-None-Match`.', schema: { type: 'string' } },
  'Cache-Control': { description: 'How long the response may be reused.', schema: { type: 'string' } },
};

const conditional: JsonObject = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  description: 'An ETag from an earlier response; answered with 304 when unchanged.',
  schema: { type: 'string' },
};

const langParameter: JsonObject = {
  name: 'lang',
  in: 'query',
  required: false,
  description: 'Language of the calendar text. Aliases such as zh-CN, zh-HK or en-GB are accepted. Without it, Accept-Language decides; the default is zh-Hans.',
  schema: { type: 'string', enum: [...LOCALES] },
};

const errors = (...statuses: (400 | 404 | 406)[]): JsonObject =>
  Object.fromEntries(statuses.map((s) => [String(s), { $ref: `#/components/responses/${{ 400: 'BadRequest', 404: 'NotFound', 406: 'NotAcceptable' }[s]}` }]));

/**
 * Builds the OpenAPI 3.1 description of the Exchange API.
 *
 * @example
 * ```ts
 * const doc = buildOpenApi({ publicBaseUrl: 'https://api.example.org' });
 * ```
 */
export function buildOpenApi(options: OpenApiOptions = {}): JsonObject {
  const paths: Record<string, JsonObject> = {};

  for (const resource of LIST_RESOURCES) {
    const schema = SCHEMA_NAMES[resource];
    const pageName = `${schema}Page`;
    paths[`/v1/${resource}`] = {
      get: {
        operationId: `list${resource[0]!.toUpperCase()}${resource.slice(1)}`,
        summary: `List ${resource}`,
        description: `One page of ${resource}. Filters combine with AND; values of one list filter with OR. Follow \`nextCursor\` for the next page.`,
        tags: [resource],
        parameters: [...queryParameters(resource), conditional],
        responses: {
          200: { description: `A page of ${resource}.`, headers: cachingHeaders, content: { 'application/json': { schema: ref(pageName) } } },
          304: { description: 'Not modified.' },
          ...errors(400, 406),
        },
      },
    };
    paths[`/v1/${resource}/{id}`] = {
      get: {
        operationId: `get${schema}`,
        summary: `Get one ${SINGULAR[resource]}`,
        tags: [resource],
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, conditional],
        responses: {
          200: { description: `The ${SINGULAR[resource]}.`, headers: cachingHeaders, content: { 'application/json': { schema: ref(schema) } } },
          304: { description: 'Not modified.' },
          ...errors(404, 406),
        },
      },
    };
  }

  const calendar = { 'text/calendar': { schema: { type: 'string', description: 'An RFC 5545 iCalendar document.' } } };
  const calendarHeaders = {
    ...cachingHeaders,
    'Content-Disposition': { description: 'inline, with a file name', schema: { type: 'string' } },
  };
  paths['/v1/events.ics'] = {
    get: {
      operationId: 'eventsFeed',
      summary: 'Events as an iCalendar subscription feed',
      description: `Every event matching the same filters as \`GET /v1/events\` (no paging; at most ${FEED_LIMIT} events), as \`text/calendar\`. Subscribe to this URL in a calendar app.`,
      tags: ['events'],
      parameters: [...queryParameters('events', ['cursor', 'limit']), langParameter, conditional],
      responses: { 200: { description: 'The calendar.', headers: calendarHeaders, content: calendar }, 304: { description: 'Not modified.' }, ...errors(400, 406) },
    },
  };
  paths['/v1/events/{id}.ics'] = {
    get: {
      operationId: 'eventCalendar',
      summary: 'One event as an iCalendar file',
      tags: ['events'],
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, langParameter, conditional],
      responses: { 200: { description: 'The calendar file.', headers: calendarHeaders, content: calendar }, 304: { description: 'Not modified.' }, ...errors(400, 404, 406) },
    },
  };
  paths['/v1/openapi.json'] = {
    get: {
      operationId: 'openApi',
      summary: 'This document',
      tags: ['meta'],
      responses: { 200: { description: 'The OpenAPI 3.1 document.', content: { 'application/json': { schema: { type: 'object' } } } }, ...errors(406) },
    },
  };
  paths['/healthz'] = {
    get: {
      operationId: 'health',
      summary: 'Liveness and record counts',
      tags: ['meta'],
      responses: {
        200: {
          description: 'The server is up.',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  status: { const: 'ok' },
                  counts: { type: 'object', additionalProperties: { type: 'integer', minimum: 0 } },
                },
                required: ['status', 'counts'],
              },
            },
          },
        },
      },
    },
  };

  const schemas: Record<string, JsonObject> = componentSchemas();
  for (const resource of LIST_RESOURCES) {
    const schema = SCHEMA_NAMES[resource];
    schemas[`${schema}Page`] = {
      type: 'object',
      description: `A page of ${resource}: the items and the cursor of the next page, or null on the last.`,
      properties: { items: { type: 'array', items: ref(schema) }, nextCursor: { type: ['string', 'null'] } },
      required: ['items', 'nextCursor'],
      additionalProperties: false,
    };
  }
  schemas.Problem = {
    type: 'object',
    description: 'RFC 9457 problem details.',
    properties: {
      type: { type: 'string', description: 'A URI naming the problem type; `about:blank` for plain HTTP errors.' },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      instance: { type: 'string', description: 'Path and query of the request.' },
      param: { type: 'string', description: 'For a 400 caused by a query parameter: its name.' },
    },
    required: ['type', 'title', 'status', 'detail', 'instance'],
  };

  return {
    openapi: '3.1.0',
    info: {
      title: 'Shanghai–Hong Kong Exchange API',
      version: '1.0.0',
      summary: 'Events, incubators, organisations, policies, programmes, talents, holidays and districts of the Shanghai–Hong Kong exchange.',
      description:
        'Read-only REST API of the Shanghai–Hong Kong Exchange Kit. Lists are paged with `cursor` and `limit`; `q` searches text with Simplified/Traditional folding. Errors are RFC 9457 `application/problem+json`. Responses carry strong ETags and may be compressed (br, gzip).',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    servers: [{ url: options.publicBaseUrl ?? '/' }],
    tags: [...LIST_RESOURCES.map((name) => ({ name })), { name: 'meta' }],
    paths,
    components: {
      schemas,
      responses: {
        BadRequest: problemResponse('A query parameter is invalid; `param` names it.'),
        NotFound: problemResponse('No such resource.'),
        NotAcceptable: problemResponse('The Accept header admits no media type this resource has.'),
      },
    },
  };
}
