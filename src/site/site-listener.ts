// Cross-instance invalidation on PostgreSQL: one dedicated connection LISTENs on the site channel,
// so a publication on any instance empties every instance's page cache within milliseconds. While
// the connection is down (database restart, network), the cache falls back to reading the version
// once a second, and the listener reconnects with a growing pause (1 s … 10 s).
import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import type { Database } from '../platform/db/client.ts';
import { type PageCache, SITE_CHANNEL } from './page-cache.ts';

export interface SiteListener {
  close(): Promise<void>;
}

export function listenForSiteChanges(
  database: Database,
  cache: PageCache,
  log: FastifyBaseLogger,
): SiteListener {
  if (database.kind !== 'postgres' || !database.pool) return { close: async () => undefined };
  const options = database.pool.options;
  let client: pg.Client | null = null;
  let closed = false;
  let timer: NodeJS.Timeout | null = null;
  let pause = 1_000;

  const down = (c: pg.Client) => {
    if (client !== c) return;
    client = null;
    cache.mode = 'poll';
    cache.markStale();
    c.end().catch(() => undefined);
    if (closed) return;
    timer = setTimeout(connect, pause);
    timer.unref();
    pause = Math.min(pause * 2, 10_000);
  };

  async function connect(): Promise<void> {
    timer = null;
    if (closed) return;
    const c = new pg.Client({
      connectionString: options.connectionString,
      host: options.host,
      port: options.port,
      user: options.user,
      password: options.password,
      database: options.database,
      ssl: options.ssl,
      keepAlive: true,
    });
    client = c;
    c.on('error', (err) => {
      log.warn({ err }, 'site change listener lost its connection; polling until it is back');
      down(c);
    });
    c.on('end', () => down(c));
    c.on('notification', (msg) => {
      if (msg.channel !== SITE_CHANNEL) return;
      cache.markStale();
      // Re-read now, so the tree and navigation are rebuilt before the next reader arrives.
      cache.version().catch(() => undefined);
    });
    try {
      await c.connect();
      await c.query(`listen ${SITE_CHANNEL}`);
      if (closed || client !== c) {
        await c.end().catch(() => undefined);
        return;
      }
      pause = 1_000;
      cache.mode = 'listen';
      // Whatever happened while nobody listened: read the version once more.
      cache.markStale();
      cache.version().catch(() => undefined);
    } catch (err) {
      log.warn({ err }, 'site change listener could not connect; polling meanwhile');
      down(c);
    }
  }

  void connect();
  return {
    close: async () => {
      closed = true;
      if (timer) clearTimeout(timer);
      const c = client;
      client = null;
      cache.mode = 'poll';
      if (c) await c.end().catch(() => undefined);
    },
  };
}
