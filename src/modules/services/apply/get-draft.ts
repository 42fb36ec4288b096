// 草稿: the signed-in applicant's saved draft of an item, values in clear.
import type { Ctx } from '../../../platform/context.ts';
import { findDraftRow } from '../applicant.repository.ts';
import { openValues } from '../case-values.ts';
import type { FormValues } from '../forms.ts';
import type { DraftFile } from '../services.table.ts';
import { requirePublicActor } from './applicant.ts';

/** The applicant's draft of an item, values in clear; null when none. */
export async function getDraft(
  ctx: Ctx,
  itemCode: string,
): Promise<{ values: FormValues; files: DraftFile[]; updatedAt: Date } | null> {
  requirePublicActor(ctx);
  const row = await findDraftRow(ctx.db, ctx.actor.id!, itemCode);
  return row ? { values: openValues(ctx, row.values), files: row.files, updatedAt: row.updatedAt } : null;
}
