// Online backup of the embedded database. PGlite lives inside the server process and only one
// process may open its directory, so `npm run backup` cannot read it while the server runs; it asks
// the server instead, over a Unix socket in the data directory (mode 0600: whoever may connect may
// read the data directory anyway; nothing listens on the network). The server takes the backup
// itself, from one snapshot inside its own PGlite (requests wait for the duration of the export).
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Config } from '../../config.ts';
import type { Database } from '../db/client.ts';
import type { Log } from '../jobs/jobs.ts';
import { type BackupSummary, runBackup } from './backup.ts';

export const CONTROL_SOCKET = 'control.sock';
// sun_path is 108 bytes on Linux (104 on macOS).
const MAX_SOCKET_PATH = 100;

export function controlSocketPath(dataDir: string): string {
  return path.join(path.resolve(dataDir), CONTROL_SOCKET);
}

interface Request {
  op: 'backup' | 'ping';
  dir?: string;
}

type Reply = { ok: true; summary?: BackupSummary } | { ok: false; error: string };

/**
 * Listens on DATA_DIR/control.sock (embedded mode). The caller holds the data-directory lock, so a
 * socket file found there is a leftover of a killed process and is replaced.
 */
export async function startControlSocket(input: {
  database: Database;
  config: Pick<Config, 'DATA_DIR' | 'SM4_KEY' | 'AUDIT_KEY'>;
  log: Log;
}): Promise<{ close(): Promise<void> } | null> {
  const file = controlSocketPath(input.config.DATA_DIR);
  if (file.length > MAX_SOCKET_PATH) {
    input.log.warn({ file }, '数据目录路径过长，无法建立控制套接字：在线备份不可用，请停止服务后再备份');
    return null;
  }
  fs.rmSync(file, { force: true });
  let busy = false;
  const server = net.createServer((socket) => {
    let buffer = '';
    socket.setEncoding('utf8');
    socket.on('error', () => undefined);
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      const nl = buffer.indexOf('\n');
      if (nl < 0) {
        if (buffer.length > 10_000) socket.destroy();
        return;
      }
      const line = buffer.slice(0, nl);
      buffer = '';
      const reply = (r: Reply) => socket.end(`${JSON.stringify(r)}\n`);
      let request: Request;
      try {
        request = JSON.parse(line) as Request;
      } catch {
        return reply({ ok: false, error: '请求格式不正确' });
      }
      if (request.op === 'ping') return reply({ ok: true });
      if (request.op !== 'backup' || typeof request.dir !== 'string' || !path.isAbsolute(request.dir))
        return reply({ ok: false, error: '请求格式不正确：需要 op=backup 与绝对路径 dir' });
      if (busy) return reply({ ok: false, error: '另一份备份正在进行，请稍后再试' });
      busy = true;
      input.log.info({ dir: request.dir }, '在线备份开始');
      runBackup({ database: input.database, config: input.config, dir: request.dir })
        .then((summary) => {
          input.log.info({ ...summary }, '在线备份完成');
          reply({ ok: true, summary });
        })
        .catch((err: Error) => {
          input.log.error({ err }, '在线备份失败');
          reply({ ok: false, error: err.message });
        })
        .finally(() => {
          busy = false;
        });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(file, () => resolve());
  });
  fs.chmodSync(file, 0o600);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        fs.rmSync(file, { force: true });
      }),
  };
}

/** Asks the running server to take a backup; rejects when no server answers on the socket. */
export function requestBackup(dataDir: string, dir: string, timeoutMs = 3_600_000): Promise<BackupSummary> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(controlSocketPath(dataDir));
    let data = '';
    socket.setEncoding('utf8');
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error('在线备份超时')));
    socket.on('connect', () => socket.write(`${JSON.stringify({ op: 'backup', dir: path.resolve(dir) })}\n`));
    socket.on('data', (chunk: string) => {
      data += chunk;
    });
    let connected = false;
    socket.on('connect', () => {
      connected = true;
    });
    // The server died (killed, crashed, stopped) after taking the request and before answering: say
    // so, and where the unfinished backup lies (runBackup writes into <dir>.partial and renames it
    // only when complete; a process that dies leaves it behind).
    const interrupted = (how: string) =>
      Object.assign(
        new Error(
          `备份未完成：服务进程在备份过程中${how}，没有返回结果。未完成的备份留在 ${path.resolve(dir)}.partial` +
            '（不能用于恢复，可以删除）。请确认服务已重新运行后再执行一次 npm run backup。',
        ),
        { code: 'BACKUP_INTERRUPTED' },
      );
    socket.on('error', (e: NodeJS.ErrnoException) => {
      if (connected && (e.code === 'ECONNRESET' || e.code === 'EPIPE')) reject(interrupted('断开了连接'));
      else reject(e);
    });
    socket.on('end', () => {
      if (data.trim() === '') return reject(interrupted('退出'));
      try {
        const reply = JSON.parse(data) as Reply;
        if (reply.ok && reply.summary) resolve(reply.summary);
        else reject(new Error(reply.ok ? '服务未返回备份结果' : reply.error));
      } catch {
        reject(interrupted('退出（答复不完整）'));
      }
    });
  });
}
