// An S3-compatible FileStore (AWS S3, MinIO, Ceph RGW, the object storage of Chinese clouds), for
// several instances sharing uploads without a shared disk. Plain HTTPS with AWS Signature V4
// (computed here with node:crypto — no SDK), path-style URLs (https://endpoint/bucket/key), which
// every S3-compatible server accepts. Enable it with useFileStore(s3FileStoreFromUrl(url)).
import crypto from 'node:crypto';
import type { FileStore } from './file-store.ts';

export interface S3Options {
  /** e.g. https://s3.cn-north-1.amazonaws.com.cn or http://minio.intranet:9000 */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** A key prefix inside the bucket ('linzheng/'), so one bucket can serve several systems. */
  prefix?: string;
  /** Per request; default 30 s. */
  timeoutMs?: number;
}

const sha256Hex = (data: string | Buffer) => crypto.createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => crypto.createHmac('sha256', key).update(data).digest();

/** RFC 3986 encoding as SigV4 wants it ('/' kept in paths). */
function uriEncode(s: string, keepSlash: boolean): string {
  return [...Buffer.from(s, 'utf8')]
    .map((b) => {
      const c = String.fromCharCode(b);
      if (/[A-Za-z0-9\-._~]/.test(c) || (keepSlash && c === '/')) return c;
      return `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

export interface SignInput {
  method: string;
  /** The path as sent, not yet encoded ('/bucket/key'). */
  path: string;
  query?: Record<string, string>;
  /** Headers to sign (host and x-amz-* must be among them); names any case. */
  headers: Record<string, string>;
  payloadSha256: string;
  region: string;
  service?: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** YYYYMMDD'T'HHMMSS'Z' */
  amzDate: string;
}

/** The Authorization header value of AWS Signature Version 4. */
export function signV4(input: SignInput): string {
  const service = input.service ?? 's3';
  const day = input.amzDate.slice(0, 8);
  const headers = Object.entries(input.headers)
    .map(([k, v]) => [k.toLowerCase(), v.trim().replace(/\s+/g, ' ')] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const signedHeaders = headers.map(([k]) => k).join(';');
  const query = Object.entries(input.query ?? {})
    .map(([k, v]) => `${uriEncode(k, false)}=${uriEncode(v, false)}`)
    .sort()
    .join('&');
  const canonical = [
    input.method,
    uriEncode(input.path, true),
    query,
    headers.map(([k, v]) => `${k}:${v}\n`).join(''),
    signedHeaders,
    input.payloadSha256,
  ].join('\n');
  const scope = `${day}/${input.region}/${service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', input.amzDate, scope, sha256Hex(canonical)].join('\n');
  const key = hmac(
    hmac(hmac(hmac(`AWS4${input.secretAccessKey}`, day), input.region), service),
    'aws4_request',
  );
  const signature = crypto.createHmac('sha256', key).update(toSign).digest('hex');
  return `AWS4-HMAC-SHA256 Credential=${input.accessKeyId}/${scope},SignedHeaders=${signedHeaders},Signature=${signature}`;
}

export class S3FileStore implements FileStore {
  readonly driver = 's3';
  private readonly endpoint: URL;

  constructor(private readonly options: S3Options) {
    this.endpoint = new URL(options.endpoint);
    if (!/^https?:$/.test(this.endpoint.protocol))
      throw new Error(`S3 地址应以 http(s):// 开头：${options.endpoint}`);
  }

  private async send(method: 'PUT' | 'GET' | 'DELETE', key: string, body?: Buffer): Promise<Response> {
    const path = `${this.endpoint.pathname.replace(/\/$/, '')}/${this.options.bucket}/${this.options.prefix ?? ''}${key}`;
    const amzDate = new Date()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
    const payloadSha256 = sha256Hex(body ?? '');
    const headers: Record<string, string> = {
      host: this.endpoint.host,
      'x-amz-content-sha256': payloadSha256,
      'x-amz-date': amzDate,
    };
    const authorization = signV4({ method, path, headers, payloadSha256, amzDate, ...this.options });
    const { host: _host, ...sent } = headers;
    const url = `${this.endpoint.protocol}//${this.endpoint.host}${uriEncode(path, true)}`;
    return fetch(url, {
      method,
      headers: { ...sent, authorization, ...(body ? { 'content-type': 'application/octet-stream' } : {}) },
      body: body ? new Uint8Array(body) : undefined,
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
    });
  }

  private static async fail(what: string, key: string, res: Response): Promise<never> {
    const text = (await res.text().catch(() => '')).slice(0, 300);
    throw new Error(`S3 ${what} ${key} 失败：HTTP ${res.status} ${text}`);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const res = await this.send('PUT', key, data);
    if (!res.ok) await S3FileStore.fail('写入', key, res);
    await res.arrayBuffer();
  }

  async get(key: string): Promise<Buffer> {
    const res = await this.send('GET', key);
    if (!res.ok) await S3FileStore.fail('读取', key, res);
    return Buffer.from(await res.arrayBuffer());
  }

  async delete(key: string): Promise<void> {
    const res = await this.send('DELETE', key);
    // S3 answers 204 for a deleted key and for one that never existed.
    if (!res.ok && res.status !== 404) await S3FileStore.fail('删除', key, res);
    await res.arrayBuffer();
  }
}

/**
 * s3+https://ACCESS_KEY:SECRET@host[:port]/bucket[/prefix/]?region=cn-north-1 (s3+http for an
 * intranet MinIO). Access key and secret are URL-encoded.
 */
export function s3FileStoreFromUrl(url: string): S3FileStore {
  const u = new URL(url);
  const scheme = /^s3\+(https?):$/.exec(u.protocol)?.[1];
  if (!scheme) throw new Error('S3 地址格式：s3+https://访问密钥:私有密钥@主机/存储桶?region=区域');
  const [bucket, ...rest] = u.pathname.replace(/^\//, '').split('/');
  if (!bucket || !u.username || !u.password) throw new Error('S3 地址缺少存储桶或访问密钥');
  const prefix = rest.filter(Boolean).join('/');
  return new S3FileStore({
    endpoint: `${scheme}://${u.host}`,
    bucket,
    region: u.searchParams.get('region') ?? 'us-east-1',
    accessKeyId: decodeURIComponent(u.username),
    secretAccessKey: decodeURIComponent(u.password),
    prefix: prefix ? `${prefix}/` : '',
  });
}
