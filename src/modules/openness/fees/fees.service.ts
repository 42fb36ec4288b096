// Use cases of the fee items (行政事业性收费, issue 17 Must 4): the office keeps each item's basis,
// standard, collecting body and status; an abolished item stays listed with the document that
// abolished it. An item is verified (已核实) only when its facts were checked against the documents:
// marking it so demands the basis, the standard of an item in force and the abolishing document of
// an abolished one. The public reads verified items only; staff see every item, with what is still
// to be checked (待核实).
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { isValidDay } from '../../../platform/calendar/china-date.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { AppError, type FieldError } from '../../../platform/errors.ts';
import { opennessError } from '../openness.errors.ts';
import { FEE_STATUSES, type FeeStatus } from '../openness.table.ts';
import {
  type FeeItemRow,
  findFeeItemByCode,
  findFeeItemForUpdate,
  insertFeeItem,
  listFeeItemRows,
  updateFeeItemRow,
} from './fees.repository.ts';

export const FEE_STATUS_LABELS: Record<FeeStatus, string> = { in_force: '现行征收', abolished: '已取消' };

/** What the public reads of a verified item: no staff note, no verification flag. */
export interface PublicFeeItem {
  id: string;
  code: string;
  name: string;
  kind: string;
  basis: string[];
  standard: string;
  collector: string;
  status: FeeStatus;
  statusLabel: string;
  abolishedOn: string | null;
  abolishedBy: string;
}

export interface FeeItemView extends PublicFeeItem {
  verified: boolean;
  verifyNote: string;
  sort: number;
  updatedAt: string;
}

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function publicView(r: FeeItemRow): PublicFeeItem {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    basis: lines(r.basis),
    standard: r.standard,
    collector: r.collector,
    status: r.status,
    statusLabel: FEE_STATUS_LABELS[r.status],
    abolishedOn: r.abolishedOn,
    abolishedBy: r.abolishedBy,
  };
}

const staffView = (r: FeeItemRow): FeeItemView => ({
  ...publicView(r),
  verified: r.verified,
  verifyNote: r.verifyNote,
  sort: r.sort,
  updatedAt: r.updatedAt.toISOString(),
});

/** Every item with its verification state (the workbench). */
export async function listFeeItems(ctx: Ctx): Promise<FeeItemView[]> {
  requirePermission(ctx.actor, 'openness:read');
  return (await listFeeItemRows(ctx.db)).map(staffView);
}

/** The public page: verified items only, and how many are still being checked. */
export async function listPublicFeeItems(ctx: Ctx): Promise<{ items: PublicFeeItem[]; pending: number }> {
  const all = await listFeeItemRows(ctx.db);
  const items = all.filter((r) => r.verified).map(publicView);
  return { items, pending: all.length - items.length };
}

export interface FeeItemInput {
  code?: string;
  name?: string;
  kind?: string;
  basis?: string;
  standard?: string;
  collector?: string;
  status?: string;
  abolishedOn?: string | null;
  abolishedBy?: string;
  verified?: boolean;
  verifyNote?: string;
  sort?: number;
}

type Checked = Omit<FeeItemRow, 'id' | 'createdAt' | 'updatedAt'>;

const CODE = /^[A-Z][A-Z0-9]{0,9}-\d{2,4}$/;

/** The whole item as it would be saved, or every field that is wrong. */
function checkFeeItem(v: FeeItemInput): Checked {
  const errors: FieldError[] = [];
  const str = (s: string | undefined | null) => (s ?? '').trim();
  const code = str(v.code);
  if (!code) errors.push({ field: 'code', message: '项目编号：请填写' });
  else if (!CODE.test(code))
    errors.push({ field: 'code', message: '项目编号：如 FEE-01（大写字母、连字符和数字）' });
  const name = str(v.name);
  if (!name) errors.push({ field: 'name', message: '收费项目名称：请填写' });
  else if (name.length > 60) errors.push({ field: 'name', message: '收费项目名称：最多 60 个字' });
  const kind = str(v.kind);
  if (!kind) errors.push({ field: 'kind', message: '收费类别：请填写，如 行政事业性收费、政府性基金' });
  else if (kind.length > 30) errors.push({ field: 'kind', message: '收费类别：最多 30 个字' });
  const basis = lines(v.basis ?? '').join('\n');
  if (basis.length > 2000) errors.push({ field: 'basis', message: '收费依据：最多 2000 个字' });
  const standard = str(v.standard);
  if (standard.length > 2000) errors.push({ field: 'standard', message: '收费标准：最多 2000 个字' });
  const collector = str(v.collector);
  if (!collector) errors.push({ field: 'collector', message: '执收单位：请填写' });
  else if (collector.length > 100) errors.push({ field: 'collector', message: '执收单位：最多 100 个字' });
  const status = FEE_STATUSES.find((s) => s === v.status);
  if (!status) errors.push({ field: 'status', message: '状态：请选择“现行征收”或“已取消”' });
  const abolished = status === 'abolished';
  const abolishedOn = abolished ? str(v.abolishedOn) || null : null;
  if (abolishedOn && !isValidDay(abolishedOn))
    errors.push({ field: 'abolishedOn', message: '取消日期：应为有效日期，如 2016-02-01' });
  const abolishedBy = abolished ? str(v.abolishedBy) : '';
  if (abolishedBy.length > 300) errors.push({ field: 'abolishedBy', message: '取消文件：最多 300 个字' });
  const verified = v.verified === true;
  const verifyNote = str(v.verifyNote);
  if (verifyNote.length > 500) errors.push({ field: 'verifyNote', message: '核实情况：最多 500 个字' });
  if (verified) {
    // What the public will read as fact must be complete.
    if (!basis) errors.push({ field: 'basis', message: '收费依据：标为已核实的项目须写明收费依据' });
    if (status === 'in_force' && !standard)
      errors.push({ field: 'standard', message: '收费标准：标为已核实的现行项目须写明收费标准' });
    if (abolished && !abolishedBy)
      errors.push({
        field: 'abolishedBy',
        message: '取消文件：标为已核实的已取消项目须写明取消（停征）文件',
      });
    if (abolished && !abolishedOn)
      errors.push({ field: 'abolishedOn', message: '取消日期：标为已核实的已取消项目须写明取消日期' });
  } else if (!verifyNote)
    errors.push({ field: 'verifyNote', message: '核实情况：未核实的项目请写明哪些内容待核实' });
  if (errors.length)
    throw new AppError('VALIDATION_FAILED', { message: errors.map((e) => e.message).join('；'), errors });
  return {
    code,
    name,
    kind,
    basis,
    standard,
    collector,
    status: status!,
    abolishedOn,
    abolishedBy,
    verified,
    verifyNote,
    sort: v.sort ?? 0,
  };
}

/** 新增收费项目. */
export async function createFeeItem(ctx: Ctx, input: FeeItemInput): Promise<FeeItemView> {
  requirePermission(ctx.actor, 'openness:fees');
  const item = checkFeeItem(input);
  return inTransaction(ctx, async (tx) => {
    if (await findFeeItemByCode(tx.db, item.code)) throw opennessError('OPENNESS_FEE_CODE_TAKEN');
    const row = await insertFeeItem(tx.db, { ...item, createdAt: tx.now, updatedAt: tx.now });
    await recordAudit(tx, {
      action: 'openness.fee.create',
      objectType: 'openness_fee_item',
      objectId: row.id,
      detail: { code: row.code, name: row.name, status: row.status, verified: row.verified },
    });
    return staffView(row);
  });
}

/** 修改收费项目: the fields given replace the item's; the whole item is checked again. */
export async function updateFeeItem(ctx: Ctx, id: string, input: FeeItemInput): Promise<FeeItemView> {
  requirePermission(ctx.actor, 'openness:fees');
  return inTransaction(ctx, async (tx) => {
    const before = UUID.test(id) ? await findFeeItemForUpdate(tx.db, id) : undefined;
    if (!before) throw opennessError('OPENNESS_FEE_NOT_FOUND');
    const item = checkFeeItem({ ...before, ...definedOnly(input) });
    if (item.code !== before.code && (await findFeeItemByCode(tx.db, item.code)))
      throw opennessError('OPENNESS_FEE_CODE_TAKEN');
    const row = await updateFeeItemRow(tx.db, id, { ...item, updatedAt: tx.now });
    const changed = (Object.keys(item) as (keyof Checked)[]).filter((k) => before[k] !== row[k]);
    await recordAudit(tx, {
      action: 'openness.fee.update',
      objectType: 'openness_fee_item',
      objectId: id,
      detail: {
        changed,
        before: Object.fromEntries(changed.map((k) => [k, before[k]])),
        after: Object.fromEntries(changed.map((k) => [k, row[k]])),
      },
    });
    return staffView(row);
  });
}

function definedOnly(input: FeeItemInput): FeeItemInput {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
