// The board's public pages (供求信息), server-rendered and working without JavaScript: the list with
// filters, a post (contact details for signed-in readers only), the form to post (signed-in
// organisations and citizens), the author's own posts, and the abuse report form.
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ReactNode } from 'react';
import type { Ctx } from '../../../platform/context.ts';
import { AppError, type FieldError } from '../../../platform/errors.ts';
import type { App } from '../../../platform/module.ts';
import {
  Actions,
  assetUrl,
  Button,
  csrfToken,
  DateInput,
  ErrorSummary,
  Form,
  FormStyles,
  handleFormPost,
  Notice,
  Pagination,
  Radios,
  renderNotFoundPage,
  renderPage,
  Select,
  TextArea,
  TextInput,
  titleWithErrors,
} from '../../../site/index.ts';
import { countyChoices } from '../../org/index.ts';
import { chinaDayOf } from '../freshness/freshness.rules.ts';
import { BoardFormBody, BoardListQuery, CsrfOnlyBody, ReportFormBody } from '../portal-ops.schema.ts';
import type { BoardKind } from '../portal-ops.table.ts';
import { visitRecorderFor } from '../stats/visit-recorder.ts';
import {
  BOARD_KIND_LABELS,
  listBoard,
  listMyPosts,
  mayPost,
  type PostInput,
  type PublicPostView,
  REPORT_REASONS,
  readBoardPost,
  reportPost,
  submitPost,
  withdrawMyPost,
} from './board.service.ts';
import { listCities } from './regions.ts';

const BASE = '/supply-demand';
const PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IdParam = Type.Object({ id: Type.String({ maxLength: 40 }) }, { additionalProperties: false });
const ReportedQuery = Type.Object(
  { reported: Type.Optional(Type.String({ maxLength: 2 })) },
  { additionalProperties: false },
);
const MineQuery = Type.Object(
  { submitted: Type.Optional(Type.String({ maxLength: 2 })) },
  { additionalProperties: false },
);

const loginHref = (next: string) => `/account/login?next=${encodeURIComponent(next)}`;

const Css = () => (
  <>
    <FormStyles />
    <link rel="stylesheet" href={assetUrl('board.css')} />
  </>
);

/** Record the view of one of the board's pages in the site statistics. */
function countView(request: FastifyRequest, ctx: Ctx): void {
  visitRecorderFor(ctx.database).record({
    kind: 'page',
    ip: request.ip ?? null,
    userAgent: request.headers['user-agent'] ?? null,
    at: ctx.now,
  });
}

// ---- list ----

function KindTag({ kind }: { kind: BoardKind }) {
  return <span className={`board-kind ${kind}`}>{BOARD_KIND_LABELS[kind]}</span>;
}

function ListPage(p: {
  items: PublicPostView[];
  total: number;
  page: number;
  kind: string;
  region: string;
  q: string;
  signedIn: boolean;
}) {
  const pages = Math.max(1, Math.ceil(p.total / PAGE_SIZE));
  const link = (page: number) => {
    const params = new URLSearchParams();
    if (p.kind) params.set('kind', p.kind);
    if (p.region) params.set('region', p.region);
    if (p.q) params.set('q', p.q);
    if (page > 1) params.set('page', String(page));
    const s = params.toString();
    return s ? `${BASE}?${s}` : BASE;
  };
  return (
    <>
      <Css />
      <h1>供求信息</h1>
      <p>林产品、苗木等的供应与求购信息，由注册的企业和个人发布，经审核后公开；过了有效期的信息不再显示。</p>
      <p className="actions">
        <a className="button" href={`${BASE}/new`}>
          发布供求信息
        </a>
        {p.signedIn ? (
          <a className="button secondary" href={`${BASE}/mine`}>
            我发布的信息
          </a>
        ) : null}
      </p>
      <Form
        method="get"
        action={BASE}
        className="board-filters"
        aria-label="筛选供求信息"
        values={{ kind: p.kind, region: p.region, q: p.q }}
      >
        <Select
          name="kind"
          label="类型"
          placeholder="全部"
          options={[
            { value: 'supply', label: '供应' },
            { value: 'demand', label: '求购' },
          ]}
        />
        <Select
          name="region"
          label="地区"
          placeholder="全省"
          options={listCities().map((c) => ({ value: c.code, label: c.name }))}
        />
        <TextInput name="q" label="产品" type="search" maxLength={50} />
        <Button>筛选</Button>
      </Form>
      {p.items.length === 0 ? (
        <p>暂无符合条件的供求信息。</p>
      ) : (
        <>
          <p>共 {p.total} 条</p>
          <ul className="board-list">
            {p.items.map((it) => (
              <li key={it.id}>
                <h2>
                  <KindTag kind={it.kind} />
                  <a href={`${BASE}/${it.id}`}>{it.product}</a>
                </h2>
                <p className="board-meta">
                  数量：{it.quantity} {it.unit} ｜ 地区：{it.regionName} ｜ 有效期至 {it.validUntil}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      <Pagination page={p.page} pages={pages} href={link} />
    </>
  );
}

// ---- detail ----

function DetailPage({
  post,
  signedIn,
  expired,
  reported,
}: {
  post: PublicPostView;
  signedIn: boolean;
  expired: boolean;
  reported: boolean;
}) {
  return (
    <>
      <Css />
      <h1>
        <KindTag kind={post.kind} />
        {post.product}
      </h1>
      {reported ? (
        <Notice>
          <p>已收到您的举报。感谢您的监督，网站工作人员会尽快核实，查实的信息将被屏蔽。</p>
        </Notice>
      ) : null}
      {expired ? (
        <Notice>
          <p>该信息已于 {post.validUntil} 过期，不再公开联系方式。</p>
        </Notice>
      ) : null}
      <dl className="board-facts">
        <dt>类型</dt>
        <dd>{post.kindLabel}</dd>
        <dt>数量</dt>
        <dd>
          {post.quantity} {post.unit}
        </dd>
        <dt>地区</dt>
        <dd>{post.regionName}</dd>
        <dt>有效期至</dt>
        <dd>{post.validUntil}</dd>
        <dt>发布者</dt>
        <dd>{post.authorName}</dd>
        {post.publishedAt ? (
          <>
            <dt>发布日期</dt>
            <dd>{post.publishedAt.slice(0, 10)}</dd>
          </>
        ) : null}
        <dt>联系方式</dt>
        <dd>
          {post.contact ? (
            <>
              {post.contact.name}，电话 {post.contact.phone}
            </>
          ) : expired ? (
            '—'
          ) : (
            <>
              <a href={loginHref(`${BASE}/${post.id}`)}>登录</a>后查看联系方式
              {signedIn ? null : '（保护发布者的个人信息）'}
            </>
          )}
        </dd>
      </dl>
      {post.description ? (
        <section>
          <h2>详细说明</h2>
          {post.description.split(/\n+/).map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines of one text, never reordered
            <p key={i}>{line}</p>
          ))}
        </section>
      ) : null}
      <p className="field-hint">本站仅提供信息发布平台，交易前请核实对方资质，谨防诈骗。</p>
      <p className="actions">
        <a href={BASE}>返回供求信息</a>
        {expired ? null : <a href={`${BASE}/${post.id}/report`}>举报此信息</a>}
      </p>
    </>
  );
}

// ---- the form to post ----

function PostForm({
  values,
  errors,
  csrf,
  today,
}: {
  values: PostInput;
  errors: FieldError[];
  csrf: string | null;
  today: string;
}) {
  return (
    <>
      <Css />
      <h1>发布供求信息</h1>
      <ErrorSummary errors={errors} />
      <p>提交后由网站工作人员审核，审核通过即在“供求信息”栏目公开。联系方式仅向登录用户显示。</p>
      <Form action={`${BASE}/new`} csrf={csrf} values={values} errors={errors}>
        <Radios
          name="kind"
          legend="信息类型"
          inline
          options={[
            { value: 'supply', label: '供应' },
            { value: 'demand', label: '求购' },
          ]}
        />
        <TextInput name="product" label="产品名称" hint="如：侧柏苗、核桃、杨木原木" maxLength={50} />
        <TextInput name="quantity" label="数量" width="short" inputMode="decimal" />
        <TextInput
          name="unit"
          label="计量单位"
          hint="如：株、吨、立方米、亩、公斤"
          width="short"
          maxLength={10}
        />
        <Select
          name="regionCode"
          label="所在地区"
          options={countyChoices()}
          placeholder="请选择县（市、区）"
        />
        <TextInput name="contactName" label="联系人" width="medium" maxLength={20} autoComplete="name" />
        <TextInput
          name="contactPhone"
          label="联系电话"
          hint="手机号或带区号的固定电话；仅向登录用户显示"
          type="tel"
          width="medium"
          autoComplete="tel"
        />
        <DateInput name="validUntil" label="有效期至" hint="过期后自动从列表中撤下" min={today} />
        <TextArea
          name="description"
          label="详细说明"
          optional
          hint="规格、质量、价格、交货方式等，最多 1000 字"
          rows={6}
          maxLength={1000}
        />
        <Actions>
          <Button>提交审核</Button>
          <a href={BASE}>取消</a>
        </Actions>
      </Form>
    </>
  );
}

function ReportForm({
  post,
  errors,
  csrf,
  values,
}: {
  post: PublicPostView;
  errors: FieldError[];
  csrf: string | null;
  values: { reason?: string; detail?: string };
}) {
  return (
    <>
      <Css />
      <h1>举报供求信息</h1>
      <ErrorSummary errors={errors} />
      <p>
        您举报的是：<a href={`${BASE}/${post.id}`}>{post.product}</a>（{post.kindLabel}，{post.regionName}
        ）。网站工作人员会尽快核实处理。
      </p>
      <Form action={`${BASE}/${post.id}/report`} csrf={csrf} values={values} errors={errors}>
        <Radios
          name="reason"
          legend="举报原因"
          options={REPORT_REASONS.map((r) => ({ value: r, label: r }))}
        />
        <TextArea name="detail" label="情况说明" optional rows={4} maxLength={500} />
        <Actions>
          <Button>提交举报</Button>
          <a href={`${BASE}/${post.id}`}>取消</a>
        </Actions>
      </Form>
    </>
  );
}

// ---- routes ----

const crumbs = (label: string, extra?: { label: string; href: string }) => [
  { label: '供求信息', href: BASE },
  ...(extra ? [extra] : []),
  { label },
];

function notice(reply: FastifyReply, title: string, body: ReactNode, status = 200) {
  reply.header('cache-control', 'no-store');
  return renderPage(reply, {
    title,
    status,
    canonicalPath: null,
    breadcrumb: crumbs(title),
    body: (
      <>
        <Css />
        <h1>{title}</h1>
        {body}
      </>
    ),
  });
}

function signInFirst(reply: FastifyReply, next: string) {
  return notice(
    reply,
    '请先登录',
    <p>
      发布供求信息需要登录。请<a href={loginHref(next)}>登录</a>，没有账号可先
      <a href={`/account/register?next=${encodeURIComponent(next)}`}>注册</a>。
    </p>,
  );
}

function staffCannotPost(reply: FastifyReply) {
  return notice(
    reply,
    '发布供求信息',
    <p>供求信息由注册的企业和公众用户发布；工作人员请在工作台审核供求信息。</p>,
    403,
  );
}

export function registerBoardPages(app: App): void {
  app.get(BASE, { schema: { hide: true, querystring: BoardListQuery } }, async (request, reply) => {
    const ctx = request.ctx();
    const q = request.query;
    const kind = q.kind === 'supply' || q.kind === 'demand' ? q.kind : '';
    const region = q.region && /^\d{6}$/.test(q.region) ? q.region : '';
    const text = (q.q ?? '').trim().slice(0, 50);
    const page = q.page ?? 1;
    const { total, items } = await listBoard(ctx, {
      kind: kind || undefined,
      region: region || undefined,
      q: text,
      page,
      pageSize: PAGE_SIZE,
    });
    countView(request, ctx);
    if (request.actor.id) reply.header('cache-control', 'no-store');
    return renderPage(reply, {
      title: page > 1 ? `供求信息（第 ${page} 页）` : '供求信息',
      description: '河南省林业局门户网站供求信息：林产品、苗木的供应与求购。',
      breadcrumb: [{ label: '供求信息' }],
      canonicalPath: BASE,
      body: (
        <ListPage
          items={items}
          total={total}
          page={page}
          kind={kind}
          region={region}
          q={text}
          signedIn={Boolean(request.actor.id)}
        />
      ),
    });
  });

  app.get(`${BASE}/new`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.ctx();
    if (!ctx.actor.id) return signInFirst(reply, `${BASE}/new`);
    if (!mayPost(ctx)) return staffCannotPost(reply);
    reply.header('cache-control', 'no-store');
    return renderPage(reply, {
      title: '发布供求信息',
      breadcrumb: crumbs('发布供求信息'),
      canonicalPath: null,
      body: <PostForm values={{}} errors={[]} csrf={csrfToken(request)} today={chinaDayOf(ctx.now)} />,
    });
  });

  app.post(
    `${BASE}/new`,
    { schema: { hide: true, body: BoardFormBody }, config: { rateLimit: { max: 20, timeWindow: 60_000 } } },
    async (request, reply) => {
      const ctx = request.ctx();
      if (!ctx.actor.id) return signInFirst(reply, `${BASE}/new`);
      if (!mayPost(ctx)) return staffCannotPost(reply);
      const { _csrf, ...values } = request.body;
      return handleFormPost(reply, {
        field: 'product',
        submit: async () => {
          await submitPost(ctx, values);
          return `${BASE}/mine?submitted=1`;
        },
        again: (errors, status) =>
          renderPage(reply, {
            title: titleWithErrors('发布供求信息', errors),
            status,
            breadcrumb: crumbs('发布供求信息'),
            canonicalPath: null,
            body: (
              <PostForm
                values={values}
                errors={errors}
                csrf={csrfToken(request)}
                today={chinaDayOf(ctx.now)}
              />
            ),
          }),
      });
    },
  );

  app.get(`${BASE}/mine`, { schema: { hide: true, querystring: MineQuery } }, async (request, reply) => {
    const ctx = request.ctx();
    if (!ctx.actor.id) return signInFirst(reply, `${BASE}/mine`);
    const posts = await listMyPosts(ctx);
    return notice(
      reply,
      '我发布的供求信息',
      <>
        {request.query.submitted ? (
          <Notice>
            <p>已提交，审核通过后即公开。审核结果会发到您的站内消息。</p>
          </Notice>
        ) : null}
        {posts.length === 0 ? (
          <p>
            您还没有发布供求信息。<a href={`${BASE}/new`}>发布一条</a>
          </p>
        ) : (
          <ul className="board-list">
            {posts.map((p) => (
              <li key={p.id}>
                <h2>
                  <KindTag kind={p.kind} />
                  {p.status === 'published' && !p.expired ? (
                    <a href={`${BASE}/${p.id}`}>{p.product}</a>
                  ) : (
                    p.product
                  )}
                </h2>
                <p className="board-meta">
                  <span className="board-status">
                    {p.expired && p.status === 'published' ? '已过期' : p.statusLabel}
                  </span>
                  {p.moderationNote ? `（${p.moderationNote}）` : ''} ｜ 提交于 {p.createdAt.slice(0, 10)} ｜
                  有效期至 {p.validUntil}
                </p>
                {p.status === 'pending' || (p.status === 'published' && !p.expired) ? (
                  <Form action={`${BASE}/${p.id}/withdraw`} csrf={csrfToken(request)}>
                    <Button secondary>撤下</Button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <p className="actions">
          <a className="button" href={`${BASE}/new`}>
            发布供求信息
          </a>
          <a href={BASE}>返回供求信息</a>
        </p>
      </>,
    );
  });

  app.post(
    `${BASE}/:id/withdraw`,
    { schema: { hide: true, params: IdParam, body: CsrfOnlyBody } },
    async (request, reply) => {
      const ctx = request.ctx();
      if (!ctx.actor.id) return signInFirst(reply, `${BASE}/mine`);
      if (!UUID.test(request.params.id)) return renderNotFoundPage(reply);
      try {
        await withdrawMyPost(ctx, request.params.id);
      } catch (e) {
        if (e instanceof AppError && e.status === 404) return renderNotFoundPage(reply);
        throw e;
      }
      return reply.redirect(`${BASE}/mine`, 303);
    },
  );

  app.get(
    `${BASE}/:id`,
    { schema: { hide: true, params: IdParam, querystring: ReportedQuery } },
    async (request, reply) => {
      const ctx = request.ctx();
      if (!UUID.test(request.params.id)) return renderNotFoundPage(reply);
      const found = await readBoardPost(ctx, request.params.id);
      if (found.kind === 'missing') return renderNotFoundPage(reply);
      countView(request, ctx);
      // The page shows contact details to signed-in readers: no shared cache may keep it.
      reply.header('cache-control', request.actor.id ? 'no-store' : 'no-cache');
      return renderPage(reply, {
        title: `${found.post.kindLabel}：${found.post.product}`,
        description: `${found.post.kindLabel}${found.post.product}，${found.post.quantity}${found.post.unit}，${found.post.regionName}。`,
        breadcrumb: crumbs(found.post.product),
        status: found.kind === 'expired' ? 410 : 200,
        body: (
          <DetailPage
            post={found.post}
            signedIn={Boolean(ctx.actor.id)}
            expired={found.kind === 'expired'}
            reported={request.query.reported === '1'}
          />
        ),
      });
    },
  );

  app.get(`${BASE}/:id/report`, { schema: { hide: true, params: IdParam } }, async (request, reply) => {
    const ctx = request.ctx();
    if (!UUID.test(request.params.id)) return renderNotFoundPage(reply);
    const found = await readBoardPost(ctx, request.params.id);
    if (found.kind !== 'live') return renderNotFoundPage(reply);
    reply.header('cache-control', 'no-store');
    return renderPage(reply, {
      title: '举报供求信息',
      breadcrumb: crumbs('举报', { label: found.post.product, href: `${BASE}/${found.post.id}` }),
      canonicalPath: null,
      body: <ReportForm post={found.post} errors={[]} csrf={csrfToken(request)} values={{}} />,
    });
  });

  app.post(
    `${BASE}/:id/report`,
    {
      schema: { hide: true, params: IdParam, body: ReportFormBody },
      config: { rateLimit: { max: 10, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const ctx = request.ctx();
      if (!UUID.test(request.params.id)) return renderNotFoundPage(reply);
      const found = await readBoardPost(ctx, request.params.id);
      if (found.kind !== 'live') return renderNotFoundPage(reply);
      const values = { reason: request.body.reason, detail: request.body.detail };
      return handleFormPost(reply, {
        field: 'reason',
        submit: async () => {
          await reportPost(ctx, found.post.id, values);
          return `${BASE}/${found.post.id}?reported=1`;
        },
        again: (errors, status) =>
          renderPage(reply, {
            title: titleWithErrors('举报供求信息', errors),
            status,
            breadcrumb: crumbs('举报', { label: found.post.product, href: `${BASE}/${found.post.id}` }),
            canonicalPath: null,
            body: <ReportForm post={found.post} errors={errors} csrf={csrfToken(request)} values={values} />,
          }),
      });
    },
  );
}
