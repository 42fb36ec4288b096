// /api/supervision/*: the board and my tasks, an item's page, and each step — thin over the use
// cases (items/*.ts).
import type { TSchema } from '@sinclair/typebox';
import { chinaDay } from '../../platform/calendar/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { contentDisposition } from '../../platform/files/index.ts';
import { errorResponses, fileReply, IdParams, noStore } from '../../platform/http/route.ts';
import type { App } from '../../platform/module.ts';
import { getSetting } from '../../platform/settings/settings.service.ts';
import { listLeaders } from '../org/index.ts';
import { buildCircular, circularDocx, circularXlsx } from './circulars/circular.ts';
import { decideExtension, requestExtension } from './items/extensions.ts';
import { commentItem, reopenItem, reviewReport, signOffItem, submitReport } from './items/handle-item.ts';
import { noticeDocx, reportBackDocx } from './items/item-documents.ts';
import { getItem, listItems } from './items/read-items.ts';
import { assignItem, registerItem } from './items/register-item.ts';
import { publishItem } from './public/key-tasks.ts';
import { readScopeOf } from './supervision.policy.ts';
import { assignableUnits } from './supervision.repository.ts';
import {
  AssignBody,
  CircularQuery,
  CircularView,
  CommentBody,
  ExtensionDecisionBody,
  ExtensionRequestBody,
  ItemDetailView,
  ItemListView,
  ItemsQuery,
  PublishBody,
  ReasonBody,
  RegisterBody,
  RegisteredView,
  ReportBody,
  ReviewBody,
  TextBody,
  VocabView,
} from './supervision.schema.ts';
import { ORDINARY_LIMIT, URGENT_LIMIT } from './supervision.settings.ts';
import { CYCLE_LABELS, SOURCE_LABELS, STATUS_LABELS, URGENCY_LABELS } from './supervision.vocab.ts';

const TAGS = ['督查督办'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const pairs = (r: Record<string, string>) => Object.entries(r).map(([value, label]) => ({ value, label }));

export function registerSupervisionRoutes(app: App): void {
  app.get(
    '/api/supervision/vocab',
    {
      schema: {
        tags: TAGS,
        summary: '督查督办：来源、缓急、状态、局领导、可交办单位与默认期限',
        response: { 200: VocabView, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      const ctx = request.ctx();
      readScopeOf(ctx);
      const leaders = await listLeaders(ctx);
      return {
        sources: pairs(SOURCE_LABELS),
        urgencies: pairs(URGENCY_LABELS),
        cycles: pairs(CYCLE_LABELS),
        statuses: pairs(STATUS_LABELS),
        leaders: leaders.map((l) => ({ id: l.id, name: l.name, title: l.title })),
        units: await assignableUnits(ctx.db),
        ordinaryLimit: await getSetting(ctx, ORDINARY_LIMIT),
        urgentLimit: await getSetting(ctx, URGENT_LIMIT),
      };
    },
  );

  app.get(
    '/api/supervision/items',
    {
      schema: {
        tags: TAGS,
        summary: '督办事项看板与我的任务（按期限排序，红黄绿）',
        querystring: ItemsQuery,
        response: { 200: ItemListView, ...errorResponses(401, 403) },
      },
    },
    async (request) => listItems(request.ctx(), request.query),
  );

  app.post(
    '/api/supervision/items',
    {
      schema: {
        tags: TAGS,
        summary: '立项（可同时交办）；可能重复的事项一并列出',
        body: RegisterBody,
        response: { 201: RegisteredView, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const ctx = request.ctx();
      const { item, duplicates } = await registerItem(ctx, request.body as never);
      reply.code(201);
      return { item: await getItem(ctx, item.id), duplicates };
    },
  );

  app.get(
    '/api/supervision/items/:id',
    {
      schema: {
        tags: TAGS,
        summary: '督办事项详情：单位、报告、时间线、期限与可办理的步骤',
        params: IdParams,
        response: { 200: ItemDetailView, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => getItem(request.ctx(), request.params.id),
  );

  const step = <B>(
    path: string,
    summary: string,
    body: TSchema,
    run: (ctx: Ctx, id: string, b: B) => Promise<unknown>,
  ) =>
    app.post(
      `/api/supervision/items/:id/${path}`,
      {
        schema: {
          tags: TAGS,
          summary,
          params: IdParams,
          body,
          response: { 200: ItemDetailView, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const ctx = request.ctx();
        await run(ctx, request.params.id, request.body as B);
        return getItem(ctx, request.params.id);
      },
    );

  step('assign', '交办：牵头单位、协办单位、责任人、节点与期限', AssignBody, (ctx, id, b) =>
    assignItem(ctx, id, b as never),
  );
  step('reports', '报送进展、协办情况或申请办结（牵头/协办单位）', ReportBody, (ctx, id, b) =>
    submitReport(ctx, id, b as never),
  );
  step(
    'signoff',
    '分管厅领导签批办结；办理结果报送批示领导',
    CommentBody,
    (ctx, id, b: { comment?: string }) => signOffItem(ctx, id, b),
  );
  step('reopen', '重新办理（写明理由）', ReasonBody, (ctx, id, b: { reason?: string }) =>
    reopenItem(ctx, id, b),
  );
  step(
    'extensions',
    '申请延期（牵头单位，办理期限届满前，写明理由和延期至的日期）',
    ExtensionRequestBody,
    (ctx, id, b: { reason?: string; toDay?: string }) => requestExtension(ctx, id, b),
  );
  step(
    'extensions/decision',
    '分管厅领导审批延期申请：同意（办理期限随之延长）或不同意（写明意见）',
    ExtensionDecisionBody,
    (ctx, id, b: { decision?: 'approve' | 'refuse'; comment?: string }) => decideExtension(ctx, id, b),
  );
  step(
    'publish',
    '重点工作在网站“重点工作”栏目公开或撤回（公开目标、牵头单位、状态、进度和标记公开的进展说明）',
    PublishBody,
    (ctx, id, b: { published?: boolean }) => publishItem(ctx, id, b),
  );
  step('comments', '领导批示意见', TextBody, (ctx, id, b: { text?: string }) => commentItem(ctx, id, b));

  for (const [path, summary, make] of [
    ['notice.docx', '督查通知（Word 公文，交办后）', noticeDocx],
    ['report.docx', '办理情况报告（Word 公文，办结后报批示领导）', reportBackDocx],
  ] as const)
    app.get(
      `/api/supervision/items/:id/${path}`,
      {
        schema: {
          tags: TAGS,
          summary,
          params: IdParams,
          response: { 200: fileReply(summary, DOCX), ...errorResponses(401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const doc = await make(request.ctx(), request.params.id);
        noStore(reply);
        return reply
          .type(DOCX)
          .header('content-disposition', contentDisposition(doc.fileName, false))
          .header('x-content-type-options', 'nosniff')
          .send(doc.data);
      },
    );

  app.post(
    '/api/supervision/reports/:id/review',
    {
      schema: {
        tags: TAGS,
        summary: '督查室审核报告：采纳或退回（退回写明意见，计入退回次数）',
        params: IdParams,
        body: ReviewBody,
        response: { 200: ItemDetailView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const ctx = request.ctx();
      const report = await reviewReport(ctx, request.params.id, request.body);
      return getItem(ctx, report.itemId);
    },
  );

  app.get(
    '/api/supervision/circular',
    {
      schema: {
        tags: TAGS,
        summary:
          '督查通报：期限在本期内的事项按分管领导、牵头单位、来源统计，办结率及公式，超期事项点名（默认本季度）',
        querystring: CircularQuery,
        response: { 200: CircularView, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => buildCircular(request.ctx(), request.query),
  );

  for (const kind of ['docx', 'xlsx'] as const)
    app.get(
      `/api/supervision/circular.${kind}`,
      {
        schema: {
          tags: TAGS,
          summary: `督查通报（${kind === 'docx' ? 'Word 公文' : 'Excel 统计表'}）`,
          querystring: CircularQuery,
          response: {
            200: fileReply(`督查通报 ${kind}`, kind === 'docx' ? DOCX : XLSX),
            ...errorResponses(400, 401, 403),
          },
        },
      },
      async (request, reply) => {
        const ctx = request.ctx();
        const c = await buildCircular(ctx, request.query);
        const data =
          kind === 'docx'
            ? await circularDocx(c, { issuer: '河南省林业局', date: chinaDay(ctx.now) })
            : await circularXlsx(c, ctx.now);
        noStore(reply);
        return reply
          .type(kind === 'docx' ? DOCX : XLSX)
          .header('content-disposition', contentDisposition(`督查通报（${c.from}至${c.to}）.${kind}`, false))
          .header('x-content-type-options', 'nosniff')
          .send(data);
      },
    );
}
