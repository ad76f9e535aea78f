import type * as z from 'zod/mini';
import { Event } from '../model/event.js';
import { Incubator } from '../model/incubator.js';
import { Organization } from '../model/organization.js';
import { Policy } from '../model/policy.js';
import { Program } from '../model/program.js';
import { Talent } from '../model/talent.js';
import { Holiday } from '../model/holiday.js';
import type { ItemByResource, ResourceName } from '../query/index.js';

/**
 * The schema every item of a list resource is parsed with, by resource name — the one map the client,
 * the reference server's loader and tests share.
 */
export const RESOURCE_SCHEMAS: { readonly [R in ResourceName]: z.ZodMiniType<ItemByResource[R]> } = {
  events: Event,
  incubators: Incubator,
  organizations: Organization,
  policies: Policy,
  programs: Program,
  talents: Talent,
  holidays: Holiday,
};
