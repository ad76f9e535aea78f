import * as z from 'zod/mini';
import { LocalizedText } from './locale.js';
import { Confidence, Id, IsoDate, WebUrl } from './common.js';

/** A public holiday or a mainland make-up working day (调休上班日), with its source. */
export const Holiday = z.object({
  id: Id,
  /** `mainland` (State Council arrangement) or `hong-kong` (general holidays). */
  region: z.enum(['mainland', 'hong-kong']),
  kind: z.enum(['holiday', 'makeup-workday']),
  date: IsoDate,
  name: LocalizedText,
  confidence: Confidence,
  /** `announced` dates are published but seen only in secondary reports: show them as "to be verified". */
  status: z.enum(['confirmed', 'announced']),
  source: WebUrl,
});
export type Holiday = z.output<typeof Holiday>;
