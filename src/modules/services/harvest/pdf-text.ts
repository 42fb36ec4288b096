// Reads the text back out of a PDF that pdfkit wrote (for tests): objects, Flate streams, each
// font's ToUnicode map and the text operators of each page. Enough for pdfkit's own output, not a
// general PDF reader.
import zlib from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  for (let m = header.exec(text); m; m = header.exec(text)) {
    let i = header.lastIndex;
    let dict = '';
    if (text.startsWith('<<', i)) {
      let depth = 0;
      const start = i;
      while (i < text.length) {
        if (text.startsWith('<<', i)) {
          depth++;
          i += 2;
        } else if (text.startsWith('>>', i)) {
          depth--;
          i += 2;
          if (depth === 0) break;
        } else i++;
      }
      dict = text.slice(start, i);
    }
    let stream: Buffer | null = null;
    const after = /^\s*stream\r?\n/.exec(text.slice(i, i + 20));
    if (after) {
      const length = Number(/\/Length (\d+)(?! \d+ R)/.exec(dict)?.[1] ?? Number.NaN);
      const from = i + after[0].length;
      const raw = pdf.subarray(
        from,
        Number.isFinite(length) ? from + length : text.indexOf('endstream', from),
      );
      stream = dict.includes('/FlateDecode') ? zlib.inflateSync(raw) : Buffer.from(raw);
    }
    objects.set(Number(m[1]), { dict, stream });
  }
  return objects;
}

const hexToString = (hex: string) => {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4)
    out += String.fromCharCode(Number.parseInt(hex.slice(i, i + 4), 16));
  return out;
};

function readCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code, uni] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
      map.set(Number.parseInt(code, 16), hexToString(uni));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const body = block[1];
    const entry = /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g;
    for (const [, lo, hi, target] of body.matchAll(entry)) {
      const from = Number.parseInt(lo, 16);
      const to = Number.parseInt(hi, 16);
      if (target.startsWith('[')) {
        const list = [...target.matchAll(/<([0-9a-fA-F]+)>/g)].map((x) => hexToString(x[1]));
        for (let c = from; c <= to; c++) map.set(c, list[c - from] ?? '');
      } else {
        const base = Number.parseInt(target.slice(1, -1), 16);
        for (let c = from; c <= to; c++) map.set(c, String.fromCodePoint(base + c - from));
      }
    }
  }
  return map;
}

const ref = (dict: string, key: string) => {
  const m = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : null;
};

/** The text of every page, in drawing order; one string per page. */
export function extractPdfText(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const pages: string[] = [];
  for (const obj of objects.values()) {
    if (!/\/Type \/Page\b/.test(obj.dict)) continue;
    const resRef = ref(obj.dict, 'Resources');
    const resources = resRef !== null ? (objects.get(resRef)?.dict ?? '') : obj.dict;
    const fonts = new Map<string, Map<number, string>>();
    const fontBlock = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '';
    for (const [, name, id] of fontBlock.matchAll(/\/(\S+?) (\d+) 0 R/g)) {
      const font = objects.get(Number(id));
      const toUnicode = font ? ref(font.dict, 'ToUnicode') : null;
      const cmap = toUnicode !== null ? objects.get(toUnicode)?.stream?.toString('latin1') : undefined;
      fonts.set(name, cmap ? readCMap(cmap) : new Map());
    }
    const contentRef = ref(obj.dict, 'Contents');
    const content = contentRef !== null ? (objects.get(contentRef)?.stream?.toString('latin1') ?? '') : '';
    let current = new Map<number, string>();
    let out = '';
    const ops = /\/(\S+) [\d.]+ Tf|\[((?:<[0-9a-fA-F]*>|[^\]])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj|\bET\b/g;
    for (const m of content.matchAll(ops)) {
      if (m[1]) current = fonts.get(m[1]) ?? new Map();
      else if (m[0] === 'ET') out += '\n';
      else {
        const hexes = m[2] !== undefined ? [...m[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((x) => x[1]) : [m[3]];
        for (const hex of hexes)
          for (let i = 0; i + 4 <= hex.length; i += 4)
            out += current.get(Number.parseInt(hex.slice(i, i + 4), 16)) ?? '';
      }
    }
    pages.push(out);
  }
  return pages;
}
