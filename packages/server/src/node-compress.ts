import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import type { Compressors } from './representation.js';

// Node-only: app.ts must not import this file (test/runtime-neutral.test.ts checks), so that the API
// itself runs on any fetch-based runtime. The Node entry points (startServer, the static routes) pass it.

/**
 * Encoders from node:zlib for `createApp({ compress })`: gzip (level 6) and brotli (quality 5, which
 * compresses JSON nearly as well as 11 at a fraction of the CPU). Both are synchronous, so even the
 * first compressed answer for a URL is made without a round through the event loop.
 *
 * @example
 * ```ts
 * const app = createApp({ dataset, compress: nodeCompressors });
 * ```
 */
export const nodeCompressors: Readonly<Required<Compressors>> = Object.freeze({
  gzip: (body: Uint8Array): Uint8Array => gzipSync(body, { level: 6 }),
  br: (body: Uint8Array): Uint8Array => brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } }),
});
