// /api/openness/notices: public notices and their objections for the workbench, thin over the
// use cases.
import { Type } from '@sinclair/typebox';
import { errorResponses, IdParams, noStore } from '../../../platform/http/route.ts';
import type { App } from '../../../platform/module.ts';
import { NewNoticeBody, NoticePatchBody, NoticeView, ObjectionView } from './notices.schema.ts';
import { createNotice, listNotices, listObjections, updateNotice } from './notices.service.ts';

const TAGS = ['政务公开'];

export function registerNoticeRoutes(app: App): void {
  app.get(
    '/api/openness/notices',
    {
      schema: {
        tags: TAGS,
        summary: '公示：全部公示及其状态（未开始、公示中、已归档）与收到的异议数',
        response: { 200: Type.Array(NoticeView), ...errorResponses(401, 403) },
      },
    },
    async (request) => listNotices(request.ctx()),
  );

  app.post(
    '/api/openness/notices',
    {
      schema: {
        tags: TAGS,
        summary: '发布公示',
        body: NewNoticeBody,
        response: { 201: NoticeView, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => reply.status(201).send(await createNotice(request.ctx(), request.body)),
  );

  app.patch(
    '/api/openness/notices/:id',
    {
      schema: {
        tags: TAGS,
        summary: '修改公示（公示期结束后不能修改）',
        params: IdParams,
        body: NoticePatchBody,
        response: { 200: NoticeView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updateNotice(request.ctx(), request.params.id, request.body),
  );

  app.get(
    '/api/openness/notices/:id/objections',
    {
      schema: {
        tags: TAGS,
        summary: '公示收到的异议（含联系电话）',
        params: IdParams,
        response: { 200: Type.Array(ObjectionView), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      noStore(reply);
      return listObjections(request.ctx(), request.params.id);
    },
  );
}
