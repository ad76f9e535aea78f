/**
 * A query that cannot be answered: an unknown or malformed parameter, or a cursor that is garbage
 * or belongs to a different query. The server answers it with a 400 problem naming {@link param}.
 *
 * @example
 * try { runQuery('events', items, { cursor: 'nope' }) } catch (e) { if (e instanceof QueryError) e.param } // 'cursor'
 */
export class QueryError extends Error {
  override name = 'QueryError' as const;
  /** The query parameter at fault, e.g. `cursor` or `limit`. */
  readonly param: string;

  constructor(param: string, message: string) {
    super(message);
    this.param = param;
  }
}
