// The typed client: the URL, headers and body it sends, and (checked by tsc) the calls it refuses.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, apiUrl, isApiError, onAuthProblem, setCsrfToken } from './client.ts';

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

let sent: Sent[] = [];
let answer: () => Response = () => new Response('{}', { status: 200 });

beforeEach(() => {
  sent = [];
  answer = () => new Response('{}', { status: 200 });
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push({
      url,
      method: String(init.method),
      headers: init.headers as Record<string, string>,
      body: init.body as string | undefined,
    });
    return answer();
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('typed API client', () => {
  it('fills a templated path from its parameters, escaped', async () => {
    answer = () => new Response(JSON.stringify({ id: 'u1', name: '办公室' }), { status: 200 });
    const unit = await api.get(apiUrl('/api/units/{id}', { id: 'a b/c' }));
    expect(sent[0].url).toBe('/api/units/a%20b%2Fc');
    expect(sent[0].method).toBe('GET');
    expect(unit.name).toBe('办公室');
  });

  it('sends the query, repeating an array parameter and leaving out empty values', async () => {
    await api.get('/api/portal-ops/board/posts', {
      status: ['pending', 'hidden'],
      page: 2,
      pageSize: undefined,
    });
    expect(sent[0].url).toBe('/api/portal-ops/board/posts?status=pending&status=hidden&page=2');
  });

  it('sends the CSRF token and the JSON body on a write, not on a read', async () => {
    setCsrfToken('tok-1');
    await api.put(apiUrl('/api/people/{id}/charges', { id: 'p1' }), { unitIds: ['u1', 'u2'] });
    await api.get('/api/leaders');
    expect(sent[0].method).toBe('PUT');
    expect(sent[0].headers['x-csrf-token']).toBe('tok-1');
    expect(sent[0].headers['content-type']).toBe('application/json');
    expect(sent[0].body).toBe('{"unitIds":["u1","u2"]}');
    expect(sent[1].headers['x-csrf-token']).toBeUndefined();
  });

  it('refuses to call a path with a missing parameter (instead of /api/accounts/undefined)', () => {
    expect(() => apiUrl('/api/accounts/{id}', { id: undefined as unknown as string })).toThrow(
      '缺少路径参数 id（/api/accounts/{id}）',
    );
  });

  it('still turns problem+json into ApiError and tells the listeners of a lost session', async () => {
    answer = () =>
      new Response(JSON.stringify({ code: 'SESSION_EXPIRED', detail: '会话已过期，请重新登录' }), {
        status: 401,
      });
    const heard: string[] = [];
    const off = onAuthProblem((e, path) => heard.push(`${e.code} ${path}`));
    const error = await api.get('/api/me').catch((e: unknown) => e);
    off();
    expect(isApiError(error, 'SESSION_EXPIRED')).toBe(true);
    expect(heard).toEqual(['SESSION_EXPIRED /api/me']);
  });

  it('checks paths, queries and bodies against the OpenAPI document (compile time)', () => {
    const refused = async (id: string) => {
      // @ts-expect-error a templated path must go through apiUrl()
      await api.get('/api/units/{id}');
      // @ts-expect-error a path built by hand is not checked, so it is refused
      await api.get(`/api/units/${id}`);
      // @ts-expect-error a path the server does not have
      await api.get('/api/unit');
      // @ts-expect-error a query parameter the route does not take
      await api.get('/api/units', { nope: 1 });
      // @ts-expect-error the body a new unit needs is missing
      await api.post('/api/units');
      // @ts-expect-error a parameter name the path does not have
      apiUrl('/api/units/{id}', { unitId: id });
    };
    expect(typeof refused).toBe('function');
  });
});
