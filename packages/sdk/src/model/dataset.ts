import * as z from 'zod/mini';
import { District, IsoDateTime } from './common.js';
import { Event } from './event.js';
import { Incubator } from './incubator.js';
import { Organization } from './organization.js';
import { Policy } from './policy.js';
import { Program } from './program.js';
import { Talent } from './talent.js';
import { Holiday } from './holiday.js';

/**
 * A whole dataset in one JSON document: what `@shhk/dataset` ships, what the server loads, and what
 * `createClient({ dataset })` answers from. A partner without an API can host one such file.
 */
export const Dataset = z.object({
  /** Format version of this document. */
  format: z.literal('shhk-dataset/1'),
  generatedAt: IsoDateTime,
  districts: z.array(District),
  events: z.array(Event),
  incubators: z.array(Incubator),
  organizations: z.array(Organization),
  policies: z.array(Policy),
  programs: z.array(Program),
  talents: z.array(Talent),
  holidays: z.array(Holiday),
});
export type Dataset = z.output<typeof Dataset>;
