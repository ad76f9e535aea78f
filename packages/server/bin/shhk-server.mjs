#!/usr/bin/env node
// shhk-server: serves the Exchange API over DATA_DIR.
// Environment: PORT (8080), HOST (127.0.0.1), DATA_DIR (@shhk/dataset's dist/data), CORS_ORIGINS (comma list, default *),
// PUBLIC_BASE_URL (optional, for the OpenAPI servers and feed URLs).
import { importEntry } from './run-entry.mjs';

const { main } = await importEntry('serve');
const code = await main(process.env);
if (code !== 0) process.exitCode = code;
