// The public letters pages' markup: the published replies, the writing form, the receipt, the
// tracking page with the rating form, the statistics. Server-rendered, no JavaScript needed.
import type { ReactNode } from 'react';
import type { FieldError } from '../../../platform/errors.ts';
import type { HumanChallenge } from '../../../platform/human-check/index.ts';
import { formatReceiptCode } from '../../../platform/receipts/index.ts';
import {
  Actions,
  assetUrl,
  Button,
  Checkbox,
  ErrorSummary,
  type FieldValues,
  Form,
  FormStyles,
  HumanCheck,
  Notice,
  Pagination,
  Radios,
  Select,
  TextArea,
  TextInput,
} from '../../../site/index.ts';
import type { ChannelView } from '../channels.ts';
import { LIMITS } from '../letters/letter-input.ts';
import type { TrackedLetter } from '../letters/track-letter.ts';
import type { PublicReply } from '../replies/public-replies.ts';

export const BASE = '/letters';

export function Styles(): ReactNode {
  return (
    <>
      <FormStyles />
      <link rel="stylesheet" href={assetUrl('letters.css')} />
    </>
  );
}

export function ChannelCards({ channels }: { channels: ChannelView[] }): ReactNode {
  return (
    <ul className="letters-channels">
      {channels.map((c) => (
        <li key={c.code}>
          <h2>
            <a href={`${BASE}/new?channel=${c.code}`}>{c.name}</a>
          </h2>
          <p>{c.purpose}</p>
          <p className="letters-meta">
            {c.open ? `一般在 ${c.limitWorkdays} 个工作日内答复` : '暂停受理来信'}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function RepliesList(p: {
  items: PublicReply[];
  total: number;
  page: number;
  pageSize: number;
  category: string;
  categories: Array<{ category: string; n: number }>;
}): ReactNode {
  const href = (page: number) =>
    `${BASE}?${new URLSearchParams({ ...(p.category ? { category: p.category } : {}), ...(page > 1 ? { page: String(page) } : {}) })}`;
  return (
    <section aria-labelledby="replies-title">
      <h2 id="replies-title">答复公开</h2>
      <nav className="letters-categories" aria-label="按类别查看">
        <a href={BASE} aria-current={p.category ? undefined : 'page'}>
          全部
        </a>
        {p.categories.map((c) => (
          <a
            key={c.category}
            href={`${BASE}?category=${encodeURIComponent(c.category)}`}
            aria-current={p.category === c.category ? 'page' : undefined}
          >
            {c.category}（{c.n}）
          </a>
        ))}
      </nav>
      {p.items.length === 0 ? (
        <p>{p.category ? `“${p.category}”类暂无公开的答复。` : '暂无公开的答复。'}</p>
      ) : (
        <ul className="letters-list">
          {p.items.map((r) => (
            <li key={r.id}>
              <h3>
                <a href={`${BASE}/${r.id}`}>{r.subject}</a>
              </h3>
              <p className="letters-meta">
                {r.channelName} ｜ {r.category} ｜ 来信 {r.submittedDay}
                {r.answeredDay ? ` ｜ 答复 ${r.answeredDay}` : ''}
                {r.replier ? ` ｜ ${r.replier}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={p.page}
        pages={Math.max(1, Math.ceil(p.total / p.pageSize))}
        total={p.total}
        href={href}
      />
    </section>
  );
}

export function ReplyDetail({ r }: { r: PublicReply }): ReactNode {
  return (
    <article className="letters-reply">
      <h1>{r.subject}</h1>
      <p className="letters-meta">
        {r.channelName} ｜ 编号 {r.number} ｜ 类别：{r.category}
      </p>
      <section>
        <h2>来信内容</h2>
        <p className="letters-meta">来信时间：{r.submittedDay}</p>
        <Paragraphs text={r.question} />
      </section>
      <section>
        <h2>答复内容</h2>
        <p className="letters-meta">
          {r.replier ? `答复单位：${r.replier} ｜ ` : ''}答复时间：{r.answeredDay}
        </p>
        <Paragraphs text={r.answer} />
      </section>
      <p className="letters-note">为保护来信人隐私，公开内容已隐去姓名、电话、身份证号等个人信息。</p>
      <p>
        <a href={BASE}>返回答复公开</a>
      </p>
    </article>
  );
}

export function Paragraphs({ text }: { text: string }): ReactNode {
  return (
    <>
      {text.split(/\n+/).map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text, never reordered
        <p key={i}>{line}</p>
      ))}
    </>
  );
}

export function ChannelChoice({ channels }: { channels: ChannelView[] }): ReactNode {
  return (
    <>
      <h1>我要写信</h1>
      <p>请选择写信的栏目：</p>
      <ChannelCards channels={channels.filter((c) => c.open)} />
    </>
  );
}

export function LetterForm(p: {
  channel: ChannelView;
  categories: string[];
  values: FieldValues;
  errors: FieldError[];
  csrf: string | null;
  challenge: HumanChallenge;
  signedInName: string | null;
}): ReactNode {
  const c = p.channel;
  const humanError = p.errors.find((e) => e.field === 'humanAnswer')?.message ?? null;
  return (
    <>
      <h1>{c.name}：写信</h1>
      <ErrorSummary errors={p.errors} />
      <p className="letters-lede">
        {c.purpose}。我们一般在 {c.limitWorkdays} 个工作日内答复，情况复杂的最长 {c.complexWorkdays}{' '}
        个工作日。
      </p>
      {c.confidential ? (
        <Notice>
          <p>
            举报人的姓名和联系方式加密保存，只有纪检人员可以查看，不会公开，也不会告诉被举报人。请如实举报，捏造事实诬告陷害他人的，依法承担责任。
          </p>
        </Notice>
      ) : null}
      <Form action={`${BASE}/new?channel=${c.code}`} csrf={p.csrf} values={p.values} errors={p.errors}>
        <input type="hidden" name="channel" value={c.code} />
        <TextInput
          name="name"
          label="姓名"
          required={c.identityRequired}
          optional={!c.identityRequired}
          width="medium"
          maxLength={LIMITS.name}
          autoComplete="name"
          hint={p.signedInName ? `您已登录为“${p.signedInName}”，可填写真实姓名` : undefined}
        />
        <TextInput
          name="phone"
          type="tel"
          label="联系电话"
          required={c.identityRequired}
          optional={!c.identityRequired}
          width="medium"
          inputMode="tel"
          maxLength={LIMITS.phone}
          autoComplete="tel"
          hint="手机号码或带区号的固定电话，仅用于办理时联系您，不会公开"
        />
        <TextInput
          name="email"
          type="email"
          label="电子邮箱"
          optional
          maxLength={LIMITS.email}
          autoComplete="email"
          hint="填写后，查询码和答复通知会发到这个邮箱"
        />
        <Select
          name="category"
          label="来信类别"
          required
          options={[{ value: '', label: '请选择' }, ...p.categories.map((x) => ({ value: x, label: x }))]}
        />
        <TextInput
          name="subject"
          label="标题"
          required
          maxLength={LIMITS.subject}
          hint={`一句话概括，最多 ${LIMITS.subject} 字`}
        />
        <TextArea
          name="body"
          label="来信内容"
          required
          rows={10}
          maxLength={LIMITS.body}
          hint={`请写明事情发生的时间、地点、经过和您的诉求，最多 ${LIMITS.body} 字`}
        />
        {c.publishable ? (
          <Checkbox
            name="consentPublish"
            label="同意在隐去个人信息后公开来信和答复"
            hint="公开前由工作人员删去姓名、电话、身份证号、住址等个人信息"
          />
        ) : null}
        <HumanCheck challenge={p.challenge} error={humanError} />
        <Actions>
          <Button>提交来信</Button>
          <a href={BASE}>取消</a>
        </Actions>
      </Form>
    </>
  );
}

export function Receipt(p: {
  number: string;
  receiptCode: string;
  password: string;
  channelName: string;
  dueWorkdays: number;
  emailed: boolean;
}): ReactNode {
  return (
    <>
      <h1>来信已提交</h1>
      <Notice>
        <p>
          您写给{p.channelName}的来信已收到，编号 {p.number}。我们将在 {p.dueWorkdays} 个工作日内答复。
        </p>
      </Notice>
      <dl className="letters-receipt">
        <dt>查询码</dt>
        <dd>
          <strong>{formatReceiptCode(p.receiptCode)}</strong>
        </dd>
        <dt>查询密码</dt>
        <dd>
          <strong>{p.password}</strong>
        </dd>
      </dl>
      <p>
        <strong>请记下或截图保存查询码和查询密码。</strong>
        凭它们可以查看办理进度和答复，并对答复作出评价。查询密码只显示这一次
        {p.emailed ? '，也已发到您填写的邮箱' : ''}。
      </p>
      <p className="actions">
        <a className="button" href={`${BASE}/track`}>
          查询来信
        </a>
        <a href={BASE}>返回互动交流</a>
      </p>
    </>
  );
}

export function TrackForm(p: { values: FieldValues; errors: FieldError[]; csrf: string | null }): ReactNode {
  return (
    <>
      <h1>来信查询</h1>
      <ErrorSummary errors={p.errors} />
      <p>请输入写信后得到的查询码和查询密码。</p>
      <Form action={`${BASE}/track`} csrf={p.csrf} values={p.values} errors={p.errors}>
        <TextInput
          name="code"
          label="查询码"
          required
          width="medium"
          maxLength={20}
          autoComplete="off"
          spellCheck={false}
          hint="12 位字母和数字，如 ABCD-EFGH-JKMN"
        />
        <TextInput
          name="password"
          type="password"
          label="查询密码"
          required
          width="short"
          inputMode="numeric"
          maxLength={6}
          autoComplete="off"
          hint="6 位数字"
        />
        <Actions>
          <Button>查询</Button>
        </Actions>
      </Form>
    </>
  );
}

const RATING_OPTIONS = [
  { value: 'satisfied', label: '满意' },
  { value: 'fair', label: '基本满意' },
  { value: 'unsatisfied', label: '不满意' },
];

export function TrackedPage(p: {
  letter: TrackedLetter;
  csrf: string | null;
  errors: FieldError[];
  values: FieldValues;
  rated: boolean;
}): ReactNode {
  const l = p.letter;
  return (
    <>
      <h1>{l.subject}</h1>
      <ErrorSummary errors={p.errors} />
      {p.rated ? (
        <Notice>
          <p>感谢您的评价。</p>
        </Notice>
      ) : null}
      <dl className="letters-facts">
        <dt>栏目</dt>
        <dd>{l.channelName}</dd>
        <dt>编号</dt>
        <dd>{l.number}</dd>
        <dt>办理状态</dt>
        <dd>
          <strong>{l.statusLabel}</strong>
        </dd>
        {l.unitName ? (
          <>
            <dt>承办单位</dt>
            <dd>{l.unitName}</dd>
          </>
        ) : null}
        {l.dueDay ? (
          <>
            <dt>答复期限</dt>
            <dd>{l.dueDay} 前</dd>
          </>
        ) : null}
      </dl>
      <h2>办理过程</h2>
      <ol className="letters-steps">
        {l.steps.map((s) => (
          <li key={`${s.day}${s.text}`}>
            <span className="letters-day">{s.day}</span> {s.text}
          </li>
        ))}
      </ol>
      {l.outcome ? <p className="letters-outcome">{l.outcome}</p> : null}
      {l.reply ? (
        <section className="letters-reply">
          <h2>答复内容</h2>
          <p className="letters-meta">
            {l.reply.by ? `答复单位：${l.reply.by} ｜ ` : ''}答复时间：{l.reply.day}
          </p>
          <Paragraphs text={l.reply.text} />
        </section>
      ) : null}
      {l.rating ? (
        <p>
          您的评价：<strong>{l.rating.label}</strong>
          {l.rating.comment ? `（${l.rating.comment}）` : ''}
        </p>
      ) : null}
      {l.canRate ? (
        <section aria-labelledby="rate-title">
          <h2 id="rate-title">评价这次答复</h2>
          <Form action={`${BASE}/track/rate`} csrf={p.csrf} values={p.values} errors={p.errors}>
            <input type="hidden" name="token" value={l.token} />
            <Radios name="rating" legend="您对答复是否满意？" inline options={RATING_OPTIONS} required />
            <TextArea
              name="comment"
              label="评价意见"
              optional
              rows={3}
              maxLength={500}
              hint="选填。选择“不满意”时写明原因，便于我们改进和重新办理"
            />
            <Actions>
              <Button>提交评价</Button>
            </Actions>
          </Form>
        </section>
      ) : null}
      <details className="letters-original">
        <summary>我的来信内容</summary>
        <p className="letters-meta">
          {l.category} ｜ {l.submittedDay}
        </p>
        <Paragraphs text={l.body} />
      </details>
    </>
  );
}

export interface StatsRow {
  month: string;
  received: number;
  answered: number;
  onTime: number;
  onTimeRate: number | null;
  avgWorkdays: number | null;
}

/** '2026-03' → '2026年3月'. */
const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

/** The monthly figures, newest month first, with how each figure is counted. */
export function StatsTable({ rows, caption }: { rows: StatsRow[]; caption: string }): ReactNode {
  return (
    <>
      <table className="letters-stats">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">月份</th>
            <th scope="col">收到来信</th>
            <th scope="col">答复</th>
            <th scope="col">按期答复率</th>
            <th scope="col">平均用时（工作日）</th>
          </tr>
        </thead>
        <tbody>
          {[...rows].reverse().map((r) => (
            <tr key={r.month}>
              <th scope="row">{monthLabel(r.month)}</th>
              <td>{r.received}</td>
              <td>{r.answered}</td>
              <td>{r.onTimeRate === null ? '—' : `${r.onTimeRate}%`}</td>
              <td>{r.avgWorkdays === null ? '—' : r.avgWorkdays}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <StatsFormula />
    </>
  );
}

/** How the figures are counted (shown under every table of them). */
export function StatsFormula(): ReactNode {
  return (
    <dl className="letters-formula">
      <dt>收到来信</dt>
      <dd>当月收到的厅长信箱、专家咨询和在线审核来信（网上举报不公开统计，合并办理的重复件不计）。</dd>
      <dt>答复</dt>
      <dd>当月作出答复的来信，按答复日期计入月份；不予受理和转其他机关办理的不计。</dd>
      <dt>按期答复率</dt>
      <dd>按期答复率 = 当月在答复期限内答复的封数 ÷ 当月答复的封数 × 100%，保留一位小数。</dd>
      <dt>平均用时</dt>
      <dd>
        平均用时 = 当月每封答复来信的用时之和 ÷
        当月答复的封数，保留一位小数。用时为收到来信的次日至答复当日的工作日数，按本平台工作日历计算（法定节假日不计，调休上班日计入）。
      </dd>
    </dl>
  );
}
