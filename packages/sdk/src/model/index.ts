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
  EVENT_KINDS, EVENT_STATUSES, AUDIENCES, SERVICES, INDUSTRIES, INCUBATOR_LEVELS, ORGANIZATION_TYPES, PROGRAM_KINDS, TALENT_CATEGORIES, POLICY_KINDS, JURISDICTIONS,
} from './vocab.js';
export {
  EVENT_KIND_LABELS, EVENT_STATUS_LABELS, AUDIENCE_LABELS, SERVICE_LABELS, INDUSTRY_LABELS, INCUBATOR_LEVEL_LABELS, ORGANIZATION_TYPE_LABELS, PROGRAM_KIND_LABELS, TALENT_CATEGORY_LABELS, JURISDICTION_LABELS, REGION_LABELS,
} from './labels.js';
export type {
  EventKind as EventKindValue, EventStatus as EventStatusValue, Audience as AudienceValue, Service as ServiceValue,
  Industry as IndustryValue, IncubatorLevel as IncubatorLevelValue, OrganizationType as OrganizationTypeValue,
  ProgramKind as ProgramKindValue, TalentCategory as TalentCategoryValue, Jurisdiction as JurisdictionValue,
  PolicyKind as PolicyKindValue,
} from './vocab.js';
