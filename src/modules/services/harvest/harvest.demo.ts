// The harvest module's demo data (演示数据): 2026 quotas for every county and an archive of
// historical transport permits. Loaded at start when DEMO_DATA is on, each into an empty table only.
import { sql } from 'drizzle-orm';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { hasAnyQuota, seedDemoQuotas } from './quota.demo.ts';
import { seedDemoTransportPermits } from './transport.demo.ts';

// Several instances starting at once on one database: one seeds, the others wait and find data.
const HARVEST_DEMO_LOCK = 7_201_041;

export async function seedHarvestDemo(ctx: Ctx): Promise<{ quotas: number; transportPermits: number }> {
  return inTransaction(ctx, async (tx) => {
    await tx.db.execute(sql`select pg_advisory_xact_lock(${HARVEST_DEMO_LOCK})`);
    const quotas = (await hasAnyQuota(tx)) ? 0 : await seedDemoQuotas(tx, 2026);
    return { quotas, transportPermits: await seedDemoTransportPermits(tx) };
  });
}
