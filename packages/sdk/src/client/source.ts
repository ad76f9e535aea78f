import type { District, Page } from '../model/common.js';
import type { Locale } from '../model/locale.js';
import type { EventQuery, ItemByResource, QueryByResource, ResourceName } from '../query/index.js';

/** @internal Where a client's answers come from: the HTTP API or an in-memory dataset. */
export interface Source {
  list<R extends ResourceName>(resource: R, query: QueryByResource[R], signal: AbortSignal | undefined): Promise<Page<ItemByResource[R]>>;
  get<R extends ResourceName>(resource: R, id: string, signal: AbortSignal | undefined): Promise<ItemByResource[R]>;
  districts(signal: AbortSignal | undefined): Promise<Page<District>>;
  /** The URL a list call uses, for error messages. */
  listUrl<R extends ResourceName>(resource: R, query: QueryByResource[R]): string;
  icsUrl(query: EventQuery, locale: Locale | undefined): string | undefined;
}
