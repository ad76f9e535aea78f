/** Every resource the API lists under `/v1/<resource>`, in the order the OpenAPI document shows them. */
export const LIST_RESOURCES = [
  'events', 'incubators', 'organizations', 'policies', 'programs', 'talents', 'holidays', 'districts',
] as const;
export type ListResource = (typeof LIST_RESOURCES)[number];

/** Singular nouns for messages ("No event has the id …"). */
export const SINGULAR: Readonly<Record<ListResource, string>> = {
  events: 'event',
  incubators: 'incubator',
  organizations: 'organization',
  policies: 'policy',
  programs: 'program',
  talents: 'talent',
  holidays: 'holiday',
  districts: 'district',
};

/** Schema names in the OpenAPI document's components. */
export const SCHEMA_NAMES: Readonly<Record<ListResource, string>> = {
  events: 'Event',
  incubators: 'Incubator',
  organizations: 'Organization',
  policies: 'Policy',
  programs: 'Program',
  talents: 'Talent',
  holidays: 'Holiday',
  districts: 'District',
};
