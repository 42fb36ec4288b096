// Routes of the 受理通知书（回执）PDF: for staff and the signed-in applicant by case id (API), and for
// anyone with the receipt code and the last four digits from the public tracking page (an HTML form
// that works without JavaScript).
import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { contentDisposition } from '../../platform/files/index.ts';
import { errorResponses, fileReply, IdParams, noStore } from '../../platform/http/route.ts';
import type { App } from '../../platform/module.ts';
import { renderPage } from '../../site/index.ts';
import { getCaseReceipt, getTrackedReceipt, type ReceiptFile } from './receipt.service.ts';

const ReceiptForm = Type.Object(
  {
    _csrf: Type.Optional(Type.String({ maxLength: 100 })),
    code: Type.String({ maxLength: 30 }),
    check: Type.String({ maxLength: 10 }),
  },
  { additionalProperties: false },
);

function sendPdf(reply: FastifyReply, file: ReceiptFile) {
  noStore(reply);
  return reply
    .type('application/pdf')
    .header('content-disposition', contentDisposition(file.fileName, true))
    .header('x-content-type-options', 'nosniff')
    .send(file.data);
}

export function registerReceiptRoutes(app: App): void {
  app.get(
    '/api/services/cases/:id/receipt.pdf',
    {
      schema: {
        tags: ['网上办事'],
        summary: '下载受理通知书（回执）PDF（申请人本人或有权查看该办件的工作人员）',
        params: IdParams,
        produces: ['application/pdf'],
        response: {
          200: fileReply('受理通知书 PDF', 'application/pdf'),
          ...errorResponses(401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => sendPdf(reply, await getCaseReceipt(request.ctx(), request.params.id)),
  );

  app.post(
    '/services/track/receipt.pdf',
    { schema: { hide: true, body: ReceiptForm }, config: { rateLimit: { max: 30, timeWindow: 60_000 } } },
    async (request, reply) => {
      const file = await getTrackedReceipt(request.ctx(), {
        code: request.body.code,
        check: request.body.check.trim(),
      });
      if (file) return sendPdf(reply, file);
      noStore(reply);
      return renderPage(reply, {
        title: '无法下载受理通知书',
        status: 404,
        canonicalPath: null,
        body: (
          <article>
            <h1>无法下载受理通知书</h1>
            <p>查询码与手机号码或证件号码后四位不符，或该办件尚未受理。</p>
            <p>
              <a href="/services/track">返回办件查询</a>
            </p>
          </article>
        ),
      });
    },
  );
}
