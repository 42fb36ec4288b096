// /api/harvest/permits, /api/harvest/objections and /api/harvest/transport-permits: the workbench's
// permit register, revocation, the certificate PDF, objections and the transport-permit archive.
import { Type } from '@sinclair/typebox';
import { contentDisposition } from '../../../platform/files/index.ts';
import { errorResponses, fileReply, IdParams, noStore, Paging } from '../../../platform/http/route.ts';
import type { App } from '../../../platform/module.ts';
import { listObjections } from './notice.service.ts';
import { getPermit, listPermits, readCertificatePdf, revokePermit } from './permit.service.ts';
import { importTransportCsv, listTransportPermits } from './transport.service.ts';

const tags = ['林木采伐许可'];
const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);

const PermitView = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  receiptCode: Type.String(),
  holderKind: Type.String(),
  holderName: Type.String(),
  publicHolderName: Type.String(),
  countyCode: Type.String(),
  countyName: Type.String(),
  location: Type.String(),
  forestCategory: Type.String(),
  forestCategoryLabel: Type.String(),
  harvestTypeLabel: Type.String(),
  species: Type.String(),
  areaMu: Type.Number(),
  stockVolume: Type.Number(),
  periodFrom: Type.String(),
  periodTo: Type.String(),
  status: Type.String({ description: 'approved 已批准待发证 / issued 已发证 / revoked 已撤销' }),
  validity: Type.String({ description: 'pending / valid / expired / revoked' }),
  validityLabel: Type.String(),
  number: Nullable(Type.String()),
  approvedAt: Type.String(),
  issuedAt: Nullable(Type.String()),
  revokedAt: Nullable(Type.String()),
  revokeReason: Nullable(Type.String()),
  releasedVolume: Nullable(Type.Number()),
  downloadUrl: Nullable(Type.String()),
});

const Movement = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  kindLabel: Type.String(),
  amount: Type.Number(),
  remainingAfter: Type.Number(),
  caseId: Nullable(Type.String()),
  receiptCode: Nullable(Type.String()),
  permitId: Nullable(Type.String()),
  basis: Nullable(Type.String()),
  actorName: Type.String(),
  at: Type.String(),
});

const PermitQuery = Type.Object(
  {
    status: Type.Optional(
      Type.Union([Type.Literal('approved'), Type.Literal('issued'), Type.Literal('revoked')]),
    ),
    countyCode: Type.Optional(Type.String({ pattern: '^41\\d{4}$' })),
    cityCode: Type.Optional(Type.String({ pattern: '^41\\d{4}$' })),
    q: Type.Optional(Type.String({ maxLength: 60, description: '受理编号、证号或采伐单位（个人）' })),
    ...Paging,
  },
  { additionalProperties: false },
);

const RevokeBody = Type.Object(
  {
    reason: Type.String({ minLength: 1, maxLength: 500, description: '撤销理由' }),
    harvestedVolume: Type.Optional(
      Type.Number({ minimum: 0, description: '撤销时已采伐的蓄积（立方米）；其余释放回采伐限额' }),
    ),
  },
  { additionalProperties: false },
);

const ImportBody = Type.Object(
  {
    csv: Type.String({ minLength: 1, maxLength: 8_000_000, description: 'CSV 文本（UTF-8，首行为表头）' }),
    fileName: Type.Optional(Type.String({ maxLength: 200 })),
    partial: Type.Optional(Type.Boolean({ description: '只导入无误的行（默认：有任何错误则全部不导入）' })),
    dryRun: Type.Optional(Type.Boolean({ description: '只检查，不导入' })),
  },
  { additionalProperties: false },
);

const ImportReport = Type.Object({
  total: Type.Integer(),
  inserted: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  rejected: Type.Integer(),
  imported: Type.Boolean(),
  errors: Type.Array(Type.Object({ line: Type.Integer(), field: Type.String(), message: Type.String() })),
});

const TransportView = Type.Object({
  id: Type.String(),
  number: Type.String(),
  issuedOn: Type.String(),
  validFrom: Type.String(),
  validUntil: Type.String(),
  issuer: Type.String(),
  shipper: Type.String(),
  origin: Type.String(),
  destination: Type.String(),
  species: Type.String(),
  assortment: Type.String(),
  volume: Type.Number(),
  pieces: Nullable(Type.Integer()),
  vehicle: Nullable(Type.String()),
  note: Nullable(Type.String()),
  sourceName: Nullable(Type.String()),
  importedAt: Type.String(),
});

export function registerPermitRoutes(app: App): void {
  app.get(
    '/api/harvest/permits',
    {
      schema: {
        tags,
        summary: '林木采伐许可证登记（按县、状态、关键词）',
        querystring: PermitQuery,
        response: {
          200: Type.Object({ total: Type.Integer(), items: Type.Array(PermitView) }),
          ...errorResponses(401, 403),
        },
      },
    },
    async (request) => listPermits(request.ctx(), request.query),
  );

  app.get(
    '/api/harvest/permits/:id',
    {
      schema: {
        tags,
        summary: '一份许可证及其限额变动',
        params: IdParams,
        response: {
          200: Type.Composite([PermitView, Type.Object({ movements: Type.Array(Movement) })]),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => getPermit(request.ctx(), request.params.id),
  );

  app.post(
    '/api/harvest/permits/:id/revoke',
    {
      schema: {
        tags,
        summary: '撤销林木采伐许可证（未采伐部分释放回采伐限额）',
        params: IdParams,
        body: RevokeBody,
        response: { 200: PermitView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => revokePermit(request.ctx(), request.params.id, request.body),
  );

  app.get(
    '/api/harvest/permits/:id/certificate.pdf',
    {
      schema: {
        tags,
        summary: '下载许可证 PDF（持证人或有权查看的工作人员）',
        params: IdParams,
        produces: ['application/pdf'],
        response: { 200: fileReply('许可证 PDF', 'application/pdf'), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { fileName, data } = await readCertificatePdf(request.ctx(), request.params.id);
      noStore(reply);
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition(fileName, true))
        .header('x-content-type-options', 'nosniff')
        .send(data);
    },
  );

  app.get(
    '/api/harvest/objections',
    {
      schema: {
        tags,
        summary: '采伐公示收到的异议（按办件）',
        querystring: Type.Object(
          { caseId: Type.String({ minLength: 1, maxLength: 64 }) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.String(),
                noticeId: Type.String(),
                caseId: Type.String(),
                name: Type.String(),
                contact: Nullable(Type.String()),
                content: Type.String(),
                createdAt: Type.String(),
              }),
            ),
          }),
          ...errorResponses(401, 403),
        },
      },
    },
    async (request) => ({ items: await listObjections(request.ctx(), request.query.caseId) }),
  );

  app.get(
    '/api/harvest/transport-permits',
    {
      schema: {
        tags: ['木材运输证（历史）'],
        summary: '木材运输证历史档案（2020年7月1日起已取消，只读）',
        querystring: Type.Object(
          { q: Type.Optional(Type.String({ maxLength: 60 })), ...Paging },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ total: Type.Integer(), items: Type.Array(TransportView) }),
          ...errorResponses(401, 403),
        },
      },
    },
    async (request) => listTransportPermits(request.ctx(), request.query),
  );

  // Import only: the archive has no route that creates a single permit (abolished 2020-07-01).
  app.post(
    '/api/harvest/transport-permits/import',
    {
      bodyLimit: 10_485_760,
      schema: {
        tags: ['木材运输证（历史）'],
        summary: '导入木材运输证历史记录（CSV；签发日期晚于 2020-06-30 的行一律拒收）',
        body: ImportBody,
        response: { 200: ImportReport, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) =>
      importTransportCsv(request.ctx(), {
        csv: request.body.csv,
        sourceName: request.body.fileName,
        partial: request.body.partial,
        dryRun: request.body.dryRun,
      }),
  );
}
