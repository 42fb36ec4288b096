// 网上补正: the applicant supplements their own case online (files and a note); the clocks resume.
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { saveFile } from '../../../platform/files/index.ts';
import { requirePublicActor } from '../apply/applicant.ts';
import { checkUploads, failWith, type UploadInput } from '../apply/application-checks.ts';
import { type CaseRow, insertMaterial, nextMaterialRound } from '../case.repository.ts';
import { lockCase } from '../case-load.ts';
import { requireCaseState } from '../case-state.ts';
import { formForCase, getItem } from '../catalogue.service.ts';
import { finishCompletion } from './finish-completion.ts';

/** The applicant supplements online (files and a note); the clocks resume. */
export async function supplementOnline(
  ctx: Ctx,
  caseId: string,
  input: { note?: string; uploads: UploadInput[] },
): Promise<CaseRow> {
  requirePublicActor(ctx);
  const preview = await inTransaction(ctx, (tx) => lockCase(tx, caseId));
  if (preview.applicantAccountId !== ctx.actor.id)
    throw new AppError('FORBIDDEN', { message: '只能补正本人的办件' });
  const item = await getItem(ctx, preview.itemCode, { includeInactive: true });
  const def = await formForCase(ctx, item, preview);
  const { checked, errors } = await checkUploads(ctx, def, input.uploads);
  if (!checked.length && !errors.length && !input.note?.trim())
    errors.push({ field: 'note', message: '补正说明：请上传补正材料或填写说明' });
  if ((input.note?.length ?? 0) > 1000) errors.push({ field: 'note', message: '补正说明：最多 1000 字' });
  if (errors.length) throw failWith(errors);
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, caseId);
    requireCaseState(row, ['completion_requested'], '补正材料');
    const round = await nextMaterialRound(tx.db, caseId);
    for (const c of checked) {
      const file = await saveFile(tx, {
        upload: c.upload,
        ownerAccountId: tx.actor.id,
        purpose: 'services.material',
      });
      await insertMaterial(tx.db, {
        caseId,
        specCode: c.specCode,
        specName: def.materials.find((m) => m.code === c.specCode)?.name ?? c.specCode,
        source: 'online',
        fileId: file.id,
        fileName: file.fileName,
        contentType: file.contentType,
        sizeBytes: file.sizeBytes,
        round,
        receivedAt: tx.now,
      });
    }
    return finishCompletion(tx, row, '申请人网上补正材料', input.note?.trim() || null);
  });
}
