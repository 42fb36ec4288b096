// Storing and reading uploaded files: checked by content, size-limited, written to the FileStore,
// recorded in stored_files. Callers authorize first and decide who may read a file back.
import crypto from 'node:crypto';
import { eq, inArray, type SQL } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { insertAll, insertRows } from '../db/bulk-insert.ts';
import { AppError, type FieldError, notFound } from '../errors.ts';
import { fileStoreFor } from './file-store.ts';
import { detectFormat, type FileFormat, FORMAT_INFO, sanitizeFileName } from './file-types.ts';
import { storedFiles } from './files.table.ts';

export type StoredFile = typeof storedFiles.$inferSelect;

export interface UploadCheck {
  /** The field the file came from, for the error message's field name. */
  field: string;
  /** What the file is in words, for messages: '办理材料「身份证明」'. */
  label: string;
  data: Buffer;
  fileName: string;
  allowed: readonly FileFormat[];
  maxBytes: number;
  /** Set when the upload was cut off at the transport's size limit. */
  truncated?: boolean;
}

export interface CheckedUpload {
  format: FileFormat;
  fileName: string;
  contentType: string;
  data: Buffer;
}

/** Checks one upload (content type by magic bytes, size); returns the error instead of throwing. */
export function checkUpload(u: UploadCheck): { ok: CheckedUpload } | { error: FieldError } {
  const mb = Math.round((u.maxBytes / 1_048_576) * 10) / 10;
  if (u.truncated || u.data.length > u.maxBytes)
    return { error: { field: u.field, message: `${u.label}：文件超过 ${mb} MB 的上限` } };
  if (u.data.length === 0) return { error: { field: u.field, message: `${u.label}：文件是空的` } };
  const format = detectFormat(u.data);
  const allowedText = u.allowed.map((f) => FORMAT_INFO[f].label).join('、');
  if (!format || !u.allowed.includes(format))
    return {
      error: {
        field: u.field,
        message: `${u.label}：文件内容不是允许的格式（${allowedText}），请勿只修改扩展名`,
      },
    };
  return {
    ok: {
      format,
      fileName: sanitizeFileName(u.fileName, format),
      contentType: FORMAT_INFO[format].contentType,
      data: u.data,
    },
  };
}

export interface FileToSave {
  upload: CheckedUpload;
  ownerAccountId: string | null;
  purpose: string;
  /** When it was received (defaults to ctx.now): a group commit saves files of several requests. */
  at?: Date;
}

/** Writes a checked upload to the store and records it, inside the caller's transaction. */
export async function saveFile(ctx: Ctx, input: FileToSave): Promise<StoredFile> {
  const [row] = await saveFiles(ctx, [input]);
  return row;
}

/** Several uploads at once: written to the store side by side, recorded in one statement, in order. */
export async function saveFiles(ctx: Ctx, inputs: FileToSave[]): Promise<StoredFile[]> {
  const rows = await storeFiles(ctx, inputs);
  // Every column is given (no defaults): the rows as written are the rows as stored.
  await insertAll(ctx.db, storedFiles, rows);
  return rows;
}

/**
 * The first half of saveFiles: the bytes written to the store, the rows made but not yet recorded.
 * For a caller that records them later in a transaction of its own making (a group commit), so that
 * the transaction does not wait on the disk. Files never recorded are unreferenced.
 */
export async function storeFiles(ctx: Ctx, inputs: FileToSave[]): Promise<StoredFile[]> {
  if (inputs.length === 0) return [];
  const store = fileStoreFor(ctx.deps.config.DATA_DIR);
  const rows = inputs.map((input) => {
    const id = crypto.randomUUID();
    const at = input.at ?? ctx.now;
    const month = at.toISOString().slice(0, 7).replace('-', '/');
    return {
      id,
      driver: store.driver,
      storageKey: `${input.purpose.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}/${month}/${id}`,
      fileName: input.upload.fileName,
      contentType: input.upload.contentType,
      sizeBytes: input.upload.data.length,
      sha256: crypto.createHash('sha256').update(input.upload.data).digest('hex'),
      ownerAccountId: input.ownerAccountId,
      purpose: input.purpose,
      createdAt: at,
    };
  });
  await Promise.all(rows.map((r, i) => store.put(r.storageKey, inputs[i].upload.data)));
  return rows;
}

/** The second half: the statement that records stored files, for the caller to run inside its own. */
export function filesInsert(rows: StoredFile[]): SQL {
  return insertRows(storedFiles, rows);
}

export async function findFiles(ctx: Ctx, ids: string[]): Promise<StoredFile[]> {
  return ids.length ? ctx.db.select().from(storedFiles).where(inArray(storedFiles.id, ids)) : [];
}

/** A file's record and bytes; 404 FILE_NOT_FOUND. The caller has checked the reader may see it. */
export async function readFile(ctx: Ctx, id: string): Promise<{ file: StoredFile; data: Buffer }> {
  const [file] = await ctx.db.select().from(storedFiles).where(eq(storedFiles.id, id));
  if (!file) throw notFound('FILE_NOT_FOUND', '文件不存在');
  try {
    return { file, data: await fileStoreFor(ctx.deps.config.DATA_DIR).get(file.storageKey) };
  } catch {
    throw new AppError('FILE_MISSING', { message: '文件内容已不在存储中' });
  }
}

/** The Content-Disposition value for a download, with the Chinese name encoded (RFC 6266/5987). */
export function contentDisposition(fileName: string, inline = false): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
