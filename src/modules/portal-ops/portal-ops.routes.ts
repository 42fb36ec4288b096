// /api/portal-ops/*: thin routes over the portal operations' use cases (freshness, links,
// statistics, feeds and the board's moderation).
import { Type } from '@sinclair/typebox';
import { errorResponses, IdParams, noStore } from '../../platform/http/route.ts';
import type { App } from '../../platform/module.ts';
import {
  approvePost,
  hidePost,
  listPostsForModeration,
  listReports,
  rejectPost,
  resolveReport,
} from './board/board.service.ts';
import {
  acceptFeedItem,
  addFeed,
  discardFeedItem,
  fetchFeedNow,
  listFeedItems,
  listFeeds,
  removeFeed,
  updateFeed,
} from './feeds/feeds.service.ts';
import { getFreshness, getHealthSummary } from './freshness/freshness.service.ts';
import { getLinkCheckStatus, listLinks, startLinkCheck } from './links/links.service.ts';
import {
  BoardPostsQuery,
  BoardPostView,
  FeedItemsQuery,
  FeedItemView,
  FeedPatchBody,
  FeedView,
  FreshnessQuery,
  FreshnessResponse,
  HealthView,
  ImportResult,
  LinkStatusResponse,
  LinksQuery,
  LinkView,
  ModerateNoteBody,
  ModerateReasonBody,
  NewFeedBody,
  ReportsQuery,
  ReportView,
  ResolveReportBody,
  RunView,
  StatsQuery,
  StatsView,
} from './portal-ops.schema.ts';
import { getStats } from './stats/stats.service.ts';

const page = <T extends import('@sinclair/typebox').TSchema>(item: T) =>
  Type.Object({ total: Type.Integer(), items: Type.Array(item) });

export function registerOpsRoutes(app: App): void {
  // ---- freshness (栏目更新监测) ----
  app.get(
    '/api/portal-ops/freshness',
    {
      schema: {
        tags: ['门户网站运维'],
        summary: '栏目更新监测：各栏目最近更新、更新要求、逾期天数，以及网站健康度（单项否决指标）',
        querystring: FreshnessQuery,
        response: { 200: FreshnessResponse, ...errorResponses(401, 403) },
      },
    },
    async (request) => getFreshness(request.ctx(), request.query),
  );

  app.get(
    '/api/portal-ops/health',
    {
      schema: {
        tags: ['门户网站运维'],
        summary: '网站健康度摘要（工作台首页卡片）',
        response: { 200: HealthView, ...errorResponses(401, 403) },
      },
    },
    async (request) => getHealthSummary(request.ctx()),
  );

  // ---- links (链接检查) ----
  app.get(
    '/api/portal-ops/links',
    {
      schema: {
        tags: ['门户网站运维'],
        summary: '链接检查结果（每个链接及包含它的稿件）',
        querystring: LinksQuery,
        response: { 200: page(LinkView), ...errorResponses(401, 403) },
      },
    },
    async (request) => listLinks(request.ctx(), request.query),
  );

  app.get(
    '/api/portal-ops/links/status',
    {
      schema: {
        tags: ['门户网站运维'],
        summary: '最近一次链接检查与各状态的链接数',
        response: { 200: LinkStatusResponse, ...errorResponses(401, 403) },
      },
    },
    async (request, reply) => {
      noStore(reply);
      return getLinkCheckStatus(request.ctx());
    },
  );

  app.post(
    '/api/portal-ops/links/check',
    {
      schema: {
        tags: ['门户网站运维'],
        summary: '立即检查已发布内容中的链接（后台进行，完成后查看结果）',
        response: { 202: RunView, ...errorResponses(401, 403, 409) },
      },
      config: { rateLimit: { max: 5, timeWindow: 60_000 } },
    },
    async (request, reply) =>
      reply.status(202).send(await startLinkCheck(request.ctx(), { log: request.log })),
  );

  // ---- statistics (访问统计) ----
  app.get(
    '/api/portal-ops/stats',
    {
      schema: {
        tags: ['门户网站运维'],
        summary: '访问统计：每日浏览量与访客数、日均、热门稿件与栏目（全站、栏目或稿件）',
        querystring: StatsQuery,
        response: { 200: StatsView, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => getStats(request.ctx(), request.query),
  );

  // ---- feeds (信息采集) ----
  app.get(
    '/api/portal-ops/feeds',
    {
      schema: {
        tags: ['信息采集'],
        summary: '订阅源列表',
        response: { 200: Type.Object({ items: Type.Array(FeedView) }), ...errorResponses(401, 403) },
      },
    },
    async (request) => ({ items: await listFeeds(request.ctx()) }),
  );

  app.post(
    '/api/portal-ops/feeds',
    {
      schema: {
        tags: ['信息采集'],
        summary: '栏目订阅 RSS/Atom 信息源',
        body: NewFeedBody,
        response: { 201: FeedView, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(await addFeed(request.ctx(), request.body)),
  );

  app.patch(
    '/api/portal-ops/feeds/:id',
    {
      schema: {
        tags: ['信息采集'],
        summary: '修改订阅源（名称、地址、间隔、启停）',
        params: IdParams,
        body: FeedPatchBody,
        response: { 200: FeedView, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => updateFeed(request.ctx(), request.params.id, request.body),
  );

  app.delete(
    '/api/portal-ops/feeds/:id',
    {
      schema: {
        tags: ['信息采集'],
        summary: '删除订阅源（已采集的草稿保留）',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await removeFeed(request.ctx(), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/portal-ops/feeds/:id/fetch',
    {
      schema: {
        tags: ['信息采集'],
        summary: '立即抓取订阅源，新条目进入审核队列（草稿，不会自动发布）',
        params: IdParams,
        response: { 200: ImportResult, ...errorResponses(401, 403, 404) },
      },
      config: { rateLimit: { max: 10, timeWindow: 60_000 } },
    },
    async (request) => fetchFeedNow(request.ctx(), request.params.id),
  );

  app.get(
    '/api/portal-ops/feed-items',
    {
      schema: {
        tags: ['信息采集'],
        summary: '采集审核队列（默认待审核；也可查看重复、已舍弃、已送审的条目）',
        querystring: FeedItemsQuery,
        response: { 200: page(FeedItemView), ...errorResponses(401, 403) },
      },
    },
    async (request) => listFeedItems(request.ctx(), request.query),
  );

  app.post(
    '/api/portal-ops/feed-items/:id/accept',
    {
      schema: {
        tags: ['信息采集'],
        summary: '采用：草稿送审，按栏目的审核流程发布',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await acceptFeedItem(request.ctx(), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/portal-ops/feed-items/:id/discard',
    {
      schema: {
        tags: ['信息采集'],
        summary: '舍弃：删除草稿，今后不再采集该条目',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await discardFeedItem(request.ctx(), request.params.id);
      return reply.status(204).send(null);
    },
  );

  // ---- board moderation (供求信息审核) ----
  app.get(
    '/api/portal-ops/board/posts',
    {
      schema: {
        tags: ['供求信息'],
        summary: '供求信息审核列表（含联系方式，仅审核人员）',
        querystring: BoardPostsQuery,
        response: {
          200: Type.Object({
            total: Type.Integer(),
            items: Type.Array(BoardPostView),
            counts: Type.Record(Type.String(), Type.Integer()),
            openReports: Type.Integer(),
          }),
          ...errorResponses(401, 403),
        },
      },
    },
    async (request, reply) => {
      noStore(reply);
      return listPostsForModeration(request.ctx(), request.query);
    },
  );

  app.post(
    '/api/portal-ops/board/posts/:id/approve',
    {
      schema: {
        tags: ['供求信息'],
        summary: '审核通过并发布',
        params: IdParams,
        body: ModerateNoteBody,
        response: { 200: BoardPostView, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => approvePost(request.ctx(), request.params.id, request.body),
  );

  app.post(
    '/api/portal-ops/board/posts/:id/reject',
    {
      schema: {
        tags: ['供求信息'],
        summary: '不予通过（须说明理由）',
        params: IdParams,
        body: ModerateReasonBody,
        response: { 200: BoardPostView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => rejectPost(request.ctx(), request.params.id, request.body),
  );

  app.post(
    '/api/portal-ops/board/posts/:id/hide',
    {
      schema: {
        tags: ['供求信息'],
        summary: '屏蔽已发布的信息（须说明理由）',
        params: IdParams,
        body: ModerateReasonBody,
        response: { 200: BoardPostView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => hidePost(request.ctx(), request.params.id, request.body),
  );

  app.get(
    '/api/portal-ops/board/reports',
    {
      schema: {
        tags: ['供求信息'],
        summary: '举报列表',
        querystring: ReportsQuery,
        response: { 200: page(ReportView), ...errorResponses(401, 403) },
      },
    },
    async (request) => listReports(request.ctx(), request.query),
  );

  app.post(
    '/api/portal-ops/board/reports/:id/resolve',
    {
      schema: {
        tags: ['供求信息'],
        summary: '处理举报：属实（屏蔽该信息）或不予采纳',
        params: IdParams,
        body: ResolveReportBody,
        response: { 200: ReportView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => resolveReport(request.ctx(), request.params.id, request.body),
  );
}
