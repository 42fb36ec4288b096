// A minimal S3-compatible server for tests: PUT, GET and DELETE of objects by path, in memory. It
// insists on what a real S3 checks first — a SigV4 Authorization header with the expected access
// key, and a body whose SHA-256 matches x-amz-content-sha256 — and answers 404 NoSuchKey.
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeS3 {
  url: string;
  objects: Map<string, Buffer>;
  requests: Array<{ method: string; path: string }>;
  close(): Promise<void>;
}

export async function startFakeS3(accessKeyId = 'LZTESTKEY'): Promise<FakeS3> {
  const objects = new Map<string, Buffer>();
  const requests: FakeS3['requests'] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      requests.push({ method: req.method ?? '', path });
      const auth = req.headers.authorization ?? '';
      const hash = crypto.createHash('sha256').update(body).digest('hex');
      if (
        !auth.startsWith(`AWS4-HMAC-SHA256 Credential=${accessKeyId}/`) ||
        !/Signature=[0-9a-f]{64}$/.test(auth)
      ) {
        res.writeHead(403).end('<Error><Code>AccessDenied</Code></Error>');
        return;
      }
      if (req.headers['x-amz-content-sha256'] !== hash) {
        res.writeHead(400).end('<Error><Code>XAmzContentSHA256Mismatch</Code></Error>');
        return;
      }
      if (req.method === 'PUT') {
        objects.set(path, body);
        res.writeHead(200, { etag: `"${hash.slice(0, 32)}"` }).end();
      } else if (req.method === 'GET') {
        const found = objects.get(path);
        if (found) res.writeHead(200, { 'content-length': found.length }).end(found);
        else res.writeHead(404).end('<Error><Code>NoSuchKey</Code></Error>');
      } else if (req.method === 'DELETE') {
        objects.delete(path);
        res.writeHead(204).end();
      } else res.writeHead(405).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    objects,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
