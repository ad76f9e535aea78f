import * as z from 'zod/mini';
import { LocalizedText } from './locale.js';
import { Contact, GeoPoint, Id, Provenance, Region, WebUrl } from './common.js';
import { INCUBATOR_LEVELS, INDUSTRIES, SERVICES } from './vocab.js';
import { PartyRef } from './event.js';

export const Service = z.enum(SERVICES);
export const Industry = z.enum(INDUSTRIES);
export const IncubatorLevel = z.enum(INCUBATOR_LEVELS);

/** An incubator, maker space or incubation demonstration base open to founders. */
export const Incubator = z.object({
  id: Id,
  name: LocalizedText,
  aliases: z.array(z.string()),
  level: IncubatorLevel,
  region: Region,
  districtId: Id,
  address: z.optional(LocalizedText),
  geo: z.optional(GeoPoint),
  operator: z.optional(PartyRef),
  services: z.array(Service),
  industries: z.array(Industry),
  /** Whether it states that it takes Hong Kong founders (Shanghai bases) or mainland founders (Hong Kong). */
  acceptsHongKongFounders: z.boolean(),
  workstations: z.optional(z.int().check(z.gte(0))),
  summary: z.optional(LocalizedText),
  contact: z.optional(Contact),
  url: z.optional(WebUrl),
  provenance: Provenance,
});
export type Incubator = z.output<typeof Incubator>;
