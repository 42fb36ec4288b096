// Demo data loaded once (演示数据): each module's demo hook asks whether its data is wanted (its tables
// empty, what it builds on there), then loads it in one transaction under an advisory lock of its
// own and asks again inside it — several instances starting at once on one database: one loads, the
// others wait for its commit and find the data there.
import { sql } from 'drizzle-orm';
import { type Ctx, inTransaction } from './context.ts';

export interface DemoLoad {
  /** The module's advisory lock key (a number no other module uses). */
  lock: number;
  /** Whether to load now: the module's data absent and what it depends on present. */
  wanted(ctx: Ctx): Promise<boolean>;
  /** Writes the demo data (inside the transaction). */
  load(tx: Ctx): Promise<void>;
}

/** Loads the demo data when wanted; true when this call loaded it. */
export async function loadDemoOnce(ctx: Ctx, demo: DemoLoad): Promise<boolean> {
  if (!(await demo.wanted(ctx))) return false;
  return inTransaction(ctx, async (tx) => {
    await tx.db.execute(sql`select pg_advisory_xact_lock(${demo.lock})`);
    if (!(await demo.wanted(tx))) return false;
    await demo.load(tx);
    return true;
  });
}
