// The S3-compatible file store: its SigV4 signature against AWS's published example, and a round
// trip through an S3-compatible server (test/quality/support/fake-s3.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeS3, startFakeS3 } from '../../../test/quality/support/fake-s3.ts';
import { S3FileStore, s3FileStoreFromUrl, signV4 } from './s3-store.ts';

describe('AWS Signature Version 4', () => {
  it('signs the GET example of the S3 documentation to its published signature', () => {
    // docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html, "GET Object".
    const authorization = signV4({
      method: 'GET',
      path: '/test.txt',
      headers: {
        Host: 'examplebucket.s3.amazonaws.com',
        Range: 'bytes=0-9',
        'x-amz-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        'x-amz-date': '20130524T000000Z',
      },
      payloadSha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      region: 'us-east-1',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      amzDate: '20130524T000000Z',
    });
    expect(authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,' +
        'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });
});

describe('S3FileStore', () => {
  let s3: FakeS3;
  let store: S3FileStore;
  beforeAll(async () => {
    s3 = await startFakeS3();
    store = s3FileStoreFromUrl(
      `s3+${s3.url.replace('//', '//LZTESTKEY:secret%2Fkey@')}/uploads/linzheng?region=cn-north-1`,
    );
  });
  afterAll(() => s3.close());

  it('reads the settings from an s3+http URL', () => {
    expect(store.driver).toBe('s3');
    expect(() => s3FileStoreFromUrl('https://example.com/bucket')).toThrow('S3 地址格式');
  });

  it('writes, reads back and deletes an object under bucket/prefix/key', async () => {
    const data = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 255, 10]);
    await store.put('services/2026/03/0001', data);
    expect([...s3.objects.keys()]).toEqual(['/uploads/linzheng/services/2026/03/0001']);
    expect(await store.get('services/2026/03/0001')).toEqual(data);
    await store.delete('services/2026/03/0001');
    expect(s3.objects.size).toBe(0);
    await expect(store.get('services/2026/03/0001')).rejects.toThrow('HTTP 404');
  });

  it('fails loudly when the server refuses the credentials', async () => {
    const wrong = new S3FileStore({
      endpoint: s3.url,
      bucket: 'uploads',
      region: 'cn-north-1',
      accessKeyId: 'SOMEONEELSE',
      secretAccessKey: 'x',
    });
    await expect(wrong.put('a', Buffer.from('x'))).rejects.toThrow('HTTP 403');
  });
});
