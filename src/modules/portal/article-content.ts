// An article's content as editors send it, checked and normalized: the body sanitized, its plain
// text derived, attachments and cover checked against the uploaded files, the origin complete.
import { isValidDay } from '../../platform/calendar/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, type FieldError } from '../../platform/errors.ts';
import { findFiles } from '../../platform/files/index.ts';
import type { ArticleOrigin, AttachmentRef } from './portal.table.ts';
import { htmlToText, sanitizeBody } from './sanitize.ts';

export interface ContentInput {
  title: string;
  subtitle?: string | null;
  source?: string | null;
  author?: string | null;
  date?: string | null;
  bodyHtml: string;
  summary?: string | null;
  coverFileId?: string | null;
  attachments?: Array<{ fileId: string; title?: string | null }>;
  tags?: string[];
  origin?: ArticleOrigin;
  originName?: string | null;
  originUrl?: string | null;
}

export interface Content {
  title: string;
  subtitle: string | null;
  source: string | null;
  author: string | null;
  date: string | null;
  bodyHtml: string;
  bodyText: string;
  summary: string | null;
  coverFileId: string | null;
  attachments: AttachmentRef[];
  tags: string[];
  origin: ArticleOrigin;
  originName: string | null;
  originUrl: string | null;
}

export const CONTENT_KEYS = [
  'title',
  'subtitle',
  'source',
  'author',
  'date',
  'bodyHtml',
  'bodyText',
  'summary',
  'coverFileId',
  'attachments',
  'tags',
  'origin',
  'originName',
  'originUrl',
] as const satisfies ReadonlyArray<keyof Content>;

export const CONTENT_LABELS: Record<(typeof CONTENT_KEYS)[number], string> = {
  title: '标题',
  subtitle: '副标题',
  source: '来源',
  author: '作者',
  date: '日期',
  bodyHtml: '正文',
  bodyText: '正文文字',
  summary: '摘要',
  coverFileId: '题图',
  attachments: '附件',
  tags: '标签',
  origin: '稿件来源类型',
  originName: '出处名称',
  originUrl: '原文地址',
};

export const ORIGIN_LABELS: Record<ArticleOrigin, string> = {
  original: '原创',
  shared: '网刊共享',
  reposted: '转载',
};

const MAX_BODY = 400_000;
const text = (s: string | null | undefined) => s?.trim() || null;

/** Pure checks and normalization (no database): the article's fields as stored. */
export function normalizeContent(input: ContentInput): {
  content: Omit<Content, 'attachments'>;
  errors: FieldError[];
} {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });
  const title = input.title.replace(/\s+/g, ' ').trim();
  if (!title) add('title', '标题不能为空');
  else if (title.length > 200) add('title', '标题最多 200 个字');
  const subtitle = text(input.subtitle);
  if (subtitle && subtitle.length > 200) add('subtitle', '副标题最多 200 个字');
  const source = text(input.source);
  if (source && source.length > 100) add('source', '来源最多 100 个字');
  const author = text(input.author);
  if (author && author.length > 100) add('author', '作者最多 100 个字');
  const date = text(input.date);
  if (date && !isValidDay(date)) add('date', '日期应为有效日期（YYYY-MM-DD）');
  if (input.bodyHtml.length > MAX_BODY) add('bodyHtml', '正文过长（最多约 40 万字符）');
  const bodyHtml = sanitizeBody(input.bodyHtml);
  const bodyText = htmlToText(bodyHtml);
  const summary = text(input.summary);
  if (summary && summary.length > 300) add('summary', '摘要最多 300 个字');
  const tags = [...new Set((input.tags ?? []).map((t) => t.trim()).filter(Boolean))];
  if (tags.length > 10) add('tags', '标签最多 10 个');
  if (tags.some((t) => t.length > 20)) add('tags', '每个标签最多 20 个字');
  const origin = input.origin ?? 'original';
  let originName = text(input.originName);
  let originUrl = text(input.originUrl);
  if (origin === 'reposted') {
    // 转载: the source's name and the address it was taken from, both shown with the article.
    if (!originName) add('originName', '转载稿件须填写出处名称');
    if (!originUrl) add('originUrl', '转载稿件须填写原文地址');
    else if (!/^https?:\/\/[^\s]+$/i.test(originUrl) || originUrl.length > 1000)
      add('originUrl', '原文地址应以 http:// 或 https:// 开头');
  } else if (origin === 'shared') {
    // 网刊共享: the internal publication and issue (e.g. 《河南林业信息》2026年第5期).
    if (!originName) add('originName', '网刊共享稿件须填写刊物名称与期号');
    originUrl = null;
  } else {
    originName = null;
    originUrl = null;
  }
  if (originName && originName.length > 100) add('originName', '出处名称最多 100 个字');
  return {
    content: {
      title,
      subtitle,
      source,
      author,
      date,
      bodyHtml,
      bodyText,
      summary,
      coverFileId: input.coverFileId ?? null,
      tags,
      origin,
      originName,
      originUrl,
    },
    errors,
  };
}

const ATTACHMENT_PURPOSE = 'portal.attachment';
const COVER_PURPOSE = 'portal.cover';
export const PORTAL_FILE_PURPOSES = [ATTACHMENT_PURPOSE, COVER_PURPOSE] as const;

/** Normalizes the content and checks the files it refers to; throws VALIDATION_FAILED listing every problem. */
export async function checkContent(ctx: Ctx, input: ContentInput): Promise<Content> {
  const { content, errors } = normalizeContent(input);
  const wanted = input.attachments ?? [];
  if (wanted.length > 20) errors.push({ field: 'attachments', message: '附件最多 20 个' });
  const ids = [
    ...new Set([...wanted.map((a) => a.fileId), ...(content.coverFileId ? [content.coverFileId] : [])]),
  ];
  const files = new Map((await findFiles(ctx, ids)).map((f) => [f.id, f]));
  const attachments: AttachmentRef[] = [];
  for (const [i, a] of wanted.entries()) {
    const f = files.get(a.fileId);
    if (!f?.purpose.startsWith('portal.')) {
      errors.push({ field: `attachments/${i}`, message: `第 ${i + 1} 个附件不存在，请重新上传` });
      continue;
    }
    const title = a.title?.trim() || f.fileName;
    if (title.length > 100)
      errors.push({ field: `attachments/${i}`, message: `第 ${i + 1} 个附件的名称最多 100 个字` });
    attachments.push({ fileId: f.id, title, size: f.sizeBytes, mime: f.contentType });
  }
  if (content.coverFileId) {
    const f = files.get(content.coverFileId);
    if (!f?.purpose.startsWith('portal.') || !f.contentType.startsWith('image/'))
      errors.push({ field: 'coverFileId', message: '题图不存在或不是图片，请重新上传' });
  }
  if (errors.length)
    throw new AppError('VALIDATION_FAILED', { message: errors.map((e) => e.message).join('；'), errors });
  return { ...content, attachments };
}

/** Whether two contents are the same (a save without changes makes no new edition). */
export function sameContent(a: Content, b: Content): boolean {
  return CONTENT_KEYS.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

export function contentOf(row: Content): Content {
  return Object.fromEntries(CONTENT_KEYS.map((k) => [k, row[k]])) as unknown as Content;
}
