// The fetch wrapper every page uses: same-origin cookie session, the CSRF header on writes,
// problem+json turned into ApiError, and one place that notices an expired session.
import { ApiError, networkError, problemToError } from './problem.ts';

export { ApiError } from './problem.ts';

let csrfToken: string | null = null;

/** Set from the login reply and from GET /api/me; sent as x-csrf-token on every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type AuthListener = (error: ApiError, path: string) => void;
const authListeners = new Set<AuthListener>();

/** Called when any request (other than signing in) answers that the session is gone or restricted. */
export function onAuthProblem(listener: AuthListener): () => void {
  authListeners.add(listener);
  return () => authListeners.delete(listener);
}

export const AUTH_PROBLEM_CODES = new Set([
  'SESSION_EXPIRED',
  'UNAUTHENTICATED',
  'PASSWORD_CHANGE_REQUIRED',
  'TOTP_REQUIRED',
]);

export type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

export async function request<T>(method: string, path: string, body?: unknown, query?: Query): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(withQuery(path, query), {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw networkError();
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let parsed: unknown = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
  }
  if (!res.ok) {
    const error = problemToError(res.status, parsed);
    const isSignIn = path.startsWith('/api/auth/login');
    if (!isSignIn && AUTH_PROBLEM_CODES.has(error.code)) for (const l of authListeners) l(error, path);
    throw error;
  }
  return parsed as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, undefined, query),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

export function isApiError(e: unknown, code?: string): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}
