import * as z from 'zod/mini';
import { LocalizedText } from './locale.js';
import { Id, Provenance, Region, WebUrl } from './common.js';
import { ORGANIZATION_TYPES } from './vocab.js';

export const OrganizationType = z.enum(ORGANIZATION_TYPES);

/** A university, science park, association, government body, lab, enterprise or investor. */
export const Organization = z.object({
  id: Id,
  type: OrganizationType,
  name: LocalizedText,
  aliases: z.array(z.string()),
  region: Region,
  districtId: z.optional(Id),
  summary: z.optional(LocalizedText),
  url: z.optional(WebUrl),
  provenance: Provenance,
});
export type Organization = z.output<typeof Organization>;
