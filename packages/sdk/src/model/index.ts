export { LOCALES, DEFAULT_LOCALE, Locale, LocalizedText } from './locale.js';
export {
  Region, Id, WebUrl, IsoDate, IsoDateTime, IsoDateOrDateTime, TimeZone, GeoPoint, Currency, Money, Confidence, Citation,
  Provenance, District, Page, Contact,
} from './common.js';
export { Event, EventKind, EventStatus, Audience, PartyRef, Venue, Registration } from './event.js';
export { Incubator, Service, Industry, IncubatorLevel } from './incubator.js';
export { Organization, OrganizationType } from './organization.js';
export { Policy, PolicyKind, Jurisdiction, ParameterValue, RuleParameter, RuleVersion, PolicyCitation } from './policy.js';
export { Program, ProgramKind } from './program.js';
export { Talent, TalentCategory } from './talent.js';
export { Holiday } from './holiday.js';
export { Dataset } from './dataset.js';
export { fastAccept, fastSafeParse } from './fast.js';
export type { FastAcceptOptions } from './fast.js';
export {
  EVENT_KINDS, EVENT_KIND_LABELS, EVENT_STATUSES, EVENT_STATUS_LABELS, AUDIENCES, AUDIENCE_LABELS, SERVICES, SERVICE_LABELS, INDUSTRIES, INDUSTRY_LABELS, INCUBATOR_LEVELS, INCUBATOR_LEVEL_LABELS, ORGANIZATION_TYPES, ORGANIZATION_TYPE_LABELS, PROGRAM_KINDS, PROGRAM_KIND_LABELS, TALENT_CATEGORIES, TALENT_CATEGORY_LABELS, POLICY_KINDS, JURISDICTIONS, JURISDICTION_LABELS, REGION_LABELS,
} from './vocab.js';
export type {
  EventKind as EventKindValue, EventStatus as EventStatusValue, Audience as AudienceValue, Service as ServiceValue,
  Industry as IndustryValue, IncubatorLevel as IncubatorLevelValue, OrganizationType as OrganizationTypeValue,
  ProgramKind as ProgramKindValue, TalentCategory as TalentCategoryValue, Jurisdiction as JurisdictionValue,
  PolicyKind as PolicyKindValue,
} from './vocab.js';
