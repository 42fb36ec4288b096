// Imports every benchmark file under bench/benchmarks/ (each calls registerBenchmark).
import fs from 'node:fs';
import path from 'node:path';
import { listBenchmarks } from '../registry.ts';

export async function loadBenchmarks() {
  const dir = path.resolve(import.meta.dirname, '../benchmarks');
  for (const file of fs.readdirSync(dir).sort()) if (file.endsWith('.ts')) await import(path.join(dir, file));
  return listBenchmarks();
}
