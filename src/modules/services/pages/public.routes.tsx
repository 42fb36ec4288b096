// The public pages of 网上办事: guides, the application form (multipart, no JavaScript needed),
// tracking by receipt code, 我的办件 for signed-in applicants, and the printable receipt and documents.
import multipart, { type MultipartFile } from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { can } from '../../../platform/access/policy.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError, type FieldError } from '../../../platform/errors.ts';
import { contentDisposition } from '../../../platform/files/index.ts';
import type { App } from '../../../platform/module.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import {
  csrfToken,
  ErrorSummary,
  handleFormPost,
  renderNotFoundPage,
  renderPage,
  titleWithErrors,
} from '../../../site/index.ts';
import type { UploadInput } from '../apply/application-checks.ts';
import { getDraft } from '../apply/get-draft.ts';
import { saveDraft } from '../apply/save-draft.ts';
import { submitOnline } from '../apply/submit-online.ts';
import type { CaseRow } from '../case.repository.ts';
import { caseMaterials, findCase, findDocument } from '../case-load.ts';
import { effectiveForm, findItem, listItems } from '../catalogue.service.ts';
import { renderCaseDocumentPdf } from '../document.pdf.ts';
import { supplementOnline } from '../flow/supplement-online.ts';
import { withdrawCase } from '../flow/withdraw-case.ts';
import { normalizeForm } from '../forms.ts';
import { caseInScope } from '../services.policy.ts';
import { UPLOAD_MAX_MB } from '../services.settings.ts';
import { getOwnCase, listOwnCases, trackCase } from '../track.service.ts';
import { ApplyPage, SignInNeeded, StaffCannotApply } from './apply-page.tsx';
import { CataloguePage, GuidePage, ServicesCss } from './guide-pages.tsx';
import { documentHtml, receiptHtml } from './print-pages.tsx';
import { DetailsView, OwnCasesPage, SummaryView, TrackPage } from './track-pages.tsx';

declare module 'fastify' {
  interface FastifyRequest {
    /** Files of a multipart form, read whole (bounded by the multipart limits). */
    uploads: Array<{ field: string; fileName: string; data: Buffer; truncated: boolean }> | null;
  }
}

const HARD_FILE_LIMIT = 50 * 1_048_576;

const Code = Type.Object(
  { code: Type.String({ pattern: '^[A-Z]{2,6}-\\d{2,4}$' }) },
  { additionalProperties: false },
);
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
// Dynamic forms: the field names come from the item's definition, so the schema bounds the shape
// (short strings or lists of them) and validateForm checks every name and value.
const FormBody = Type.Object(
  {
    _csrf: Type.Optional(Type.String({ maxLength: 100 })),
    action: Type.Optional(Type.Union([Type.Literal('save'), Type.Literal('submit')])),
    removeFile: Type.Optional(
      Type.Union([
        Type.String({ format: 'uuid' }),
        Type.Array(Type.String({ format: 'uuid' }), { maxItems: 50 }),
      ]),
    ),
  },
  {
    additionalProperties: Type.Union([
      Type.String({ maxLength: 5000 }),
      Type.Array(Type.String({ maxLength: 200 }), { maxItems: 50 }),
    ]),
    maxProperties: 250,
  },
);
const TrackBody = Type.Object(
  {
    _csrf: Type.Optional(Type.String({ maxLength: 100 })),
    code: Type.String({ maxLength: 30 }),
    check: Type.Optional(Type.String({ maxLength: 10 })),
  },
  { additionalProperties: false },
);
const SavedQuery = Type.Object(
  { saved: Type.Optional(Type.String({ maxLength: 2 })) },
  { additionalProperties: false },
);
const TrackQuery = Type.Object(
  { code: Type.Optional(Type.String({ maxLength: 30 })) },
  { additionalProperties: false },
);
const ReasonForm = Type.Object(
  { _csrf: Type.Optional(Type.String({ maxLength: 100 })), reason: Type.String({ maxLength: 500 }) },
  { additionalProperties: false },
);
const SupplementBody = Type.Object(
  {
    _csrf: Type.Optional(Type.String({ maxLength: 100 })),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);

const isApplicant = (request: FastifyRequest) =>
  request.actor.kind === 'citizen' || request.actor.kind === 'org';

function uploadsOf(request: FastifyRequest): UploadInput[] {
  return (request.uploads ?? [])
    .filter((u) => u.field.startsWith('material_'))
    .map((u) => ({
      specCode: u.field.slice('material_'.length),
      fileName: u.fileName,
      data: u.data,
      truncated: u.truncated,
    }));
}

function listOf(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : [];
}

/** Staff who may read the case (in scope), or the applicant who owns it. */
function mayReadCase(ctx: Ctx, row: CaseRow): boolean {
  if (ctx.actor.id && row.applicantAccountId === ctx.actor.id) return true;
  const scope = ctx.actor.permissions['services:read'];
  return Boolean(scope && caseInScope(ctx.actor, scope, row));
}

function forbiddenPage(reply: FastifyReply, signedIn: boolean) {
  return renderPage(reply, {
    title: signedIn ? '无权查看' : '请先登录',
    status: signedIn ? 403 : 401,
    canonicalPath: null,
    body: (
      <article>
        <h1>{signedIn ? '无权查看' : '请先登录'}</h1>
        <p>
          {signedIn ? (
            '该页面仅对申请人本人和有权限的工作人员开放。'
          ) : (
            <a href="/account/login">登录后查看</a>
          )}
        </p>
      </article>
    ),
  });
}

export async function registerServicePages(app: App): Promise<void> {
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    throwFileSizeLimit: false,
    limits: { fileSize: HARD_FILE_LIMIT + 1, files: 30, fields: 300, fieldSize: 100_000, parts: 400 },
    async onFile(this: FastifyRequest, part: MultipartFile) {
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) chunks.push(chunk as Buffer);
      const data = Buffer.concat(chunks);
      // An empty file input still sends a part with no name and no content.
      if (!part.filename && data.length === 0) return;
      this.uploads ??= [];
      this.uploads.push({
        field: part.fieldname,
        fileName: part.filename,
        data,
        truncated: part.file.truncated,
      });
    },
  });
  app.decorateRequest('uploads', null);

  app.get('/services', { schema: { hide: true } }, async (request, reply) => {
    const items = await listItems(request.ctx());
    return renderPage(reply, {
      title: '网上办事',
      description: '河南省林业局行政许可事项办事指南、在线申请与办件查询',
      breadcrumb: [{ label: '网上办事' }],
      body: <CataloguePage items={items} />,
    });
  });

  const trackPage = async (request: FastifyRequest, reply: FastifyReply, code: string, check?: string) => {
    const errors: FieldError[] = [];
    let result = null;
    if (code.trim()) result = await trackCase(request.ctx(), { code, check });
    else if (request.method === 'POST') errors.push({ field: 'code', message: '查询码：必填' });
    if (check && !/^[0-9Xx]{4}$/.test(check.trim()))
      errors.push({ field: 'check', message: '后四位：应为 4 位数字（身份证末位可为 X）' });
    reply.header('cache-control', 'no-store');
    return renderPage(reply, {
      title: titleWithErrors('办件查询', errors),
      breadcrumb: [{ label: '网上办事', href: '/services' }, { label: '办件查询' }],
      canonicalPath: '/services/track',
      status: errors.length ? 400 : 200,
      body: <TrackPage result={result} code={code} check={check} csrf={csrfToken(request)} errors={errors} />,
    });
  };
  app.get('/services/track', { schema: { hide: true, querystring: TrackQuery } }, async (request, reply) =>
    trackPage(request, reply, request.query.code ?? ''),
  );
  app.post(
    '/services/track',
    { schema: { hide: true, body: TrackBody }, config: { rateLimit: { max: 30, timeWindow: 60_000 } } },
    async (request, reply) =>
      trackPage(request, reply, request.body.code, request.body.check?.trim() || undefined),
  );

  app.get('/services/:code', { schema: { hide: true, params: Code } }, async (request, reply) => {
    const item = await findItem(request.ctx(), request.params.code);
    if (!item?.active) return renderNotFoundPage(reply);
    return renderPage(reply, {
      title: `${item.name} - 办事指南`,
      description: `${item.name}的设定依据、申请条件、办理材料、办理流程和时限`,
      breadcrumb: [{ label: '网上办事', href: '/services' }, { label: item.name }],
      body: (
        <GuidePage
          item={item}
          form={effectiveForm(item)}
          staffView={request.actor.kind === 'staff' && 'services:items' in request.actor.permissions}
        />
      ),
    });
  });

  const applyCrumbs = (name: string, code: string) => [
    { label: '网上办事', href: '/services' },
    { label: name, href: `/services/${code}` },
    { label: '在线申请' },
  ];

  app.get(
    '/services/:code/apply',
    { schema: { hide: true, params: Code, querystring: SavedQuery } },
    async (request, reply) => {
      const ctx = request.ctx();
      const item = await findItem(ctx, request.params.code);
      if (!item?.active) return renderNotFoundPage(reply);
      reply.header('cache-control', 'no-store');
      const title = `申请：${item.name}`;
      const breadcrumb = applyCrumbs(item.name, item.code);
      if (!request.actor.id)
        return renderPage(reply, {
          title,
          breadcrumb,
          body: <SignInNeeded item={item} next={`/services/${item.code}/apply`} />,
        });
      if (!isApplicant(request))
        return renderPage(reply, { title, breadcrumb, body: <StaffCannotApply item={item} /> });
      const draft = await getDraft(ctx, item.code);
      return renderPage(reply, {
        title,
        breadcrumb,
        body: (
          <ApplyPage
            item={item}
            form={effectiveForm(item)}
            values={draft?.values ?? {}}
            errors={[]}
            files={draft?.files ?? []}
            csrf={csrfToken(request)}
            maxMb={await getSetting(ctx, UPLOAD_MAX_MB)}
            saved={request.query.saved === '1' && draft ? draft.updatedAt : null}
            applicantName={request.actor.displayName}
          />
        ),
      });
    },
  );

  app.post(
    '/services/:code/apply',
    { schema: { hide: true, params: Code, body: FormBody } },
    async (request, reply) => {
      const ctx = request.ctx();
      const item = await findItem(ctx, request.params.code);
      if (!item?.active) return renderNotFoundPage(reply);
      reply.header('cache-control', 'no-store');
      const title = `申请：${item.name}`;
      const breadcrumb = applyCrumbs(item.name, item.code);
      if (!request.actor.id)
        return renderPage(reply, {
          title,
          breadcrumb,
          status: 401,
          body: <SignInNeeded item={item} next={`/services/${item.code}/apply`} />,
        });
      if (!isApplicant(request))
        return renderPage(reply, { title, breadcrumb, status: 403, body: <StaffCannotApply item={item} /> });
      const { _csrf: _c, action, removeFile, ...raw } = request.body as Record<string, unknown>;
      const removeFileIds = listOf(removeFile);
      const uploads = uploadsOf(request);
      const form = effectiveForm(item);
      const maxMb = await getSetting(ctx, UPLOAD_MAX_MB);
      const entered = normalizeForm(form, raw);
      // Post-redirect-get: a saved draft or a submitted application is shown by a GET; a refused
      // one comes back with what was entered and the messages.
      return handleFormPost(reply, {
        field: form.sections[0]?.fields[0]?.name ?? 'form',
        submit: async () => {
          const input = { itemCode: item.code, values: raw, uploads, removeFileIds };
          if (action === 'save') {
            await saveDraft(ctx, input);
            return `/services/${item.code}/apply?saved=1`;
          }
          const row = await submitOnline(ctx, input);
          return `/account/cases/${row.id}?submitted=1`;
        },
        again: async (errors, status) => {
          const draft = await getDraft(request.ctx(), item.code);
          return renderPage(reply, {
            title: titleWithErrors(title, errors),
            breadcrumb,
            status,
            body: (
              <ApplyPage
                item={item}
                form={form}
                values={entered}
                errors={errors}
                files={draft?.files ?? []}
                csrf={csrfToken(request)}
                maxMb={maxMb}
                applicantName={request.actor.displayName}
              />
            ),
          });
        },
      });
    },
  );

  // ---- 我的办件 ----

  app.get('/account/cases', { schema: { hide: true } }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    if (!request.actor.id) return reply.redirect('/account/login?next=%2Faccount%2Fcases', 303);
    const cases = isApplicant(request) ? await listOwnCases(request.ctx()) : [];
    return renderPage(reply, {
      title: '我的办件',
      breadcrumb: [{ label: '我的办件' }],
      body: <OwnCasesPage cases={cases} />,
    });
  });

  const ownCasePage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    errors: FieldError[] = [],
  ) => {
    reply.header('cache-control', 'no-store');
    if (!request.actor.id)
      return reply.redirect(`/account/login?next=${encodeURIComponent(`/account/cases/${id}`)}`, 303);
    let own: Awaited<ReturnType<typeof getOwnCase>>;
    try {
      own = await getOwnCase(request.ctx(), id);
    } catch (e) {
      if (e instanceof AppError && e.status === 404) return renderNotFoundPage(reply);
      throw e;
    }
    const item = await findItem(request.ctx(), own.row.itemCode);
    const submitted = (request.query as { submitted?: string } | undefined)?.submitted === '1';
    return renderPage(reply, {
      title: titleWithErrors(`我的办件：${own.summary.itemName}`, errors),
      breadcrumb: [{ label: '我的办件', href: '/account/cases' }, { label: own.summary.itemName }],
      canonicalPath: null,
      status: errors.length ? 400 : 200,
      body: (
        <article>
          <ServicesCss />
          <h1>{own.summary.itemName}</h1>
          <ErrorSummary errors={errors} title="未提交，请修改以下内容" />
          {submitted ? (
            <div className="notice-box" role="status">
              申请已提交。请记下查询码，凭查询码和手机号码（或证件号码）后四位可随时查询办理进度。
              <a href={`/services/receipts/${own.row.id}`}>打印收件回执</a>
            </div>
          ) : null}
          <SummaryView s={own.summary} />
          <DetailsView
            d={own.details}
            owner={{
              csrf: csrfToken(request),
              open: !own.row.closedAt && own.row.status !== 'approved',
              materials: item ? effectiveForm(item).materials : [],
              maxMb: await getSetting(request.ctx(), UPLOAD_MAX_MB),
              errors,
            }}
          />
        </article>
      ),
    });
  };

  app.get('/account/cases/:id', { schema: { hide: true, params: Id } }, async (request, reply) =>
    ownCasePage(request, reply, request.params.id),
  );

  app.post(
    '/account/cases/:id/supplement',
    { schema: { hide: true, params: Id, body: SupplementBody } },
    async (request, reply) => {
      if (!request.actor.id) return reply.redirect('/account/login', 303);
      const id = request.params.id;
      return handleFormPost(reply, {
        field: 'note',
        submit: async () => {
          await supplementOnline(request.ctx(), id, { note: request.body.note, uploads: uploadsOf(request) });
          return `/account/cases/${id}`;
        },
        again: (errors) => ownCasePage(request, reply, id, errors),
      });
    },
  );

  app.post(
    '/account/cases/:id/withdraw',
    { schema: { hide: true, params: Id, body: ReasonForm } },
    async (request, reply) => {
      if (!request.actor.id) return reply.redirect('/account/login', 303);
      const ctx = request.ctx();
      const row = await findCase(ctx, request.params.id);
      if (!row || row.applicantAccountId !== ctx.actor.id) return renderNotFoundPage(reply);
      return handleFormPost(reply, {
        field: 'reason',
        submit: async () => {
          await withdrawCase(ctx, row.id, { reason: request.body.reason });
          return `/account/cases/${row.id}`;
        },
        // The form has one field: every message is about the reason.
        again: (errors) =>
          ownCasePage(
            request,
            reply,
            row.id,
            errors.map((x) => ({ ...x, field: 'reason' })),
          ),
      });
    },
  );

  // ---- printable pages ----

  app.get('/services/receipts/:id', { schema: { hide: true, params: Id } }, async (request, reply) => {
    const ctx = request.ctx();
    const row = await findCase(ctx, request.params.id);
    if (!row) return renderNotFoundPage(reply);
    if (!mayReadCase(ctx, row)) return forbiddenPage(reply, Boolean(ctx.actor.id));
    const item = await findItem(ctx, row.itemCode);
    const materials = await caseMaterials(ctx, row.id);
    const base = ctx.deps.config.PUBLIC_URL.replace(/\/+$/, '');
    reply.header('cache-control', 'no-store').type('text/html; charset=utf-8');
    return reply.send(
      receiptHtml({
        siteName: ctx.deps.config.SITE_NAME,
        itemName: item?.name ?? row.itemCode,
        itemCode: row.itemCode,
        receiptCode: row.receiptCode,
        applicantName: row.applicantName,
        applicantIdMask: row.applicantIdMask,
        phoneMask: row.phoneMask,
        submittedAt: row.submittedAt,
        channel: row.channel,
        staffName:
          row.channel === 'counter' && can(ctx.actor, 'services:read') ? ctx.actor.displayName : null,
        acceptanceDueAt: row.acceptanceDueAt,
        statutoryWorkdays: item?.statutoryWorkdays ?? 20,
        promisedWorkdays: row.promisedWorkdays,
        materials: materials.map((m) => ({
          name: m.specName,
          source: m.source,
          copies: m.copies,
          fileName: m.fileName,
        })),
        trackUrl: `${base}/services/track`,
      }),
    );
  });

  // The same document as a PDF, to print, sign and send as the written notice (书面告知).
  app.get('/services/documents/:id/pdf', { schema: { hide: true, params: Id } }, async (request, reply) => {
    const ctx = request.ctx();
    const doc = await findDocument(ctx, request.params.id);
    const row = doc ? await findCase(ctx, doc.caseId) : undefined;
    if (!doc || !row) return renderNotFoundPage(reply);
    if (!mayReadCase(ctx, row)) return forbiddenPage(reply, Boolean(ctx.actor.id));
    const pdf = await renderCaseDocumentPdf({
      department: ctx.deps.config.SITE_NAME,
      title: doc.title,
      number: doc.number,
      body: doc.body,
      issuedAt: doc.issuedAt,
    });
    return reply
      .header('cache-control', 'no-store')
      .header('content-disposition', contentDisposition(`${doc.title}-${doc.number}.pdf`, true))
      .type('application/pdf')
      .send(pdf);
  });

  app.get('/services/documents/:id', { schema: { hide: true, params: Id } }, async (request, reply) => {
    const ctx = request.ctx();
    const doc = await findDocument(ctx, request.params.id);
    const row = doc ? await findCase(ctx, doc.caseId) : undefined;
    if (!doc || !row) return renderNotFoundPage(reply);
    if (!mayReadCase(ctx, row)) return forbiddenPage(reply, Boolean(ctx.actor.id));
    reply.header('cache-control', 'no-store').type('text/html; charset=utf-8');
    return reply.send(
      documentHtml({
        siteName: ctx.deps.config.SITE_NAME,
        title: doc.title,
        number: doc.number,
        body: doc.body,
        issuedAt: doc.issuedAt,
      }),
    );
  });
}
