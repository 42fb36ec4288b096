// /api/openness/*: thin routes over government openness' use cases (the catalogue, its categories
// and the disclosure guide) for the workbench. The public reads the pages under /openness.
import { Type } from '@sinclair/typebox';
import { requirePermission } from '../../platform/access/policy.ts';
import { errorResponses, IdParams } from '../../platform/http/route.ts';
import type { App } from '../../platform/module.ts';
import {
  catalogueVocab,
  createCategory,
  getEntry,
  listCategories,
  listEntries,
  registerEntry,
  updateCategory,
  updateEntry,
} from './catalogue/catalogue.service.ts';
import { GUIDE_PART_TITLES, getGuide, listGuideVersions, saveGuide } from './guide/guide.service.ts';
import {
  CatalogueVocabView,
  CategoryPatchBody,
  CategoryView,
  EntriesQuery,
  EntryPageView,
  EntryPatchBody,
  EntryView,
  GuideBody,
  GuideReply,
  GuideView,
  NewCategoryBody,
  NewEntryBody,
} from './openness.schema.ts';
import { GUIDE_PARTS } from './openness.table.ts';

const TAGS = ['政务公开'];

export function registerOpennessRoutes(app: App): void {
  // ---- catalogue (政府信息公开目录) ----
  app.get(
    '/api/openness/categories',
    {
      schema: {
        tags: TAGS,
        summary: '公开目录类别（含机关内部公开类别）与各类条目数',
        response: { 200: Type.Array(CategoryView), ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      requirePermission(request.actor, 'openness:read');
      return listCategories(request.ctx());
    },
  );

  app.post(
    '/api/openness/categories',
    {
      schema: {
        tags: TAGS,
        summary: '新增公开目录类别',
        body: NewCategoryBody,
        response: { 201: CategoryView, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(await createCategory(request.ctx(), request.body)),
  );

  app.patch(
    '/api/openness/categories/:id',
    {
      schema: {
        tags: TAGS,
        summary: '修改公开目录类别（名称、公开范围、排序）',
        params: IdParams,
        body: CategoryPatchBody,
        response: { 200: CategoryView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updateCategory(request.ctx(), request.params.id, request.body),
  );

  app.get(
    '/api/openness/vocab',
    {
      schema: {
        tags: TAGS,
        summary: '目录的主题分类、体裁、有效性、年份与索引号格式',
        response: { 200: CatalogueVocabView, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      requirePermission(request.actor, 'openness:read');
      return catalogueVocab(request.ctx());
    },
  );

  app.get(
    '/api/openness/entries',
    {
      schema: {
        tags: TAGS,
        summary: '公开目录条目：按类别、主题分类、年份、有效性筛选，按发布日期倒序',
        querystring: EntriesQuery,
        response: { 200: EntryPageView, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      requirePermission(request.actor, 'openness:read');
      return listEntries(request.ctx(), request.query);
    },
  );

  app.get(
    '/api/openness/entries/:id',
    {
      schema: {
        tags: TAGS,
        summary: '公开目录条目详情（含修订、废止关系）',
        params: IdParams,
        response: { 200: EntryView, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      requirePermission(request.actor, 'openness:read');
      return getEntry(request.ctx(), request.params.id);
    },
  );

  app.post(
    '/api/openness/entries',
    {
      schema: {
        tags: TAGS,
        summary: '登记公开目录条目（自动编制索引号）',
        body: NewEntryBody,
        response: { 201: EntryView, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => reply.status(201).send(await registerEntry(request.ctx(), request.body)),
  );

  app.patch(
    '/api/openness/entries/:id',
    {
      schema: {
        tags: TAGS,
        summary: '修改公开目录条目（索引号不变）',
        params: IdParams,
        body: EntryPatchBody,
        response: { 200: EntryView, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => updateEntry(request.ctx(), request.params.id, request.body),
  );

  // ---- guide (政府信息公开指南) ----
  app.get(
    '/api/openness/guide',
    {
      schema: {
        tags: TAGS,
        summary: '政府信息公开指南：现行版本、必备部分与历史版本',
        response: { 200: GuideReply, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      requirePermission(request.actor, 'openness:read');
      const ctx = request.ctx();
      return {
        current: await getGuide(ctx),
        parts: GUIDE_PARTS.map((key) => ({ key, title: GUIDE_PART_TITLES[key] })),
        versions: await listGuideVersions(ctx),
      };
    },
  );

  app.post(
    '/api/openness/guide',
    {
      schema: {
        tags: TAGS,
        summary: '修订政府信息公开指南（保存为新版本）',
        body: GuideBody,
        response: { 201: GuideView, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(await saveGuide(request.ctx(), request.body)),
  );
}
