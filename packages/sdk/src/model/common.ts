import * as z from 'zod/mini';
import { LocalizedText } from './locale.js';

/** The two regions of the exchange. */
export const Region = z.enum(['shanghai', 'hong-kong']);
export type Region = z.output<typeof Region>;

/** Stable ids: lowercase ASCII words joined by `-`, e.g. `sh-pudong`, `ev-innoex-2026`. */
export const Id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a lowercase id like "sh-pudong"'), z.maxLength(120));

/** An https (or http) URL. `javascript:` and other schemes are refused. */
export const WebUrl = z.string().check(
  z.maxLength(2048),
  z.refine((s) => /^https?:\/\/[^\s]+$/i.test(s), { message: 'Expected an http(s) URL' }),
);

// `z.iso.date()` and `z.iso.datetime({ offset: true })`, built from their classes with the same
// definitions: reaching them through the `z.iso` namespace object kept all of it (time and duration
// formats included) in every bundle.
/** ISO calendar date `YYYY-MM-DD`. */
export const IsoDate = /* @__PURE__ */ new z.ZodMiniISODate({ type: 'string', format: 'date', check: 'string_format' });
/** ISO 8601 date-time with an explicit offset, e.g. `2026-04-13T09:30:00+08:00`. */
export const IsoDateTime = /* @__PURE__ */ new z.ZodMiniISODateTime({
  type: 'string', format: 'datetime', check: 'string_format', offset: true, local: false, precision: null,
});

const twoDigits = (s: string, at: number): number => (s.charCodeAt(at) - 48) * 10 + s.charCodeAt(at + 1) - 48;
const DATE_OR_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?$/;

/**
 * A date `YYYY-MM-DD`, or a date-time with seconds and an explicit offset. One regex and a day-of-month
 * check: several times faster than a union of the two ISO formats, which matters for 10,000-event pages.
 * A failure aborts (as the union's did), so a record's own checks, such as "end is before start", do
 * not also report an unreadable date.
 */
export const IsoDateOrDateTime = z.string().check(
  z.refine((s) => {
    if (!DATE_OR_DATE_TIME.test(s)) return false;
    // Digits at fixed positions (the pattern guarantees them): no match array, no Date for days 1–28.
    const month = twoDigits(s, 5), day = twoDigits(s, 8);
    return month >= 1 && month <= 12 && day >= 1 && (day <= 28 || day <= new Date(Date.UTC(+s.slice(0, 4), month, 0)).getUTCDate());
  }, { message: 'Expected a date (YYYY-MM-DD) or a date-time with offset (YYYY-MM-DDTHH:MM:SS+08:00)', abort: true }),
);

/** An IANA time-zone name such as `Asia/Shanghai` or `Asia/Hong_Kong`. */
export const TimeZone = z.string().check(z.regex(/^(?:UTC|[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+)$/, 'Expected an IANA time zone like "Asia/Shanghai"'));

/** A WGS-84 point. Mainland map tiles use GCJ-02: convert before drawing on them. */
export const GeoPoint = z.object({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lng: z.number().check(z.gte(-180), z.lte(180)),
});
export type GeoPoint = z.output<typeof GeoPoint>;

/** Currencies the kit handles. CNY and HKD are never summed together. */
export const Currency = z.enum(['CNY', 'HKD']);
export type Currency = z.output<typeof Currency>;

/** Money in integer minor units (fen for CNY, cents for HKD), never a float. */
export const Money = z.object({
  amountMinor: z.int().check(z.gte(0)),
  currency: Currency,
});
export type Money = z.output<typeof Money>;

/** How sure the research is of a fact. */
export const Confidence = z.enum(['high', 'medium', 'low']);
export type Confidence = z.output<typeof Confidence>;

/** A cited source for a fact or a rule. */
export const Citation = z.object({
  issuer: LocalizedText,
  title: LocalizedText,
  documentNumber: z.optional(z.string()),
  url: z.optional(WebUrl),
  issuedOn: z.optional(IsoDate),
  effectiveFrom: z.optional(IsoDate),
  retrievedOn: z.optional(IsoDate),
  confidence: Confidence,
});
export type Citation = z.output<typeof Citation>;

/** Where a record comes from. Synthetic records are generated sample data, never fact. */
export const Provenance = z.object({
  /** A URL, or `unverified` when no public source was found. */
  source: z.string().check(z.minLength(1)),
  confidence: Confidence,
  synthetic: z.boolean(),
  note: z.optional(z.string()),
});
export type Provenance = z.output<typeof Provenance>;

/** One of the 16 Shanghai or 18 Hong Kong districts. */
export const District = z.object({
  id: Id,
  region: Region,
  /** GB/T 2260 code for Shanghai districts; absent for Hong Kong. */
  adminCode: z.optional(z.string()),
  name: LocalizedText,
  /** Approximate centre, for distance sorting when a visitor picks a district. */
  centroid: z.optional(GeoPoint),
});
export type District = z.output<typeof District>;

/** A page of a list: the items and the cursor of the next page, or `null` on the last. */
export const Page = <T extends z.ZodMiniType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.nullable(z.string()),
  });
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Contact details that an organisation has published. */
export const Contact = z.object({
  phone: z.optional(z.string()),
  email: z.optional(z.string()),
  url: z.optional(WebUrl),
});
export type Contact = z.output<typeof Contact>;
