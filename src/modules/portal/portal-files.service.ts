// Uploads for articles: attachments (PDF, JPG, PNG) and cover images (JPG, PNG), checked by their
// content and size through the platform's files service. Staff read them back in the workbench;
// the public reads them only through a live article (site.routes.tsx).
import { requirePermission } from '../../platform/access/policy.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { checkUpload, findFiles, readFile, type StoredFile, saveFile } from '../../platform/files/index.ts';
import { requirePortalStaff } from './columns.service.ts';

export const PORTAL_UPLOAD_MAX_BYTES = 20 * 1024 * 1024;

export interface PortalUpload {
  kind: 'attachment' | 'cover';
  data: Buffer;
  fileName: string;
  truncated?: boolean;
}

export async function uploadPortalFile(ctx: Ctx, input: PortalUpload): Promise<StoredFile> {
  requirePermission(ctx.actor, 'portal:edit');
  const checked = checkUpload({
    field: 'file',
    label: input.kind === 'cover' ? '题图' : '附件',
    data: input.data,
    fileName: input.fileName,
    allowed: input.kind === 'cover' ? ['jpg', 'png'] : ['pdf', 'jpg', 'png'],
    maxBytes: input.kind === 'cover' ? 5 * 1024 * 1024 : PORTAL_UPLOAD_MAX_BYTES,
    truncated: input.truncated,
  });
  if ('error' in checked)
    throw new AppError('VALIDATION_FAILED', { message: checked.error.message, errors: [checked.error] });
  return inTransaction(ctx, async (tx) => {
    const file = await saveFile(tx, {
      upload: checked.ok,
      ownerAccountId: tx.actor.id,
      purpose: `portal.${input.kind}`,
    });
    await recordAudit(tx, {
      action: 'portal.file.upload',
      objectType: 'stored_file',
      objectId: file.id,
      detail: { name: file.fileName, size: file.sizeBytes, kind: input.kind },
    });
    return file;
  });
}

/** A portal file for staff (the editor's preview). */
export async function readPortalFile(ctx: Ctx, id: string): Promise<{ file: StoredFile; data: Buffer }> {
  requirePortalStaff(ctx);
  const [meta] = await findFiles(ctx, [id]);
  if (!meta?.purpose.startsWith('portal.'))
    throw new AppError('FILE_NOT_FOUND', { status: 404, message: '文件不存在' });
  return readFile(ctx, id);
}
