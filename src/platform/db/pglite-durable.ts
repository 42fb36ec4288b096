// Durable embedded mode. PGlite as shipped runs PostgreSQL with fsync off ("-F" in its start
// parameters), and its Emscripten file system (NODEFS) has no fsync at all: every write reaches
// the kernel with write(2) at commit, so a killed process loses nothing, but a power cut or kernel
// crash may lose committed transactions or even corrupt the data directory. Here PostgreSQL runs
// with fsync on and wal_sync_method=fsync, and NODEFS's fsync calls the real fsync(2): a commit
// returns only once its WAL is on disk, as with a PostgreSQL server. Cost: one fsync per commit
// (measured in bench/README.md). See docs/operations.md ("嵌入式数据库的持久性").
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/** PGlite's own start parameters, without "-F" (fsync off), with WAL synced by fsync(2). */
export function durableStartParams(): string[] {
  const base = (PGlite as unknown as { defaultStartParams: string[] }).defaultStartParams;
  return [...base.filter((p) => p !== '-F'), '-c', 'wal_sync_method=fsync', '-c', 'fsync=on'];
}

interface EmscriptenStream {
  nfd?: number;
}
interface EmscriptenModule {
  NODEFS: { stream_ops: Record<string, unknown> };
  FS: { ErrnoError: new (errno: number) => Error };
}

// Errno values of Emscripten's musl (not Linux's): EIO 29, ENOSPC 51.
const WASM_EIO = 29;
const WASM_ENOSPC = 51;

/** Counts real fsync calls (tests and the benchmark report it). */
export const fsyncStats = { calls: 0 };

/** NodeFS whose fsync reaches the disk. */
export class DurableNodeFS extends NodeFS {
  override async init(pg: PGlite, options: Parameters<NodeFS['init']>[1]): ReturnType<NodeFS['init']> {
    const result = await super.init(pg, options);
    const preRun = (result.emscriptenOpts.preRun ?? []) as Array<(mod: EmscriptenModule) => void>;
    preRun.push((mod) => {
      mod.NODEFS.stream_ops.fsync = (stream: EmscriptenStream) => {
        if (stream.nfd === undefined) return 0;
        try {
          fs.fsyncSync(stream.nfd);
          fsyncStats.calls++;
          return 0;
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          // Directories and special files may refuse fsync; PostgreSQL tolerates that for them.
          if (code === 'EINVAL' || code === 'EBADF' || code === 'EISDIR' || code === 'EROFS') return 0;
          throw new mod.FS.ErrnoError(code === 'ENOSPC' ? WASM_ENOSPC : WASM_EIO);
        }
      };
    });
    result.emscriptenOpts.preRun = preRun as typeof result.emscriptenOpts.preRun;
    return result;
  }
}
