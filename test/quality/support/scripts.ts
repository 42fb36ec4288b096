// Runs one of the operator's scripts (scripts/backup.ts, scripts/restore.ts) as `npm run` does, with
// the keys the test servers use: a key set by AUDIT_KEY is not in a backup, so a restore is given the
// same one, as an operator would. With killAfterMs, the script is SIGKILLed then if still running.
import { spawn } from 'node:child_process';
import { TEST_AUDIT_KEY } from '../../../src/config.ts';
import { ROOT, TEST_SM4_KEY } from './server.ts';

export function runScript(
  script: string,
  args: string[],
  env: Record<string, string>,
  options: { killAfterMs?: number } = {},
): Promise<{ code: number | null; killed: boolean; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        SM4_KEY: TEST_SM4_KEY,
        AUDIT_KEY: TEST_AUDIT_KEY,
        DATABASE_URL: '',
        TEST_DATABASE_URL: '',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    let killed = false;
    const timer =
      options.killAfterMs === undefined
        ? null
        : setTimeout(() => {
            killed = child.kill('SIGKILL');
          }, options.killAfterMs);
    child.on('exit', (code) => {
      if (timer) clearTimeout(timer);
      resolve({ code, killed, out });
    });
  });
}
