// The local store keeps exactly the bytes it was given, readable by the server's user only, never
// overwrites a file, and says when it could not write.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalFileStore } from './file-store.ts';

let root = '';
let store: LocalFileStore;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'lz-store-'));
  store = new LocalFileStore(root);
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('LocalFileStore', () => {
  it('keeps the bytes of files put together, each under its key, readable by the owner only', async () => {
    const small = [Buffer.from('%PDF-1.4 申请书'), Buffer.alloc(0), Buffer.alloc(300_000, 7)];
    const big = Buffer.alloc(1_500_000, 9); // over the writer thread's limit: the thread pool writes it
    await Promise.all([
      ...small.map((b, i) => store.put(`services-material/2026/11/f${i}`, b)),
      store.put('services-material/2026/11/big', big),
    ]);
    for (const [i, b] of small.entries())
      expect(await store.get(`services-material/2026/11/f${i}`)).toEqual(b);
    expect(await store.get('services-material/2026/11/big')).toEqual(big);
    const mode = fs.statSync(path.join(root, 'services-material', '2026', '11', 'f0')).mode & 0o777;
    expect(mode).toBe(0o600);
  });

  it('never overwrites: a second put of a key fails and the first bytes stay', async () => {
    await store.put('test/once', Buffer.from('first'));
    await expect(store.put('test/once', Buffer.from('second'))).rejects.toMatchObject({ code: 'EEXIST' });
    expect((await store.get('test/once')).toString()).toBe('first');
  });

  it('makes the directory again when it was removed, and reports a path it cannot write', async () => {
    await store.put('gone/a', Buffer.from('a'));
    fs.rmSync(path.join(root, 'gone'), { recursive: true });
    await store.put('gone/b', Buffer.from('b'));
    expect((await store.get('gone/b')).toString()).toBe('b');
    // A file where a directory should be.
    fs.writeFileSync(path.join(root, 'blocked'), 'x');
    const results = await Promise.allSettled([
      store.put('blocked/c', Buffer.from('c')),
      store.put('ok/d', Buffer.from('d')),
    ]);
    expect(results[0].status).toBe('rejected');
    expect(String((results[0] as PromiseRejectedResult).reason)).toContain('blocked');
    expect(results[1].status).toBe('fulfilled');
  });

  it('refuses a key that is not a generated one', async () => {
    await expect(store.put('../outside', Buffer.from('x'))).rejects.toThrow(/bad storage key/);
    await expect(store.put('a/../../b', Buffer.from('x'))).rejects.toThrow(/bad storage key/);
  });
});
