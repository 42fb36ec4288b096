// The public letters pages (互动交流): /letters (channels, published replies by category, monthly
// figures), /letters/new?channel=… (the form, with the human check), /letters/submitted (the
// receipt code and query password, once), /letters/track (progress, reply, rating), /letters/:id
// (one published reply), /letters/mine (a signed-in public user's letters). No JavaScript needed.
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ReactNode } from 'react';
import { chinaDay } from '../../../platform/calendar/index.ts';
import type { FieldError } from '../../../platform/errors.ts';
import { newHumanChallenge } from '../../../platform/human-check/index.ts';
import type { App } from '../../../platform/module.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import {
  type Crumb,
  csrfToken,
  enteredValues,
  type FieldValues,
  formErrors,
  handleFormPost,
  handOver,
  Notice,
  renderNotFoundPage,
  renderPage,
  renderPrivatePage,
  takeHandedOver,
  titleWithErrors,
} from '../../../site/index.ts';
import { channelView, isChannel, listChannels, STATUS_LABELS } from '../channels.ts';
import { CATEGORIES, listOf } from '../interaction.settings.ts';
import { CHANNEL_CODES, type ChannelCode } from '../interaction.table.ts';
import { listMyLetters } from '../letters/read-letters.ts';
import { submitLetter } from '../letters/submit-letter.ts';
import { rateLetter, trackLetter, trackLetterByToken } from '../letters/track-letter.ts';
import {
  getPublicReply,
  listPublicCategories,
  listPublicReplies,
  publicMonthlyStats,
} from '../replies/public-replies.ts';
import {
  BASE,
  ChannelCards,
  ChannelChoice,
  LetterForm,
  Receipt,
  RepliesList,
  ReplyDetail,
  StatsTable,
  Styles,
  TrackedPage,
  TrackForm,
} from './letters.views.tsx';

const PAGE_SIZE = 15;
/** Months of figures on /letters itself; /letters/stats has all 12. */
const STATS_MONTHS_ON_LIST = 6;
const RECEIPT_COOKIE = 'lz_letter_receipt';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const Str = (max: number) => Type.Optional(Type.String({ maxLength: max }));
const ListQuery = Type.Object({
  category: Str(40),
  channel: Str(20),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000 })),
});
const NewQuery = Type.Object({ channel: Str(20) });
// Oversized fields are refused by the schema (400, the site's error page) before any use case runs;
// the form's own limits are lower and answered with field messages.
const LetterBody = Type.Object({
  _csrf: Str(200),
  channel: Str(20),
  name: Str(200),
  phone: Str(200),
  email: Str(400),
  category: Str(200),
  subject: Str(1000),
  body: Str(20000),
  consentPublish: Str(10),
  humanCheckId: Str(40),
  humanAnswer: Str(100),
});
const TrackBody = Type.Object({ _csrf: Str(200), code: Str(100), password: Str(100) });
const RateBody = Type.Object({ _csrf: Str(200), token: Str(400), rating: Str(20), comment: Str(4000) });

const crumbs = (label: string, parent = true): Crumb[] =>
  parent ? [{ label: '互动交流', href: BASE }, { label }] : [{ label }];

function page(
  reply: FastifyReply,
  title: string,
  body: ReactNode,
  options: { status?: number; crumb?: string } = {},
) {
  return renderPrivatePage(reply, {
    title,
    status: options.status,
    breadcrumb: crumbs(options.crumb ?? title),
    body: (
      <>
        <Styles />
        {body}
      </>
    ),
  });
}

const signedInName = (request: FastifyRequest) =>
  request.actor?.id && (request.actor.kind === 'citizen' || request.actor.kind === 'org')
    ? request.actor.displayName
    : null;

export function registerLetterPages(app: App): void {
  app.get(BASE, { schema: { hide: true, querystring: ListQuery } }, async (request, reply) => {
    const ctx = request.ctx();
    const category = (request.query.category ?? '').trim();
    const channel = isChannel(request.query.channel) ? (request.query.channel as ChannelCode) : undefined;
    const pageNo = request.query.page ?? 1;
    const [channels, list, categories, stats] = await Promise.all([
      listChannels(ctx),
      listPublicReplies(ctx, { category: category || undefined, channel, page: pageNo, pageSize: PAGE_SIZE }),
      listPublicCategories(ctx),
      publicMonthlyStats(ctx),
    ]);
    return renderPage(reply, {
      title: pageNo > 1 ? `互动交流（第 ${pageNo} 页）` : '互动交流',
      description: '厅长信箱、网上举报、专家咨询、在线审核：写信、查询办理进度，查看公开的答复。',
      breadcrumb: crumbs('互动交流', false),
      canonicalPath: category ? `${BASE}?category=${encodeURIComponent(category)}` : BASE,
      body: (
        <>
          <Styles />
          <h1>互动交流</h1>
          <p className="letters-lede">
            无需注册即可写信。提交后您会得到查询码和查询密码，凭它们查看办理进度和答复。
          </p>
          <ChannelCards channels={channels.filter((c) => c.open)} />
          <p className="actions">
            <a className="button" href={`${BASE}/track`}>
              来信查询
            </a>
            <a href={pageNo === 1 ? '#letters-stats-title' : `${BASE}/stats`}>来信办理统计</a>
            {signedInName(request) ? <a href={`${BASE}/mine`}>我的信件</a> : null}
          </p>
          <RepliesList
            items={list.items}
            total={list.total}
            page={pageNo}
            pageSize={PAGE_SIZE}
            category={category}
            categories={categories}
          />
          {pageNo === 1 ? (
            <section className="letters-stats-section" aria-labelledby="letters-stats-title">
              <h2 id="letters-stats-title">来信办理统计</h2>
              <StatsTable
                rows={stats.slice(-STATS_MONTHS_ON_LIST)}
                caption={`近 ${STATS_MONTHS_ON_LIST} 个月`}
              />
              <p>
                <a href={`${BASE}/stats`}>查看近 12 个月的统计</a>
              </p>
            </section>
          ) : null}
        </>
      ),
    });
  });

  const formPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    code: ChannelCode,
    values: FieldValues,
    errors: FieldError[],
    status = 200,
  ) => {
    const ctx = request.ctx();
    const channel = await channelView(ctx, code);
    if (!channel.open)
      return page(
        reply,
        `${channel.name}：写信`,
        <Notice>
          <p>{channel.name}暂停受理来信，请稍后再来。</p>
        </Notice>,
        { status: 409 },
      );
    const categories = listOf(await getSetting(ctx, CATEGORIES));
    return page(
      reply,
      titleWithErrors(`${channel.name}：写信`, errors),
      <LetterForm
        channel={channel}
        categories={categories}
        values={values}
        errors={errors}
        csrf={csrfToken(request)}
        challenge={await newHumanChallenge(ctx)}
        signedInName={signedInName(request)}
      />,
      { status, crumb: `${channel.name}：写信` },
    );
  };

  app.get(`${BASE}/new`, { schema: { hide: true, querystring: NewQuery } }, async (request, reply) => {
    const code = request.query.channel;
    if (!isChannel(code))
      return page(reply, '我要写信', <ChannelChoice channels={await listChannels(request.ctx())} />);
    return formPage(request, reply, code, {}, []);
  });

  app.post(
    `${BASE}/new`,
    {
      schema: { hide: true, querystring: NewQuery, body: LetterBody },
      config: { rateLimit: { max: 20, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const ctx = request.ctx();
      const b = request.body;
      const code = isChannel(b.channel)
        ? b.channel
        : isChannel(request.query.channel)
          ? request.query.channel
          : null;
      if (!code) return renderNotFoundPage(reply);
      const values = enteredValues(b, ['humanCheckId', 'humanAnswer', 'channel']);
      let submitted: Awaited<ReturnType<typeof submitLetter>> | null = null;
      let emailed = false;
      return handleFormPost(reply, {
        field: 'body',
        submit: async () => {
          submitted = await submitLetter(ctx, {
            ...b,
            channel: code,
            consentPublish: b.consentPublish === 'on',
          });
          emailed = Boolean(b.email?.trim());
          // The password is shown once, on the page the browser is sent to: it travels there in a
          // short-lived, encrypted cookie for that page only, never in an address or a log.
          const s = submitted as NonNullable<typeof submitted>;
          handOver(reply, {
            cipher: ctx.deps.cipher,
            name: RECEIPT_COOKIE,
            path: `${BASE}/submitted`,
            value: { ...s, emailed },
            now: ctx.now,
          });
          return `${BASE}/submitted`;
        },
        again: (errors, status) => formPage(request, reply, code, values, errors, status),
      });
    },
  );

  app.get(`${BASE}/submitted`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.ctx();
    const receipt = takeHandedOver<{
      number: string;
      receiptCode: string;
      password: string;
      channelName: string;
      dueWorkdays: number;
      emailed: boolean;
    }>(request, reply, {
      cipher: ctx.deps.cipher,
      name: RECEIPT_COOKIE,
      path: `${BASE}/submitted`,
      now: ctx.now,
    });
    if (!receipt)
      return page(
        reply,
        '来信已提交',
        <>
          <h1>来信已提交</h1>
          <p>
            查询码和查询密码只在提交后显示一次。若已记下，请到<a href={`${BASE}/track`}>来信查询</a>
            查看；若填写了邮箱，也可在邮件中找到。
          </p>
        </>,
      );
    return page(reply, '来信已提交', <Receipt {...receipt} />);
  });

  app.get(`${BASE}/track`, { schema: { hide: true } }, async (request, reply) =>
    page(reply, '来信查询', <TrackForm values={{}} errors={[]} csrf={csrfToken(request)} />),
  );

  app.post(
    `${BASE}/track`,
    { schema: { hide: true, body: TrackBody }, config: { rateLimit: { max: 30, timeWindow: 60_000 } } },
    async (request, reply) => {
      const ctx = request.ctx();
      const values = { code: request.body.code ?? '' };
      try {
        const letter = await trackLetter(ctx, request.body);
        return page(
          reply,
          `来信查询：${letter.subject}`,
          <TrackedPage letter={letter} csrf={csrfToken(request)} errors={[]} values={{}} rated={false} />,
          { crumb: '来信查询' },
        );
      } catch (e) {
        const errors = formErrors(e, 'password');
        if (!errors) throw e;
        const status = (e as { status?: number }).status ?? 400;
        return page(
          reply,
          titleWithErrors('来信查询', errors),
          <TrackForm values={values} errors={errors} csrf={csrfToken(request)} />,
          { status },
        );
      }
    },
  );

  app.post(
    `${BASE}/track/rate`,
    { schema: { hide: true, body: RateBody }, config: { rateLimit: { max: 20, timeWindow: 60_000 } } },
    async (request, reply) => {
      const ctx = request.ctx();
      const { token, rating, comment } = request.body;
      try {
        const letter = await rateLetter(ctx, { token, rating, comment });
        return page(
          reply,
          `来信查询：${letter.subject}`,
          <TrackedPage letter={letter} csrf={csrfToken(request)} errors={[]} values={{}} rated />,
          { crumb: '来信查询' },
        );
      } catch (e) {
        const errors = formErrors(e, 'rating');
        if (!errors) throw e;
        const letter = await trackLetterByToken(ctx, token);
        const status = (e as { status?: number }).status ?? 400;
        if (!letter)
          return page(
            reply,
            titleWithErrors('来信查询', errors),
            <TrackForm values={{}} errors={errors} csrf={csrfToken(request)} />,
            {
              status,
            },
          );
        return page(
          reply,
          titleWithErrors(`来信查询：${letter.subject}`, errors),
          <TrackedPage
            letter={letter}
            csrf={csrfToken(request)}
            errors={errors}
            values={{ rating: rating ?? '', comment: comment ?? '' }}
            rated={false}
          />,
          { status, crumb: '来信查询' },
        );
      }
    },
  );

  app.get(`${BASE}/stats`, { schema: { hide: true } }, async (request, reply) => {
    const rows = await publicMonthlyStats(request.ctx());
    return renderPage(reply, {
      title: '来信办理统计',
      description: '近 12 个月收到来信、答复、按期答复率和平均用时。',
      breadcrumb: crumbs('来信办理统计'),
      body: (
        <>
          <Styles />
          <h1>来信办理统计</h1>
          <p>按月统计厅长信箱、专家咨询和在线审核的来信，最近的月份在前。</p>
          <StatsTable rows={rows} caption="近 12 个月来信办理情况（不含网上举报）" />
        </>
      ),
    });
  });

  app.get(`${BASE}/mine`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.ctx();
    if (!signedInName(request))
      return page(
        reply,
        '我的信件',
        <>
          <h1>我的信件</h1>
          <p>
            登录后写的信会列在这里。不登录也可以写信，凭查询码和查询密码在
            <a href={`${BASE}/track`}>来信查询</a>查看。
          </p>
          <p>
            <a href={`/account/login?next=${encodeURIComponent(`${BASE}/mine`)}`}>登录</a>
          </p>
        </>,
      );
    const mine = await listMyLetters(ctx);
    return page(
      reply,
      '我的信件',
      <>
        <h1>我的信件</h1>
        {mine.length === 0 ? (
          <p>
            您登录后还没有写过信。<a href={`${BASE}/new`}>我要写信</a>
          </p>
        ) : (
          <ul className="letters-list">
            {mine.map((l) => (
              <li key={l.id}>
                <h2>{l.subject}</h2>
                <p className="letters-meta">
                  编号 {l.number} ｜ {chinaDay(l.submittedAt)} ｜{' '}
                  <strong>{STATUS_LABELS[l.status] === '已答复' ? '已答复' : STATUS_LABELS[l.status]}</strong>
                </p>
              </li>
            ))}
          </ul>
        )}
        <p>
          查看答复和评价，请在<a href={`${BASE}/track`}>来信查询</a>输入该信的查询码和查询密码。
        </p>
      </>,
    );
  });

  app.get(
    `${BASE}/:id`,
    { schema: { hide: true, params: Type.Object({ id: Type.String({ maxLength: 60 }) }) } },
    async (request, reply) => {
      if (!UUID.test(request.params.id)) return renderNotFoundPage(reply);
      try {
        const r = await getPublicReply(request.ctx(), request.params.id);
        return renderPage(reply, {
          title: r.subject,
          description: `${r.channelName}答复：${r.subject}`,
          breadcrumb: [{ label: '互动交流', href: BASE }, { label: r.subject }],
          body: (
            <>
              <Styles />
              <ReplyDetail r={r} />
            </>
          ),
        });
      } catch {
        return renderNotFoundPage(reply);
      }
    },
  );
}

export const CHANNEL_PATHS = CHANNEL_CODES.map((c) => `${BASE}/new?channel=${c}`);
