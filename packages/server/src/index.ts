// Public entry of @shhk/server.
export { createApp } from './app.js';
export type { AppOptions, StaticRoute, Compress, Compressors } from './app.js';
export { nodeCompressors } from './node-compress.js';
export { loadDatasetFromDir, validateRecords, formatIssue, DatasetLoadError } from './load.js';
export type { DatasetIssue } from './load.js';
export { startServer, configFromEnv, defaultDataDir, main, urlOf } from './serve.js';
export type { StartServerOptions, RunningServer, ServeConfig } from './serve.js';
export { buildOpenApi } from './openapi.js';
export type { OpenApiOptions } from './openapi.js';
export { serveDir, serveFile, servePage, contentTypeOf, resolveInside } from './static.js';
export type { ServeDirOptions } from './static.js';
export type { CorsOrigins } from './cors.js';
export type { ProblemDetails } from './problem.js';
