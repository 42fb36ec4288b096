// Checks addresses over HTTP: HEAD first, GET when the server refuses HEAD, redirects followed by
// hand up to a limit (only to http/https), each request bounded by a timeout, a few at a time.
// It sends requests to the addresses it is given and to where their servers redirect, nowhere else.
import type { LinkStatus } from '../portal-ops.table.ts';

export interface CheckResult {
  url: string;
  status: Exclude<LinkStatus, 'pending' | 'skipped'>;
  httpStatus: number | null;
  finalUrl: string | null;
  redirects: number;
  error: string | null;
}

export interface CheckOptions {
  timeoutMs: number;
  maxRedirects?: number;
  concurrency?: number;
  userAgent?: string;
}

const DEFAULT_UA = 'Linzheng-LinkChecker/1.0 (government website broken-link check)';

class Timeout extends Error {}

async function request(url: string, method: 'HEAD' | 'GET', o: CheckOptions): Promise<Response> {
  const signal = AbortSignal.timeout(o.timeoutMs);
  try {
    const res = await fetch(url, {
      method,
      redirect: 'manual',
      signal,
      headers: { 'user-agent': o.userAgent ?? DEFAULT_UA, accept: '*/*' },
    });
    // Only the status matters: do not download the body.
    await res.body?.cancel().catch(() => undefined);
    return res;
  } catch (err) {
    if (signal.aborted) throw new Timeout();
    throw err;
  }
}

/** One address, following redirects. Never throws. */
export async function checkUrl(url: string, o: CheckOptions): Promise<CheckResult> {
  const max = o.maxRedirects ?? 5;
  let current = url;
  let redirects = 0;
  const result = (
    status: CheckResult['status'],
    httpStatus: number | null,
    error: string | null,
  ): CheckResult => ({
    url,
    status,
    httpStatus,
    finalUrl: redirects > 0 ? current : null,
    redirects,
    error,
  });
  try {
    for (;;) {
      let res = await request(current, 'HEAD', o);
      // Servers that refuse or mishandle HEAD get the same question as GET.
      if (res.status >= 400) res = await request(current, 'GET', o);
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        if (redirects >= max) return result('error', res.status, `重定向超过 ${max} 次`);
        let next: URL;
        try {
          next = new URL(res.headers.get('location')!, current);
        } catch {
          return result('error', res.status, '重定向地址无效');
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:')
          return result('error', res.status, `重定向到不支持的地址（${next.protocol}）`);
        redirects++;
        current = next.toString();
        continue;
      }
      if (res.status >= 200 && res.status < 400) return result('ok', res.status, null);
      return result('broken', res.status, `HTTP ${res.status}`);
    }
  } catch (err) {
    if (err instanceof Timeout)
      return result('timeout', null, `超过 ${Math.round(o.timeoutMs / 1000)} 秒未响应`);
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    return result('error', null, cause?.code ?? cause?.message ?? (err as Error).message ?? '无法连接');
  }
}

/** Many addresses, at most `concurrency` at a time; results in the order given. */
export async function checkUrls(
  urls: string[],
  o: CheckOptions,
  onResult?: (r: CheckResult) => void,
): Promise<CheckResult[]> {
  const out: CheckResult[] = new Array(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const i = next++;
      out[i] = await checkUrl(urls[i], o);
      onResult?.(out[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(o.concurrency ?? 4, urls.length)) }, worker));
  return out;
}
