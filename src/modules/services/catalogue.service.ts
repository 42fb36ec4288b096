// The catalogue of service items (办事事项): seeded from the reference data once, then kept by the
// acceptance centre. Public guides read it; applications take their form from it (or from the
// item's handler, which may replace the form).
import { asc, eq, inArray } from 'drizzle-orm';
import { requirePermission } from '../../platform/access/policy.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { CATALOGUE } from './catalogue/catalogue.data.ts';
import { definitionProblems, type FormDefinition } from './forms.ts';
import { itemHandler } from './item-handlers.ts';
import { serviceItems } from './services.table.ts';

export type ItemRow = typeof serviceItems.$inferSelect;

/**
 * Inserts the catalogue items the database does not have yet (the demo's 21 by default, or all
 * 25 current items); never overwrites an item staff have edited. Safe to run on every start.
 */
export async function ensureCatalogue(ctx: Ctx, options: { all?: boolean } = {}): Promise<number> {
  const wanted = CATALOGUE.filter((i) => options.all || i.demo);
  const existing = await ctx.db
    .select({ code: serviceItems.code })
    .from(serviceItems)
    .where(
      inArray(
        serviceItems.code,
        wanted.map((i) => i.code),
      ),
    );
  const have = new Set(existing.map((r) => r.code));
  const missing = wanted.filter((i) => !have.has(i.code));
  if (!missing.length) return 0;
  await ctx.db
    .insert(serviceItems)
    .values(
      missing.map(({ demo: _demo, ...i }) => ({
        ...i,
        active: true,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })),
    )
    .onConflictDoNothing();
  return missing.length;
}

/** The form an application of this item uses: the handler's when it has one. */
export function effectiveForm(item: Pick<ItemRow, 'code' | 'form'>): FormDefinition {
  return itemHandler(item.code)?.form ?? item.form;
}

export async function listItems(ctx: Ctx, options: { includeInactive?: boolean } = {}): Promise<ItemRow[]> {
  return ctx.db
    .select()
    .from(serviceItems)
    .where(options.includeInactive ? undefined : eq(serviceItems.active, true))
    .orderBy(asc(serviceItems.sort), asc(serviceItems.code));
}

export async function findItem(ctx: Ctx, code: string): Promise<ItemRow | undefined> {
  const [row] = await ctx.db.select().from(serviceItems).where(eq(serviceItems.code, code));
  return row;
}

export async function getItem(
  ctx: Ctx,
  code: string,
  options: { includeInactive?: boolean } = {},
): Promise<ItemRow> {
  const row = await findItem(ctx, code);
  if (!row || (!row.active && !options.includeInactive))
    throw notFound('SERVICE_ITEM_NOT_FOUND', '办事事项不存在');
  return row;
}

export interface ItemPatch {
  name?: string;
  kind?: ItemRow['kind'];
  conditions?: string;
  place?: string;
  hours?: string;
  phone?: string;
  procedure?: string[];
  promisedWorkdays?: number;
  topics?: string[];
  lifeEvents?: string[];
  form?: FormDefinition;
  active?: boolean;
}

/** The acceptance centre edits a guide or a form (configuration, not code). */
export async function updateItem(ctx: Ctx, code: string, patch: ItemPatch): Promise<ItemRow> {
  requirePermission(ctx.actor, 'services:items');
  if (patch.form) {
    const problems = definitionProblems(patch.form);
    if (problems.length)
      throw new AppError('VALIDATION_FAILED', {
        message: `表单定义有误：${problems.join('；')}`,
        errors: problems.map((message) => ({ field: 'form', message })),
      });
  }
  return inTransaction(ctx, async (tx) => {
    const before = await getItem(tx, code, { includeInactive: true });
    if (patch.promisedWorkdays !== undefined && patch.promisedWorkdays > before.statutoryWorkdays)
      throw new AppError('VALIDATION_FAILED', {
        message: `承诺时限不得超过法定时限 ${before.statutoryWorkdays} 个工作日`,
        errors: [
          {
            field: 'promisedWorkdays',
            message: `承诺时限不得超过法定时限 ${before.statutoryWorkdays} 个工作日`,
          },
        ],
      });
    const [row] = await tx.db
      .update(serviceItems)
      .set({ ...patch, updatedAt: tx.now, updatedBy: tx.actor.id })
      .where(eq(serviceItems.code, code))
      .returning();
    await recordAudit(tx, {
      action: 'services.item.update',
      objectType: 'service_item',
      objectId: code,
      detail: { fields: Object.keys(patch) },
    });
    return row;
  });
}
