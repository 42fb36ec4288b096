// Page views of the public site. Every public page that goes through the page cache (rendered or
// served from memory, before Fastify) and the search page are announced to the listeners registered
// with onPublicPageView: the portal counts article views there, the statistics module visitors.
import type { IncomingHttpHeaders } from 'node:http';
import type { Database } from '../platform/db/client.ts';
import type { PageView } from './page-cache.ts';

export interface PublicPageView {
  kind: PageView['kind'] | 'search';
  path: string;
  articleId?: string;
  columnId?: string;
  /** HTTP status sent (200, 304 for a revalidated copy, 404…). */
  status: number;
  at: Date;
  /** The visitor's address (the proxy's X-Forwarded-For when TRUST_PROXY is on). */
  ip: string | undefined;
  /** The request's headers, for the browser's name; do not keep them. */
  headers: IncomingHttpHeaders;
  /** The database of the app that served it (tests run several apps in one process). */
  database: Database;
}

type Listener = (view: PublicPageView) => void;
const listeners = new Map<string, Listener>();
let onError: (err: unknown, listener: string) => void = () => undefined;

/**
 * Registers (or replaces, by name) a listener told of every public page view. Listeners run
 * synchronously in the request, cache hits included: keep them to counting in memory, and never throw.
 */
export function onPublicPageView(name: string, listener: Listener): void {
  listeners.set(name, listener);
}

/** Where a listener's failure is reported (the app's log). */
export function onPageViewError(report: (err: unknown, listener: string) => void): void {
  onError = report;
}

export function announceView(view: PublicPageView): void {
  for (const [name, l] of listeners) {
    try {
      l(view);
    } catch (err) {
      onError(err, name);
    }
  }
}
