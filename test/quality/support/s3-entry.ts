// The server with an S3-compatible file store (LZ_TEST_S3_URL), for the several-instances suite:
// the same src/main.ts, the store chosen before it starts.
import { useFileStore } from '../../../src/platform/files/index.ts';
import { s3FileStoreFromUrl } from '../../../src/platform/files/s3-store.ts';

const url = process.env.LZ_TEST_S3_URL;
if (!url) throw new Error('LZ_TEST_S3_URL is not set');
// biome-ignore lint/correctness/useHookAtTopLevel: useFileStore is the file module's setter, not a React hook
useFileStore(s3FileStoreFromUrl(url));
await import('../../../src/main.ts');
