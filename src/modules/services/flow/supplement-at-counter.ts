// 窗口补正: the counter records a supplement brought on paper; the clocks resume.
import { requirePermission } from '../../../platform/access/policy.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { failWith, materialField, type PaperMaterial } from '../apply/application-checks.ts';
import { type CaseRow, insertMaterial, nextMaterialRound } from '../case.repository.ts';
import { lockCase } from '../case-load.ts';
import { requireCaseState } from '../case-state.ts';
import { formForCase, getItem } from '../catalogue.service.ts';
import { requireCase } from '../services.policy.ts';
import { finishCompletion } from './finish-completion.ts';

/** The counter records a supplement brought on paper. */
export async function supplementAtCounter(
  ctx: Ctx,
  caseId: string,
  input: { note?: string; paper: PaperMaterial[]; at?: Date },
): Promise<CaseRow> {
  requirePermission(ctx.actor, 'services:counter');
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, caseId);
    requireCase(tx.actor, 'services:counter', row);
    requireCaseState(row, ['completion_requested'], '补正材料');
    const item = await getItem(tx, row.itemCode, { includeInactive: true });
    const def = await formForCase(tx, item, row);
    const round = await nextMaterialRound(tx.db, caseId);
    for (const p of input.paper) {
      const spec = def.materials.find((m) => m.code === p.specCode);
      if (!spec)
        throw failWith([
          { field: materialField(p.specCode), message: `${materialField(p.specCode)}：不是本事项的办理材料` },
        ]);
      await insertMaterial(tx.db, {
        caseId,
        specCode: p.specCode,
        specName: spec.name,
        source: 'paper',
        copies: p.copies,
        note: p.note ?? null,
        round,
        receivedBy: tx.actor.id,
        receivedAt: tx.now,
      });
    }
    return finishCompletion(tx, row, '窗口收取补正材料', input.note?.trim() || null, input.at);
  });
}
