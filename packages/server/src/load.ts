import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dataset } from './sdk.js';
import { District, RESOURCE_SCHEMAS } from './sdk.js';
import { LIST_RESOURCES, type ListResource } from './resources.js';

/** One problem found in a dataset directory. */
export interface DatasetIssue {
  /** File name, e.g. `events.json`. */
  file: string;
  /** Index of the record in the file's array, when the problem is in a record. */
  index?: number;
  /** The record's id, when it has a readable one. */
  id?: string;
  /** Path inside the record, e.g. `organizers[0].name`; empty for the record itself. */
  path: string;
  /** Why it is invalid. */
  reason: string;
}

/** Formats an issue as `events.json: record 12 (ev-foo): end: end is before start`. */
export function formatIssue(issue: DatasetIssue): string {
  const where: string[] = [issue.file];
  if (issue.index !== undefined) where.push(issue.id ? `record ${issue.index} (${issue.id})` : `record ${issue.index}`);
  if (issue.path) where.push(issue.path);
  return `${where.join(': ')}: ${issue.reason}`;
}

/**
 * Thrown by {@link loadDatasetFromDir} when the data is unreadable or invalid. Its message lists each
 * problem on its own line as `file: record N (id): path: reason`; `issues` holds them as data.
 */
export class DatasetLoadError extends Error {
  override readonly name = 'DatasetLoadError' as const;
  readonly issues: readonly DatasetIssue[];

  constructor(dir: string, issues: readonly DatasetIssue[], total = issues.length) {
    const lines = issues.map(formatIssue);
    const more = total > issues.length ? [`… and ${total - issues.length} more`] : [];
    super([`Invalid dataset in ${dir} (${total} problem${total === 1 ? '' : 's'}):`, ...lines, ...more].join('\n  '));
    this.issues = issues;
  }
}

type Issue = { path: readonly PropertyKey[]; message: string; code?: string; values?: readonly unknown[]; expected?: string };
type Schema = { safeParse(data: unknown): { success: true } | { success: false; error: { issues: readonly Issue[] } } };

/** zod/mini's messages are terse ("Invalid input"); name what was expected so the operator can fix the record. */
function reasonOf(issue: Issue): string {
  if (issue.code === 'invalid_value' && issue.values?.length) return `${issue.message}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.expected) return `${issue.message}: expected ${issue.expected}`;
  return issue.message;
}

const SCHEMAS: Readonly<Record<ListResource, Schema>> = { ...RESOURCE_SCHEMAS, districts: District };

/** How many problems are reported at most; a wholly broken file should not print thousands of lines. */
const MAX_ISSUES = 20;

/** `['organizers', 0, 'name']` → `organizers[0].name`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function idOf(record: unknown): string | undefined {
  if (record !== null && typeof record === 'object' && 'id' in record && typeof record.id === 'string' && record.id.length <= 120) {
    return record.id;
  }
  return undefined;
}

/**
 * Checks parsed records against the SDK schemas, for unique ids, and that every `districtId` of an
 * event, incubator or organisation names a known district. Returns the problems found (empty when valid).
 */
export function validateRecords(records: Readonly<Record<ListResource, readonly unknown[]>>): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  for (const resource of LIST_RESOURCES) {
    const file = `${resource}.json`;
    const schema = SCHEMAS[resource];
    const seen = new Map<string, number>();
    records[resource].forEach((record, index) => {
      const id = idOf(record);
      const where = { file, index, ...(id ? { id } : {}) };
      const result = schema.safeParse(record);
      if (!result.success) {
        for (const issue of result.error.issues) issues.push({ ...where, path: formatPath(issue.path), reason: reasonOf(issue) });
      }
      if (id !== undefined) {
        const first = seen.get(id);
        if (first !== undefined) issues.push({ ...where, path: 'id', reason: `duplicate id, first used by record ${first}` });
        else seen.set(id, index);
      }
    });
  }
  const districtIds = new Set(records.districts.map(idOf).filter((id): id is string => id !== undefined));
  for (const resource of ['events', 'incubators', 'organizations'] as const) {
    records[resource].forEach((record, index) => {
      const districtId = (record as { districtId?: unknown } | null)?.districtId;
      if (typeof districtId === 'string' && !districtIds.has(districtId)) {
        const id = idOf(record);
        issues.push({
          file: `${resource}.json`, index, ...(id ? { id } : {}), path: 'districtId',
          reason: `unknown district "${districtId}" (not in districts.json)`,
        });
      }
    });
  }
  return issues;
}

/**
 * Reads `<resource>.json` (a JSON array per resource: districts, events, incubators, organizations,
 * policies, programs, talents, holidays) from a directory and validates every record.
 *
 * @throws {DatasetLoadError} naming the file, record, path inside the record and reason of each problem.
 * @example
 * ```ts
 * const dataset = await loadDatasetFromDir('packages/dataset/dist/data');
 * ```
 */
export async function loadDatasetFromDir(dir: string): Promise<Dataset> {
  const issues: DatasetIssue[] = [];
  const records = {} as Record<ListResource, unknown[]>;
  let newest = 0;
  for (const resource of LIST_RESOURCES) {
    const file = `${resource}.json`;
    const path = join(dir, file);
    records[resource] = [];
    let text: string;
    try {
      text = await readFile(path, 'utf8');
      newest = Math.max(newest, (await stat(path)).mtimeMs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      issues.push({ file, path: '', reason: code === 'ENOENT' ? `missing (expected ${path})` : `cannot be read (${code ?? String(error)})` });
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      issues.push({ file, path: '', reason: `invalid JSON: ${(error as Error).message}` });
      continue;
    }
    if (!Array.isArray(data)) {
      issues.push({ file, path: '', reason: `expected a JSON array of records, got ${data === null ? 'null' : typeof data}` });
      continue;
    }
    records[resource] = data;
  }
  issues.push(...validateRecords(records));
  if (issues.length > 0) throw new DatasetLoadError(dir, issues.slice(0, MAX_ISSUES), issues.length);

  return {
    format: 'shhk-dataset/1',
    // The data's own age, so feeds and ETags stay stable across restarts of an unchanged directory.
    generatedAt: new Date(Math.floor(newest / 1000) * 1000).toISOString().replace('.000Z', 'Z'),
    ...(records as unknown as Omit<Dataset, 'format' | 'generatedAt'>),
  };
}
