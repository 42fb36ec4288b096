// Builds multipart/form-data bodies for route tests (what a browser sends for a form with files).
export interface FilePart {
  field: string;
  fileName: string;
  data: Buffer;
  contentType?: string;
}

export function multipartBody(fields: Record<string, string | string[]>, files: FilePart[] = []) {
  const boundary = `----lztest${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  const push = (s: string) => chunks.push(Buffer.from(s, 'utf8'));
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) {
      push(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${v}\r\n`);
    }
  for (const f of files) {
    push(
      `--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.fileName}"\r\nContent-Type: ${f.contentType ?? 'application/octet-stream'}\r\n\r\n`,
    );
    chunks.push(f.data);
    push('\r\n');
  }
  push(`--${boundary}--\r\n`);
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');
export const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(32, 1),
]);
/** A Windows executable's first bytes: what a disguised upload looks like. */
export const EXE = Buffer.concat([Buffer.from('MZ', 'latin1'), Buffer.alloc(62, 0)]);
