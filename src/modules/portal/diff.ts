// The difference between two editions of an article: which fields changed, and the body text
// paragraph by paragraph, with changed paragraphs compared character by character (Myers' O(ND)
// algorithm, so long articles with small edits stay cheap).

export type DiffOp = 'equal' | 'insert' | 'delete';

export interface DiffPart {
  op: DiffOp;
  text: string;
}

/** Myers' shortest edit script between two sequences, as runs of equal/deleted/inserted items. */
export function diffSequences<T>(
  a: readonly T[],
  b: readonly T[],
  maxD = Number.POSITIVE_INFINITY,
): Array<{ op: DiffOp; items: T[] }> | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxD);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
          ? v[offset + k + 1]
          : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  if (!found) return null;
  // Walk back through the saved frontiers to recover the script.
  const ops: Array<{ op: DiffOp; item: T }> = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1] < vd[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ op: 'equal', item: a[x - 1] });
      x--;
      y--;
    }
    if (d === 0) break;
    if (x === prevX) ops.push({ op: 'insert', item: b[y - 1] });
    else ops.push({ op: 'delete', item: a[x - 1] });
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    ops.push({ op: 'equal', item: a[x - 1] });
    x--;
    y--;
  }
  ops.reverse();
  const runs: Array<{ op: DiffOp; items: T[] }> = [];
  for (const o of ops) {
    const last = runs[runs.length - 1];
    if (last && last.op === o.op) last.items.push(o.item);
    else runs.push({ op: o.op, items: [o.item] });
  }
  return runs;
}

/** Character-level difference of two short texts (whole replacement beyond a budget). */
export function diffText(a: string, b: string): DiffPart[] {
  if (a === b) return a ? [{ op: 'equal', text: a }] : [];
  const runs = diffSequences([...a], [...b], 2_000);
  if (!runs)
    return [
      ...(a ? [{ op: 'delete' as const, text: a }] : []),
      ...(b ? [{ op: 'insert' as const, text: b }] : []),
    ];
  return runs.map((r) => ({ op: r.op, text: r.items.join('') }));
}

export interface LineDiff {
  op: DiffOp | 'change';
  /** For 'change': the paragraph's own character-level difference. */
  parts: DiffPart[];
}

/**
 * Paragraph-level difference of two plain texts (one paragraph per line). A deleted paragraph
 * followed by an inserted one is shown as a change within the paragraph.
 */
export function diffParagraphs(a: string, b: string): LineDiff[] {
  const la = a ? a.split('\n') : [];
  const lb = b ? b.split('\n') : [];
  const runs = diffSequences(la, lb) ?? [];
  const out: LineDiff[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    const next = runs[i + 1];
    if (run.op === 'delete' && next?.op === 'insert') {
      const pairs = Math.min(run.items.length, next.items.length);
      for (let j = 0; j < pairs; j++)
        out.push({ op: 'change', parts: diffText(run.items[j], next.items[j]) });
      for (const line of run.items.slice(pairs))
        out.push({ op: 'delete', parts: [{ op: 'delete', text: line }] });
      for (const line of next.items.slice(pairs))
        out.push({ op: 'insert', parts: [{ op: 'insert', text: line }] });
      i++;
      continue;
    }
    for (const line of run.items) out.push({ op: run.op, parts: [{ op: run.op, text: line }] });
  }
  return out;
}
