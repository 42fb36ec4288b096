// For tests: produced documents opened and read back by independent readers — PDF text and
// images by poppler-utils (pdftotext, pdftoppm; .ci/run installs the Debian package), QR codes by
// jsQR, .docx parts by unzip of the package (fflate), .xlsx by exceljs.
import { spawnSync } from 'node:child_process';
import { unzipSync } from 'fflate';
import jsQR from 'jsqr';

function poppler(tool: string, args: string[], input: Buffer): Buffer {
  const run = spawnSync(tool, args, { input, maxBuffer: 256 * 1024 * 1024 });
  if (run.error)
    throw new Error(`${tool} not runnable (apt-get install poppler-utils): ${run.error.message}`);
  if (run.status !== 0) throw new Error(`${tool} failed: ${run.stderr.toString()}`);
  return run.stdout;
}

/** The text of each page, as pdftotext reads it (reading order, not layout). */
export function pdfPages(pdf: Buffer): string[] {
  const text = poppler('pdftotext', ['-enc', 'UTF-8', '-', '-'], pdf).toString('utf8');
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** pdfinfo's fields (Title, Author, Pages, Page size …). */
export function pdfInfo(pdf: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of poppler('pdfinfo', ['-enc', 'UTF-8', '-'], pdf).toString('utf8').split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) out[m[1].trim()] = m[2].trim();
  }
  return out;
}

/** The QR codes' text on a page, rendered at 150 dpi and decoded (null when none is found). */
export function pdfQr(pdf: Buffer, page = 1): string | null {
  const pgm = poppler('pdftoppm', ['-gray', '-r', '150', '-f', String(page), '-l', String(page), '-'], pdf);
  // Netpbm P5: "P5\n<width> <height>\n<max>\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 40));
  if (!header) throw new Error('pdftoppm gave no PGM image');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const gray = pgm.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba[4 * i] = rgba[4 * i + 1] = rgba[4 * i + 2] = gray[i];
    rgba[4 * i + 3] = 255;
  }
  return jsQR(rgba, width, height)?.data ?? null;
}

/** The parts of an OOXML package (.docx, .xlsx) as text, by path (word/document.xml …). */
export function ooxmlParts(file: Buffer): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(file))))
    parts[name] = Buffer.from(bytes).toString('utf8');
  return parts;
}

/** The text of each paragraph (w:p) of a WordprocessingML part, runs joined. */
export function docxParagraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
      .map((t) => (t[0] === '<w:tab/>' ? '\t' : unescapeXml(t[1])))
      .join(''),
  );
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
