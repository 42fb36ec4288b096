// Loading a case for a use case: by id, or under its row lock for a change (one change at a time
// per case), the item it was filed under (inactive items included: the case outlives them), and its
// materials and documents for the printable pages (the caller has checked the reader may see them).
import { holdCalendarForRead } from '../../platform/calendar/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import {
  type CaseRow,
  type DocumentRow,
  findCaseRow,
  findDocumentRow,
  listCaseMaterials,
  lockCaseRow,
  type MaterialRow,
} from './case.repository.ts';
import { getItem, type ItemRow } from './catalogue.service.ts';

export const caseNotFound = () => notFound('SERVICE_CASE_NOT_FOUND', '办件不存在');

export async function findCase(ctx: Ctx, id: string): Promise<CaseRow | undefined> {
  return findCaseRow(ctx.db, id);
}

/**
 * The case row under a row lock (inside a transaction): one change at a time per case. The calendar
 * is held for reading first, as every clock change holds it: a calendar edit (which locks the open
 * clocks, then their cases to copy the new dates) and a case change never wait on each other.
 */
export async function lockCase(tx: Ctx, id: string): Promise<CaseRow> {
  await holdCalendarForRead(tx);
  const row = await lockCaseRow(tx.db, id);
  if (!row) throw caseNotFound();
  return row;
}

export async function itemOf(tx: Ctx, row: CaseRow): Promise<ItemRow> {
  return getItem(tx, row.itemCode, { includeInactive: true });
}

/** The case's materials, the application's first, then each 补正 round's. */
export async function caseMaterials(ctx: Ctx, caseId: string): Promise<MaterialRow[]> {
  return listCaseMaterials(ctx.db, caseId);
}

/** A document (文书) by its id. */
export async function findDocument(ctx: Ctx, id: string): Promise<DocumentRow | undefined> {
  return findDocumentRow(ctx.db, id);
}
