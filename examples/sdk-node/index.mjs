#!/usr/bin/env node
// Lists the next exchange events and the incubators open to Hong Kong founders, with the built SDK,
// against a running Exchange API (start one with `npm start` at the repository root).
//
//   node examples/sdk-node/index.mjs                       # http://127.0.0.1:8080/v1, English
//   SHHK_API=https://exchange.example.org/v1 SHHK_LOCALE=zh-Hant-HK node examples/sdk-node/index.mjs
import { createClient, isApiError, isExchangeError, negotiateLocale, pickText } from '@shhk/sdk';

const baseUrl = process.env.SHHK_API ?? 'http://127.0.0.1:8080/v1';
const locale = negotiateLocale({ requested: process.env.SHHK_LOCALE, languages: [process.env.LANG ?? ''], fallback: 'en' });
const from = process.env.SHHK_FROM ?? new Date().toISOString().slice(0, 10);

const client = createClient({ baseUrl, locale, timeout: 5000 });

try {
  const events = await client.events.list({ from, limit: 5 });
  console.log(`Next ${events.items.length} events from ${from} (${baseUrl}):`);
  for (const event of events.items) {
    console.log(`  ${event.start}  ${pickText(event.title, locale)?.text ?? event.id}`);
  }

  const incubators = await client.incubators.list({ acceptsHongKongFounders: true, limit: 5 });
  console.log(`Incubators open to Hong Kong founders (first ${incubators.items.length}):`);
  for (const incubator of incubators.items) {
    console.log(`  ${pickText(incubator.name, locale)?.text ?? incubator.id}`);
  }
} catch (error) {
  if (isApiError(error)) console.error(`The API answered ${error.status}: ${error.message}`);
  else if (isExchangeError(error)) console.error(`Could not reach the API at ${baseUrl}: ${error.message}`);
  else throw error;
  process.exitCode = 1;
}
