import type * as z from 'zod/mini';

// A fast path for validation, derived from the zod schemas themselves (no second copy of the rules,
// no eval): a walk over each schema's definition builds a plain predicate once. It handles the types
// the model uses and runs zod's own check functions (regexes, lengths, ranges, refinements), so it
// agrees with the schema by construction; anything it does not handle, or any doubt, answers `false`
// and the caller asks the schema. It never copies, which is most of the schema's cost on big pages.
// It reads zod's definitions (`_zod.def`, `_zod.traits`), the surface zod documents for library
// authors; fast.test.ts re-proves "fast-accept ⇒ schema-accept" on every single-field mutation of
// generated records, so a zod upgrade that changes them fails there, not in production.

type Predicate = (value: unknown) => boolean;
interface Payload {
  value: unknown;
  issues: unknown[];
}
interface Internals {
  def: {
    type: string;
    checks?: Internal[];
    coerce?: boolean;
    shape?: Record<string, Internal>;
    catchall?: unknown;
    element?: Internal;
    innerType?: Internal;
    options?: Internal[];
    discriminator?: string;
    inclusive?: boolean;
    pattern?: RegExp;
    fn?: (value: unknown) => unknown;
    maximum?: number;
    minimum?: number;
    format?: string;
  };
  traits: Set<string>;
  optin?: 'optional' | 'defaulted';
  optout?: 'optional';
  values?: Set<unknown>;
  check?: (payload: Payload) => unknown;
}
interface Internal {
  _zod: Internals;
}

const NEVER: Predicate = () => false;
// One cache per unknown-key policy: [fall back to the schema, ignore].
const compiled = [new WeakMap<object, Predicate>(), new WeakMap<object, Predicate>()] as const;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function predicateOf(schema: Internal, loose: boolean): Predicate {
  const cache = compiled[+loose]!;
  let p = cache.get(schema);
  if (!p) {
    // A placeholder first, so that a schema reaching itself again (a recursive getter shape) terminates.
    let built: Predicate = NEVER;
    cache.set(schema, (v) => built(v));
    built = build(schema, loose);
    cache.set(schema, (p = built));
  }
  return p;
}

// A predicate per check. The common kinds are read from their definitions; any other check is zod's
// own check function run on a throwaway payload. `when` conditions are ignored: running a check that
// zod would skip can only turn a `true` into a `false`.
function checkOf(check: Internal): Predicate {
  const { def, traits } = check._zod;
  if (traits.has('$ZodCheckRegex') || traits.has('$ZodISODate') || traits.has('$ZodISODateTime')) {
    const pattern = def.pattern!;
    return (v) => {
      pattern.lastIndex = 0;
      return pattern.test(v as string);
    };
  }
  if (traits.has('$ZodCustom')) {
    const fn = def.fn!;
    return (v) => {
      const r = fn(v);
      return !!r && !(r instanceof Promise);
    };
  }
  if (traits.has('$ZodCheckGreaterThan') || traits.has('$ZodCheckLessThan')) {
    const { value: bound, inclusive } = def as { value?: unknown; inclusive?: boolean };
    if (typeof bound === 'number') {
      if (traits.has('$ZodCheckGreaterThan')) return inclusive ? (v) => (v as number) >= bound : (v) => (v as number) > bound;
      return inclusive ? (v) => (v as number) <= bound : (v) => (v as number) < bound;
    }
  }
  if (traits.has('$ZodCheckNumberFormat') && def.format === 'safeint') return (v) => Number.isSafeInteger(v);
  const run = check._zod.check!;
  const generic: Predicate = (value) => {
    const payload: Payload = { value, issues: [] };
    try {
      // A check that rewrites the value (z.trim(), z.toLowerCase()) changes what the schema outputs.
      return run(payload) === undefined && payload.issues.length === 0 && payload.value === value;
    } catch {
      return false;
    }
  };
  // Lengths count code points; a string within the bound in UTF-16 units is within it in code points too.
  if (traits.has('$ZodCheckMaxLength')) {
    const max = def.maximum!;
    return (v) => (v as string).length <= max || generic(v);
  }
  if (traits.has('$ZodCheckMinLength')) {
    const min = def.minimum!;
    return (v) => (v as string).length >= 2 * min || generic(v);
  }
  return generic;
}

function build(schema: Internal, loose: boolean): Predicate {
  const child = (s: Internal) => predicateOf(s, loose);
  const { def, traits } = schema._zod;
  // A schema that is itself a check (string formats, z.int()) runs first, as in zod's $ZodType.
  const checkSchemas = [...(traits.has('$ZodCheck') ? [schema] : []), ...(def.checks ?? [])];
  if (def.coerce || checkSchemas.some((c) => typeof c._zod.check !== 'function')) return NEVER;
  const checks = checkSchemas.map(checkOf);
  let base: Predicate;
  switch (def.type) {
    case 'string':
      base = (v) => typeof v === 'string';
      break;
    case 'number':
      base = (v) => typeof v === 'number' && Number.isFinite(v);
      break;
    case 'boolean':
      base = (v) => typeof v === 'boolean';
      break;
    case 'enum':
    case 'literal': {
      // A scan with ===, not Set#has: hashing every freshly parsed string costs more than a few compares.
      const values = [...schema._zod.values!];
      base = (v) => {
        for (let i = 0; i < values.length; i++) if (values[i] === v) return true;
        return false;
      };
      break;
    }
    case 'optional': {
      if (traits.has('$ZodExactOptional')) return NEVER;
      const inner = child(def.innerType!);
      base = (v) => v === undefined || inner(v);
      break;
    }
    case 'nullable': {
      const inner = child(def.innerType!);
      base = (v) => v === null || inner(v);
      break;
    }
    case 'array': {
      const element = child(def.element!);
      base = (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
      break;
    }
    case 'object': {
      if (def.catchall !== undefined) return NEVER;
      const shape = def.shape!;
      const keys = Object.keys(shape);
      if (keys.includes('__proto__') || Object.getOwnPropertySymbols(shape).length) return NEVER;
      // Walks the input's keys rather than the shape's: `v[k]` inside for-in is a fast load, while
      // reading a list of names from many kinds of objects goes megamorphic. An unknown key (which the
      // schema would strip) sends the record to the schema unless `loose`, so that the fast path's
      // result, the input itself, equals the schema's output.
      const required = new Map<string, Predicate>();
      const optional = new Map<string, Predicate>();
      for (const k of keys) {
        const { optin, optout } = shape[k]!._zod;
        // An absent key is never looked at, so it must mean "absent" in the output too (no defaults).
        if (optin !== undefined && (optin !== 'optional' || optout !== 'optional')) return NEVER;
        (optin === undefined ? required : optional).set(k, child(shape[k]!));
      }
      const needed = required.size;
      base = (v) => {
        // Plain objects only (what JSON gives): the schema's output is always one.
        if (!isObject(v) || Object.getPrototypeOf(v) !== Object.prototype) return false;
        let seen = 0;
        for (const k in v) {
          let field = required.get(k);
          if (field !== undefined) seen++;
          else if ((field = optional.get(k)) === undefined) {
            if (loose) continue;
            return false;
          }
          if (!field(v[k])) return false;
        }
        return seen === needed;
      };
      break;
    }
    case 'union': {
      const options = def.options!.map(child);
      const key = def.discriminator;
      // An exclusive union (z.xor) needs exactly one match: not modelled.
      if (key === undefined && def.inclusive === false) return NEVER;
      // A discriminated union parses the option its discriminator value names (zod refuses duplicate
      // values), and an option accepts only its own values, so "some option accepts" agrees with it.
      // An absent discriminator can name no option, or several.
      base = (v) => {
        if (key !== undefined && !(isObject(v) && v[key] !== undefined)) return false;
        for (let i = 0; i < options.length; i++) if (options[i]!(v)) return true;
        return false;
      };
      break;
    }
    default:
      return NEVER;
  }
  if (checks.length === 0) return base;
  if (checks.length === 1) {
    const [only] = checks as [Predicate];
    // The commonest shape (a string with one pattern or refinement) in one call.
    return def.type === 'string' ? (v) => typeof v === 'string' && only(v) : (v) => base(v) && only(v);
  }
  return (v) => {
    if (!base(v)) return false;
    for (let i = 0; i < checks.length; i++) if (!checks[i]!(v)) return false;
    return true;
  };
}

/** Options of {@link fastAccept}. */
export interface FastAcceptOptions {
  /**
   * What an object key that the schema does not declare does: `'fallback'` answers `false` (the
   * schema would strip the key, so its output would differ from the input); `'ignore'` skips it, for
   * callers that keep the input as it is and only need the verdict.
   * @default 'fallback'
   */
  unknownKeys?: 'fallback' | 'ignore';
}

/**
 * Whether `schema` certainly accepts `value`, decided by a predicate derived from the schema once (no
 * eval) and without copying `value`. `true` guarantees that `schema.safeParse(value)` succeeds, with
 * data deep-equal to `value` unless unknown keys are ignored. `false` means "ask the schema": the value
 * may still be valid (unknown keys, a schema kind the predicate does not model).
 *
 * The guarantee covers plain data, whose properties are own and enumerable (what `JSON.parse` and
 * object literals give); other objects answer `false` or are outside it.
 *
 * @example
 * ```ts
 * const event = fastAccept(Event, record) ? record : Event.parse(record);
 * if (!fastAccept(Event, inline, { unknownKeys: 'ignore' })) report(Event.safeParse(inline).error);
 * ```
 */
export function fastAccept<T extends z.ZodMiniType>(schema: T, value: unknown, options?: FastAcceptOptions): value is z.output<T> {
  return predicateOf(schema as unknown as Internal, options?.unknownKeys === 'ignore')(value);
}

/**
 * `schema.safeParse(value)`, taking the fast path of {@link fastAccept} when it can, so the result is
 * always the schema's: on the fast path `data` is `value` itself (not a copy); otherwise the schema
 * parses, and a failure carries zod's issues and paths.
 *
 * @example
 * ```ts
 * const result = fastSafeParse(Page(Event), JSON.parse(text));
 * if (!result.success) report(result.error.issues);
 * ```
 */
export function fastSafeParse<T extends z.ZodMiniType>(schema: T, value: unknown): ReturnType<T['safeParse']> {
  return predicateOf(schema as unknown as Internal, false)(value)
    ? ({ success: true, data: value } as ReturnType<T['safeParse']>)
    : (schema.safeParse(value) as ReturnType<T['safeParse']>);
}
