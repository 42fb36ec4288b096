// 草稿: saves what the applicant has typed (unvalidated: a draft may be half done) and any files
// (checked by type and size), one draft per applicant and item.
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { saveFile } from '../../../platform/files/index.ts';
import { findDraftRow, insertDraft, updateDraft } from '../applicant.repository.ts';
import { sealValues } from '../case-values.ts';
import { effectiveForm, getItem } from '../catalogue.service.ts';
import { normalizeForm } from '../forms.ts';
import type { DraftFile } from '../services.table.ts';
import { requirePublicActor } from './applicant.ts';
import { checkUploads, failWith, type UploadInput } from './application-checks.ts';

/** Saves what the applicant has typed (unvalidated) and any files (checked by type and size). */
export async function saveDraft(
  ctx: Ctx,
  input: {
    itemCode: string;
    values: Record<string, unknown>;
    uploads: UploadInput[];
    removeFileIds?: string[];
  },
): Promise<{ files: DraftFile[] }> {
  requirePublicActor(ctx);
  const item = await getItem(ctx, input.itemCode);
  const def = effectiveForm(item);
  const values = normalizeForm(def, input.values);
  const { checked, errors } = await checkUploads(ctx, def, input.uploads);
  if (errors.length) throw failWith(errors);
  return inTransaction(ctx, async (tx) => {
    const existing = await findDraftRow(tx.db, tx.actor.id!, item.code);
    const removed = new Set(input.removeFileIds ?? []);
    const files = (existing?.files ?? []).filter((f) => !removed.has(f.fileId));
    for (const c of checked) {
      const file = await saveFile(tx, {
        upload: c.upload,
        ownerAccountId: tx.actor.id,
        purpose: 'services.material',
      });
      files.push({
        specCode: c.specCode,
        fileId: file.id,
        fileName: file.fileName,
        contentType: file.contentType,
        sizeBytes: file.sizeBytes,
      });
    }
    const sealed = sealValues(tx, def, values);
    if (existing) await updateDraft(tx.db, existing.id, { values: sealed, files, updatedAt: tx.now });
    else
      await insertDraft(tx.db, {
        accountId: tx.actor.id!,
        itemCode: item.code,
        values: sealed,
        files,
        updatedAt: tx.now,
      });
    await recordAudit(tx, {
      action: 'services.draft.save',
      objectType: 'service_item',
      objectId: item.code,
      detail: { files: files.length },
    });
    return { files };
  });
}
