// `npm start`. Plain JavaScript so that starting needs no TypeScript loader: it builds the
// workbench (vite) and the server bundle (esbuild, dist/server/main.js) when either is missing
// or older than its sources, then runs the bundle. A second start of an existing data dir thus
// spends its time opening the database, not transpiling the source tree.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');

/** Newest modification time of any file under the given paths (0 when none exist). */
function newest(...paths) {
  let t = 0;
  for (const p of paths) {
    if (!fs.existsSync(p)) continue;
    const stat = fs.statSync(p);
    if (!stat.isDirectory()) t = Math.max(t, stat.mtimeMs);
    else for (const entry of fs.readdirSync(p)) t = Math.max(t, newest(path.join(p, entry)));
  }
  return t;
}

function stale(output, ...sources) {
  return (
    !fs.existsSync(output) || fs.statSync(output).mtimeMs < newest(...sources.map((s) => path.join(root, s)))
  );
}

const web = path.join(root, 'dist/web/index.html');
if (stale(web, 'web/src', 'web/index.html', 'web/vite.config.ts')) {
  console.log('正在构建工作台（首次启动约需一分钟）…');
  execSync('npx vite build --config web/vite.config.ts --logLevel warn && npx tsx scripts/compress-web.ts', {
    cwd: root,
    stdio: 'inherit',
  });
}

const server = path.join(root, 'dist/server/main.js');
if (stale(server, 'src', 'package.json', 'tsconfig.json', 'scripts/build-server.mjs')) {
  console.log('正在构建服务端…');
  const { buildServer } = await import('./build-server.mjs');
  await buildServer();
}

await import(pathToFileURL(server).href);
