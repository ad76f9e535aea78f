import * as z from 'zod/mini';
import { LocalizedText } from './locale.js';
import { Id, IsoDate, Provenance, Region, WebUrl } from './common.js';
import { PROGRAM_KINDS } from './vocab.js';
import { Audience, PartyRef } from './event.js';

export const ProgramKind = z.enum(PROGRAM_KINDS);

/** A course, training, competition, exchange, internship, fellowship or mentorship programme. */
export const Program = z.object({
  id: Id,
  kind: ProgramKind,
  name: LocalizedText,
  summary: z.optional(LocalizedText),
  organizers: z.array(PartyRef),
  regions: z.array(Region).check(z.minLength(1)),
  start: z.optional(IsoDate),
  end: z.optional(IsoDate),
  applicationDeadline: z.optional(IsoDate),
  audience: z.array(Audience),
  tags: z.array(z.string()),
  url: z.optional(WebUrl),
  provenance: Provenance,
});
export type Program = z.output<typeof Program>;
