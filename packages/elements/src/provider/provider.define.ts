import { HkExchangeProvider } from './provider.js';

HkExchangeProvider.define();

export { HkExchangeProvider };
