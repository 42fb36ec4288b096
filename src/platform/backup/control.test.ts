// A backup the server was taking when it died (issue 12 item 11): `npm run backup` said only
// "服务的回复无法识别"; it says what happened and where the unfinished backup is.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { controlSocketPath, requestBackup } from './control.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lz-ctl-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** A server that takes the request and then goes away as a killed process would. */
async function dyingServer(how: 'end' | 'half'): Promise<net.Server> {
  const server = net.createServer((socket) => {
    socket.once('data', () => (how === 'end' ? socket.end() : socket.end('{"ok":tr')));
  });
  fs.rmSync(controlSocketPath(dataDir), { force: true });
  await new Promise<void>((resolve) => server.listen(controlSocketPath(dataDir), resolve));
  return server;
}

describe('a backup interrupted by the server’s death', () => {
  for (const how of ['end', 'half'] as const)
    it(`says the backup did not finish and where the partial one is (${how})`, async () => {
      const server = await dyingServer(how);
      const target = path.join(dataDir, 'backups', 'lz-1');
      try {
        const error = await requestBackup(dataDir, target).catch((e: Error) => e);
        expect(error).toBeInstanceOf(Error);
        expect((error as Error).message).toContain('备份未完成：服务进程在备份过程中');
        expect((error as Error).message).toContain(
          `未完成的备份留在 ${target}.partial（不能用于恢复，可以删除）`,
        );
        expect((error as Error).message).not.toContain('无法识别');
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    });
});
