// A small HTTP client for a real server: the session cookie and the CSRF token travel with every
// write, as the workbench sends them. Network failures throw (the write's fate is then unknown).
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../../src/platform/access/access.factories.ts';
import { totpCode } from '../../../src/platform/auth/totp.ts';

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: test code reads arbitrary JSON replies
  json(): any;
}

export class HttpClient {
  constructor(
    public base: string,
    public cookie: string | null = null,
    public csrf: string | null = null,
    public username = 'anonymous',
  ) {}

  async request(method: string, url: string, body?: unknown, timeoutMs = 30_000): Promise<Reply> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.base}${url}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body: unknown = {}) => this.request('POST', url, body);
  put = (url: string, body: unknown = {}) => this.request('PUT', url, body);
  patch = (url: string, body: unknown = {}) => this.request('PATCH', url, body);
  delete = (url: string) => this.request('DELETE', url);
}

/** Signs in (with the demo TOTP secret when the account asks for it); throws unless it succeeds. */
export async function signIn(base: string, username: string, password = DEMO_PASSWORD): Promise<HttpClient> {
  const anon = new HttpClient(base);
  let res = await anon.post('/api/auth/login', { username, password });
  if (res.status === 401 && res.json().code === 'TOTP_REQUIRED')
    res = await anon.post('/api/auth/login', {
      username,
      password,
      totp: totpCode(DEMO_TOTP_SECRET, new Date()),
    });
  if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status} ${res.text}`);
  const cookie = /lz_sid=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  if (!cookie) throw new Error(`sign-in of ${username} set no session cookie`);
  return new HttpClient(base, `lz_sid=${cookie}`, res.json().csrfToken, username);
}
