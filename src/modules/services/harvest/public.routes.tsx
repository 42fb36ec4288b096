// The public pages: certificate verification, the permit register, pre-approval notices with their
// objection form, and the archive lookup of abolished timber transport permits.
import { Type } from '@sinclair/typebox';
import { AppError } from '../../../platform/errors.ts';
import { noStore } from '../../../platform/http/route.ts';
import type { App } from '../../../platform/module.ts';
import {
  csrfToken,
  handleFormPost,
  renderNotFoundPage,
  renderPage,
  titleWithErrors,
} from '../../../site/index.ts';
import { checkObjection, getPublicNotice, listPublicNotices, submitObjection } from './notice.service.ts';
import { listPublicRegister, verifyCertificate } from './public.service.ts';
import {
  NoticePage,
  NoticesPage,
  type ObjectionForm,
  RegisterPage,
  TransportPage,
  VerifyPage,
} from './public-pages.tsx';
import { findQuotaRegion } from './regions.ts';
import { findTransportPermit } from './transport.service.ts';

const PAGE_SIZE = 20;
const hide = { hide: true };

const CountyPageQuery = Type.Object(
  {
    county: Type.Optional(Type.String({ maxLength: 10 })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, default: 1 })),
  },
  { additionalProperties: false },
);
const NoQuery = Type.Object(
  { no: Type.Optional(Type.String({ maxLength: 200 })) },
  { additionalProperties: false },
);
const NoticeParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
const NoticeQuery = Type.Object(
  { sent: Type.Optional(Type.String({ maxLength: 2 })) },
  { additionalProperties: false },
);
const ObjectionBody = Type.Object(
  {
    name: Type.Optional(Type.String({ maxLength: 200 })),
    contact: Type.Optional(Type.String({ maxLength: 200 })),
    content: Type.Optional(Type.String({ maxLength: 5000 })),
    _csrf: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);

/** A county filter that is not a county is ignored rather than refused: the page still shows. */
const countyOf = (v?: string) => (v && findQuotaRegion(v) ? v : undefined);

export function registerPublicPages(app: App): void {
  app.get('/certificates/verify', { schema: { ...hide, querystring: NoQuery } }, async (request, reply) => {
    const no = (request.query.no ?? '').trim();
    const result = no ? await verifyCertificate(request.ctx(), no) : undefined;
    noStore(reply);
    return renderPage(reply, {
      title: no ? `许可证核验：${no}` : '林木采伐许可证核验',
      description: '核验河南省林木采伐许可证的真伪与状态（有效、已过期、已撤销）。',
      breadcrumb: [{ label: '网上办事', href: '/services' }, { label: '许可证核验' }],
      canonicalPath: '/certificates/verify',
      body: <VerifyPage no={no} result={result} />,
    });
  });

  app.get(
    '/services/register',
    { schema: { ...hide, querystring: CountyPageQuery } },
    async (request, reply) => {
      const county = countyOf(request.query.county);
      const page = request.query.page ?? 1;
      const { total, items } = await listPublicRegister(request.ctx(), {
        countyCode: county,
        page,
        pageSize: PAGE_SIZE,
      });
      reply.header('cache-control', 'public, max-age=60');
      return renderPage(reply, {
        title: '林木采伐许可公开',
        description: '河南省已核发的林木采伐许可证：采伐地点、蓄积、期限与证书状态。',
        breadcrumb: [{ label: '网上办事', href: '/services' }, { label: '林木采伐许可公开' }],
        body: <RegisterPage county={county} page={page} pageSize={PAGE_SIZE} total={total} items={items} />,
      });
    },
  );

  app.get(
    '/services/register/notices',
    { schema: { ...hide, querystring: CountyPageQuery } },
    async (request, reply) => {
      const county = countyOf(request.query.county);
      const page = request.query.page ?? 1;
      const { total, items } = await listPublicNotices(request.ctx(), {
        countyCode: county,
        page,
        pageSize: PAGE_SIZE,
      });
      reply.header('cache-control', 'public, max-age=60');
      return renderPage(reply, {
        title: '林木采伐前公示',
        breadcrumb: [
          { label: '网上办事', href: '/services' },
          { label: '林木采伐许可公开', href: '/services/register' },
          { label: '采伐前公示' },
        ],
        body: <NoticesPage county={county} page={page} pageSize={PAGE_SIZE} total={total} items={items} />,
      });
    },
  );

  const noticeCrumbs = [
    { label: '网上办事', href: '/services' },
    { label: '林木采伐许可公开', href: '/services/register' },
    { label: '采伐前公示', href: '/services/register/notices' },
    { label: '公示详情' },
  ];

  app.get(
    '/services/register/notices/:id',
    { schema: { ...hide, params: NoticeParams, querystring: NoticeQuery } },
    async (request, reply) => {
      const notice = await getPublicNotice(request.ctx(), request.params.id).catch((e: unknown) => {
        if (e instanceof AppError && e.status === 404) return null;
        throw e;
      });
      if (!notice) return renderNotFoundPage(reply);
      noStore(reply);
      return renderPage(reply, {
        title: `采伐前公示 ${notice.receiptCode}`,
        breadcrumb: noticeCrumbs,
        body: (
          <NoticePage
            notice={notice}
            form={{ name: '', contact: '', content: '' }}
            errors={[]}
            sent={request.query.sent === '1'}
            csrf={csrfToken(request)}
          />
        ),
      });
    },
  );

  // The objection form posts here (no JavaScript): errors re-render the form, success redirects.
  app.post(
    '/services/register/notices/:id/objections',
    {
      schema: { ...hide, params: NoticeParams, body: ObjectionBody },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const ctx = request.ctx();
      const notice = await getPublicNotice(ctx, request.params.id).catch(() => null);
      if (!notice) return renderNotFoundPage(reply);
      const form: ObjectionForm = {
        name: request.body.name ?? '',
        contact: request.body.contact ?? '',
        content: request.body.content ?? '',
      };
      return handleFormPost(reply, {
        field: 'content',
        submit: async () => {
          const problems = checkObjection(form);
          if (problems.length) throw new AppError('VALIDATION_FAILED', { errors: problems });
          await submitObjection(ctx, notice.id, form);
          return `/services/register/notices/${notice.id}?sent=1`;
        },
        again: (errors, status) =>
          renderPage(reply, {
            title: titleWithErrors(`采伐前公示 ${notice.receiptCode}`, errors),
            breadcrumb: noticeCrumbs,
            status,
            body: (
              <NoticePage
                notice={notice}
                form={form}
                errors={errors}
                sent={false}
                csrf={csrfToken(request)}
              />
            ),
          }),
      });
    },
  );

  app.get(
    '/services/transport-permits',
    { schema: { ...hide, querystring: NoQuery } },
    async (request, reply) => {
      const no = (request.query.no ?? '').trim();
      const result = no ? await findTransportPermit(request.ctx(), no) : undefined;
      noStore(reply);
      return renderPage(reply, {
        title: '木材运输证（历史）查询',
        description: '木材运输证已于2020年7月1日取消。本页仅供查询此前签发的历史证件。',
        breadcrumb: [{ label: '网上办事', href: '/services' }, { label: '木材运输证（历史）查询' }],
        canonicalPath: '/services/transport-permits',
        body: <TransportPage no={no} result={result} />,
      });
    },
  );
}
