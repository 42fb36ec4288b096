// Imports every benchmark file under bench/benchmarks/ (each calls registerBenchmark).
import fs from 'node:fs';
import path from 'node:path';
import { listBenchmarks } from '../registry.ts';

const fileOf = new Map<string, string>();

export async function loadBenchmarks() {
  const dir = path.resolve(import.meta.dirname, '../benchmarks');
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith('.ts')) continue;
    await import(path.join(dir, file));
    for (const b of listBenchmarks()) if (!fileOf.has(b.name)) fileOf.set(b.name, file);
  }
  return listBenchmarks();
}

/**
 * The benchmarks whose setup must run for `only` (comma-separated names; empty = all): the selected
 * ones and every other benchmark of the same file, since a file's benchmarks may share one setup's
 * data (the uncached article page and search use what the cached article page's setup generates).
 */
export function needingSetup(only: string[] | undefined) {
  const all = listBenchmarks();
  if (!only?.length) return all;
  const files = new Set(only.map((name) => fileOf.get(name)));
  return all.filter((b) => files.has(fileOf.get(b.name)));
}
