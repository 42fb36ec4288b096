// /api/services: the workbench's API for items, the case queue and flow, the counter and statistics.
import type { Static, TSchema } from '@sinclair/typebox';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { contentDisposition, readFile } from '../../platform/files/index.ts';
import { errorResponses, fileReply, noStore } from '../../platform/http/route.ts';
import type { App } from '../../platform/module.ts';
import { intakeAtCounter } from './apply/counter-intake.ts';
import { findCaseMaterial, getCaseDetail, requireCaseDetailReadable } from './case-detail.service.ts';
import { homeSummary, listCases } from './case-queue.service.ts';
import { caseStatistics } from './case-statistics.service.ts';
import {
  effectiveForm,
  getItem,
  listFormVersions,
  listItems,
  presentItem,
  saveItemForm,
  updateItem,
} from './catalogue.service.ts';
import { counterQueue, counterStatistics, findApplicant, registerWalkIn } from './counter.service.ts';
import { acceptCase } from './flow/accept-case.ts';
import { decideCase } from './flow/decide-case.ts';
import { extendCase } from './flow/extend-case.ts';
import { finishInspection } from './flow/finish-inspection.ts';
import { finishPublicNotice } from './flow/finish-public-notice.ts';
import { issueCertificate } from './flow/issue-certificate.ts';
import { notAcceptCase } from './flow/not-accept-case.ts';
import { finishNotCounted, startNotCounted } from './flow/not-counted.ts';
import { requestCompletion } from './flow/request-completion.ts';
import { revokeCase } from './flow/revoke-case.ts';
import { startInspection } from './flow/start-inspection.ts';
import { startPublicNotice } from './flow/start-public-notice.ts';
import { startReview } from './flow/start-review.ts';
import { supplementAtCounter } from './flow/supplement-at-counter.ts';
import { withdrawCase } from './flow/withdraw-case.ts';
import { assessFee, recordPayment } from './payments.ts';
import * as S from './services.schema.ts';

const tags = ['网上办事'];
const flow = { 200: S.CaseDetailView, ...errorResponses(400, 403, 404, 409) };

export function registerServicesApi(app: App): void {
  app.get(
    '/api/services/items',
    { schema: { tags, summary: '办事事项目录', response: { 200: S.ItemList, ...errorResponses(401) } } },
    async (request) => {
      const ctx = request.ctx();
      if (!ctx.actor.id) throw new AppError('UNAUTHENTICATED');
      const items = await listItems(ctx, { includeInactive: true });
      return { items: items.map(presentItem) };
    },
  );

  app.get(
    '/api/services/items/:code',
    {
      schema: {
        tags,
        summary: '办事事项（指南与表单）',
        params: S.ItemCodeParams,
        response: { 200: S.ItemView, ...errorResponses(404) },
      },
    },
    async (request) => {
      return presentItem(await getItem(request.ctx(), request.params.code, { includeInactive: true }));
    },
  );

  app.patch(
    '/api/services/items/:code',
    {
      schema: {
        tags,
        summary: '修改办事指南或表单定义',
        params: S.ItemCodeParams,
        body: S.ItemPatchBody,
        response: { 200: S.ItemView, ...errorResponses(400, 403, 404) },
      },
    },
    async (request) => presentItem(await updateItem(request.ctx(), request.params.code, request.body)),
  );

  app.post(
    '/api/services/items/:code/form/versions',
    {
      schema: {
        tags,
        summary: '保存事项申请表（字段与材料），生成新版本',
        params: S.ItemCodeParams,
        body: S.SaveFormBody,
        response: { 200: S.FormVersionSaved, ...errorResponses(400, 403, 404, 409) },
      },
    },
    async (request) => {
      const { item, version } = await saveItemForm(request.ctx(), request.params.code, request.body);
      return {
        code: item.code,
        form: effectiveForm(item),
        version: version.version,
        savedAt: version.savedAt.toISOString(),
      };
    },
  );

  app.get(
    '/api/services/items/:code/form/versions',
    {
      schema: {
        tags,
        summary: '事项申请表的历史版本',
        params: S.ItemCodeParams,
        response: { 200: S.FormVersionList, ...errorResponses(403, 404) },
      },
    },
    async (request, reply) => {
      noStore(reply);
      const rows = await listFormVersions(request.ctx(), request.params.code);
      return {
        items: rows.map((v) => ({
          version: v.version,
          note: v.note,
          savedAt: v.savedAt.toISOString(),
          savedByName: v.savedByName,
          fields: v.form.sections.reduce((n, sec) => n + sec.fields.length, 0),
          materials: v.form.materials.length,
          form: v.form,
        })),
      };
    },
  );

  app.get(
    '/api/services/cases',
    {
      schema: {
        tags,
        summary: '办件队列',
        querystring: S.CaseListQuery,
        response: { 200: S.CaseList, ...errorResponses(400, 403) },
      },
    },
    async (request, reply) => {
      noStore(reply);
      return listCases(request.ctx(), request.query);
    },
  );

  app.get(
    '/api/services/cases/:id',
    {
      schema: {
        tags,
        summary: '办件详情（时间线、材料、计时、文书）',
        params: S.CaseParams,
        response: { 200: S.CaseDetailView, ...errorResponses(403, 404) },
      },
    },
    async (request, reply) => {
      noStore(reply);
      return getCaseDetail(request.ctx(), request.params.id);
    },
  );

  app.get(
    '/api/services/cases/:id/materials/:materialId/file',
    {
      schema: {
        tags,
        summary: '下载办理材料',
        params: S.MaterialParams,
        produces: ['application/pdf', 'image/jpeg', 'image/png'],
        response: {
          200: fileReply('材料文件', 'application/pdf', 'image/jpeg', 'image/png'),
          ...errorResponses(403, 404),
        },
      },
    },
    async (request, reply) => {
      const ctx = request.ctx();
      const m = await findCaseMaterial(ctx, request.params.id, request.params.materialId);
      if (!m?.fileId) throw new AppError('NOT_FOUND', { message: '该材料没有电子文件' });
      const { file, data } = await readFile(ctx, m.fileId);
      noStore(reply);
      return reply
        .type(file.contentType)
        .header('content-disposition', contentDisposition(file.fileName, true))
        .header('x-content-type-options', 'nosniff')
        .send(data);
    },
  );

  // The flow: each step answers with the case as it now stands.
  const step = <B>(
    url: string,
    summary: string,
    body: TSchema | null,
    run: (ctx: Ctx, id: string, body: B) => Promise<unknown>,
  ) => {
    app.post(
      `/api/services/cases/:id/${url}`,
      { schema: { tags, summary, params: S.CaseParams, ...(body ? { body } : {}), response: flow } },
      async (request) => {
        const ctx = request.ctx();
        const id = (request.params as { id: string }).id;
        // The reply's permission first: a caller it would refuse is refused before the step writes.
        await requireCaseDetailReadable(ctx, id);
        await run(ctx, id, request.body as B);
        return getCaseDetail(ctx, id);
      },
    );
  };
  type Body<T extends TSchema> = Static<T>;
  step<Body<typeof S.NoteBody>>('accept', '受理', S.NoteBody, (ctx, id, b) => acceptCase(ctx, id, b));
  step<Body<typeof S.ReasonBody>>('not-accept', '不予受理', S.ReasonBody, (ctx, id, b) =>
    notAcceptCase(ctx, id, b),
  );
  step<Body<typeof S.CompletionBody>>(
    'completion-request',
    '一次性告知补正',
    S.CompletionBody,
    (ctx, id, b) => requestCompletion(ctx, id, b),
  );
  step<Body<typeof S.SupplementBody>>('supplement', '窗口收取补正材料', S.SupplementBody, (ctx, id, b) =>
    supplementAtCounter(ctx, id, b),
  );
  step('review', '开始审查', null, (ctx, id) => startReview(ctx, id));
  step<Body<typeof S.InspectionBody>>(
    'inspection',
    '开始现场核查（计时暂停）',
    S.InspectionBody,
    (ctx, id, b) => startInspection(ctx, id, b),
  );
  step<Body<typeof S.InspectionFinishBody>>(
    'inspection/finish',
    '结束现场核查（计时恢复）',
    S.InspectionFinishBody,
    (ctx, id, b) =>
      finishInspection(ctx, id, { findings: b.findings, at: b.at ? new Date(b.at) : undefined }),
  );
  step<Body<typeof S.NotCountedBody>>(
    'time-not-counted',
    '开始不计入办理时限的程序（听证、专家评审等，计时暂停并书面告知）',
    S.NotCountedBody,
    (ctx, id, b) => startNotCounted(ctx, id, b),
  );
  step<Body<typeof S.NotCountedFinishBody>>(
    'time-not-counted/finish',
    '结束不计入办理时限的程序（计时恢复）',
    S.NotCountedFinishBody,
    (ctx, id, b) => finishNotCounted(ctx, id, b),
  );
  step<Body<typeof S.ExtensionBody>>('extension', '批准延长办理期限', S.ExtensionBody, (ctx, id, b) =>
    extendCase(ctx, id, b),
  );
  step('notice', '开始许可前公示', null, (ctx, id) => startPublicNotice(ctx, id));
  step<Body<typeof S.NoticeFinishBody>>('notice/finish', '结束公示', S.NoticeFinishBody, (ctx, id, b) =>
    finishPublicNotice(ctx, id, b),
  );
  step<Body<typeof S.DecisionBody>>('decision', '作出许可决定', S.DecisionBody, (ctx, id, b) =>
    decideCase(ctx, id, b),
  );
  step('certificate', '发证（或出具决定书）', null, (ctx, id) => issueCertificate(ctx, id));
  step<Body<typeof S.FeeBody>>('fees', '核定收费', S.FeeBody, (ctx, id, b) => assessFee(ctx, id, b));
  step<Body<typeof S.ReasonBody>>('withdrawal', '撤回申请（窗口代办）', S.ReasonBody, (ctx, id, b) =>
    withdrawCase(ctx, id, b),
  );
  step<Body<typeof S.ReasonBody>>('revocation', '撤销行政许可', S.ReasonBody, (ctx, id, b) =>
    revokeCase(ctx, id, b),
  );

  app.post(
    '/api/services/cases/:id/payments/:paymentId',
    { schema: { tags, summary: '登记缴费', params: S.PaymentParams, body: S.PaymentBody, response: flow } },
    async (request) => {
      await requireCaseDetailReadable(request.ctx(), request.params.id);
      await recordPayment(request.ctx(), request.params.id, {
        paymentId: request.params.paymentId,
        ...request.body,
      });
      return getCaseDetail(request.ctx(), request.params.id);
    },
  );

  app.get(
    '/api/services/home',
    {
      schema: {
        tags,
        summary: '工作台首页卡片：办件概况',
        response: { 200: S.HomeSummaryView, ...errorResponses(403) },
      },
    },
    async (request, reply) => {
      noStore(reply);
      return homeSummary(request.ctx());
    },
  );

  app.get(
    '/api/services/stats',
    {
      schema: {
        tags,
        summary: '办件统计',
        querystring: S.StatsQuery,
        response: { 200: S.StatsView, ...errorResponses(400, 403) },
      },
    },
    async (request) => caseStatistics(request.ctx(), request.query),
  );

  app.get(
    '/api/services/counter/applicants',
    {
      schema: {
        tags,
        summary: '窗口：按证件号查找申请人',
        querystring: S.ApplicantQuery,
        response: { 200: S.ApplicantFound, ...errorResponses(400, 403, 409) },
      },
    },
    async (request, reply) => {
      noStore(reply);
      return { applicant: await findApplicant(request.ctx(), request.query) };
    },
  );

  app.post(
    '/api/services/counter/applicants',
    {
      schema: {
        tags,
        summary: '窗口：登记来访申请人（新建或关联公众账号）',
        body: S.WalkInBody,
        response: { 200: S.WalkInRegistered, 201: S.WalkInRegistered, ...errorResponses(400, 403, 409) },
      },
    },
    async (request, reply) => {
      const result = await registerWalkIn(request.ctx(), request.body);
      return reply.status(result.created ? 201 : 200).send(result);
    },
  );

  app.post(
    '/api/services/counter/cases',
    {
      schema: {
        tags,
        summary:
          '窗口：收件登记（可当场受理；登记、受理与答复在同一事务中。带同一 requestKey 的重复提交答复首次登记的办件，状态码 200）',
        body: S.CounterCaseBody,
        response: { 201: S.CaseDetailView, 200: S.CaseDetailView, ...errorResponses(400, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { detail, created } = await intakeAtCounter(request.ctx(), request.body);
      return reply.status(created ? 201 : 200).send(detail);
    },
  );

  app.get(
    '/api/services/counter/queue',
    {
      schema: {
        tags,
        summary: '窗口：当日队列',
        querystring: S.DayQuery,
        response: { 200: S.CounterQueueView, ...errorResponses(403) },
      },
    },
    async (request, reply) => {
      noStore(reply);
      return counterQueue(request.ctx(), request.query);
    },
  );

  app.get(
    '/api/services/counter/stats',
    {
      schema: {
        tags,
        summary: '窗口：人员统计',
        querystring: S.RangeQuery,
        response: { 200: S.CounterStatsView, ...errorResponses(403) },
      },
    },
    async (request) => counterStatistics(request.ctx(), request.query),
  );
}
