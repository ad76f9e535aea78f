// @shhk/sdk — the single public entry. Everything public is exported here by name; modules not
// re-exported (client transport/sources, query internals such as cursors and the fold table) are
// private on purpose.

// The exchange data model: zod/mini schemas, their types, and the vocabularies with trilingual labels.
export {
  LOCALES, DEFAULT_LOCALE, Locale, LocalizedText,
  Region, Id, WebUrl, IsoDate, IsoDateTime, TimeZone, GeoPoint, Currency, Money, Confidence, Citation, Provenance, District, Page,
  Contact,
  Event, EventKind, EventStatus, Audience, PartyRef, Venue, Registration,
  Incubator, Service, Industry, IncubatorLevel,
  Organization, OrganizationType,
  Policy, PolicyKind, Jurisdiction, ParameterValue, RuleParameter, RuleVersion, PolicyCitation,
  Program, ProgramKind,
  Talent, TalentCategory,
  Holiday,
  Dataset,
  fastAccept, fastSafeParse,
  EVENT_KINDS, EVENT_KIND_LABELS, EVENT_STATUSES, EVENT_STATUS_LABELS, AUDIENCES, AUDIENCE_LABELS, SERVICES, SERVICE_LABELS,
  INDUSTRIES, INDUSTRY_LABELS, INCUBATOR_LEVELS, INCUBATOR_LEVEL_LABELS, ORGANIZATION_TYPES, ORGANIZATION_TYPE_LABELS,
  PROGRAM_KINDS, PROGRAM_KIND_LABELS, TALENT_CATEGORIES, TALENT_CATEGORY_LABELS, POLICY_KINDS, JURISDICTIONS,
  JURISDICTION_LABELS, REGION_LABELS,
} from './model/index.js';
export type {
  FastAcceptOptions,
  EventKindValue, EventStatusValue, AudienceValue, ServiceValue, IndustryValue, IncubatorLevelValue, OrganizationTypeValue,
  ProgramKindValue, TalentCategoryValue, JurisdictionValue, PolicyKindValue,
} from './model/index.js';

// Query semantics shared by the server and the offline source.
export {
  runQuery, parseQuery, toSearchParams, QUERY_PARAMS, QueryError, RESOURCE_NAMES, fold, compileQuery, matchText, haystackOf, haversineKm,
} from './query/index.js';
export type {
  QueryContext, ParseResult, QueryParamSpec, QueryParamType, ParamSchema, CompiledQuery, QueryTerm,
  BaseQuery, EventQuery, IncubatorQuery, OrganizationQuery, PolicyQuery, ProgramQuery, TalentQuery, HolidayQuery,
  QueryByResource, ResourceName, ItemByResource,
} from './query/index.js';

// The client, online or offline.
export { createClient } from './client/index.js';
export type {
  ClientOptions, RequestOptions, ListResource, EventResource, DistrictResource, ExchangeClient, RetryOptions, FetchFunction,
} from './client/index.js';
export {
  ExchangeError, ApiError, NetworkError, TimeoutError, ResponseValidationError,
  isExchangeError, isApiError, isNetworkError, isTimeoutError, isResponseValidationError, isAbortError,
} from './client/errors.js';
export type { ExchangeErrorName, ExchangeErrorOptions, ProblemDetails, ValidationIssue } from './client/errors.js';
export { parseLenient } from './client/lenient.js';
export { RESOURCE_SCHEMAS } from './client/schemas.js';
export type { LenientResult, SkippedRecord } from './client/lenient.js';

// Locales.
export { normalizeLocale, negotiateLocale, pickText, localeFallbacks, BCP47 } from './i18n/index.js';
export type { NegotiateLocaleOptions, PickedText } from './i18n/index.js';

// iCalendar export and "add to calendar" links.
export { toICalendar, googleCalendarUrl, outlookCalendarUrl, icsFileName, UID_DOMAIN } from './ical/index.js';
export type { ICalendarOptions } from './ical/index.js';
