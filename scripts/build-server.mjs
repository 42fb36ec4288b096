// Bundles the server (src/main.ts and everything it imports from src/) into dist/server/main.js
// with esbuild; packages in node_modules stay external and load as usual. `npm start` calls this
// when the bundle is older than src/; `npm run build:server` calls it by hand. Files the server
// reads at run time (drizzle/, src/site/assets/, …) are found from the repository root (src/paths.ts).
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');

export async function buildServer() {
  await build({
    entryPoints: [path.join(root, 'src/main.ts')],
    outfile: path.join(root, 'dist/server/main.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildServer();
