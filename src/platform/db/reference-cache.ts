// A short-lived, per-process cache of reference data (参考数据缓存): settings, units by code, service
// items — rows that every request reads and that change a few times a year. Without it an online
// application reads the same eight rows from the database before doing any work.
//
// Freshness, in words an operator can rely on (the same rules as the session cache):
// - An entry lives REFERENCE_CACHE_TTL_MS (3 s) of real time. A change made by ANOTHER instance is
//   therefore seen here within 3 s.
// - In this process, the use case that changes the data empties that cache at once (forget), and
//   nothing is cached again for QUIET_AFTER_CHANGE_MS, so a request racing the change's transaction
//   cannot cache the old state.
// - Only reads made outside a transaction fill the cache: a transaction may see its own uncommitted
//   writes, which must never reach other requests.
// - Entries are kept per database handle, so two databases in one process (tests) never share them.
// - The other worker processes of this server (WORKERS > 1) forget too, told through the primary
//   (cluster/siblings.ts) before the change commits; instances on other machines rely on the TTL.
import { onSiblings, tellSiblings } from '../cluster/siblings.ts';
import type { Ctx } from '../context.ts';
import type { Database } from './client.ts';

export const REFERENCE_CACHE_TTL_MS = 3_000;
const QUIET_AFTER_CHANGE_MS = 2_000;

interface Entry<V> {
  value: V;
  loadedAt: number;
}

interface Store<V> {
  entries: Map<string, Entry<V>>;
  quietUntil: number;
}

export interface ReferenceCache<V> {
  /** The cached value for key if it is younger than the TTL. */
  get(ctx: Ctx, key: string): V | undefined;
  /** Remembers a value read outside a transaction (ignored inside one, or just after a change). */
  set(ctx: Ctx, key: string, value: V): void;
  /** Forget everything of ctx's database (call from the use case that changes the data). */
  forget(ctx: Ctx): void;
  /** Reads through the cache: load runs on a miss. */
  read(ctx: Ctx, key: string, load: () => Promise<V>): Promise<V>;
  /** The same, remembering only what was found (a row created later must not stay "missing"). */
  readFound(ctx: Ctx, key: string, load: () => Promise<V | undefined>): Promise<V | undefined>;
}

export function referenceCache<V>(options: {
  /** Unique per cache: sibling workers forget the cache of this name. */
  name: string;
  maxEntries?: number;
}): ReferenceCache<V> {
  const maxEntries = options.maxEntries ?? 1_000;
  const stores = new WeakMap<Database, Store<V>>();
  // What a sibling's forget empties: every store (one per database; a server has one).
  const live = new Set<Store<V>>();
  const storeOf = (database: Database): Store<V> => {
    let store = stores.get(database);
    if (!store) {
      store = { entries: new Map(), quietUntil: 0 };
      stores.set(database, store);
      live.add(store);
    }
    return store;
  };
  const quiet = (store: Store<V>) => {
    store.entries.clear();
    store.quietUntil = performance.now() + QUIET_AFTER_CHANGE_MS;
  };
  const siblingKind = `reference-cache:${options.name}`;
  onSiblings(siblingKind, () => {
    for (const store of live) quiet(store);
  });
  const cache: ReferenceCache<V> = {
    get(ctx, key) {
      const store = stores.get(ctx.database);
      const hit = store?.entries.get(key);
      if (!store || !hit) return undefined;
      if (performance.now() - hit.loadedAt > REFERENCE_CACHE_TTL_MS) {
        store.entries.delete(key);
        return undefined;
      }
      return hit.value;
    },
    set(ctx, key, value) {
      if (ctx.db !== ctx.database.db) return;
      const store = storeOf(ctx.database);
      const now = performance.now();
      if (now < store.quietUntil) return;
      if (store.entries.size >= maxEntries) store.entries.clear();
      store.entries.set(key, { value, loadedAt: now });
    },
    forget(ctx) {
      quiet(storeOf(ctx.database));
      tellSiblings(siblingKind);
    },
    async read(ctx, key, load) {
      const hit = cache.get(ctx, key);
      if (hit !== undefined) return hit;
      const value = await load();
      cache.set(ctx, key, value);
      return value;
    },
    async readFound(ctx, key, load) {
      const hit = cache.get(ctx, key);
      if (hit !== undefined) return hit;
      const value = await load();
      if (value !== undefined) cache.set(ctx, key, value);
      return value;
    },
  };
  return cache;
}
