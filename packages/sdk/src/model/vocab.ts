// Controlled vocabularies: the values the schemas allow. Their trilingual labels are in labels.ts, a
// module of its own so that a client that only validates does not carry them.

export const EVENT_KINDS = ['forum', 'competition', 'competition-stage', 'expo', 'roadshow', 'training', 'summer-course', 'showcase', 'lecture', 'makerthon', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_STATUSES = ['scheduled', 'tentative', 'postponed', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const AUDIENCES = ['founders', 'students', 'researchers', 'investors', 'companies', 'public'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The seven incubation services named in the founding document. */
export const SERVICES = ['guidance', 'financing', 'consulting', 'talent', 'technology', 'agency', 'legal-aid'] as const;
export type Service = (typeof SERVICES)[number];

export const INDUSTRIES = [
  'ai', 'biomedicine', 'integrated-circuits', 'fintech', 'software', 'advanced-manufacturing', 'new-materials',
  'green-energy', 'cultural-creative', 'healthcare', 'education', 'robotics', 'smart-city', 'e-commerce',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const INCUBATOR_LEVELS = ['national-demonstration', 'municipal-demonstration', 'university-science-park', 'district', 'other'] as const;
export type IncubatorLevel = (typeof INCUBATOR_LEVELS)[number];

export const ORGANIZATION_TYPES = ['university', 'science-park', 'association', 'government', 'lab', 'enterprise', 'investor'] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const PROGRAM_KINDS = ['course', 'training', 'competition', 'exchange', 'internship', 'fellowship', 'mentorship'] as const;
export type ProgramKind = (typeof PROGRAM_KINDS)[number];

export const TALENT_CATEGORIES = ['top-scientist', 'overseas-chinese', 'young-talent', 'industry-application'] as const;
export type TalentCategory = (typeof TALENT_CATEGORIES)[number];

export const POLICY_KINDS = ['subsidy', 'loan', 'tax', 'support'] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

export const JURISDICTIONS = ['shanghai', 'pudong', 'hong-kong', 'national'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

