// The real server as a child process (`node --import tsx src/main.ts`, no npx wrapper, so the pid we
// hold — and SIGKILL — is the server itself), on a free loopback port, for the crash-safety,
// several-instances and backup suites and the benchmark.
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { TEST_AUDIT_KEY } from '../../../src/config.ts';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface ServerOptions {
  dataDir: string;
  /** PostgreSQL connection string; empty for the embedded database. */
  databaseUrl?: string;
  env?: Record<string, string>;
  /** Entry script relative to the repository (default src/main.ts). */
  entry?: string;
  port?: number;
  readyTimeoutMs?: number;
}

export interface Server {
  url: string;
  port: number;
  child: ChildProcess;
  /** The last 64 KB of the server's stdout and stderr. */
  output(): string;
  /** SIGKILL, and wait for the process to be gone. */
  kill(): Promise<void>;
  /** SIGTERM (clean shutdown), SIGKILL after 15 s. */
  stop(): Promise<void>;
  exited: Promise<number | string>;
}

export const TEST_SM4_KEY = '0123456789abcdeffedcba9876543210';

export async function startServer(options: ServerOptions): Promise<Server> {
  const port = options.port ?? (await freePort());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    // Production refuses to start without the public address (it goes on official documents).
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATA_DIR: options.dataDir,
    DATABASE_URL: options.databaseUrl ?? '',
    DEMO_DATA: 'true',
    LOG_LEVEL: 'warn',
    SM4_KEY: TEST_SM4_KEY,
    // The same audit key as testConfig(): the invariants verify the chain on the database directly.
    AUDIT_KEY: TEST_AUDIT_KEY,
    LOGIN_RATE_PER_MINUTE: '1000',
    ...options.env,
  };
  delete env.TEST_DATABASE_URL;
  delete env.LZ_TEST_SNAPSHOT;
  delete env.LZ_TEST_TEMPLATE;
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      './test/quality/support/exit-with-parent.ts',
      options.entry ?? 'src/main.ts',
    ],
    { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let out = '';
  const keep = (chunk: Buffer) => {
    out = (out + chunk.toString()).slice(-65_536);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  const url = `http://127.0.0.1:${port}`;
  const server: Server = {
    url,
    port,
    child,
    output: () => out,
    exited,
    async kill() {
      if (!gone()) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (!gone()) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
  const deadline = Date.now() + (options.readyTimeoutMs ?? 180_000);
  while (Date.now() < deadline) {
    if (gone()) throw new Error(`服务器启动失败（${await exited}），输出末尾：\n${out.slice(-4000)}`);
    try {
      const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await server.kill();
  throw new Error(`服务器未能在时限内就绪，输出末尾：\n${out.slice(-4000)}`);
}
