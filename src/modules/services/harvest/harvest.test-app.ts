// The harvest tests' app: the Henan demo organisation, the 2026 calendar, files kept in memory,
// and helpers to allocate quota and to make cases as the services module would hand them over.
import { buildTestApp, type Client, type TestApp } from '../../../../test/app.ts';
import { seedCalendarFromPackage } from '../../../platform/calendar/index.ts';
import { type FileStore, useFileStore } from '../../../platform/files/index.ts';
import { seedDemoData } from '../../org/index.ts';
import type { FormValues } from '../forms.ts';
import { GOOD } from './harvest.fixtures.ts';
import type { HarvestCase } from './permit.service.ts';

export class MemoryFileStore implements FileStore {
  readonly driver = 'memory';
  readonly files = new Map<string, Buffer>();
  async put(key: string, data: Buffer) {
    this.files.set(key, data);
  }
  async get(key: string) {
    const data = this.files.get(key);
    if (!data) throw new Error(`no file ${key}`);
    return data;
  }
  async delete(key: string) {
    this.files.delete(key);
  }
}

export interface HarvestTestApp extends TestApp {
  ziyuan: Client;
  accountIds: Map<string, string>;
  files: MemoryFileStore;
  allocate(
    countyCode: string,
    volume: number,
    extra?: Partial<{ year: number; forestCategory: string; harvestType: string }>,
  ): Promise<{ id: string; remaining: number }>;
  /** A case of LIC-01 as the services module hands it to the handler. */
  kase(n: number, patch?: FormValues, applicant?: 'hnmy' | 'zhangsan'): HarvestCase & { status: string };
  quota(id: string): Promise<{ allocated: number; consumed: number; remaining: number }>;
}

export async function buildHarvestTestApp(now = '2026-03-02T09:00:00+08:00'): Promise<HarvestTestApp> {
  const files = new MemoryFileStore();
  // biome-ignore lint/correctness/useHookAtTopLevel: useFileStore is the platform's setter, not a React hook
  useFileStore(files);
  const accountIds = new Map<string, string>();
  const t = await buildTestApp({
    now,
    seed: async (ctx) => {
      await seedCalendarFromPackage(ctx);
      const demo = await seedDemoData(ctx);
      for (const [name, a] of demo.accounts) accountIds.set(name, a.id);
    },
  });
  const ziyuan = await t.signIn('ziyuan');
  const close = t.close;
  return Object.assign(t, {
    ziyuan,
    accountIds,
    files,
    async close() {
      // biome-ignore lint/correctness/useHookAtTopLevel: useFileStore is the platform's setter, not a React hook
      useFileStore(null);
      await close();
    },
    async allocate(countyCode: string, volume: number, extra = {}) {
      const res = await ziyuan.post('/api/harvest/quotas/allocations', {
        countyCode,
        year: 2026,
        forestCategory: 'commercial',
        harvestType: 'final',
        volume,
        basis: '豫林资〔2026〕8号',
        ...extra,
      });
      if (res.statusCode !== 201) throw new Error(`allocation failed: ${res.body}`);
      return res.json() as { id: string; remaining: number };
    },
    kase(n: number, patch: FormValues = {}, applicant: 'hnmy' | 'zhangsan' = 'hnmy') {
      const form = { ...GOOD, ...patch };
      return {
        id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
        receiptCode: `LZ${String(n).padStart(10, '0')}`,
        applicantAccountId: accountIds.get(applicant) ?? null,
        applicantKind: applicant === 'hnmy' ? ('org' as const) : ('citizen' as const),
        applicantName: applicant === 'hnmy' ? '河南绿源苗木有限公司' : '张三',
        countyCode: typeof form.county === 'string' ? form.county : null,
        form,
        status: 'under_review',
      };
    },
    async quota(id: string) {
      const res = await ziyuan.get(`/api/harvest/quotas/${id}`);
      // After a test moves the clock past the session's lifetime, sign in again.
      if (res.statusCode === 401)
        return (await (await t.signIn('ziyuan')).get(`/api/harvest/quotas/${id}`)).json();
      return res.json();
    },
  });
}
