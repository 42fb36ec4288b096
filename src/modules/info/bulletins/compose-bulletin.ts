// The bulletin composer (信息专报): the office gathers adopted items into an issue, orders and edits
// them (the printed text beside the item's own), sets the distribution (报/送), and issues it: the
// issue takes its number (2026年第N期, the kernel's gap-free numbering, per year) and every item
// in it not yet adopted at bulletin level is adopted there with the level's points — one
// transaction with the timeline events and the audit record.
import crypto from 'node:crypto';
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { defineSeries, takeNumber } from '../../../platform/documents/index.ts';
import { AppError, type FieldError, validationError } from '../../../platform/errors.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import { appendEvent } from '../../../platform/timeline/index.ts';
import { sanitizeBody } from '../../portal/index.ts';
import { DISTRIBUTION, listOf, PUBLICATION, SEND_TO } from '../info.settings.ts';
import type { ItemStatus } from '../info.table.ts';
import { STATUS_LABELS } from '../info.vocab.ts';
import { adoptionsOf } from '../items/items.repository.ts';
import { adoptLocked, pointsOfLevel } from '../items/review-item.ts';
import { ITEM_SUBJECT, mustLock } from '../items/submit-item.ts';
import {
  type BulletinRow,
  bulletinItems,
  insertBulletin,
  itemsByIds,
  lockBulletin,
  replaceBulletinItems,
  updateBulletin,
} from './bulletins.repository.ts';

export const BULLETIN_SUBJECT = 'info_bulletin';
export const BULLETIN_SERIES = defineSeries('info.bulletin', '{year}年第{serial}期');
const MAX_ITEMS = 30;
const COMPILABLE: readonly ItemStatus[] = ['submitted', 'reviewing', 'adopted'];

export interface ComposeInput {
  title?: string;
  itemIds?: string[];
}

function checkTitle(title: string | undefined): string {
  const t = (title ?? '').trim();
  if (t.length < 4) throw validationError('title', '请填写本期标题（至少 4 个字）');
  if (t.length > 80) throw validationError('title', '本期标题不超过 80 个字');
  return t;
}

async function checkItems(ctx: Ctx, ids: string[]) {
  const unique = [...new Set(ids)];
  if (!unique.length) throw validationError('itemIds', '请至少选择 1 条信息');
  if (unique.length > MAX_ITEMS) throw validationError('itemIds', `每期最多 ${MAX_ITEMS} 条信息`);
  const rows = await itemsByIds(ctx.db, unique);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const errors: FieldError[] = [];
  for (const id of unique) {
    const r = byId.get(id);
    if (!r) errors.push({ field: 'itemIds', message: '所选信息不存在' });
    else if (!COMPILABLE.includes(r.status))
      errors.push({
        field: 'itemIds',
        message: `「${r.title}」当前为「${STATUS_LABELS[r.status]}」，不能编入专报`,
      });
  }
  if (errors.length) throw new AppError('VALIDATION_FAILED', { message: errors[0].message, errors });
  return unique.map((id) => byId.get(id)!);
}

/** A new draft issue with these items, in this order, their text as the office last edited it. */
export async function createBulletin(ctx: Ctx, input: ComposeInput): Promise<BulletinRow> {
  requirePermission(ctx.actor, 'info:review');
  const title = checkTitle(input.title);
  const items = await checkItems(ctx, input.itemIds ?? []);
  const reportTo = listOf(await getSetting(ctx, DISTRIBUTION), /[；;]/);
  const sendTo = listOf(await getSetting(ctx, SEND_TO), /[；;]/);
  return inTransaction(ctx, async (tx) => {
    const id = crypto.randomUUID();
    const row = await insertBulletin(tx.db, {
      id,
      title,
      reportTo,
      sendTo,
      createdBy: tx.actor.id,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    await replaceBulletinItems(
      tx.db,
      id,
      items.map((it, i) => ({
        bulletinId: id,
        itemId: it.id,
        position: i + 1,
        title: it.title,
        body: it.editedBody ?? it.body,
      })),
    );
    await appendEvent(
      tx,
      { type: BULLETIN_SUBJECT, id },
      { kind: 'created', text: `编辑专报（${items.length} 条信息）` },
    );
    await recordAudit(tx, {
      action: 'info.bulletin.create',
      objectType: BULLETIN_SUBJECT,
      objectId: id,
      detail: { title },
    });
    return row;
  });
}

export interface EditInput {
  title?: string;
  items?: Array<{ itemId: string; title?: string; body?: string }>;
  reportTo?: string[];
  sendTo?: string[];
}

/** Re-orders and edits a draft issue's items, its title and distribution. */
export async function editBulletin(ctx: Ctx, id: string, input: EditInput): Promise<BulletinRow> {
  requirePermission(ctx.actor, 'info:review');
  const title = checkTitle(input.title);
  const list = input.items ?? [];
  const items = await checkItems(
    ctx,
    list.map((x) => x.itemId),
  );
  const errors: FieldError[] = [];
  const texts = list.map((x, i) => {
    const t = (x.title ?? items[i].title).trim();
    const body = sanitizeBody(x.body ?? items[i].editedBody ?? items[i].body);
    if (!t) errors.push({ field: `items.${i}.title`, message: `第 ${i + 1} 条信息的标题不能为空` });
    if (t.length > 80)
      errors.push({ field: `items.${i}.title`, message: `第 ${i + 1} 条信息的标题不超过 80 个字` });
    if (!body) errors.push({ field: `items.${i}.body`, message: `第 ${i + 1} 条信息的正文不能为空` });
    return { title: t, body };
  });
  const clean = (xs: string[] | undefined, field: string) => {
    const out = (xs ?? []).map((x) => x.trim()).filter(Boolean);
    if (out.length > 30 || out.some((x) => x.length > 60))
      errors.push({ field, message: '报送、分送范围最多 30 项，每项不超过 60 个字' });
    return out;
  };
  const reportTo = clean(input.reportTo, 'reportTo');
  const sendTo = clean(input.sendTo, 'sendTo');
  if (!reportTo.length) errors.push({ field: 'reportTo', message: '请填写报送范围（“报：”）' });
  if (errors.length) throw new AppError('VALIDATION_FAILED', { message: errors[0].message, errors });
  return inTransaction(ctx, async (tx) => {
    const row = await mustLockBulletin(tx, id);
    if (row.status !== 'draft') throw new AppError('INFO_BULLETIN_ISSUED');
    await replaceBulletinItems(
      tx.db,
      id,
      items.map((it, i) => ({ bulletinId: id, itemId: it.id, position: i + 1, ...texts[i] })),
    );
    const updated = await updateBulletin(tx.db, id, { title, reportTo, sendTo, updatedAt: tx.now });
    await appendEvent(tx, { type: BULLETIN_SUBJECT, id }, { kind: 'edited', text: '修改专报' });
    await recordAudit(tx, { action: 'info.bulletin.edit', objectType: BULLETIN_SUBJECT, objectId: id });
    return updated;
  });
}

/** Issues a draft: its number, the bulletin-level adoptions and points, the items' timelines. */
export async function issueBulletin(ctx: Ctx, id: string): Promise<BulletinRow> {
  requirePermission(ctx.actor, 'info:review');
  const points = await pointsOfLevel(ctx, 'bulletin');
  const publication = await getSetting(ctx, PUBLICATION);
  return inTransaction(ctx, async (tx) => {
    const row = await mustLockBulletin(tx, id);
    if (row.status !== 'draft') throw new AppError('INFO_BULLETIN_ISSUED');
    const items = await bulletinItems(tx.db, id);
    if (!items.length) throw validationError('itemIds', '本期没有信息，不能印发');
    const taken = await takeNumber(tx, BULLETIN_SERIES);
    for (const it of items) {
      const item = await mustLock(tx, it.itemId);
      const note = `刊于《${publication}》${taken.number}`;
      if (!COMPILABLE.includes(item.status))
        throw validationError(
          'itemIds',
          `「${item.title}」当前为「${STATUS_LABELS[item.status]}」，不能编入专报`,
        );
      // Already adopted at bulletin level (an earlier issue, or by hand): the issue still carries it.
      if ((await adoptionsOf(tx.db, item.id)).some((a) => a.level === 'bulletin'))
        await appendEvent(tx, { type: ITEM_SUBJECT, id: item.id }, { kind: 'in_bulletin', text: note });
      else await adoptLocked(tx, item, { level: 'bulletin', points, note, edited: null });
    }
    const updated = await updateBulletin(tx.db, id, {
      status: 'issued',
      number: taken.number,
      year: taken.year,
      serial: taken.serial,
      issuedAt: tx.now,
      updatedAt: tx.now,
    });
    await appendEvent(tx, { type: BULLETIN_SUBJECT, id }, { kind: 'issued', text: `印发${taken.number}` });
    await recordAudit(tx, {
      action: 'info.bulletin.issue',
      objectType: BULLETIN_SUBJECT,
      objectId: id,
      detail: { number: taken.number, items: items.length },
    });
    return updated;
  });
}

export async function mustLockBulletin(ctx: Ctx, id: string): Promise<BulletinRow> {
  const row = await lockBulletin(ctx.db, id);
  if (!row) throw new AppError('INFO_BULLETIN_NOT_FOUND');
  return row;
}
