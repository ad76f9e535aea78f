// The single place the server reaches into @shhk/sdk, so the dependency surface stays visible.
export {
  Dataset, District, Event, Holiday, Incubator, Organization, Policy, Program, Talent, Page,
  LocalizedText, GeoPoint, Money, Citation, Provenance, Contact, PartyRef, Venue, Registration,
  ParameterValue, RuleParameter, RuleVersion, PolicyCitation,
  EVENT_KIND_LABELS, EVENT_STATUS_LABELS, AUDIENCE_LABELS, REGION_LABELS, LOCALES, DEFAULT_LOCALE,
  RESOURCE_SCHEMAS, parseQuery, runQuery, QueryError, QUERY_PARAMS, toICalendar, normalizeLocale, negotiateLocale, pickText,
} from '@shhk/sdk';
export type { Locale, EventQuery, ItemByResource, QueryParamSpec } from '@shhk/sdk';
