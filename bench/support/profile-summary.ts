// `npx tsx bench/support/profile-summary.ts <file.cpuprofile> [top] [--last S] [--skip-end S]`: where a
// CPU profile's time went — self time by function and by package (node_modules/<name>, node:internal,
// src/…), so a benchmark's profile (LZ_BENCH_CPU_PROF, see bench/server.ts, or `node --cpu-prof`) can
// be read without DevTools. `--last 15 --skip-end 1` keeps only the samples of the 15 s that ended 1 s
// before the profile did: the load, without the start-up of a process profiled from its first line.
import fs from 'node:fs';
import { parseArgs } from 'node:util';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { last: { type: 'string' }, 'skip-end': { type: 'string' } },
});
const [file, topArg] = positionals;
if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [top] [--last S] [--skip-end S]');
const top = Number(topArg ?? 25);
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
// The window kept, in the profile's microseconds.
const until = profile.endTime - Number(values['skip-end'] ?? 0) * 1e6;
const from = values.last ? until - Number(values.last) * 1e6 : Number.NEGATIVE_INFINITY;
const self = new Map<number, number>();
let at = profile.startTime;
profile.samples.forEach((id, i) => {
  const delta = profile.timeDeltas[i] ?? 0;
  at += delta;
  if (at < from || at > until) return;
  self.set(id, (self.get(id) ?? 0) + delta);
});
const total = [...self.values()].reduce((a, b) => a + b, 0);

function area(url: string): string {
  if (!url) return '(native/idle)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 13).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return 'node:internal';
  const src = url.indexOf('/src/');
  if (src >= 0)
    return url
      .slice(src + 1)
      .split('/')
      .slice(0, 3)
      .join('/');
  return url.replace(/^file:\/\//, '');
}

const byFn = new Map<string, number>();
const byArea = new Map<string, number>();
for (const [id, us] of self) {
  const n = byId.get(id)!;
  const f = n.callFrame;
  const key = `${f.functionName || '(anonymous)'} ${area(f.url)}:${f.lineNumber + 1}`;
  byFn.set(key, (byFn.get(key) ?? 0) + us);
  const a = f.functionName === '(idle)' ? '(idle)' : area(f.url);
  byArea.set(a, (byArea.get(a) ?? 0) + us);
}
const show = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((x, y) => y[1] - x[1])
    .slice(0, n)
    .map(
      ([k, us]) =>
        `${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`,
    )
    .join('\n');
console.log(`total ${(total / 1000).toFixed(0)} ms sampled\n\nby area (self time):\n${show(byArea, top)}`);
console.log(`\nby function (self time):\n${show(byFn, top)}`);

// Inclusive time of the project's own functions (src/…, bench/…): a frame counts once per sample.
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const inclusive = new Map<string, number>();
for (const [id, us] of self) {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const f = byId.get(at)!.callFrame;
    if (!/\/(src|bench)\//.test(f.url) || f.url.includes('node_modules')) continue;
    const key = `${f.functionName || '(anonymous)'} ${area(f.url)}:${f.lineNumber + 1}`;
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + us);
  }
}
console.log(`\nproject functions (inclusive time):\n${show(inclusive, top)}`);
