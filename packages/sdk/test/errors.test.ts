import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ApiError, ExchangeError, NetworkError, ResponseValidationError, TimeoutError, isAbortError, isApiError, isExchangeError,
  isNetworkError, isResponseValidationError, isTimeoutError,
} from '../src/client/errors.js';

const at = { method: 'GET', url: 'https://api.example.org/v1/events' };

describe('error classes', () => {
  it('form one hierarchy with literal names', () => {
    const api = new ApiError({ ...at, status: 404, statusText: 'Not Found' });
    const network = new NetworkError({ ...at, cause: new TypeError('fetch failed') });
    const timeout = new TimeoutError({ ...at, timeout: 500 });
    const invalid = new ResponseValidationError({ ...at, issues: [{ path: ['items', 0, 'id'], message: 'Required' }] });
    for (const error of [api, network, timeout, invalid]) {
      assert.ok(error instanceof ExchangeError);
      assert.ok(error instanceof Error);
      assert.equal(error.method, 'GET');
      assert.equal(error.url, at.url);
      assert.match(error.message, /GET https:\/\/api\.example\.org\/v1\/events/);
    }
    assert.equal(api.name, 'ApiError');
    assert.equal(network.name, 'NetworkError');
    assert.equal(timeout.name, 'TimeoutError');
    assert.equal(invalid.name, 'ResponseValidationError');
    assert.ok(!(invalid instanceof ApiError), 'a validation failure is not an API error');
  });

  it('ApiError message carries status, title and detail from the problem', () => {
    const error = new ApiError({ ...at, status: 400, statusText: 'Bad Request', problem: { type: 'about:blank', title: 'Invalid query', status: 400, detail: 'limit must be 1–500', param: 'limit' } });
    assert.equal(error.message, 'GET https://api.example.org/v1/events failed with 400 Invalid query — limit must be 1–500');
    assert.equal(error.problem?.['param'], 'limit');
  });

  it('NetworkError keeps its cause and names it', () => {
    const cause = new TypeError('fetch failed');
    const error = new NetworkError({ ...at, cause });
    assert.equal(error.cause, cause);
    assert.match(error.message, /network error: fetch failed$/);
  });

  it('TimeoutError states the timeout', () => {
    assert.match(new TimeoutError({ ...at, timeout: 750 }).message, /timed out after 750 ms/);
  });

  it('ResponseValidationError lists the first issues with their paths', () => {
    const issues = [1, 2, 3, 4, 5].map((n) => ({ path: ['items', n, 'title'], message: 'Invalid input' }));
    const error = new ResponseValidationError({ ...at, issues });
    assert.match(error.message, /items\.1\.title: Invalid input; items\.2\.title: Invalid input; items\.3\.title: Invalid input \(and 2 more\)$/);
    assert.equal(error.issues.length, 5);
  });
});

describe('guards', () => {
  const errors = {
    api: new ApiError({ ...at, status: 500 }),
    network: new NetworkError({ ...at }),
    timeout: new TimeoutError({ ...at, timeout: 1 }),
    invalid: new ResponseValidationError({ ...at, issues: [] }),
  };

  it('recognise their own class and no other', () => {
    assert.deepEqual(Object.values(errors).map(isApiError), [true, false, false, false]);
    assert.deepEqual(Object.values(errors).map(isNetworkError), [false, true, false, false]);
    assert.deepEqual(Object.values(errors).map(isTimeoutError), [false, false, true, false]);
    assert.deepEqual(Object.values(errors).map(isResponseValidationError), [false, false, false, true]);
    assert.deepEqual(Object.values(errors).map(isExchangeError), [true, true, true, true]);
  });

  it('match errors from another realm by name', () => {
    const foreign = { name: 'ApiError', message: 'x', method: 'GET', url: '/v1/events', status: 503 };
    assert.ok(isApiError(foreign));
    assert.ok(isExchangeError(foreign));
    assert.ok(isTimeoutError({ name: 'TimeoutError', method: 'GET', url: '/v1', timeout: 5 }));
  });

  it('do not claim foreign errors that only share a name', () => {
    const domTimeout = new DOMException('The operation timed out.', 'TimeoutError');
    assert.equal(isTimeoutError(domTimeout), false);
    assert.equal(isExchangeError(domTimeout), false);
    assert.equal(isApiError(Object.assign(new Error('x'), { name: 'ApiError' })), false);
    assert.equal(isExchangeError(null), false);
    assert.equal(isExchangeError('ApiError'), false);
    assert.equal(isExchangeError(new TypeError('x')), false);
  });

  it('isAbortError recognises an abort', () => {
    const controller = new AbortController();
    controller.abort();
    assert.ok(isAbortError(controller.signal.reason));
    assert.equal(isAbortError(errors.timeout), false);
  });
});
