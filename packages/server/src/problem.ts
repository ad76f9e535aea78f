// RFC 9457 problem details. Every error the API returns goes through here, so that clients can rely on
// one shape: `{ type, title, status, detail, instance, param? }` as `application/problem+json`.

/** Problem types this API uses. Generic HTTP errors use `about:blank`, as RFC 9457 §4.2.1 suggests. */
export const PROBLEM_TYPES = {
  invalidParameter: 'urn:shhk:problem:invalid-parameter',
  notFound: 'about:blank',
  methodNotAllowed: 'about:blank',
  notAcceptable: 'about:blank',
  internal: 'about:blank',
} as const;

/** The body of an `application/problem+json` response. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  /** For a 400 caused by one query parameter: its name. */
  param?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** Builds a problem+json response. Problems are never cached by shared caches. */
export function problemResponse(problem: ProblemDetails, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Cache-Control': 'no-store', ...headers },
  });
}

/** The path and query of a request, which is what `instance` names. */
export function instanceOf(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start < 0) return '/';
  const hash = url.indexOf('#', start);
  return hash < 0 ? url.slice(start) : url.slice(start, hash);
}

export function badParameter(url: string, param: string, detail: string): Response {
  return problemResponse({
    type: PROBLEM_TYPES.invalidParameter,
    title: 'Invalid query parameter',
    status: 400,
    detail,
    instance: instanceOf(url),
    param,
  });
}

export function notFound(url: string, detail = 'No resource exists at this URL.'): Response {
  return problemResponse({ type: PROBLEM_TYPES.notFound, title: 'Not Found', status: 404, detail, instance: instanceOf(url) });
}

export function methodNotAllowed(url: string, method: string, allow: string): Response {
  return problemResponse(
    {
      type: PROBLEM_TYPES.methodNotAllowed,
      title: 'Method Not Allowed',
      status: 405,
      detail: `${method} is not supported here; this API is read-only (allowed: ${allow}).`,
      instance: instanceOf(url),
    },
    { Allow: allow },
  );
}

export function notAcceptable(url: string, offered: string): Response {
  return problemResponse({
    type: PROBLEM_TYPES.notAcceptable,
    title: 'Not Acceptable',
    status: 406,
    detail: `This resource is only available as ${offered}.`,
    instance: instanceOf(url),
  });
}

export function internalError(url: string): Response {
  return problemResponse({
    type: PROBLEM_TYPES.internal,
    title: 'Internal Server Error',
    status: 500,
    detail: 'The server failed to answer this request.',
    instance: instanceOf(url),
  });
}
