/**
 * `@shhk/dataset`: the sample dataset of the Shanghai–Hong Kong Exchange Kit (researched facts plus
 * clearly marked synthetic records) and a bulk generator for performance tests.
 *
 * @packageDocumentation
 */
export { buildSampleDataset, SAMPLE_ANCHOR, DEFAULT_SEED } from './sample.js';
export type { SampleOptions } from './sample.js';
export { generateLargeDataset } from './large.js';
export type { LargeOptions } from './large.js';
