// The harvest module's demo data (演示数据): quotas of the current and next year for every county and an archive of
// historical transport permits. Loaded at start when DEMO_DATA is on, each into an empty table only.
import { sql } from 'drizzle-orm';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { seedDemoQuotaYears } from './quota.demo.ts';
import { seedDemoTransportPermits } from './transport.demo.ts';

// Several instances starting at once on one database: one seeds, the others wait and find data.
const HARVEST_DEMO_LOCK = 7_201_041;

export async function seedHarvestDemo(ctx: Ctx): Promise<{ quotas: number; transportPermits: number }> {
  return inTransaction(ctx, async (tx) => {
    await tx.db.execute(sql`select pg_advisory_xact_lock(${HARVEST_DEMO_LOCK})`);
    // Each year only into a year without quotas (the current year by the clock, and the next).
    const byYear = await seedDemoQuotaYears(tx);
    const quotas = Object.values(byYear).reduce((s, n) => s + n, 0);
    return { quotas, transportPermits: await seedDemoTransportPermits(tx) };
  });
}
