// /api/interaction/*: thin routes over the letters' use cases (queues, one letter, each handling
// step, the writer's contact details, the redaction preview).
import type { TSchema } from '@sinclair/typebox';
import type { Ctx } from '../../platform/context.ts';
import { errorResponses, IdParams, noStore } from '../../platform/http/route.ts';
import type { App } from '../../platform/module.ts';
import {
  AcceptBody,
  DraftBody,
  EmptyBody,
  ForwardBody,
  LetterDetail,
  LettersQuery,
  LettersReply,
  MergeBody,
  NoteBody,
  presentDetail,
  presentListItem,
  ReasonBody,
  RedactionBody,
  RedactionReply,
  StatsQuery,
  StatsReply,
  TransferBody,
  WriterView,
} from './interaction.schema.ts';
import {
  acceptLetter,
  approveReply,
  forwardLetter,
  markComplex,
  mergeLetter,
  officeApproveReply,
  rejectLetter,
  reopenLetter,
  returnReply,
  saveReplyDraft,
  transferLetter,
} from './letters/handle-letter.ts';
import { letterTimeline } from './letters/letter-events.ts';
import { letterStats } from './letters/letter-stats.ts';
import type { LetterRow } from './letters/letters.repository.ts';
import { getLetter, listLetters, previewRedaction, revealWriter } from './letters/read-letters.ts';

const tags = ['互动交流'];
const BASE = '/api/interaction/letters';

export function registerInteractionRoutes(app: App): void {
  app.get(
    '/api/interaction/stats',
    {
      schema: {
        tags,
        summary: '来信统计：近 12 个月收到、答复、按期答复率、平均用时与满意度，各承办单位的办理情况',
        querystring: StatsQuery,
        response: { 200: StatsReply, ...errorResponses(401, 403) },
      },
    },
    async (request) => letterStats(request.ctx(), request.query),
  );

  app.get(
    BASE,
    {
      schema: {
        tags,
        summary: '来信列表（分办队列、我单位来信、超期督办；按数据权限，网上举报仅纪检可见）',
        querystring: LettersQuery,
        response: { 200: LettersReply, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      const ctx = request.ctx();
      const r = await listLetters(ctx, request.query);
      return { ...r, items: r.items.map((i) => presentListItem(i, ctx.now)) };
    },
  );

  app.get(
    `${BASE}/:id`,
    {
      schema: {
        tags,
        summary: '来信详情（来信人身份不在其中）与当前可做的操作',
        params: IdParams,
        response: { 200: LetterDetail, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const ctx = request.ctx();
      const row = await getLetter(ctx, request.params.id);
      return presentDetail(ctx.actor, row, ctx.now, await letterTimeline(ctx, row.id, false));
    },
  );

  app.get(
    `${BASE}/:id/writer`,
    {
      schema: {
        tags,
        summary: '来信人联系方式（解密查看，记入审计；举报人仅纪检可看）',
        params: IdParams,
        response: { 200: WriterView, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      noStore(reply);
      return revealWriter(request.ctx(), request.params.id);
    },
  );

  app.post(
    `${BASE}/:id/redaction`,
    {
      schema: {
        tags,
        summary: '公开答复的脱敏建议与预览（电话、身份证号、邮箱、姓名）',
        params: IdParams,
        body: RedactionBody,
        response: { 200: RedactionReply, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => previewRedaction(request.ctx(), { id: request.params.id, ...request.body }),
  );

  const stepRoute = <B extends TSchema>(
    path: string,
    summary: string,
    body: B,
    run: (ctx: Ctx, input: { id: string } & Record<string, unknown>) => Promise<LetterRow>,
  ) =>
    app.post(
      `${BASE}/:id/${path}`,
      {
        schema: {
          tags,
          summary,
          params: IdParams,
          body,
          response: { 200: LetterDetail, ...errorResponses(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request) => {
        const ctx = request.ctx();
        const row = await run(ctx, { ...(request.body as Record<string, unknown>), id: request.params.id });
        return presentDetail(ctx.actor, row, ctx.now, await letterTimeline(ctx, row.id, false));
      },
    );

  type Step<I> = (ctx: Ctx, input: I) => Promise<LetterRow>;
  const as = <I>(f: Step<I>) => f as unknown as Step<{ id: string } & Record<string, unknown>>;
  stepRoute('accept', '受理并交办承办单位', AcceptBody, as(acceptLetter));
  stepRoute('transfer', '转办到另一承办单位（答复期限不变）', TransferBody, as(transferLetter));
  stepRoute('reject', '不予受理（写明理由）', ReasonBody, as(rejectLetter));
  stepRoute('forward', '转其他机关办理（写明机关）', ForwardBody, as(forwardLetter));
  stepRoute('merge', '作为重复件并入此前来信', MergeBody, as(mergeLetter));
  stepRoute('complex', '按复杂来信办理（延长答复期限）', ReasonBody, as(markComplex));
  stepRoute('draft', '保存或提交答复草稿（含脱敏后的公开内容）', DraftBody, as(saveReplyDraft));
  stepRoute('approve', '承办单位负责人审核通过', EmptyBody, as(approveReply));
  stepRoute('office-approve', '办公室审核通过并答复（厅长信箱）', EmptyBody, as(officeApproveReply));
  stepRoute('return', '退回修改', NoteBody, as(returnReply));
  stepRoute('reopen', '不满意来信重新办理（限一次）', ReasonBody, as(reopenLetter));
}
