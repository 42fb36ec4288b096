// The site's static files (src/site/assets), served under content-hashed names such as
// /assets/site.3f9c2a7b1e.css so browsers may cache them for a year: a changed file gets a new name.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { fromRoot } from '../paths.ts';

export const ASSETS_DIR = `${fromRoot('src/site/assets')}/`;
export const ASSET_NAME = /^([a-z][a-z0-9-]*)\.([0-9a-f]{10})\.(css|svg)$/;

interface Asset {
  file: string;
  hash: string;
}

let table: Map<string, Asset> | null = null;

/** Reads the asset folder once: plain name → content hash. */
function assets(): Map<string, Asset> {
  if (table) return table;
  const next = new Map<string, Asset>();
  for (const file of fs.readdirSync(ASSETS_DIR)) {
    if (!/^[a-z][a-z0-9-]*\.(css|svg)$/.test(file)) continue;
    const hash = crypto
      .createHash('sha256')
      .update(fs.readFileSync(`${ASSETS_DIR}${file}`))
      .digest('hex')
      .slice(0, 10);
    next.set(file, { file, hash });
  }
  table = next;
  return next;
}

/** The public URL of an asset: assetUrl('site.css') → '/assets/site.<hash>.css'. */
export function assetUrl(file: string): string {
  const asset = assets().get(file);
  if (!asset) throw new Error(`没有这个静态文件：${file}`);
  const dot = file.lastIndexOf('.');
  return `/assets/${file.slice(0, dot)}.${asset.hash}${file.slice(dot)}`;
}

/**
 * The file behind a hashed name, and whether the hash is the current one. A page rendered before
 * a deployment may still ask for the old hash: it gets today's file, just not cached for long.
 */
export function resolveAsset(name: string): { file: string; current: boolean } | null {
  const m = ASSET_NAME.exec(name);
  if (!m) return null;
  const asset = assets().get(`${m[1]}.${m[3]}`);
  return asset ? { file: asset.file, current: asset.hash === m[2] } : null;
}
