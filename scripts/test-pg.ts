// `npm run test:pg [vitest args]`: the test suite on a real PostgreSQL server.
// With TEST_DATABASE_URL set, vitest runs against that server. Without it, this script starts a
// throwaway cluster (initdb in a temp dir, loopback only, fsync off, trust auth), runs vitest
// against it and removes it afterwards — also when the tests fail or the run is interrupted.
// The exit code is vitest's.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);

const signalCode = (signal: NodeJS.Signals) => 128 + (os.constants.signals[signal] ?? 1);
let vitest: ChildProcess | undefined;

/** `vitest run <args>` (the package's own bin, as npx would run it), stdio inherited. */
function runVitest(env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const bin = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
    const child = spawn(process.execPath, [bin, 'run', ...args], { cwd: root, env, stdio: 'inherit' });
    vitest = child;
    child.on('exit', (code, signal) => {
      vitest = undefined;
      resolve(code ?? (signal ? signalCode(signal) : 1));
    });
    child.on('error', (e) => {
      console.error(`[test:pg] 无法启动 vitest：${e.message}`);
      resolve(1);
    });
  });
}

/** initdb and pg_ctl: from PATH, else the newest /usr/lib/postgresql/<version>/bin. */
function findPgBin(): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const initdb = path.join(dir, 'initdb');
    // Debian links a version's binaries into PATH; follow the link so pg_ctl finds its postgres.
    if (dir && fs.existsSync(initdb) && fs.existsSync(path.join(dir, 'pg_ctl'))) {
      return path.dirname(fs.realpathSync(initdb));
    }
  }
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base)
    ? fs
        .readdirSync(base)
        .filter((v) => fs.existsSync(path.join(base, v, 'bin', 'pg_ctl')))
        .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a))
    : [];
  if (versions.length === 0) {
    throw new Error(
      '找不到 PostgreSQL 的 initdb / pg_ctl（PATH 与 /usr/lib/postgresql/*/bin 中均无）。' +
        '请安装 PostgreSQL 服务端（Debian: apt-get install postgresql），或设置 TEST_DATABASE_URL。',
    );
  }
  return path.join(base, versions[0]!, 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Cluster {
  dir: string;
  dataDir: string;
  bin: string;
  asPostgres: boolean;
  started?: boolean;
}

/** Runs a PostgreSQL program, as the `postgres` user when we are root (initdb refuses root). */
function pgRun(cluster: Cluster, program: string, programArgs: string[]): void {
  const exe = path.join(cluster.bin, program);
  const [cmd, argv] = cluster.asPostgres
    ? fs.existsSync('/usr/sbin/runuser') || fs.existsSync('/sbin/runuser')
      ? ['runuser', ['-u', 'postgres', '--', exe, ...programArgs]]
      : ['su', ['postgres', '-s', '/bin/sh', '-c', [exe, ...programArgs].map(shellQuote).join(' ')]]
    : [exe, programArgs];
  const result = spawnSync(cmd as string, argv as string[], { cwd: cluster.dir, encoding: 'utf8' });
  if (result.status !== 0) {
    const out = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    throw new Error(
      `${program} 失败（退出码 ${result.status}）${result.error ? `：${result.error.message}` : ''}\n${out}`,
    );
  }
}

function shellQuote(s: string): string {
  return `'${s.replaceAll("'", "'\\''")}'`;
}

async function startCluster(): Promise<{ cluster: Cluster; url: string }> {
  const bin = findPgBin();
  const asPostgres = process.getuid?.() === 0;
  // The postgres user must be able to reach the directory: fall back to /tmp if TMPDIR is private.
  const tmp = asPostgres && (fs.statSync(os.tmpdir()).mode & 0o001) === 0 ? '/tmp' : os.tmpdir();
  const dir = fs.mkdtempSync(path.join(tmp, 'lz-pg-'));
  const cluster: Cluster = { dir, dataDir: path.join(dir, 'data'), bin, asPostgres };
  active = cluster;
  if (asPostgres) {
    const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gids = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (ids.status !== 0)
      throw new Error('以 root 运行时需要系统用户 postgres（Debian 的 postgresql 软件包会创建它）');
    fs.chownSync(dir, Number(ids.stdout.trim()), Number(gids.stdout.trim()));
  }
  const port = await freePort();
  pgRun(cluster, 'initdb', [
    '-D',
    cluster.dataDir,
    '-U',
    'postgres',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  // Loopback only, socket in our own directory, durability off: this cluster lives for one run.
  fs.appendFileSync(
    path.join(cluster.dataDir, 'postgresql.conf'),
    [
      '',
      "listen_addresses = '127.0.0.1'",
      `port = ${port}`,
      `unix_socket_directories = '${dir}'`,
      'fsync = off',
      'synchronous_commit = off',
      'full_page_writes = off',
      'max_connections = 200',
      'shared_buffers = 128MB',
      "log_min_messages = 'warning'",
      '',
    ].join('\n'),
  );
  fs.writeFileSync(
    path.join(cluster.dataDir, 'pg_hba.conf'),
    [
      '# throwaway test cluster: trust on the unix socket and loopback only',
      'local all all trust',
      'host all all 127.0.0.1/32 trust',
      '',
    ].join('\n'),
  );
  const log = path.join(dir, 'server.log');
  cluster.started = true;
  try {
    pgRun(cluster, 'pg_ctl', ['-D', cluster.dataDir, '-l', log, '-w', '-t', '60', 'start']);
  } catch (e) {
    const tail = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').slice(-20).join('\n') : '';
    throw new Error(`${(e as Error).message}\n${tail}`);
  }

  // A login role that may create and drop the per-file databases the tests clone.
  const admin = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
  await admin.connect();
  await admin.query('create role linzheng login createdb');
  await admin.end();
  return { cluster, url: `postgres://linzheng@127.0.0.1:${port}/postgres` };
}

let active: Cluster | undefined;

function stopCluster(): void {
  const cluster = active;
  active = undefined;
  if (!cluster) return;
  if (cluster.started) {
    try {
      pgRun(cluster, 'pg_ctl', ['-D', cluster.dataDir, '-m', 'immediate', '-w', 'stop']);
    } catch (e) {
      // Ctrl-C reaches the postmaster too (same process group); it may already be gone.
      if (fs.existsSync(path.join(cluster.dataDir, 'postmaster.pid'))) {
        console.error(`[test:pg] 停止 PostgreSQL 失败：${(e as Error).message}`);
      }
    }
  }
  fs.rmSync(cluster.dir, { recursive: true, force: true });
}

async function main(): Promise<number> {
  if (process.env.TEST_DATABASE_URL) {
    forwardSignals();
    return runVitest(process.env);
  }
  let interrupted: NodeJS.Signals | undefined;
  forwardSignals((signal) => {
    interrupted = signal;
  });
  process.on('exit', stopCluster);
  try {
    const started = Date.now();
    const { cluster, url } = await startCluster();
    const version = spawnSync(path.join(cluster.bin, 'pg_ctl'), ['--version'], { encoding: 'utf8' });
    const name = version.stdout.trim().replace(/^pg_ctl \(PostgreSQL\) /, 'PostgreSQL ');
    console.log(`[test:pg] 临时 ${name} 已启动：${url}（${Date.now() - started} ms）`);
    if (interrupted) return signalCode(interrupted);
    const code = await runVitest({ ...process.env, TEST_DATABASE_URL: url });
    return interrupted ? signalCode(interrupted) : code;
  } finally {
    stopCluster();
  }
}

/**
 * Ctrl-C reaches vitest directly (same process group); a signal sent to this process alone
 * (CI timeout, kill) is passed on. Either way vitest's exit ends main() and the cluster is
 * removed. Before vitest has started, a signal removes the cluster and exits at once.
 */
function forwardSignals(onSignal?: (signal: NodeJS.Signals) => void): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      onSignal?.(signal);
      if (vitest) {
        vitest.kill(signal);
        setTimeout(() => vitest?.kill('SIGKILL'), 15_000).unref();
      } else {
        stopCluster();
        process.exit(signalCode(signal));
      }
    });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`[test:pg] ${e instanceof Error ? e.message : String(e)}`);
    stopCluster();
    process.exit(1);
  },
);
