// Where uploaded bytes live. The platform talks to a FileStore; the local driver keeps files under
// DATA_DIR/files, and an S3-compatible driver can implement the same four methods.
import { writeFile as writeFileCallback } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { createFileOnThread } from './file-writer.ts';

const writeFile = promisify(writeFileCallback);

export interface FileStore {
  /** A short name stored with each file ('local', 's3'). */
  readonly driver: string;
  put(key: string, data: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  delete(key: string): Promise<void>;
  /**
   * Every stored key with when it was written, for the sweeper of unreferenced files
   * (orphan-sweeper.ts); a store that cannot list is not swept.
   */
  list?(): AsyncIterable<{ key: string; modifiedAt: Date }>;
}

/** Files up to this size are created on the writer thread (see put and file-writer.ts). */
const THREAD_WRITE_MAX = 1024 * 1024;

const KEY = /^[a-z0-9][a-z0-9/_-]{0,200}$/;

/** Files on the local disk, one file per key under `root`. Keys are generated, never user input. */
export class LocalFileStore implements FileStore {
  readonly driver = 'local';
  /** Directories known to exist (one per purpose and month): no mkdir per file. */
  private readonly made = new Set<string>();
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    if (!KEY.test(key) || key.includes('..')) throw new Error(`bad storage key: ${key}`);
    return path.join(this.root, ...key.split('/'));
  }

  async put(key: string, data: Buffer): Promise<void> {
    const file = this.pathOf(key);
    // Keys are new (a fresh id each), and no reader learns one before the row that names it commits:
    // the file is created once, exclusively, under its own name — no temporary file and rename.
    // Small files (most materials are scans of a few hundred KB) go to the writer thread, together
    // with the others of their request; large ones through the thread pool, with no copy made.
    if (data.length <= THREAD_WRITE_MAX) return createFileOnThread(file, data);
    const dir = path.dirname(file);
    if (!this.made.has(dir)) {
      await fs.mkdir(dir, { recursive: true });
      this.made.add(dir);
    }
    try {
      await this.write(file, data);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') {
        // Half written (disk full…): remove what was made. A file that was there already stays.
        if (code !== 'EEXIST') await fs.rm(file, { force: true }).catch(() => undefined);
        throw e;
      }
      // The directory went away (removed by hand or by a restore): make it again.
      await fs.mkdir(dir, { recursive: true });
      await this.write(file, data);
    }
  }

  private async write(file: string, data: Buffer): Promise<void> {
    await writeFile(file, data, { mode: 0o600, flag: 'wx' });
  }

  async get(key: string): Promise<Buffer> {
    return fs.readFile(this.pathOf(key));
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }

  async *list(): AsyncIterable<{ key: string; modifiedAt: Date }> {
    let names: string[];
    try {
      names = (await fs.readdir(this.root, { recursive: true })) as string[];
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw e;
    }
    for (const name of names.sort()) {
      const key = name.split(path.sep).join('/');
      if (!KEY.test(key) || key.includes('..')) continue;
      const st = await fs.stat(path.join(this.root, name)).catch(() => null);
      if (st?.isFile()) yield { key, modifiedAt: st.mtime };
    }
  }
}

const stores = new Map<string, FileStore>();
let override: FileStore | null = null;

/** Replaces the store for the whole process (an S3 driver in production, a fake in a test). */
export function useFileStore(store: FileStore | null): void {
  override = store;
}

/** The store for a data directory: the override when set, else the local disk under DATA_DIR/files. */
export function fileStoreFor(dataDir: string): FileStore {
  if (override) return override;
  let store = stores.get(dataDir);
  if (!store) {
    store = new LocalFileStore(path.join(dataDir, 'files'));
    stores.set(dataDir, store);
  }
  return store;
}
