// The public pages of applications for disclosure (依申请公开), server-rendered and working without
// JavaScript: /openness/apply (the form, with the human check), /openness/apply/submitted (the
// receipt code and query password, shown once), /openness/track (status, the due date and why,
// each step, the 补正 form, the reply and its notice to download).
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ReactNode } from 'react';
import type { FieldError } from '../../../platform/errors.ts';
import { type HumanChallenge, newHumanChallenge } from '../../../platform/human-check/index.ts';
import type { App } from '../../../platform/module.ts';
import { formatReceiptCode } from '../../../platform/receipts/index.ts';
import {
  Actions,
  assetUrl,
  Button,
  type Crumb,
  csrfToken,
  ErrorSummary,
  enteredValues,
  type FieldValues,
  Form,
  FormStyles,
  formErrors,
  HumanCheck,
  handleFormPost,
  handOver,
  Notice,
  Radios,
  renderPrivatePage,
  Section,
  TextArea,
  TextInput,
  takeHandedOver,
  titleWithErrors,
} from '../../../site/index.ts';
import { REPLY_DAYS } from '../applications/application-clocks.ts';
import { APPLICANT_TYPE_LABELS, CHANNEL_LABELS, FORM_LABELS } from '../applications/application-vocab.ts';
import { sendNotice } from '../applications/applications.routes.ts';
import { noticeDocx, noticeOf, noticePdf } from '../applications/reply-notice.ts';
import { submitApplicationOnline } from '../applications/submit-application.ts';
import {
  applicationOfToken,
  supplementByToken,
  type TrackedApplication,
  trackApplication,
  trackByToken,
} from '../applications/track-application.ts';
import { getGuide } from '../guide/guide.service.ts';
import { APPLICANT_TYPES } from '../openness.table.ts';

const BASE = '/openness';
const RECEIPT_COOKIE = 'lz_openness_receipt';

const Str = (max: number) => Type.Optional(Type.String({ maxLength: max }));
const ApplyBody = Type.Object({
  _csrf: Str(200),
  applicantType: Str(40),
  name: Str(300),
  idNumber: Str(60),
  contactPerson: Str(200),
  phone: Str(60),
  email: Str(400),
  address: Str(600),
  description: Str(6000),
  docNumber: Str(300),
  formWanted: Str(20),
  channelWanted: Str(20),
  humanCheckId: Str(40),
  humanAnswer: Str(100),
});
const TrackBody = Type.Object({ _csrf: Str(200), code: Str(100), password: Str(100) });
const SupplementBody = Type.Object({ _csrf: Str(200), token: Str(400), text: Str(8000) });
const NoticeBody = Type.Object({ _csrf: Str(200), token: Str(400), kind: Str(10) });

const Styles = () => (
  <>
    <FormStyles />
    <link rel="stylesheet" href={assetUrl('openness.css')} />
  </>
);

const crumbs = (label: string): Crumb[] => [
  { label: '政务公开', href: BASE },
  { label: '依申请公开', href: `${BASE}/apply` },
  { label },
];

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

const options = (r: Record<string, string>) => Object.entries(r).map(([value, label]) => ({ value, label }));

function ApplyForm(p: {
  values: FieldValues;
  errors: FieldError[];
  csrf: string | null;
  challenge: HumanChallenge;
  office: { address: string; hours: string; phone: string } | null;
}) {
  const human = p.errors.find((e) => e.field === 'humanAnswer')?.message ?? null;
  return (
    <>
      <h1>政府信息公开申请</h1>
      <ErrorSummary errors={p.errors} />
      <p className="open-lead">
        公民、法人或者其他组织可以向本局申请获取本局制作或保存的政府信息。无需注册账号；提交后您会得到查询码和查询密码，凭它们查看办理进度、答复期限和答复告知书。本局自收到申请之日起
        {REPLY_DAYS} 个工作日内答复；需要延长的，延长期限最长不超过 20 个工作日，并告知您。
      </p>
      <p>
        已经主动公开的信息可以直接在<a href={`${BASE}/catalogue`}>政府信息公开目录</a>中查阅。办理程序详见
        <a href={`${BASE}/guide`}>政府信息公开指南</a>。
      </p>
      <Form
        action={`${BASE}/apply`}
        csrf={p.csrf}
        values={p.values}
        errors={p.errors}
        aria-label="政府信息公开申请"
      >
        <Section title="申请人信息">
          <Radios
            name="applicantType"
            legend="申请人类型"
            required
            options={APPLICANT_TYPES.map((t) => ({ value: t, label: APPLICANT_TYPE_LABELS[t] }))}
          />
          <TextInput
            name="name"
            label="姓名或名称"
            hint="自然人填写姓名；法人或其他组织填写全称"
            required
            maxLength={100}
            autoComplete="name"
          />
          <TextInput
            name="idNumber"
            label="身份证件号码或统一社会信用代码"
            hint="自然人填写 18 位居民身份证号码；法人或其他组织填写 18 位统一社会信用代码"
            required
            width="medium"
            maxLength={18}
            autoComplete="off"
          />
          <TextInput
            name="contactPerson"
            label="联系人"
            hint="法人或其他组织必填"
            optional
            maxLength={50}
            width="medium"
          />
          <TextInput
            name="phone"
            label="联系电话"
            type="tel"
            inputMode="tel"
            required
            width="medium"
            maxLength={20}
            autoComplete="tel"
          />
          <TextInput
            name="email"
            label="电子邮箱"
            type="email"
            optional
            maxLength={200}
            autoComplete="email"
          />
          <TextInput
            name="address"
            label="通信地址和邮政编码"
            hint="选择邮寄获取时必填"
            optional
            maxLength={200}
            autoComplete="street-address"
          />
        </Section>
        <Section title="所需政府信息">
          <TextArea
            name="description"
            label="所需信息的名称或内容描述"
            hint="写明信息的名称，或者便于查询的其他特征性描述（如制作机关、大致时间、涉及的项目或地点）；最多 2000 字"
            maxLength={2000}
            rows={6}
          />
          <TextInput
            name="docNumber"
            label="文号"
            hint="知道文件文号的，请填写，如：豫林资〔2026〕9号"
            optional
            maxLength={100}
            width="medium"
          />
          <Radios name="formWanted" legend="获取信息的方式" required inline options={options(FORM_LABELS)} />
          <Radios name="channelWanted" legend="获取信息的途径" required options={options(CHANNEL_LABELS)} />
        </Section>
        <Section title="验证">
          <HumanCheck challenge={p.challenge} error={human} />
        </Section>
        <Actions>
          <Button>提交申请</Button>
        </Actions>
      </Form>
      {p.office ? (
        <section aria-labelledby="apply-other">
          <h2 id="apply-other">其他申请方式</h2>
          <p>
            也可以当面、信函、传真或电子邮件提交申请。地址：{p.office.address}；办公时间：{p.office.hours}
            ；电话：{p.office.phone}。
          </p>
        </section>
      ) : null}
      <p>
        <a href={`${BASE}/track`}>已提交过申请？查询办理进度和答复</a>
      </p>
    </>
  );
}

interface Receipt {
  number: string;
  receiptCode: string;
  password: string;
  receivedDay: string;
  dueDay: string | null;
  dueProvisional: string | null;
}

function ReceiptView({ r }: { r: Receipt }) {
  return (
    <>
      <h1>申请已提交</h1>
      <Notice>
        <p>
          受理号：<strong>{r.number}</strong>
        </p>
        <p>
          查询码：<strong className="receipt-code">{formatReceiptCode(r.receiptCode)}</strong>
        </p>
        <p>
          查询密码：<strong className="receipt-code">{r.password}</strong>
        </p>
        <p>查询码和查询密码只显示这一次，请抄下或截图保存；凭它们查询办理进度、补正和下载答复告知书。</p>
      </Notice>
      <p>
        收到申请日期：{r.receivedDay}。答复期限为 {REPLY_DAYS} 个工作日（收到申请当日不计入），届满日为{' '}
        <strong>
          {r.dueDay ?? '（待计算）'}
          {r.dueProvisional ? '（暂定）' : ''}
        </strong>
        。{r.dueProvisional ? `暂定的原因：${r.dueProvisional}` : ''}
      </p>
      <p>申请内容不明确的，我们将在 7 个工作日内一次性告知您补正；答复期限自收到补正之日起重新计算。</p>
      <p>
        <a className="button" href={`${BASE}/track`}>
          查询办理进度
        </a>
      </p>
    </>
  );
}

function TrackForm({
  values,
  errors,
  csrf,
}: {
  values: FieldValues;
  errors: FieldError[];
  csrf: string | null;
}) {
  return (
    <>
      <h1>政府信息公开申请查询</h1>
      <ErrorSummary errors={errors} />
      <p>输入提交申请时得到的查询码和查询密码，查看办理进度、答复期限及其计算依据、答复告知书。</p>
      <Form action={`${BASE}/track`} csrf={csrf} values={values} errors={errors} aria-label="申请查询">
        <TextInput
          name="code"
          label="查询码"
          hint="12 位字母和数字，如 ABCD-EFGH-JKMN"
          required
          width="medium"
          maxLength={20}
          autoComplete="off"
        />
        <TextInput
          name="password"
          label="查询密码"
          hint="6 位数字"
          type="password"
          inputMode="numeric"
          required
          width="short"
          maxLength={6}
          autoComplete="off"
        />
        <Actions>
          <Button>查询</Button>
        </Actions>
      </Form>
    </>
  );
}

function TrackedView({
  a,
  csrf,
  errors,
  values,
  notice,
}: {
  a: TrackedApplication;
  csrf: string | null;
  errors: FieldError[];
  values: FieldValues;
  notice?: string;
}) {
  return (
    <>
      <h1>申请查询：{a.number}</h1>
      <ErrorSummary errors={errors} />
      {notice ? <Notice>{notice}</Notice> : null}
      <dl className="track-summary">
        <dt>申请人</dt>
        <dd>{a.applicantName}</dd>
        <dt>所需信息</dt>
        <dd>{a.description}</dd>
        <dt>收到申请日期</dt>
        <dd>{a.receivedDay}</dd>
        <dt>当前状态</dt>
        <dd>
          <strong>{a.statusLabel}</strong>
        </dd>
      </dl>
      {a.clocks.map((c) => (
        <section className="track-clock" key={c.clockId} aria-label={c.label}>
          <h2>
            {c.label}：{c.dueDay ?? '待计算'}
            {c.provisional ? '（暂定）' : ''}
            {c.status === 'paused' ? '（暂停计时中）' : ''}
          </h2>
          {c.daysLeft !== null && c.status === 'running' ? (
            <p>{c.daysLeft >= 0 ? `还有 ${c.daysLeft} 个工作日` : `已超过 ${-c.daysLeft} 个工作日`}</p>
          ) : null}
          <details>
            <summary>为什么是这一天</summary>
            <p className="why">{c.explanation}</p>
            {c.provisional ? <p>{c.provisional}</p> : null}
          </details>
        </section>
      ))}
      {a.supplementRequest ? (
        <section aria-labelledby="supplement-title">
          <h2 id="supplement-title">需要补正</h2>
          <p className="pre">{a.supplementRequest}</p>
          {a.canSupplement ? (
            <Form
              action={`${BASE}/track/supplement`}
              csrf={csrf}
              values={values}
              errors={errors}
              aria-label="提交补正"
            >
              <input type="hidden" name="token" value={a.token} />
              <TextArea
                name="text"
                label="补正内容"
                hint="按上面的要求补充或更正您所需信息的描述；最多 4000 字"
                required
                maxLength={4000}
                rows={6}
              />
              <Actions>
                <Button>提交补正</Button>
              </Actions>
            </Form>
          ) : (
            <p>补正期限已届满。</p>
          )}
        </section>
      ) : null}
      {a.reply ? (
        <section aria-labelledby="reply-title">
          <h2 id="reply-title">答复</h2>
          <p>
            {a.reply.day} 作出答复：<strong>{a.reply.typeLabel}</strong>
            {a.reply.reasonLabel ? `（${a.reply.reasonLabel}）` : ''}。告知书文号：{a.reply.number}
          </p>
          {a.reply.where ? <p>{a.reply.where}</p> : null}
          {a.reply.text ? <p className="pre">{a.reply.text}</p> : null}
          <div className="notice-downloads">
            {(['pdf', 'docx'] as const).map((kind) => (
              <form method="post" action={`${BASE}/track/notice`} key={kind}>
                {csrf ? <input type="hidden" name="_csrf" value={csrf} /> : null}
                <input type="hidden" name="token" value={a.token} />
                <input type="hidden" name="kind" value={kind} />
                <button className="button secondary" type="submit">
                  下载答复告知书（{kind === 'pdf' ? 'PDF' : 'Word'}）
                </button>
              </form>
            ))}
          </div>
        </section>
      ) : null}
      <section aria-labelledby="steps-title">
        <h2 id="steps-title">办理过程</h2>
        <ol className="track-steps">
          {a.steps.map((s) => (
            <li key={`${s.day}-${s.text}`}>
              <span className="day">{s.day}</span> {s.text}
              {s.note ? <p className="pre">{s.note}</p> : null}
            </li>
          ))}
        </ol>
      </section>
      <p>页面 30 分钟内有效；离开后再次查看需重新输入查询码和查询密码。</p>
    </>
  );
}

export function registerApplyPages(app: App): void {
  const formPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: FieldValues,
    errors: FieldError[],
    status = 200,
  ) => {
    const ctx = request.ctx();
    let office: { address: string; hours: string; phone: string } | null = null;
    const g = await getGuide(ctx);
    if (g) office = { address: g.officeAddress, hours: g.officeHours, phone: g.officePhone };
    return page(
      reply,
      titleWithErrors('政府信息公开申请', errors),
      <ApplyForm
        values={values}
        errors={errors}
        csrf={csrfToken(request)}
        challenge={await newHumanChallenge(ctx)}
        office={office}
      />,
      { status, crumb: '在线申请' },
    );
  };

  app.get(`${BASE}/apply`, { schema: { hide: true } }, (request, reply) => formPage(request, reply, {}, []));

  app.post(
    `${BASE}/apply`,
    { schema: { hide: true, body: ApplyBody }, config: { rateLimit: { max: 10, timeWindow: 60_000 } } },
    async (request, reply) => {
      const ctx = request.ctx();
      const values = enteredValues(request.body, ['humanCheckId', 'humanAnswer']);
      return handleFormPost(reply, {
        field: 'description',
        submit: async () => {
          const made = await submitApplicationOnline(ctx, request.body);
          const receipt: Receipt = {
            number: made.number,
            receiptCode: made.receiptCode,
            password: made.password,
            receivedDay: made.receivedDay,
            dueDay: made.dueDay,
            dueProvisional: made.dueProvisional,
          };
          // The password is shown once, on the page the browser goes to next: it travels there in
          // a short-lived encrypted cookie for that page only, never in an address or a log.
          handOver(reply, {
            cipher: ctx.deps.cipher,
            name: RECEIPT_COOKIE,
            path: `${BASE}/apply/submitted`,
            value: receipt,
            now: ctx.now,
          });
          return `${BASE}/apply/submitted`;
        },
        again: (errors, status) => formPage(request, reply, values, errors, status),
      });
    },
  );

  app.get(`${BASE}/apply/submitted`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.ctx();
    const receipt = takeHandedOver<Receipt>(request, reply, {
      cipher: ctx.deps.cipher,
      name: RECEIPT_COOKIE,
      path: `${BASE}/apply/submitted`,
      now: ctx.now,
    });
    if (!receipt)
      return page(
        reply,
        '申请已提交',
        <>
          <h1>申请已提交</h1>
          <p>
            查询码和查询密码只在提交后显示一次。若已记下，请到<a href={`${BASE}/track`}>申请查询</a>查看。
          </p>
        </>,
      );
    return page(reply, '申请已提交', <ReceiptView r={receipt} />);
  });

  app.get(`${BASE}/track`, { schema: { hide: true } }, async (request, reply) =>
    page(reply, '申请查询', <TrackForm values={{}} errors={[]} csrf={csrfToken(request)} />),
  );

  const tracked = (
    request: FastifyRequest,
    reply: FastifyReply,
    a: TrackedApplication,
    errors: FieldError[] = [],
    values: FieldValues = {},
    notice?: string,
    status?: number,
  ) =>
    page(
      reply,
      titleWithErrors(`申请查询：${a.number}`, errors),
      <TrackedView a={a} csrf={csrfToken(request)} errors={errors} values={values} notice={notice} />,
      { crumb: '申请查询', status },
    );

  const expired = (request: FastifyRequest, reply: FastifyReply) =>
    page(
      reply,
      '申请查询',
      <TrackForm
        values={{}}
        errors={[{ field: 'code', message: '页面已过期，请重新输入查询码和查询密码' }]}
        csrf={csrfToken(request)}
      />,
      { status: 400 },
    );

  app.post(
    `${BASE}/track`,
    { schema: { hide: true, body: TrackBody }, config: { rateLimit: { max: 20, timeWindow: 60_000 } } },
    async (request, reply) => {
      const ctx = request.ctx();
      try {
        return tracked(request, reply, await trackApplication(ctx, request.body));
      } catch (e) {
        const errors = formErrors(e, 'password');
        if (!errors) throw e;
        const status = (e as { status?: number }).status ?? 400;
        return page(
          reply,
          titleWithErrors('申请查询', errors),
          <TrackForm values={{ code: request.body.code ?? '' }} errors={errors} csrf={csrfToken(request)} />,
          { status },
        );
      }
    },
  );

  app.post(
    `${BASE}/track/supplement`,
    { schema: { hide: true, body: SupplementBody }, config: { rateLimit: { max: 10, timeWindow: 60_000 } } },
    async (request, reply) => {
      const ctx = request.ctx();
      try {
        const a = await supplementByToken(ctx, request.body);
        return tracked(request, reply, a, [], {}, '补正已提交，答复期限自今日起重新计算。');
      } catch (e) {
        const errors = formErrors(e, 'text');
        if (!errors) throw e;
        const a = await trackByToken(ctx, request.body.token);
        if (!a) return expired(request, reply);
        return tracked(
          request,
          reply,
          a,
          errors,
          { text: request.body.text ?? '' },
          undefined,
          (e as { status?: number }).status ?? 400,
        );
      }
    },
  );

  app.post(
    `${BASE}/track/notice`,
    { schema: { hide: true, body: NoticeBody }, config: { rateLimit: { max: 30, timeWindow: 60_000 } } },
    async (request, reply) => {
      const ctx = request.ctx();
      const row = await applicationOfToken(ctx, request.body.token);
      if (!row?.replyType || !row.closedAt) return expired(request, reply);
      const notice = noticeOf(row, ctx.deps.config.SITE_NAME);
      const kind = request.body.kind === 'docx' ? 'docx' : 'pdf';
      // Saved, not opened inline: an old phone's browser may have no PDF viewer.
      return sendNotice(
        reply,
        notice,
        kind,
        kind === 'pdf' ? await noticePdf(notice) : await noticeDocx(notice),
        false,
      );
    },
  );
}
