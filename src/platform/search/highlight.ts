// Highlighted titles and snippets, computed in the application from the segmented query: the
// database ranks, the application shows where the words are. Output is a list of pieces so
// React escapes the text; snippetHtml() gives the same as escaped HTML with <mark>.

export interface Piece {
  text: string;
  hit: boolean;
}

/** [start, end) ranges where any term occurs (case-insensitive), merged and sorted. */
function hitRanges(text: string, terms: string[]): Array<[number, number]> {
  const lower = text.toLowerCase();
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    if (!term) continue;
    let from = 0;
    for (;;) {
      const at = lower.indexOf(term, from);
      if (at < 0) break;
      ranges.push([at, at + term.length]);
      from = at + term.length;
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

function piecesOf(text: string, ranges: Array<[number, number]>, offset = 0): Piece[] {
  const out: Piece[] = [];
  let pos = 0;
  for (const [s0, e0] of ranges) {
    const s = s0 - offset;
    const e = e0 - offset;
    if (e <= 0 || s >= text.length) continue;
    const start = Math.max(0, s);
    const end = Math.min(text.length, e);
    if (start > pos) out.push({ text: text.slice(pos, start), hit: false });
    out.push({ text: text.slice(start, end), hit: true });
    pos = end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), hit: false });
  return out;
}

/** The whole text with the terms marked (titles). */
export function highlight(text: string, terms: string[]): Piece[] {
  return piecesOf(text, hitRanges(text, terms));
}

/**
 * A window of about `size` characters around the first place the terms occur, with ellipses
 * where it was cut; the start of the text when none occurs (a match in the title only).
 */
export function snippet(text: string, terms: string[], size = 120): Piece[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const ranges = hitRanges(flat, terms);
  if (flat.length <= size) return piecesOf(flat, ranges);
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(size / 4));
  const end = Math.min(flat.length, start + size);
  start = Math.max(0, end - size);
  const pieces = piecesOf(flat.slice(start, end), ranges, start);
  if (start > 0) pieces.unshift({ text: '…', hit: false });
  if (end < flat.length) pieces.push({ text: '…', hit: false });
  return pieces;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Pieces as HTML: text escaped, hits in <mark>. */
export function piecesToHtml(pieces: Piece[]): string {
  return pieces.map((p) => (p.hit ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join('');
}
