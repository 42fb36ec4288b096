// 导入 Word 文档: a .docx becomes article body HTML (mammoth), its pictures stored as article images
// through the files service, the result cleaned by the same allow-list as every save. Headings,
// lists and tables are kept; Word's fonts, colours and spacing are not (the site's stylesheet
// sets them). Nothing is saved to the article: the editor shows the result for the author to check.
import mammoth from 'mammoth';
import { requirePermission } from '../../platform/access/policy.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { checkUpload, saveFile } from '../../platform/files/index.ts';
import { ARTICLE_IMAGE_MAX_BYTES, articleImageSrc } from './portal-files.service.ts';
import { sanitizeBody } from './sanitize.ts';

export const DOCX_MAX_BYTES = 20 * 1024 * 1024;
/** What the parts of a .docx may unpack to, together: a larger archive is a zip bomb, not a document. */
const DOCX_MAX_UNPACKED = 200 * 1024 * 1024;
const MAX_IMAGES = 100;

// Word's built-in styles keep their English names inside the file whatever the interface language;
// WPS writes the Chinese ones. The page has the one <h1>, so Word's 标题 1 is the body's <h2>.
const STYLE_MAP = [
  "p[style-name='Title'] => h2:fresh",
  "p[style-name='标题'] => h2:fresh",
  "p[style-name='Subtitle'] => h3:fresh",
  "p[style-name='副标题'] => h3:fresh",
  "p[style-name='Heading 1'] => h2:fresh",
  "p[style-name='Heading 2'] => h3:fresh",
  "p[style-name='Heading 3'] => h4:fresh",
  "p[style-name='Heading 4'] => h5:fresh",
  "p[style-name='标题 1'] => h2:fresh",
  "p[style-name='标题 2'] => h3:fresh",
  "p[style-name='标题 3'] => h4:fresh",
  "p[style-name='标题 4'] => h5:fresh",
  "r[style-name='Strong'] => strong",
  "p[style-name='Quote'] => blockquote:fresh",
];

export interface DocxImport {
  bodyHtml: string;
  /** Pictures stored as article images. */
  images: number;
  /** What could not be brought over, in words for the author. */
  notes: string[];
}

const invalid = (message: string) =>
  new AppError('VALIDATION_FAILED', { message, errors: [{ field: 'file', message }] });

/**
 * The archive's total unpacked size from its central directory, or null when it is no ZIP file
 * (or one this reader does not follow: ZIP64, a damaged directory).
 */
export function unpackedSize(data: Buffer): number | null {
  const EOCD = 0x06054b50;
  const from = Math.max(0, data.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = data.length - 22; i >= from; i--)
    if (data.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) return null;
  const count = data.readUInt16LE(eocd + 10);
  let at = data.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50) return null;
    const size = data.readUInt32LE(at + 24);
    if (size === 0xffffffff) return null;
    total += size;
    at += 46 + data.readUInt16LE(at + 28) + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  return total;
}

export async function importDocx(
  ctx: Ctx,
  input: { data: Buffer; fileName: string; truncated?: boolean },
): Promise<DocxImport> {
  requirePermission(ctx.actor, 'portal:edit');
  if (input.truncated || input.data.length > DOCX_MAX_BYTES)
    throw invalid(`Word 文档：文件超过 ${DOCX_MAX_BYTES / 1_048_576} MB 的上限`);
  if (input.data.length === 0) throw invalid('Word 文档：文件是空的');
  const isZip = input.data.length > 4 && input.data.readUInt32LE(0) === 0x04034b50;
  const unpacked = isZip ? unpackedSize(input.data) : null;
  if (unpacked === null)
    throw invalid('Word 文档：文件不是 .docx 格式（旧的 .doc 请先在 Word 或 WPS 中另存为 .docx）');
  if (unpacked > DOCX_MAX_UNPACKED) throw invalid('Word 文档：文件解压后过大，无法导入');

  return inTransaction(ctx, async (tx) => {
    let images = 0;
    let skipped = 0;
    const convertImage = mammoth.images.imgElement(async (image) => {
      const data = await image.readAsBuffer();
      const alt = (image as unknown as { altText?: string }).altText?.trim() ?? '';
      const checked = checkUpload({
        field: 'file',
        label: '文档中的图片',
        data,
        fileName: `${input.fileName.replace(/\.docx$/i, '')}-图${images + 1}`,
        allowed: ['jpg', 'png'],
        maxBytes: ARTICLE_IMAGE_MAX_BYTES,
      });
      if ('error' in checked || images >= MAX_IMAGES) {
        skipped++;
        return { src: '' };
      }
      const file = await saveFile(tx, {
        upload: checked.ok,
        ownerAccountId: tx.actor.id,
        purpose: 'portal.image',
      });
      images++;
      return { src: articleImageSrc(file.id), ...(alt ? { alt } : {}) };
    });
    let converted: { value: string; messages: Array<{ type: string; message: string }> };
    try {
      converted = await mammoth.convertToHtml(
        { buffer: input.data },
        { styleMap: STYLE_MAP, convertImage, ignoreEmptyParagraphs: true, externalFileAccess: false },
      );
    } catch {
      throw invalid('Word 文档：文件已损坏或不是 Word 文档，无法读取');
    }
    const bodyHtml = sanitizeBody(converted.value);
    const notes: string[] = [];
    if (skipped)
      notes.push(
        `${skipped} 张图片未能导入（只支持 JPG、PNG，每张 ${ARTICLE_IMAGE_MAX_BYTES / 1_048_576} MB 以内），请另存为图片后用“插入图片”上传`,
      );
    const styles = converted.messages.filter((m) => /unrecognised (paragraph|run) style/i.test(m.message));
    if (styles.length) notes.push(`${styles.length} 种自定义样式按正文处理（字体、颜色、字号不带入）`);
    if (!bodyHtml) notes.push('文档中没有可导入的文字');
    await recordAudit(tx, {
      action: 'portal.docx.import',
      objectType: 'docx',
      objectId: null,
      detail: { name: input.fileName.slice(0, 120), size: input.data.length, images, skipped },
    });
    return { bodyHtml, images, notes };
  });
}
