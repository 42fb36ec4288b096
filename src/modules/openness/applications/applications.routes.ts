// /api/openness/applications/*: the staff's queue and steps on applications for disclosure, thin
// over the use cases; the notice (告知书) as .docx and PDF. The public applies and tracks through
// the pages under /openness (pages/apply.pages.tsx).
import type { TSchema } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import type { Ctx } from '../../../platform/context.ts';
import { contentDisposition } from '../../../platform/files/index.ts';
import { errorResponses, fileReply, IdParams, noStore } from '../../../platform/http/route.ts';
import type { App } from '../../../platform/module.ts';
import { APPLICANT_TYPES, REPLY_TYPES } from '../openness.table.ts';
import { MAX_EXTENSION_DAYS } from './application-clocks.ts';
import {
  APPLICANT_TYPE_LABELS,
  CHANNEL_LABELS,
  FORM_LABELS,
  REPLY_REASONS,
  REPLY_TYPE_LABELS,
  SUBMITTED_VIA_LABELS,
} from './application-vocab.ts';
import {
  AnswerBody,
  ApplicationDetailView,
  ApplicationListView,
  ApplicationsQuery,
  ConsultBody,
  ConsultEndBody,
  CounterApplicationBody,
  ExtendBody,
  ReplyVocabView,
  SubmittedApplicationView,
  SupplementBody,
  SupplementRequestBody,
} from './applications.schema.ts';
import {
  abandonApplication,
  acceptApplication,
  answerApplication,
  completeSupplement,
  endConsultation,
  extendApplication,
  requestSupplement,
  startConsultation,
} from './handle-application.ts';
import { getApplication, listApplications } from './read-applications.ts';
import { noticeDocx, noticePdf, type ReplyNotice, replyNoticeOf } from './reply-notice.ts';
import { registerApplicationAtCounter } from './submit-application.ts';

const TAGS = ['政务公开'];
const pairs = (r: Record<string, string>) => Object.entries(r).map(([value, label]) => ({ value, label }));

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The notice file; `inline` opens a PDF in the browser (the workbench), else it is saved. */
export function sendNotice(
  reply: FastifyReply,
  notice: ReplyNotice,
  kind: 'docx' | 'pdf',
  data: Buffer,
  inline = kind === 'pdf',
) {
  noStore(reply);
  return reply
    .type(kind === 'pdf' ? 'application/pdf' : DOCX)
    .header('content-disposition', contentDisposition(`${notice.title}（${notice.number}）.${kind}`, inline))
    .header('x-content-type-options', 'nosniff')
    .send(data);
}

export function registerApplicationRoutes(app: App): void {
  app.get(
    '/api/openness/applications',
    {
      schema: {
        tags: TAGS,
        summary: '政府信息公开申请办理队列（按剩余工作日排序）',
        querystring: ApplicationsQuery,
        response: { 200: ApplicationListView, ...errorResponses(401, 403) },
      },
    },
    async (request) => listApplications(request.ctx(), request.query),
  );

  app.get(
    '/api/openness/applications/vocab',
    {
      schema: {
        tags: TAGS,
        summary: '依申请公开的答复类型、理由类别、申请人类型等选项',
        response: { 200: ReplyVocabView, ...errorResponses(401) },
      },
    },
    async () => ({
      replyTypes: REPLY_TYPES.map((t) => ({
        value: t,
        label: REPLY_TYPE_LABELS[t],
        reasons: pairs(REPLY_REASONS[t] ?? {}),
        needsWhere: t === 'already_public' || t === 'not_ours',
        needsText: !['already_public', 'not_ours'].includes(t),
      })),
      applicantTypes: APPLICANT_TYPES.map((t) => ({ value: t, label: APPLICANT_TYPE_LABELS[t] })),
      submittedVia: pairs(SUBMITTED_VIA_LABELS).filter((p) => p.value !== 'online'),
      forms: pairs(FORM_LABELS),
      channels: pairs(CHANNEL_LABELS),
      maxExtensionDays: MAX_EXTENSION_DAYS,
    }),
  );

  app.post(
    '/api/openness/applications',
    {
      schema: {
        tags: TAGS,
        summary: '登记当面、信函、传真或电子邮件提交的政府信息公开申请',
        body: CounterApplicationBody,
        response: { 201: SubmittedApplicationView, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const made = await registerApplicationAtCounter(request.ctx(), request.body);
      return reply.code(201).send(made);
    },
  );

  app.get(
    '/api/openness/applications/:id',
    {
      schema: {
        tags: TAGS,
        summary: '政府信息公开申请详情（时间线、计时与届满日说明）',
        params: IdParams,
        response: { 200: ApplicationDetailView, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => getApplication(request.ctx(), request.params.id),
  );

  const stepRoute = (
    path: string,
    summary: string,
    body: TSchema | null,
    run: (ctx: Ctx, id: string, b: never) => Promise<unknown>,
  ) =>
    app.post(
      `/api/openness/applications/:id/${path}`,
      {
        schema: {
          tags: TAGS,
          summary,
          params: IdParams,
          ...(body ? { body } : {}),
          response: { 200: ApplicationDetailView, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const ctx = request.ctx();
        const { id } = request.params as { id: string };
        await run(ctx, id, (request.body ?? {}) as never);
        return getApplication(ctx, id);
      },
    );

  stepRoute('accept', '登记受理（申请内容明确，无需补正）', null, (ctx, id) => acceptApplication(ctx, id));
  stepRoute(
    'supplement-request',
    '一次性告知补正（收到申请之日起 7 个工作日内）',
    SupplementRequestBody,
    (ctx, id, b) => requestSupplement(ctx, id, b),
  );
  stepRoute('supplement', '登记申请人的补正（答复期限重新计算）', SupplementBody, (ctx, id, b) =>
    completeSupplement(ctx, id, b),
  );
  stepRoute('abandon', '逾期未补正，视为放弃申请', null, (ctx, id) => abandonApplication(ctx, id));
  stepRoute('consult', '征求第三方意见（答复期限暂停计算）', ConsultBody, (ctx, id, b) =>
    startConsultation(ctx, id, b),
  );
  stepRoute('consult-end', '结束征求第三方意见（答复期限恢复计算）', ConsultEndBody, (ctx, id, b) =>
    endConsultation(ctx, id, b),
  );
  stepRoute('extend', '延长答复期限（合计不超过 20 个工作日）', ExtendBody, (ctx, id, b) =>
    extendApplication(ctx, id, b),
  );
  stepRoute('answer', '作出答复（生成答复告知书）', AnswerBody, (ctx, id, b) =>
    answerApplication(ctx, id, b),
  );

  for (const kind of ['docx', 'pdf'] as const)
    app.get(
      `/api/openness/applications/:id/notice.${kind}`,
      {
        schema: {
          tags: TAGS,
          summary: `下载答复告知书（${kind === 'pdf' ? 'PDF' : 'Word'}）`,
          params: IdParams,
          produces: [kind === 'pdf' ? 'application/pdf' : DOCX],
          response: {
            200: fileReply(`答复告知书 ${kind}`, kind === 'pdf' ? 'application/pdf' : DOCX),
            ...errorResponses(401, 403, 404, 409),
          },
        },
      },
      async (request, reply) => {
        const notice = await replyNoticeOf(request.ctx(), request.params.id);
        return sendNotice(
          reply,
          notice,
          kind,
          kind === 'pdf' ? await noticePdf(notice) : await noticeDocx(notice),
        );
      },
    );
}
