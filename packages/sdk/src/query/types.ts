import type {
  Event, Holiday, Incubator, Organization, Policy, Program, Talent,
  AudienceValue, EventKindValue, EventStatusValue, GeoPoint, IncubatorLevelValue, IndustryValue, JurisdictionValue,
  OrganizationTypeValue, PolicyKindValue, ProgramKindValue, Region, ServiceValue, TalentCategoryValue,
} from '../model/index.js';

// The query contract of every list endpoint, shared by the client (serialises it), the server
// (parses it from the URL) and the offline source (evaluates it in memory).
//
// URL form: arrays are comma-separated (`kind=forum,expo`), booleans are `true`/`false`, a point is
// `near=31.23,121.47` (lat,lng), dates are ISO. Unknown parameters are a 400 on the server.

/** Paging and text search, common to every list. */
export interface BaseQuery {
  /** Free text. Case-, width- and 简/繁-folded; Chinese matches anywhere, English by word prefix. */
  q?: string;
  /** Opaque cursor from a previous page's `nextCursor`. */
  cursor?: string;
  /** Page size, 1–500. @default 50 */
  limit?: number;
}

export interface EventQuery extends BaseQuery {
  kind?: EventKindValue[];
  region?: Region[];
  /** Organiser organisation ids. */
  organizer?: string[];
  audience?: AudienceValue[];
  tag?: string[];
  status?: EventStatusValue[];
  seriesId?: string;
  /** Events that end on or after this date or date-time (all-day events by their date, UTC+8). */
  from?: string;
  /** Events that start before this date or date-time (exclusive). */
  to?: string;
}

export interface IncubatorQuery extends BaseQuery {
  region?: Region[];
  district?: string[];
  service?: ServiceValue[];
  industry?: IndustryValue[];
  level?: IncubatorLevelValue[];
  acceptsHongKongFounders?: boolean;
  /** Sorts by distance from this point (haversine) unless `sort` says otherwise. */
  near?: GeoPoint;
  /** @default 'relevance' when `q` is set, else 'distance' when `near` is set, else 'name' */
  sort?: 'relevance' | 'distance' | 'name';
}

export interface OrganizationQuery extends BaseQuery {
  type?: OrganizationTypeValue[];
  region?: Region[];
}

export interface PolicyQuery extends BaseQuery {
  kind?: PolicyKindValue[];
  jurisdiction?: JurisdictionValue[];
  status?: ('open' | 'closed')[];
}

export interface ProgramQuery extends BaseQuery {
  kind?: ProgramKindValue[];
  region?: Region[];
  audience?: AudienceValue[];
}

export interface TalentQuery extends BaseQuery {
  category?: TalentCategoryValue[];
  region?: Region[];
}

export interface HolidayQuery extends BaseQuery {
  region?: ('mainland' | 'hong-kong')[];
  from?: string;
  to?: string;
}

/** The list resources and their query types. */
export interface QueryByResource {
  events: EventQuery;
  incubators: IncubatorQuery;
  organizations: OrganizationQuery;
  policies: PolicyQuery;
  programs: ProgramQuery;
  talents: TalentQuery;
  holidays: HolidayQuery;
}
export type ResourceName = keyof QueryByResource;
export const RESOURCE_NAMES: readonly ResourceName[] = ['events', 'incubators', 'organizations', 'policies', 'programs', 'talents', 'holidays'];

/** The item type of each list resource: what `runQuery` filters and what a page holds. */
export interface ItemByResource {
  events: Event;
  incubators: Incubator;
  organizations: Organization;
  policies: Policy;
  programs: Program;
  talents: Talent;
  holidays: Holiday;
}
