// Once per `npm run test:e2e`: build the workbench if needed and the server bundle (dist/server/main.js,
// what `npm start` runs), start that real server (embedded PGlite in a fresh temp DATA_DIR, demo data loaded) on a free loopback port, wait for
// /readyz and hand its address to the journeys. Stops the server and removes the data afterwards.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

const root = path.resolve(import.meta.dirname, '../..');
export const RESULTS_DIR = path.join(root, 'test-results');

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

function newestMtime(dir: string): number {
  let t = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** Builds dist/web when it is missing or older than web/ (a stale bundle would test old code). */
function buildWorkbench(): void {
  const config = path.join(root, 'web', 'vite.config.ts');
  const index = path.join(root, 'dist', 'web', 'index.html');
  if (!fs.existsSync(config))
    throw new Error('找不到 web/vite.config.ts：工作台尚未就绪，无法运行浏览器测试');
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= newestMtime(path.join(root, 'web'))) return;
  const started = Date.now();
  console.log('[e2e] 正在构建工作台（dist/web）…');
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      config,
      '--logLevel',
      'warn',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  // The same pre-compressed assets as `npm run build:web` and `npm start` produce.
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'compress-web.ts')], {
    cwd: root,
    stdio: 'inherit',
  });
  console.log(`[e2e] 工作台构建完成（${((Date.now() - started) / 1000).toFixed(1)} s）`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function tail(file: string, lines = 40): string {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') : '';
}

async function waitUntilReady(
  url: string,
  child: ChildProcess,
  log: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `服务器启动失败（退出码 ${child.exitCode ?? child.signalCode}），日志末尾：\n${tail(log)}`,
      );
    }
    try {
      const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`服务器 ${timeoutMs / 1000} s 内未就绪（/readyz），日志末尾：\n${tail(log)}`);
}

export default async function setup(project: TestProject) {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  buildWorkbench();

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lz-e2e-'));
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const log = path.join(RESULTS_DIR, 'e2e-server.log');
  const logFd = fs.openSync(log, 'w');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    // Production refuses to start without the public address (it goes on official documents).
    PUBLIC_URL: baseURL,
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    DEMO_DATA: 'true',
    LOG_LEVEL: 'warn',
    // The journeys test what a person does, not load shedding: on a busy 2-core machine the embedded
    // database's work in the event loop (demo loading, the first sweeps) can lag past the default
    // 1 s and a page answers 服务器繁忙 (seen: a journey's sign-in page was that 503).
    OVERLOAD_MAX_LAG_MS: '60000',
  };
  delete env.TEST_DATABASE_URL;
  // The bundle `npm start` runs, rebuilt from src/ now so the journeys never test stale code.
  // Started with node directly, so the pid we hold is the server itself. The watchdog (a .ts
  // file, hence tsx) ends the server when this process dies without running the teardown.
  const { buildServer } = await import('../../scripts/build-server.mjs');
  await buildServer();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', './e2e/support/exit-with-parent.ts', 'dist/server/main.js'],
    { cwd: root, env, stdio: ['pipe', logFd, logFd] },
  );
  fs.closeSync(logFd);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const started = Date.now();
    await waitUntilReady(baseURL, child, log, 180_000);
    console.log(`[e2e] 服务器已就绪：${baseURL}（${((Date.now() - started) / 1000).toFixed(1)} s）`);
  } catch (e) {
    await stop();
    throw e;
  }
  project.provide('baseURL', baseURL);
  return stop;
}
