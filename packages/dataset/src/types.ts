// The SDK's model is the contract. Only its types are imported, so the dataset has no runtime dependency
// on the SDK (it is a devDependency).
export type {
  Dataset, District, Event, Incubator, Organization, Policy, Program, Talent, Holiday, LocalizedText, Provenance,
  PartyRef, Venue, GeoPoint, Money, Confidence, Region, ParameterValue, RuleParameter, RuleVersion, PolicyCitation,
  AudienceValue, EventKindValue, EventStatusValue, IndustryValue, ServiceValue, IncubatorLevelValue,
  OrganizationTypeValue, ProgramKindValue, TalentCategoryValue, JurisdictionValue, PolicyKindValue,
} from '@shhk/sdk';
