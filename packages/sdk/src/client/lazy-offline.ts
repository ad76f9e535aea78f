import type { District, Page } from '../model/common.js';
import type { Dataset } from '../model/dataset.js';
import { toSearchParams } from '../query/serialize.js';
import type { EventQuery, ItemByResource, QueryByResource, ResourceName } from '../query/types.js';
import type { OfflineSource } from './offline.js';
import type { Source } from './source.js';
import type { Transport } from './transport.js';

/**
 * @internal The offline source, loaded on first use. The query engine and its 简/繁 folding table are
 * only needed to answer from a dataset, so online clients never download them.
 */
export class LazyOfflineSource implements Source {
  #transport: Transport;
  #dataset: string | Dataset;
  #source: Promise<OfflineSource> | undefined;

  constructor(transport: Transport, dataset: string | Dataset) {
    this.#transport = transport;
    this.#dataset = dataset;
  }

  #load(): Promise<OfflineSource> {
    this.#source ??= import('./offline.js').then((m) => new m.OfflineSource(this.#transport, this.#dataset));
    return this.#source;
  }

  async list<R extends ResourceName>(resource: R, query: QueryByResource[R], signal: AbortSignal | undefined): Promise<Page<ItemByResource[R]>> {
    return (await this.#load()).list(resource, query, signal);
  }

  async get<R extends ResourceName>(resource: R, id: string, signal: AbortSignal | undefined): Promise<ItemByResource[R]> {
    return (await this.#load()).get(resource, id, signal);
  }

  async districts(signal: AbortSignal | undefined): Promise<Page<District>> {
    return (await this.#load()).districts(signal);
  }

  listUrl<R extends ResourceName>(resource: R, query: QueryByResource[R]): string {
    const params = toSearchParams(resource, query).toString();
    return `dataset:${resource}${params ? `?${params}` : ''}`;
  }

  icsUrl(_query: EventQuery, _locale: unknown): undefined {
    return undefined;
  }
}
