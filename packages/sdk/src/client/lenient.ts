import type * as z from 'zod/mini';
import type { ValidationIssue } from './errors.js';
import { fastSafeParse } from '../model/fast.js';

/** A record that {@link parseLenient} left out, and why. */
export interface SkippedRecord {
  /** Position in the input list. */
  index: number;
  /** The record's `id`, when it has a string one. */
  id?: string;
  issues: ValidationIssue[];
}

/** What {@link parseLenient} returns: the valid records (parsed) and the ones skipped. */
export interface LenientResult<T> {
  items: T[];
  skipped: SkippedRecord[];
}

/**
 * Parses each record of a list on its own, keeping the valid ones and reporting the rest, so that one bad
 * record from a foreign source (a page's inline data, an ICS import) does not blank the whole view.
 *
 * Use it for data the page author supplies; responses of the Exchange API are parsed strictly by the client.
 * Each record goes through {@link fastSafeParse}: one that passes its fast check is kept as given (not
 * copied); the others are the schema's output.
 *
 * @example
 * ```ts
 * const { items, skipped } = parseLenient(Event, JSON.parse(script.textContent ?? '[]'));
 * if (skipped.length) warnOnce(`${skipped.length} events skipped`, skipped);
 * ```
 */
export function parseLenient<T>(schema: z.ZodMiniType<T>, items: readonly unknown[]): LenientResult<T> {
  const result: LenientResult<T> = { items: [], skipped: [] };
  items.forEach((item, index) => {
    const parsed = fastSafeParse(schema, item);
    if (parsed.success) {
      result.items.push(parsed.data);
      return;
    }
    const skipped: SkippedRecord = { index, issues: toIssues(parsed.error.issues) };
    const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
    if (typeof id === 'string') skipped.id = id;
    result.skipped.push(skipped);
  });
  return result;
}

/** Converts validator issues to the SDK's plain form (symbols in paths become strings). @internal */
export function toIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string; code?: string }[],
  prefix: readonly (string | number)[] = [],
): ValidationIssue[] {
  return issues.map((issue) => {
    const out: ValidationIssue = {
      path: [...prefix, ...issue.path.map((key) => (typeof key === 'number' ? key : String(key)))],
      message: issue.message,
    };
    if (issue.code !== undefined) out.code = issue.code;
    return out;
  });
}
