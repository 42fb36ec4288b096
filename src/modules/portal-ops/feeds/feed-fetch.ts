// Fetches a feed: conditional GET (ETag / Last-Modified), bounded in time and size, http(s) only,
// redirects followed by hand (at most 5) so that each address can be checked before it is asked.
import { assertPublicHost, PrivateAddressError } from './address-guard.ts';

export interface FetchOptions {
  etag?: string | null;
  lastModified?: string | null;
  timeoutMs?: number;
  maxBytes?: number;
  /** Allow addresses on the intranet or this machine (portalOps.feedsAllowPrivate). */
  allowPrivate?: boolean;
}

const MAX_REDIRECTS = 5;

export type FetchResult =
  | { status: 'not-modified' }
  | { status: 'ok'; body: string; etag: string | null; lastModified: string | null };

export class FeedFetchError extends Error {}

const UA = 'Linzheng-FeedReader/1.0 (government website reposting)';

/** Text of the feed in its declared charset (many Chinese sites still serve GBK). */
export function decode(bytes: Buffer, contentType: string | null): string {
  const declared =
    /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ??
    /<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(bytes.subarray(0, 200).toString('latin1'))?.[1] ??
    'utf-8';
  try {
    return new TextDecoder(declared.toLowerCase()).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export async function fetchFeed(url: string, o: FetchOptions = {}): Promise<FetchResult> {
  let u = new URL(url);
  const timeoutMs = o.timeoutMs ?? 15_000;
  const maxBytes = o.maxBytes ?? 2 * 1024 * 1024;
  const signal = AbortSignal.timeout(timeoutMs);
  const headers: Record<string, string> = {
    'user-agent': UA,
    accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
  };
  if (o.etag) headers['if-none-match'] = o.etag;
  if (o.lastModified) headers['if-modified-since'] = o.lastModified;
  try {
    let res: Response;
    for (let hop = 0; ; hop++) {
      if (u.protocol !== 'http:' && u.protocol !== 'https:')
        throw new FeedFetchError('只支持 http 和 https 地址');
      if (!o.allowPrivate) await assertPublicHost(u.hostname);
      res = await fetch(u, { headers, signal, redirect: 'manual' });
      const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null;
      if (!location) break;
      await res.body?.cancel().catch(() => undefined);
      if (hop >= MAX_REDIRECTS) throw new FeedFetchError(`重定向超过 ${MAX_REDIRECTS} 次`);
      u = new URL(location, u);
    }
    if (res.status === 304) {
      await res.body?.cancel().catch(() => undefined);
      return { status: 'not-modified' };
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      throw new FeedFetchError(`HTTP ${res.status}`);
    }
    const declared = Number(res.headers.get('content-length') ?? 0);
    if (declared > maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      throw new FeedFetchError(`订阅源过大（超过 ${Math.round(maxBytes / 1024)} KB）`);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = res.body?.getReader();
    if (reader)
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) {
          await reader.cancel().catch(() => undefined);
          throw new FeedFetchError(`订阅源过大（超过 ${Math.round(maxBytes / 1024)} KB）`);
        }
        chunks.push(value);
      }
    return {
      status: 'ok',
      body: decode(Buffer.concat(chunks), res.headers.get('content-type')),
      etag: res.headers.get('etag'),
      lastModified: res.headers.get('last-modified'),
    };
  } catch (err) {
    if (err instanceof FeedFetchError) throw err;
    if (err instanceof PrivateAddressError) throw new FeedFetchError(err.message);
    if (signal.aborted) throw new FeedFetchError(`超过 ${Math.round(timeoutMs / 1000)} 秒未完成`);
    const cause = (err as { cause?: { code?: string } }).cause;
    throw new FeedFetchError(cause?.code ?? (err as Error).message ?? '无法连接');
  }
}
