// SDK benchmarks: bundle size (goal S1) and response validation time (goals S2, S3), each printed
// beside a baseline measured in the same run.
import { bundleSize, kib, printRows, verdict, type Row } from './lib.js';

const rows: Row[] = [];

// --- S1: SDK core + every endpoint's schemas, min+gzip, against classic zod alone (same run).
// The core is what an online client pulls in: createClient plus every endpoint's schema. The offline
// source (query engine + 简/繁 table) is a lazy chunk, so it is measured separately.
const core = await bundleSize({
  contents: `export { createClient, Event, Incubator, Organization, Policy, Program, Talent, Holiday, District, Dataset, Page } from '@shhk/sdk';`,
  resolveDir: process.cwd(),
  lazy: [/\.\/offline\.js$/],
});
const whole = await bundleSize({ contents: `export * from '@shhk/sdk';`, resolveDir: process.cwd() });
const zodClassic = await bundleSize({
  contents: `import * as z from 'zod'; export const S = z.object({ id: z.string().min(1), title: z.string(), at: z.iso.datetime(), tags: z.array(z.string()).default([]) });`,
  resolveDir: process.cwd(),
});
rows.push(
  {
    goal: 'S1', metric: 'SDK core: client + every endpoint schema, min+gzip', value: `${kib(core.gzip)} KiB`,
    baseline: `classic zod alone ${kib(zodClassic.gzip)} KiB`, ratio: (core.gzip / zodClassic.gzip).toFixed(2),
    target: '≤ 16 KiB', verdict: verdict(core.gzip <= 16 * 1024),
  },
  {
    goal: 'S1', metric: 'whole SDK entry (+ offline query engine, 简/繁 table, ical)', value: `${kib(whole.gzip)} KiB`,
    baseline: `classic zod alone ${kib(zodClassic.gzip)} KiB`, ratio: (whole.gzip / zodClassic.gzip).toFixed(2), verdict: 'info',
  },
);

// --- S2/S3: validation runs in child processes, once normally and once with code generation from
// strings disallowed (what a CSP without 'unsafe-eval' does), so the two can be compared.
import { execFileSync } from 'node:child_process';
const runValidate = (extra: string[]) =>
  JSON.parse(execFileSync(process.execPath, [...extra, '--conditions=source', '--import', 'tsx', 'test/bench/validate.ts'], { encoding: 'utf8' })) as Record<string, number>;
const normal = runValidate([]);
const noEval = runValidate(['--disallow-code-generation-from-strings']);
rows.push(
  { goal: 'S2', metric: 'validate 1,000 events, cold (first call)', value: `${normal.cold1k!.toFixed(1)} ms`, target: '≤ 20 ms', verdict: verdict(normal.cold1k! <= 20) },
  { goal: 'S2', metric: 'validate 1,000 events, warm', value: `${normal.warm1k!.toFixed(2)} ms`, baseline: `zod/mini schema alone ${normal.zod1k!.toFixed(2)} ms`, ratio: (normal.warm1k! / normal.zod1k!).toFixed(2), target: '≤ 2 ms', verdict: verdict(normal.warm1k! <= 2) },
  { goal: 'S2', metric: 'validate 10,000 events, warm', value: `${normal.warm10k!.toFixed(1)} ms`, baseline: `zod/mini schema alone ${normal.zod10k!.toFixed(1)} ms`, ratio: (normal.warm10k! / normal.zod10k!).toFixed(2), target: '≤ 30 ms', verdict: verdict(normal.warm10k! <= 30) },
  { goal: 'S2', metric: 'JSON.parse + validate, 10,000 events (a whole response)', value: `${normal.total10k!.toFixed(1)} ms`, baseline: `JSON.parse alone ${normal.json10k!.toFixed(1)} ms`, ratio: (normal.total10k! / normal.json10k!).toFixed(2), verdict: 'info' },
  { goal: 'S3', metric: 'validate 10,000 events, warm, eval disallowed', value: `${noEval.warm10k!.toFixed(1)} ms`, baseline: `eval allowed ${normal.warm10k!.toFixed(1)} ms`, ratio: (noEval.warm10k! / normal.warm10k!).toFixed(2), target: 'ratio ≤ 1.15 (no slowdown)', verdict: verdict(noEval.warm10k! / normal.warm10k! <= 1.15) },
);

printRows('SDK: size and validation', rows);
