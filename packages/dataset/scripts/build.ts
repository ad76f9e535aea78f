// Writes packages/dataset/dist/sample.json (the whole Dataset document) and dist/data/<resource>.json
// (one JSON array per resource), after validating every record against the SDK's Dataset schema.
//
//   npm run build:data                         # anchor = today in Asia/Shanghai
//   SHHK_ANCHOR=2026-11-27 npm run build:data  # a fixed anchor, e.g. for reproducible demos
//
// Exits 1, naming resource, index and path, if any record is invalid.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
// The SDK source, not its dist: build:data runs before rollup has built anything.
import { Dataset } from '../../sdk/src/model/index.js';
import { buildSampleDataset } from '../src/index.js';
import { referenceProblems } from './references.js';

const RESOURCES = ['districts', 'events', 'incubators', 'organizations', 'policies', 'programs', 'talents', 'holidays'] as const;
const MAX_SHOWN = 25;

/** Today's date in Shanghai, `YYYY-MM-DD`. */
function todayInShanghai(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function fail(lines: string[]): never {
  for (const line of lines.slice(0, MAX_SHOWN)) process.stderr.write(`  ${line}\n`);
  if (lines.length > MAX_SHOWN) process.stderr.write(`  … and ${lines.length - MAX_SHOWN} more\n`);
  process.exit(1);
}

const anchor = process.env.SHHK_ANCHOR?.trim() || todayInShanghai();
const started = performance.now();
let dataset: ReturnType<typeof buildSampleDataset>;
try {
  dataset = buildSampleDataset({ anchor });
} catch (error) {
  process.stderr.write(`build:data: ${(error as Error).message}${process.env.SHHK_ANCHOR ? ' (from SHHK_ANCHOR)' : ''}\n`);
  process.exit(1);
}

const parsed = Dataset.safeParse(dataset);
if (!parsed.success) {
  process.stderr.write(`build:data: ${parsed.error.issues.length} invalid field(s) in the sample dataset (anchor ${anchor}):\n`);
  fail(
    parsed.error.issues.map((issue) => {
      const [resource, index, ...rest] = issue.path.map(String);
      const where = index === undefined ? String(resource ?? '(root)') : `${resource}[${index}]${rest.length ? `.${rest.join('.')}` : ''}`;
      return `${where}: ${issue.message}`;
    }),
  );
}
const problems = referenceProblems(dataset);
if (problems.length > 0) {
  process.stderr.write(`build:data: ${problems.length} broken reference(s) in the sample dataset (anchor ${anchor}):\n`);
  fail(problems);
}

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
mkdirSync(join(dist, 'data'), { recursive: true });
const samplePath = join(dist, 'sample.json');
const sampleJson = `${JSON.stringify(dataset)}\n`;
writeFileSync(samplePath, sampleJson);
for (const resource of RESOURCES) writeFileSync(join(dist, 'data', `${resource}.json`), `${JSON.stringify(dataset[resource])}\n`);

const synthetic = (list: readonly { provenance: { synthetic: boolean } }[]): number => list.filter((r) => r.provenance.synthetic).length;
const counts = RESOURCES.map((r) => {
  const list = dataset[r];
  const syn = r === 'districts' || r === 'holidays' ? 0 : synthetic(list as { provenance: { synthetic: boolean } }[]);
  return `${r} ${list.length}${syn ? ` (${syn} synthetic)` : ''}`;
});
const kib = (Buffer.byteLength(sampleJson) / 1024).toFixed(0);
process.stdout.write(
  `build:data: anchor ${anchor}; ${counts.join(', ')}\n` +
    `build:data: wrote ${relative(process.cwd(), samplePath)} (${kib} KiB) and ${RESOURCES.length} files in ${relative(process.cwd(), join(dist, 'data'))} in ${Math.round(performance.now() - started)} ms\n`,
);
