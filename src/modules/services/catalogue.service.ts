// The catalogue of service items (办事事项): seeded from the reference data once, then kept by the
// acceptance centre. Public guides read it; applications take their form from it (or from the
// item's handler, which may replace the form).
import { requirePermission } from '../../platform/access/policy.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../platform/context.ts';
import { referenceCache } from '../../platform/db/reference-cache.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { CATALOGUE } from './catalogue/catalogue.data.ts';
import {
  existingItemCodes,
  type FormVersionRow,
  fillNotCounted,
  findItemRow,
  formVersionAt,
  type ItemRow,
  insertFormVersion,
  insertItems,
  lastFormVersion,
  listFormVersionRows,
  listItemRows,
  lockItemRow,
  updateItemRow,
} from './catalogue.repository.ts';
import { type FormDefinition, formProblems } from './forms.ts';
import { indexGuide, indexGuides } from './guide-search.ts';
import { itemHandler } from './item-handlers.ts';

export type { FormVersionRow, ItemRow };

/**
 * Inserts the catalogue items the database does not have yet (the demo's 21 by default, or all
 * 25 current items); never overwrites an item staff have edited. Safe to run on every start.
 */
export async function ensureCatalogue(ctx: Ctx, options: { all?: boolean } = {}): Promise<number> {
  const wanted = CATALOGUE.filter((i) => options.all || i.demo);
  const have = await existingItemCodes(
    ctx.db,
    wanted.map((i) => i.code),
  );
  const missing = wanted.filter((i) => !have.has(i.code));
  // 第四十五条 lists came with migration 0040: items seeded before it get the catalogue's.
  let filled = false;
  for (const i of wanted.filter((w) => have.has(w.code) && w.notCounted.length))
    filled = (await fillNotCounted(ctx.db, i.code, i.notCounted)) || filled;
  if (filled) itemsByCode.forget(ctx);
  if (!missing.length) return 0;
  const inserted = await insertItems(
    ctx.db,
    missing.map(({ demo: _demo, ...i }) => ({ ...i, active: true, createdAt: ctx.now, updatedAt: ctx.now })),
  );
  await indexGuides(ctx, inserted);
  return missing.length;
}

/** The form an application of this item uses: the handler's when it has one. */
export function effectiveForm(item: Pick<ItemRow, 'code' | 'form'>): FormDefinition {
  return itemHandler(item.code)?.form ?? item.form;
}

/**
 * An item as staff see it (the guide, the form applications use, whether the form editor may change
 * it: not where a business module defines the form, e.g. 林木采伐许可).
 */
export function presentItem(item: ItemRow) {
  const { createdAt: _created, updatedBy: _by, ...guide } = item;
  return {
    ...guide,
    form: effectiveForm(item),
    updatedAt: item.updatedAt.toISOString(),
    formEditable: !itemHandler(item.code)?.form,
  };
}

export async function listItems(ctx: Ctx, options: { includeInactive?: boolean } = {}): Promise<ItemRow[]> {
  return listItemRows(ctx.db, options);
}

// Items by code, read on every guide page and application; updateItem and saveItemForm empty it.
// Freshness rules (another instance sees an edit within 3 s) in platform/db/reference-cache.ts.
const itemsByCode = referenceCache<ItemRow>({ name: 'service-items' });

export function findItem(ctx: Ctx, code: string): Promise<ItemRow | undefined> {
  return itemsByCode.readFound(ctx, code, () => findItemRow(ctx.db, code));
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

function refuseBadForm(form: FormDefinition): void {
  const problems = formProblems(form);
  if (problems.length)
    throw new AppError('VALIDATION_FAILED', {
      message: `表单定义有误：${problems.map((p) => p.message).join('；')}`,
      errors: problems,
    });
}

/** An item whose form is defined by its handler (code, e.g. 林木采伐许可) cannot be edited as data. */
function refuseHandlerForm(code: string): void {
  if (itemHandler(code)?.form)
    throw new AppError('ITEM_FORM_FIXED', {
      message: '该事项的申请表由业务模块定义（含审批规则与限额），不能在表单编辑器中修改',
    });
}

/**
 * Writes a new version of the item's form inside `tx` (the item row locked): the first edit also
 * records the form as it was (version 1, dated from the item's last change), so cases filed before
 * keep their form.
 */
async function writeFormVersion(tx: Ctx, before: ItemRow, form: FormDefinition, note: string) {
  let last = await lastFormVersion(tx.db, before.code);
  if (last === 0) {
    await insertFormVersion(tx.db, {
      itemCode: before.code,
      version: 1,
      form: before.form,
      note: '初始版本（首次修改前的表单）',
      savedAt: before.updatedAt < tx.now ? before.updatedAt : new Date(tx.now.getTime() - 1),
      savedBy: null,
      savedByName: '系统',
    });
    last = 1;
  }
  return insertFormVersion(tx.db, {
    itemCode: before.code,
    version: last + 1,
    form,
    note,
    savedAt: tx.now,
    savedBy: tx.actor.id,
    savedByName: tx.actor.displayName,
  });
}

async function lockItem(tx: Ctx, code: string): Promise<ItemRow> {
  const row = await lockItemRow(tx.db, code);
  if (!row) throw notFound('SERVICE_ITEM_NOT_FOUND', '办事事项不存在');
  return row;
}

/** The acceptance centre edits a guide or a form (configuration, not code). */
export async function updateItem(ctx: Ctx, code: string, patch: ItemPatch): Promise<ItemRow> {
  requirePermission(ctx.actor, 'services:items');
  if (patch.form) {
    refuseHandlerForm(code);
    refuseBadForm(patch.form);
  }
  return inTransaction(ctx, async (tx) => {
    itemsByCode.forget(tx);
    const before = await lockItem(tx, code);
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
    const version = patch.form ? await writeFormVersion(tx, before, patch.form, '随办事指南一并修改') : null;
    const row = await updateItemRow(tx.db, code, { ...patch, updatedAt: tx.now, updatedBy: tx.actor.id });
    await indexGuide(tx, row);
    await recordAudit(tx, {
      action: 'services.item.update',
      objectType: 'service_item',
      objectId: code,
      detail: { fields: Object.keys(patch), formVersion: version?.version ?? null },
    });
    return row;
  });
}

/**
 * 表单编辑器: saves an item's application form (fields and materials) as a new version. New
 * applications use it at once; cases already filed keep the version in force when they were filed.
 * Bad definitions are refused with every problem named, and nothing is saved.
 */
export async function saveItemForm(
  ctx: Ctx,
  code: string,
  input: { form: FormDefinition; note?: string },
): Promise<{ item: ItemRow; version: FormVersionRow }> {
  requirePermission(ctx.actor, 'services:items');
  refuseHandlerForm(code);
  refuseBadForm(input.form);
  const note = (input.note ?? '').trim();
  return inTransaction(ctx, async (tx) => {
    itemsByCode.forget(tx);
    const before = await lockItem(tx, code);
    const version = await writeFormVersion(tx, before, input.form, note);
    const item = await updateItemRow(tx.db, code, {
      form: input.form,
      updatedAt: tx.now,
      updatedBy: tx.actor.id,
    });
    await recordAudit(tx, {
      action: 'services.item.form.save',
      objectType: 'service_item',
      objectId: code,
      detail: {
        version: version.version,
        note,
        fields: input.form.sections.reduce((n, s) => n + s.fields.length, 0),
        materials: input.form.materials.length,
      },
    });
    return { item, version };
  });
}

/** The saved versions of an item's form, newest first (who, when, note; the form itself on request). */
export async function listFormVersions(ctx: Ctx, code: string): Promise<FormVersionRow[]> {
  requirePermission(ctx.actor, 'services:items');
  await getItem(ctx, code, { includeInactive: true });
  return listFormVersionRows(ctx.db, code);
}

/**
 * The form a case was filed with: the handler's form, else the version in force at submission (the
 * newest saved at or before it), else the item's current form (never edited since).
 */
export async function formForCase(
  ctx: Ctx,
  item: Pick<ItemRow, 'code' | 'form'>,
  row: { submittedAt: Date },
): Promise<FormDefinition> {
  const fixed = itemHandler(item.code)?.form;
  if (fixed) return fixed;
  return (await formVersionAt(ctx.db, item.code, row.submittedAt)) ?? item.form;
}
