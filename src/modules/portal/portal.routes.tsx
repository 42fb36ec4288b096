// /api/portal/...: the workbench's API for columns, articles, review and publication. Thin routes:
// validate, one use case, present. The public pages are in site/site.routes.tsx.
import multipart from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.ts';
import { contentDisposition } from '../../platform/files/index.ts';
import { errorResponses, fileReply, htmlReply, IdParams, noStore } from '../../platform/http/route.ts';
import type { App } from '../../platform/module.ts';
import { renderPage } from '../../site/index.ts';
import { reindexSearch } from './article-index.ts';
import {
  createArticle,
  deleteArticle,
  diffEditions,
  getArticle,
  getArticlePreview,
  getEdition,
  listArticles,
  listReviewQueue,
  listScheduled,
  updateArticle,
} from './articles.service.ts';
import {
  addColumn,
  getColumn,
  listColumns,
  moveColumn,
  removeColumn,
  requirePortalStaff,
  updateColumn,
} from './columns.service.ts';
import { importDocx } from './docx-import.service.ts';
import {
  ArticleDetail,
  ArticleList,
  ArticlePatchBody,
  ArticlesQuery,
  ColumnPatchBody,
  ColumnView,
  CommentBody,
  DiffQuery,
  DiffView,
  EditionParams,
  EditionView,
  MoveColumnBody,
  NewArticleBody,
  NewColumnBody,
  PageQuery,
  PublishBody,
  ReviewBody,
  SanitizeBody,
  UnreviewedBody,
  UploadedFile,
  WithdrawBody,
} from './portal.schema.ts';
import { PORTAL_UPLOAD_MAX_BYTES, readPortalFile, uploadPortalFile } from './portal-files.service.ts';
import { htmlToText, sanitizeBody } from './sanitize.ts';
import { ArticleBody, PortalStyles } from './site/pages.tsx';
import {
  publishArticle,
  publishUnreviewed,
  reviewArticle,
  submitArticle,
  unpublishArticle,
  unscheduleArticle,
  withdrawArticle,
} from './workflow.service.ts';

const tags = ['门户网站'];
const article = { 200: ArticleDetail, ...errorResponses(400, 401, 403, 404, 409) };

/**
 * The one file of a multipart upload (field `file`), read whole. A file over the multipart limit
 * comes back empty and `truncated`, for the use case to refuse with its own message and limit.
 */
async function oneFile(
  app: App,
  request: FastifyRequest,
  missing: string,
): Promise<{ data: Buffer; fileName: string; truncated: boolean }> {
  if (!request.isMultipart())
    throw new AppError('BAD_REQUEST', { message: '请以 multipart/form-data 上传文件' });
  const part = await request.file();
  if (!part)
    throw new AppError('VALIDATION_FAILED', {
      message: '没有收到文件',
      errors: [{ field: 'file', message: missing }],
    });
  try {
    return { data: await part.toBuffer(), fileName: part.filename, truncated: false };
  } catch (err) {
    if (err instanceof app.multipartErrors.RequestFileTooLargeError)
      return { data: Buffer.alloc(0), fileName: part.filename, truncated: true };
    throw err;
  }
}

export async function registerPortalApi(app: App): Promise<void> {
  await app.register(multipart, { limits: { fileSize: PORTAL_UPLOAD_MAX_BYTES, files: 1, fields: 5 } });

  // ---- columns ----
  app.get(
    '/api/portal/columns',
    {
      schema: {
        tags,
        summary: '栏目树（扁平列表，按树的顺序）',
        response: { 200: Type.Object({ items: Type.Array(ColumnView) }), ...errorResponses(401, 403) },
      },
    },
    async (request) => ({ items: await listColumns(request.ctx()) }),
  );
  app.get(
    '/api/portal/columns/:id',
    {
      schema: {
        tags,
        summary: '栏目详情',
        params: IdParams,
        response: { 200: ColumnView, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => getColumn(request.ctx(), request.params.id),
  );
  app.post(
    '/api/portal/columns',
    {
      schema: {
        tags,
        summary: '新建栏目（最多三级）',
        body: NewColumnBody,
        response: { 201: ColumnView, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(await addColumn(request.ctx(), request.body)),
  );
  app.patch(
    '/api/portal/columns/:id',
    {
      schema: {
        tags,
        summary: '修改栏目',
        params: IdParams,
        body: ColumnPatchBody,
        response: { 200: ColumnView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updateColumn(request.ctx(), request.params.id, request.body),
  );
  app.post(
    '/api/portal/columns/:id/move',
    {
      schema: {
        tags,
        summary: '移动栏目（拖动排序或改变上级）',
        params: IdParams,
        body: MoveColumnBody,
        response: {
          200: Type.Object({ items: Type.Array(ColumnView) }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => ({ items: await moveColumn(request.ctx(), request.params.id, request.body) }),
  );
  app.delete(
    '/api/portal/columns/:id',
    {
      schema: {
        tags,
        summary: '删除栏目（无下级栏目且无稿件时）',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await removeColumn(request.ctx(), request.params.id);
      return reply.status(204).send(null);
    },
  );

  // ---- articles ----
  app.get(
    '/api/portal/articles',
    {
      schema: {
        tags,
        summary: '稿件列表（按数据范围）',
        querystring: ArticlesQuery,
        response: { 200: ArticleList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => listArticles(request.ctx(), request.query),
  );
  app.get(
    '/api/portal/articles/review-queue',
    {
      schema: {
        tags,
        summary: '待我审核的稿件',
        querystring: PageQuery,
        response: { 200: ArticleList, ...errorResponses(401, 403) },
      },
    },
    async (request) => listReviewQueue(request.ctx(), request.query),
  );
  app.get(
    '/api/portal/articles/scheduled',
    {
      schema: {
        tags,
        summary: '定时发布与定时下线的稿件',
        querystring: PageQuery,
        response: { 200: ArticleList, ...errorResponses(401, 403) },
      },
    },
    async (request) => listScheduled(request.ctx(), request.query),
  );
  app.get(
    '/api/portal/articles/:id',
    { schema: { tags, summary: '稿件详情（含版本与流转记录）', params: IdParams, response: article } },
    async (request) => getArticle(request.ctx(), request.params.id),
  );
  app.post(
    '/api/portal/articles',
    {
      schema: {
        tags,
        summary: '新建稿件（草稿）',
        body: NewArticleBody,
        response: { 201: ArticleDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => reply.status(201).send(await createArticle(request.ctx(), request.body)),
  );
  app.patch(
    '/api/portal/articles/:id',
    {
      schema: {
        tags,
        summary: '保存修改（内容有变化即生成新版本）',
        params: IdParams,
        body: ArticlePatchBody,
        response: article,
      },
    },
    async (request) => updateArticle(request.ctx(), request.params.id, request.body),
  );
  app.delete(
    '/api/portal/articles/:id',
    {
      schema: {
        tags,
        summary: '删除从未发布的稿件',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await deleteArticle(request.ctx(), request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/portal/articles/:id/submit',
    { schema: { tags, summary: '送审', params: IdParams, body: CommentBody, response: article } },
    async (request) => submitArticle(request.ctx(), request.params.id, request.body),
  );
  app.post(
    '/api/portal/articles/:id/review',
    {
      schema: {
        tags,
        summary: '审核（通过或退回修改）',
        params: IdParams,
        body: ReviewBody,
        response: article,
      },
    },
    async (request) => reviewArticle(request.ctx(), request.params.id, request.body),
  );
  app.post(
    '/api/portal/articles/:id/publish',
    {
      schema: {
        tags,
        summary: '发布（立即或定时，可设定时下线）',
        params: IdParams,
        body: PublishBody,
        response: article,
      },
    },
    async (request) => publishArticle(request.ctx(), request.params.id, request.body),
  );
  app.post(
    '/api/portal/articles/:id/publish-unreviewed',
    {
      schema: {
        tags,
        summary: '未经审核发布（须有授权并说明理由）',
        params: IdParams,
        body: UnreviewedBody,
        response: article,
      },
    },
    async (request) => publishUnreviewed(request.ctx(), request.params.id, request.body),
  );
  app.post(
    '/api/portal/articles/:id/unschedule',
    { schema: { tags, summary: '取消定时发布', params: IdParams, response: article } },
    async (request) => unscheduleArticle(request.ctx(), request.params.id),
  );
  app.post(
    '/api/portal/articles/:id/unpublish',
    { schema: { tags, summary: '下线', params: IdParams, body: CommentBody, response: article } },
    async (request) => unpublishArticle(request.ctx(), request.params.id, request.body),
  );
  app.post(
    '/api/portal/articles/:id/withdraw',
    {
      schema: {
        tags,
        summary: '撤回（网站上显示撤回说明）',
        params: IdParams,
        body: WithdrawBody,
        response: article,
      },
    },
    async (request) => withdrawArticle(request.ctx(), request.params.id, request.body),
  );
  app.get(
    '/api/portal/articles/:id/editions/:edition',
    {
      schema: {
        tags,
        summary: '稿件的某一版本',
        params: EditionParams,
        response: { 200: EditionView, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => getEdition(request.ctx(), request.params.id, request.params.edition),
  );
  app.get(
    '/api/portal/articles/:id/diff',
    {
      schema: {
        tags,
        summary: '两个版本的差异',
        params: IdParams,
        querystring: DiffQuery,
        response: { 200: DiffView, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => diffEditions(request.ctx(), request.params.id, request.query.from, request.query.to),
  );
  app.get(
    '/api/portal/articles/:id/preview',
    {
      schema: {
        tags,
        summary: '预览（按网站样式显示当前稿，HTML）',
        params: IdParams,
        response: { 200: htmlReply('预览页') },
      },
    },
    async (request, reply) => {
      const preview = await getArticlePreview(request.ctx(), request.params.id);
      noStore(reply);
      return renderPage(reply, {
        title: `预览：${preview.title}`,
        breadcrumb: [{ label: preview.columnName }, { label: '预览' }],
        canonicalPath: null,
        body: (
          <>
            <PortalStyles />
            <p className="notice-page">
              这是预览，尚未发布（第 {preview.edition} 版，{preview.statusLabel}）。
            </p>
            <ArticleBody article={preview} views={null} fileUrl={(fileId) => `/api/portal/files/${fileId}`} />
          </>
        ),
      });
    },
  );

  // ---- editor helpers ----
  app.post(
    '/api/portal/sanitize',
    {
      schema: {
        tags,
        summary: '按保存时的白名单清洗正文（编辑器实时预览用）',
        body: SanitizeBody,
        response: {
          200: Type.Object({ bodyHtml: Type.String(), bodyText: Type.String() }),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      requirePortalStaff(request.ctx());
      const bodyHtml = sanitizeBody(request.body.bodyHtml);
      return { bodyHtml, bodyText: htmlToText(bodyHtml) };
    },
  );
  app.post(
    '/api/portal/files',
    {
      schema: {
        tags,
        summary: '上传附件、题图或正文图片（multipart：file；kind=attachment|cover|image），按内容检查类型',
        consumes: ['multipart/form-data'],
        querystring: Type.Object(
          {
            kind: Type.Union([Type.Literal('attachment'), Type.Literal('cover'), Type.Literal('image')], {
              default: 'attachment',
            }),
          },
          { additionalProperties: false },
        ),
        response: { 201: UploadedFile, ...errorResponses(400, 401, 403, 413) },
      },
    },
    async (request, reply) => {
      const { data, fileName, truncated } = await oneFile(app, request, '请选择要上传的文件');
      const file = await uploadPortalFile(request.ctx(), {
        kind: request.query.kind,
        data,
        fileName,
        truncated,
      });
      return reply.status(201).send({
        fileId: file.id,
        fileName: file.fileName,
        size: file.sizeBytes,
        contentType: file.contentType,
      });
    },
  );
  app.post(
    '/api/portal/import-docx',
    {
      schema: {
        tags,
        summary: '导入 Word 文档（.docx，multipart：file）为正文：保留标题、列表、表格和图片，不保存稿件',
        consumes: ['multipart/form-data'],
        response: {
          200: Type.Object({
            bodyHtml: Type.String(),
            images: Type.Integer(),
            notes: Type.Array(Type.String()),
          }),
          ...errorResponses(400, 401, 403, 413),
        },
      },
    },
    async (request) => {
      const { data, fileName, truncated } = await oneFile(app, request, '请选择要导入的 Word 文档');
      return importDocx(request.ctx(), { data, fileName, truncated });
    },
  );
  app.get(
    '/api/portal/files/:id',
    {
      schema: {
        tags,
        summary: '读取稿件的附件或题图（工作人员）',
        params: IdParams,
        response: { 200: fileReply('附件或题图的文件', '*/*') },
      },
    },
    async (request, reply) => {
      const { file, data } = await readPortalFile(request.ctx(), request.params.id);
      noStore(reply);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition(file.fileName, true))
        .send(data);
    },
  );
  app.post(
    '/api/portal/search/reindex',
    {
      schema: {
        tags,
        summary: '重建某一来源的搜索索引（栏目管理员）',
        body: Type.Object({ source: Type.String({ maxLength: 40 }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ documents: Type.Integer() }), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => ({ documents: await reindexSearch(request.ctx(), request.body.source) }),
  );
}
