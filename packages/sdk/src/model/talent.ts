import * as z from 'zod/mini';
import { LocalizedText } from './locale.js';
import { Id, IsoDate, Provenance, Region, WebUrl } from './common.js';
import { TALENT_CATEGORIES } from './vocab.js';

export const TalentCategory = z.enum(TALENT_CATEGORIES);

/** A public expert profile. Only fields the person consented to publish are present. */
export const Talent = z.object({
  id: Id,
  name: LocalizedText,
  category: TalentCategory,
  field: LocalizedText,
  affiliation: z.optional(LocalizedText),
  region: Region,
  tags: z.array(z.string()),
  consent: z.object({ publicProfile: z.literal(true), recordedOn: IsoDate }),
  url: z.optional(WebUrl),
  provenance: Provenance,
});
export type Talent = z.output<typeof Talent>;
