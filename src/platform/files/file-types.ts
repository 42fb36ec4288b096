// What a file is, by its first bytes (magic numbers), never by its name or the browser's word,
// and a file name made safe to store and to send back in a Content-Disposition header.

export const FILE_FORMATS = ['pdf', 'jpg', 'png'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export const FORMAT_INFO: Record<FileFormat, { contentType: string; ext: string; label: string }> = {
  pdf: { contentType: 'application/pdf', ext: 'pdf', label: 'PDF' },
  jpg: { contentType: 'image/jpeg', ext: 'jpg', label: 'JPG' },
  png: { contentType: 'image/png', ext: 'png', label: 'PNG' },
};

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The format the content really has, or null for anything else (executables, archives, GIF…). */
export function detectFormat(data: Buffer): FileFormat | null {
  if (data.length >= 5 && data.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpg';
  if (data.length >= 8 && PNG.every((b, i) => data[i] === b)) return 'png';
  return null;
}

/**
 * A display name without folders, control or reserved characters, at most 80 characters, with
 * the extension of the detected format ('合同.exe.pdf' stays, 'scan.PDF' of a PNG becomes 'scan.png').
 */
export function sanitizeFileName(name: string, format: FileFormat): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  let stem = base
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we strip
    .replace(/[\u0000-\u001f\u007f<>:"|?*\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/^[.\s]+/, '')
    .trim();
  const dot = stem.lastIndexOf('.');
  if (dot > 0) stem = stem.slice(0, dot);
  stem = stem.slice(0, 70).trim() || '文件';
  return `${stem}.${FORMAT_INFO[format].ext}`;
}
