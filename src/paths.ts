// Where the project lives on disk. Found by walking up from this file to the repository's
// package.json, so it is the same whether the server runs from src/ under tsx or from the
// bundle in dist/server/ that `npm start` builds.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  let dir = from;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && fs.existsSync(path.join(dir, 'drizzle'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`找不到项目根目录（自 ${from} 向上无 package.json 与 drizzle/）`);
    dir = parent;
  }
}

export const ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A path inside the repository, e.g. `fromRoot('src/site/assets')`. */
export function fromRoot(...parts: string[]): string {
  return path.join(ROOT, ...parts);
}
