// The CJK font for certificates, from the npm package @fontsource/noto-sans-sc (no system font).
// The package's "chinese-simplified" file covers the common characters (about 8,000); a rarer one
// (瀍 in 瀍河回族区, 堃 or 喆 in a person's name) is found in the package's numbered subsets, named
// by unicode.json, so no character of a name or place is ever printed as an empty box.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';

const require = createRequire(import.meta.url);
// fontkit is pdfkit's own font parser; resolved through pdfkit so both read fonts the same way.
interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as { create(data: Buffer): FontkitFont };
const PACKAGE_DIR = path.dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
const FILES = path.join(PACKAGE_DIR, 'files');

export type Weight = 400 | 700;

interface LoadedFont {
  /** The name pdfkit registers the font under. */
  name: string;
  data: Buffer;
  has(codePoint: number): boolean;
}

const cache = new Map<string, LoadedFont>();

function load(file: string, name: string): LoadedFont {
  let font = cache.get(file);
  if (!font) {
    const data = woffToSfnt(fs.readFileSync(path.join(FILES, file)));
    const parsed = fontkit.create(data);
    font = { name, data, has: (cp) => parsed.hasGlyphForCodePoint(cp) };
    cache.set(file, font);
  }
  return font;
}

export function mainFont(weight: Weight): LoadedFont {
  return load(`noto-sans-sc-chinese-simplified-${weight}-normal.woff`, `cjk-${weight}`);
}

let ranges: Array<{ subset: string; from: number; to: number }> | null = null;

function subsetRanges() {
  if (ranges) return ranges;
  const table = JSON.parse(fs.readFileSync(path.join(PACKAGE_DIR, 'unicode.json'), 'utf8')) as Record<
    string,
    string
  >;
  ranges = [];
  for (const [key, list] of Object.entries(table)) {
    const m = /^\[(\d+)\]$/.exec(key);
    if (!m) continue;
    for (const part of list.split(',')) {
      const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
      ranges.push({ subset: m[1], from: Number.parseInt(a, 16), to: Number.parseInt(b ?? a, 16) });
    }
  }
  return ranges;
}

/** The font that has this character at this weight: the main one, a numbered subset, or the main (box). */
export function fontFor(codePoint: number, weight: Weight): LoadedFont {
  const main = mainFont(weight);
  if (codePoint < 0x80 || main.has(codePoint)) return main;
  const range = subsetRanges().find((r) => codePoint >= r.from && codePoint <= r.to);
  if (!range) return main;
  const file = `noto-sans-sc-${range.subset}-${weight}-normal.woff`;
  if (!fs.existsSync(path.join(FILES, file))) return main;
  const sub = load(file, `cjk-${weight}-${range.subset}`);
  return sub.has(codePoint) ? sub : main;
}

/** Splits text into runs that one font can print each. */
export function fontRuns(text: string, weight: Weight): Array<{ font: LoadedFont; text: string }> {
  const runs: Array<{ font: LoadedFont; text: string }> = [];
  for (const ch of text) {
    const font = fontFor(ch.codePointAt(0)!, weight);
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += ch;
    else runs.push({ font, text: ch });
  }
  return runs;
}

/**
 * WOFF 1.0 → the plain OpenType font inside it. fontkit reads WOFF too, but inflates its tables
 * again on every glyph lookup: with a CJK font that turns a one-page certificate into a minute of
 * work. Unpacked once and cached, the same page takes well under 100 ms.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') return woff;
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables: Array<{ tag: string; checksum: number; data: Buffer }> = [];
  for (let i = 0; i < numTables; i++) {
    const e = 44 + i * 20;
    const offset = woff.readUInt32BE(e + 4);
    const compLength = woff.readUInt32BE(e + 8);
    const origLength = woff.readUInt32BE(e + 12);
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({
      tag: woff.toString('latin1', e, e + 4),
      checksum: woff.readUInt32BE(e + 16),
      data: compLength < origLength ? zlib.inflateSync(raw) : Buffer.from(raw),
    });
  }
  let searchRange = 1;
  let entrySelector = 0;
  while (searchRange * 2 <= numTables) {
    searchRange *= 2;
    entrySelector++;
  }
  const padded = (n: number) => (n + 3) & ~3;
  const headerLength = 12 + 16 * numTables;
  const out = Buffer.alloc(tables.reduce((sum, t) => sum + padded(t.data.length), headerLength));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange * 16, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - searchRange * 16, 10);
  let offset = headerLength;
  tables.forEach((t, i) => {
    const record = 12 + i * 16;
    out.write(t.tag, record, 'latin1');
    out.writeUInt32BE(t.checksum, record + 4);
    out.writeUInt32BE(offset, record + 8);
    out.writeUInt32BE(t.data.length, record + 12);
    t.data.copy(out, offset);
    offset += padded(t.data.length);
  });
  return out;
}
