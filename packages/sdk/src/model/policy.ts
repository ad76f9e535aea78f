import * as z from 'zod/mini';
import { LocalizedText } from './locale.js';
import { Citation, Confidence, Id, IsoDate, Money, Provenance, WebUrl } from './common.js';
import { JURISDICTIONS, POLICY_KINDS } from './vocab.js';

export const PolicyKind = z.enum(POLICY_KINDS);
export const Jurisdiction = z.enum(JURISDICTIONS);

/** A parameter's value. `unknown` means the figure is not published: show it as such, never guess. */
export const ParameterValue = z.discriminatedUnion('type', [
  z.object({ type: z.literal('money'), money: Money }),
  /** A rate in basis points (1/100 of a percent), e.g. LPR − 150 bp. */
  z.object({ type: z.literal('rate'), basisPoints: z.int() }),
  z.object({ type: z.literal('count'), value: z.int(), unit: z.enum(['months', 'years', 'people', 'times', 'days']) }),
  z.object({ type: z.literal('unknown') }),
]);
export type ParameterValue = z.output<typeof ParameterValue>;

export const RuleParameter = z.object({
  key: z.string().check(z.regex(/^[a-z][a-zA-Z0-9]*$/)),
  label: LocalizedText,
  value: ParameterValue,
  confidence: Confidence,
  /** Ids into the policy's `citations`. */
  citationIds: z.array(Id).check(z.minLength(1)),
  note: z.optional(LocalizedText),
});
export type RuleParameter = z.output<typeof RuleParameter>;

/** One dated version of a programme's rules. */
export const RuleVersion = z.object({
  id: Id,
  effectiveFrom: IsoDate,
  /** Last day in force (inclusive); `null` while in force. */
  effectiveTo: z.nullable(IsoDate),
  parameters: z.array(RuleParameter),
  citationIds: z.array(Id).check(z.minLength(1)),
});
export type RuleVersion = z.output<typeof RuleVersion>;

// The shape spread rather than z.extend(), which would add zod's extend machinery (~0.4 KiB gzip) to
// every client bundle for this one schema; the schema and its JSON Schema are the same.
export const PolicyCitation = z.object({ ...Citation.shape, id: Id });
export type PolicyCitation = z.output<typeof PolicyCitation>;

/** A subsidy or support programme, as dated rule versions with citations. */
export const Policy = z.object({
  id: Id,
  kind: PolicyKind,
  jurisdiction: Jurisdiction,
  name: LocalizedText,
  summary: z.optional(LocalizedText),
  /** `closed` programmes take no new applications (e.g. TVP after 2024-12-31). */
  status: z.enum(['open', 'closed']),
  versions: z.array(RuleVersion).check(z.minLength(1)),
  citations: z.array(PolicyCitation).check(z.minLength(1)),
  url: z.optional(WebUrl),
  provenance: Provenance,
});
export type Policy = z.output<typeof Policy>;
