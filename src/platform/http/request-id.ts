// The request id (请求编号) every response carries in X-Request-Id and every log line of the request:
// the one a front proxy sent, when it looks like an id, else a new UUID.
import crypto from 'node:crypto';

const GIVEN = /^[\w-]{8,64}$/;

export function requestIdOf(given: string | string[] | undefined): string {
  return typeof given === 'string' && GIVEN.test(given) ? given : crypto.randomUUID();
}
