// /api/info/*: government information work, thin over the use cases.
import { contentDisposition } from '../../platform/files/index.ts';
import { errorResponses, fileReply, IdParams, noStore } from '../../platform/http/route.ts';
import type { App } from '../../platform/module.ts';
import { getSetting } from '../../platform/settings/settings.service.ts';
import type { BulletinRow } from './bulletins/bulletins.repository.ts';
import { createBulletin, editBulletin, issueBulletin } from './bulletins/compose-bulletin.ts';
import { bulletinDocx, getBulletin, listBulletins } from './bulletins/read-bulletins.ts';
import { recordInstruction } from './bulletins/record-instruction.ts';
import { requireInfoReader } from './info.policy.ts';
import {
  AdoptBody,
  BulletinListView,
  BulletinsQuery,
  BulletinView,
  CreateBulletinBody,
  EditBulletinBody,
  InstructionBody,
  ItemBody,
  ItemDetailView,
  ItemListView,
  ItemsQuery,
  MySummaryView,
  ReasonBody,
  RecordedInstructionView,
  SavedBulletinView,
  SavedItemView,
  VocabView,
} from './info.schema.ts';
import { LEVELS } from './info.settings.ts';
import { DEPTH_CLASSES, ITEM_STATUSES, ITEM_TYPES } from './info.table.ts';
import { DEPTH_LABELS, STATUS_LABELS, TYPE_LABELS } from './info.vocab.ts';
import type { ItemRow } from './items/items.repository.ts';
import { getItem, listItems, myUnitSummary } from './items/read-items.ts';
import { adoptItem, rejectItem, returnItem, startReview } from './items/review-item.ts';
import { createItem, editItem, withdrawItem } from './items/submit-item.ts';

const TAGS = ['政务信息'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const savedBulletin = (b: BulletinRow) => ({ id: b.id, number: b.number, status: b.status });
const saved = (r: ItemRow) => ({ id: r.id, status: r.status, statusLabel: STATUS_LABELS[r.status] });

export function registerInfoRoutes(app: App): void {
  app.get(
    '/api/info/vocab',
    {
      schema: {
        tags: TAGS,
        summary: '政务信息的类型、层次、状态与采用级别（含当前积分）',
        response: { 200: VocabView, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      const ctx = request.ctx();
      requireInfoReader(ctx);
      return {
        types: ITEM_TYPES.map((value) => ({ value, label: TYPE_LABELS[value] })),
        depths: DEPTH_CLASSES.map((value) => ({ value, label: DEPTH_LABELS[value] })),
        statuses: ITEM_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
        levels: await Promise.all(
          LEVELS.map(async (l) => ({
            value: l.level,
            label: l.label,
            points: await getSetting(ctx, l.setting),
          })),
        ),
      };
    },
  );

  app.get(
    '/api/info/items',
    {
      schema: {
        tags: TAGS,
        summary: '信息列表：办公室审核队列，或本单位的信息（view=mine）',
        querystring: ItemsQuery,
        response: { 200: ItemListView, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => listItems(request.ctx(), request.query),
  );

  app.get(
    '/api/info/mine/summary',
    {
      schema: {
        tags: TAGS,
        summary: '本单位本周报送任务与本季度报送、采用、积分',
        response: { 200: MySummaryView, ...errorResponses(401, 403) },
      },
    },
    async (request) => myUnitSummary(request.ctx()),
  );

  app.post(
    '/api/info/items',
    {
      schema: {
        tags: TAGS,
        summary: '新建信息（草稿，或 submit=true 直接报送）',
        body: ItemBody,
        response: { 201: SavedItemView, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => reply.code(201).send(saved(await createItem(request.ctx(), request.body))),
  );

  app.get(
    '/api/info/items/:id',
    {
      schema: {
        tags: TAGS,
        summary: '信息详情（采用、积分、时间线）',
        params: IdParams,
        response: { 200: ItemDetailView, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => getItem(request.ctx(), request.params.id),
  );

  app.put(
    '/api/info/items/:id',
    {
      schema: {
        tags: TAGS,
        summary: '修改草稿或退回修改的信息（submit=true 同时报送）',
        params: IdParams,
        body: ItemBody,
        response: { 200: SavedItemView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => saved(await editItem(request.ctx(), request.params.id, request.body)),
  );

  app.post(
    '/api/info/items/:id/withdrawal',
    {
      schema: {
        tags: TAGS,
        summary: '撤回信息（办公室开始审核前）',
        params: IdParams,
        response: { 200: SavedItemView, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => saved(await withdrawItem(request.ctx(), request.params.id)),
  );

  app.post(
    '/api/info/items/:id/review',
    {
      schema: {
        tags: TAGS,
        summary: '开始审核',
        params: IdParams,
        response: { 200: SavedItemView, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => saved(await startReview(request.ctx(), request.params.id)),
  );

  app.post(
    '/api/info/items/:id/adoptions',
    {
      schema: {
        tags: TAGS,
        summary: '在某一级别采用（积分按系统设置；同一级别不能重复采用）',
        params: IdParams,
        body: AdoptBody,
        response: { 200: SavedItemView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => saved(await adoptItem(request.ctx(), request.params.id, request.body)),
  );

  app.post(
    '/api/info/items/:id/return',
    {
      schema: {
        tags: TAGS,
        summary: '退回修改（须写明理由）',
        params: IdParams,
        body: ReasonBody,
        response: { 200: SavedItemView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => saved(await returnItem(request.ctx(), request.params.id, request.body)),
  );

  app.post(
    '/api/info/items/:id/rejection',
    {
      schema: {
        tags: TAGS,
        summary: '不予采用（须写明理由）',
        params: IdParams,
        body: ReasonBody,
        response: { 200: SavedItemView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => saved(await rejectItem(request.ctx(), request.params.id, request.body)),
  );

  // ---- bulletins (信息专报) ----

  app.get(
    '/api/info/bulletins',
    {
      schema: {
        tags: TAGS,
        summary: '信息专报（编辑中的在前，已印发的按期号倒序）',
        querystring: BulletinsQuery,
        response: { 200: BulletinListView, ...errorResponses(401, 403) },
      },
    },
    async (request) => listBulletins(request.ctx(), request.query),
  );

  app.post(
    '/api/info/bulletins',
    {
      schema: {
        tags: TAGS,
        summary: '用所选信息编辑一期专报（草稿）',
        body: CreateBulletinBody,
        response: { 201: SavedBulletinView, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(savedBulletin(await createBulletin(request.ctx(), request.body))),
  );

  app.get(
    '/api/info/bulletins/:id',
    {
      schema: {
        tags: TAGS,
        summary: '一期专报：所刊信息、报送范围、领导批示',
        params: IdParams,
        response: { 200: BulletinView, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => getBulletin(request.ctx(), request.params.id),
  );

  app.put(
    '/api/info/bulletins/:id',
    {
      schema: {
        tags: TAGS,
        summary: '修改专报草稿（顺序、标题与正文、报送范围）',
        params: IdParams,
        body: EditBulletinBody,
        response: { 200: SavedBulletinView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => savedBulletin(await editBulletin(request.ctx(), request.params.id, request.body)),
  );

  app.post(
    '/api/info/bulletins/:id/issue',
    {
      schema: {
        tags: TAGS,
        summary: '印发专报：编号（年度第N期），所刊信息按专报级别采用计分',
        params: IdParams,
        response: { 200: SavedBulletinView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => savedBulletin(await issueBulletin(request.ctx(), request.params.id)),
  );

  app.get(
    '/api/info/bulletins/:id/docx',
    {
      schema: {
        tags: TAGS,
        summary: '专报 Word 文件（信息专报版式：红色刊头、期号、编发单位与日期，报送范围）',
        params: IdParams,
        response: { 200: fileReply('Word 文件', DOCX), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { fileName, data } = await bulletinDocx(request.ctx(), request.params.id);
      noStore(reply);
      return reply
        .type(DOCX)
        .header('content-disposition', contentDisposition(fileName, false))
        .header('x-content-type-options', 'nosniff')
        .send(data);
    },
  );

  app.post(
    '/api/info/bulletins/:id/instructions',
    {
      schema: {
        tags: TAGS,
        summary: '录入领导批示（对本期或其中一条信息）；督查督办模块据此立项',
        params: IdParams,
        body: InstructionBody,
        response: { 201: RecordedInstructionView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const r = await recordInstruction(request.ctx(), request.params.id, request.body);
      return reply.code(201).send({
        id: r.id,
        points: r.points,
        supervisionItemId: r.supervisionItemId,
        supervisionNumber: r.supervisionNumber,
      });
    },
  );
}
