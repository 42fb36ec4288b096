// `npm start`: builds the workbench if it is missing or older than its sources, then starts.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'dist/web/index.html');

function newest(dir: string): number {
  let t = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < newest(path.join(root, 'web/src'))) {
  console.log('正在构建工作台（首次启动约需一分钟）…');
  execSync('npx vite build --config web/vite.config.ts --logLevel warn && npx tsx scripts/compress-web.ts', {
    cwd: root,
    stdio: 'inherit',
  });
}
await import('../src/main.ts');
