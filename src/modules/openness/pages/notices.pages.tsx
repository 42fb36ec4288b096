// The public pages of notices (公示): the notices in their period today, each notice's text with
// the contact for objections and a form to send one online (no account, no JavaScript; the forms
// kit's error summary, post-redirect-get). After its period a notice is archived: its address
// answers that it has ended, without the text.
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldError } from '../../../platform/errors.ts';
import type { App } from '../../../platform/module.ts';
import {
  Actions,
  assetUrl,
  Button,
  csrfToken,
  ErrorSummary,
  enteredValues,
  type FieldValues,
  Form,
  FormStyles,
  handleFormPost,
  renderNotFoundPage,
  renderPage,
  renderPrivatePage,
  TextArea,
  TextInput,
  titleWithErrors,
} from '../../../site/index.ts';
import {
  getPublicNotice,
  listOpenNotices,
  type PublicNotice,
  submitObjection,
} from '../notices/notices.service.ts';

const BASE = '/openness';

const Css = () => (
  <>
    <FormStyles />
    <link rel="stylesheet" href={assetUrl('openness.css')} />
  </>
);

const crumbs = (...rest: { label: string; href?: string }[]) => [
  { label: '政务公开', href: BASE },
  { label: '公示', href: rest.length ? `${BASE}/notices` : undefined },
  ...rest,
];

function NoticesPage({ notices }: { notices: PublicNotice[] }) {
  return (
    <>
      <Css />
      <h1>公示</h1>
      <p className="open-lead">
        干部任前、职称评审、项目等事项在公示期内在本页公示，接受社会监督。对公示内容有异议的，可在公示期内在线提出，或按公示所列方式反映。公示期结束后不再在本页显示。
      </p>
      {notices.length ? (
        <ul className="notice-list">
          {notices.map((n) => (
            <li key={n.id}>
              <a href={`${BASE}/notices/${n.id}`}>{n.title}</a>
              <div className="index-no">
                {n.typeLabel}　公示期：{n.startsOn} 至 {n.endsOn}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p>目前没有正在公示的事项。</p>
      )}
    </>
  );
}

function NoticePage(p: { n: PublicNotice; values: FieldValues; errors: FieldError[]; csrf: string | null }) {
  const { n } = p;
  return (
    <>
      <Css />
      <h1>{n.title}</h1>
      <ErrorSummary errors={p.errors} />
      <p className="notice-period">
        {n.typeLabel}　公示期：{n.startsOn} 至 {n.endsOn}（含）
      </p>
      <div className="entry-body">{n.body}</div>
      <h2>异议受理</h2>
      <p className="entry-body">{n.contact}</p>
      <h2 id="objection">在线提出异议</h2>
      <p>请如实写明具体事实和线索，并留下姓名和联系电话，以便核实。我们对反映人的信息保密。</p>
      <Form action={`${BASE}/notices/${n.id}/objection`} csrf={p.csrf} values={p.values} errors={p.errors}>
        <TextInput name="name" label="姓名" required width="medium" maxLength={30} autoComplete="name" />
        <TextInput
          name="phone"
          label="联系电话"
          required
          width="medium"
          maxLength={20}
          type="tel"
          autoComplete="tel"
        />
        <TextArea name="body" label="异议内容" required rows={6} maxLength={2000} />
        <Actions>
          <Button>提交异议</Button>
        </Actions>
      </Form>
    </>
  );
}

const IdParam = Type.Object({ id: Type.String({ maxLength: 40 }) }, { additionalProperties: false });
const Str = (max: number) => Type.Optional(Type.String({ maxLength: max }));
const ObjectionBody = Type.Object({ _csrf: Str(200), name: Str(100), phone: Str(60), body: Str(4000) });

export function registerNoticePages(app: App): void {
  app.get(`${BASE}/notices`, { schema: { hide: true } }, async (request, reply) => {
    // The list changes at midnight as periods begin and end: never kept by a shared cache.
    reply.header('cache-control', 'no-cache');
    return renderPage(reply, {
      title: '公示',
      description: '河南省林业局正在公示的干部任前、职称评审和项目等事项。',
      breadcrumb: crumbs(),
      body: <NoticesPage notices={await listOpenNotices(request.ctx())} />,
    });
  });

  const noticePage = async (
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    values: FieldValues,
    errors: FieldError[],
    status = 200,
  ) => {
    let found: Awaited<ReturnType<typeof getPublicNotice>>;
    try {
      found = await getPublicNotice(request.ctx(), request.params.id);
    } catch (e) {
      if (e instanceof AppError && e.status === 404) return renderNotFoundPage(reply);
      throw e;
    }
    if (found.state === 'archived')
      return renderPage(reply, {
        title: found.title,
        breadcrumb: crumbs({ label: found.title }),
        canonicalPath: null,
        body: (
          <>
            <Css />
            <h1>{found.title}</h1>
            <p role="note" className="supersede">
              本公示的公示期已于 {found.endsOn} 结束，已归档，不再公开显示。
            </p>
            <p>
              <a href={`${BASE}/notices`}>查看正在公示的事项</a>
            </p>
          </>
        ),
      });
    const page = {
      title: titleWithErrors(found.notice.title, errors),
      breadcrumb: crumbs({ label: found.notice.title }),
      status,
      body: <NoticePage n={found.notice} values={values} errors={errors} csrf={csrfToken(request)} />,
    };
    reply.header('cache-control', 'no-cache');
    return errors.length ? renderPrivatePage(reply, page) : renderPage(reply, page);
  };

  app.get(`${BASE}/notices/:id`, { schema: { hide: true, params: IdParam } }, (request, reply) =>
    noticePage(request, reply, {}, []),
  );

  app.post(
    `${BASE}/notices/:id/objection`,
    {
      schema: { hide: true, params: IdParam, body: ObjectionBody },
      config: { rateLimit: { max: 5, timeWindow: 60_000 } },
    },
    async (request, reply) =>
      handleFormPost(reply, {
        field: 'body',
        submit: async () => {
          await submitObjection(request.ctx(), request.params.id, request.body);
          return `${BASE}/notices/${request.params.id}/received`;
        },
        again: (errors, status) => noticePage(request, reply, enteredValues(request.body), errors, status),
      }),
  );

  app.get(`${BASE}/notices/:id/received`, { schema: { hide: true, params: IdParam } }, (request, reply) =>
    renderPrivatePage(reply, {
      title: '已收到您的异议',
      breadcrumb: crumbs({ label: '已收到您的异议' }),
      body: (
        <>
          <Css />
          <h1>已收到您的异议</h1>
          <p>我们将按公示所列的异议受理方式进行核实，需要时通过您留下的电话联系您。</p>
          <p>
            <a href={`${BASE}/notices/${request.params.id}`}>返回公示</a>　
            <a href={`${BASE}/notices`}>查看其他公示</a>
          </p>
        </>
      ),
    }),
  );
}
