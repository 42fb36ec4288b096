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
export const ARTICLE_IMAGE_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Where a body image is read (正文图片): one address for the editor, the preview and the public
 * page. The file is public only while a live article's body shows it (readArticleImage).
 * A sweeper of unreferenced uploads must count these references in article bodies.
 */
export const articleImageSrc = (fileId: string) => `/article-images/${fileId}`;

export type PortalUploadKind = 'attachment' | 'cover' | 'image';

const KIND_LABELS: Record<PortalUploadKind, string> = {
  attachment: '附件',
  cover: '题图',
  image: '正文图片',
};

export interface PortalUpload {
  kind: PortalUploadKind;
  data: Buffer;
  fileName: string;
  truncated?: boolean;
}

export async function uploadPortalFile(ctx: Ctx, input: PortalUpload): Promise<StoredFile> {
  requirePermission(ctx.actor, 'portal:edit');
  const checked = checkUpload({
    field: 'file',
    label: KIND_LABELS[input.kind],
    data: input.data,
    fileName: input.fileName,
    allowed: input.kind === 'attachment' ? ['pdf', 'jpg', 'png'] : ['jpg', 'png'],
    maxBytes: input.kind === 'attachment' ? PORTAL_UPLOAD_MAX_BYTES : ARTICLE_IMAGE_MAX_BYTES,
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
  if (!meta?.purpose.startsWith('portal.')) throw new AppError('FILE_NOT_FOUND', { message: '文件不存在' });
  return readFile(ctx, id);
}

/**
 * A body image (正文图片): staff of the portal read any; the public only one that a live article's
 * body shows (a file is public because a published page shows it, never because its id is known).
 */
export async function readArticleImage(
  ctx: Ctx,
  id: string,
  isLive: (fileId: string) => Promise<boolean>,
): Promise<{ file: StoredFile; data: Buffer; staff: boolean }> {
  let staff = false;
  try {
    requirePortalStaff(ctx);
    staff = true;
  } catch {
    if (!(await isLive(id))) throw new AppError('FILE_NOT_FOUND', { message: '文件不存在' });
  }
  const [meta] = await findFiles(ctx, [id]);
  if (!meta?.purpose.startsWith('portal.')) throw new AppError('FILE_NOT_FOUND', { message: '文件不存在' });
  return { ...(await readFile(ctx, id)), staff };
}
