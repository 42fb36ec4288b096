// /services/track and 我的办件: progress by receipt code; details with the last four digits of the
// applicant's phone or ID number, or for the signed-in applicant.
import type { ReactNode } from 'react';
import type { FieldError } from '../../../platform/errors.ts';
import { formatReceiptCode } from '../../../platform/receipts/index.ts';
import { Button, ErrorSummary, Form, TextArea, TextInput } from '../../../site/index.ts';
import type { MaterialSpec } from '../forms.ts';
import type { TrackDetails, TrackResult, TrackSummary } from '../track.service.ts';
import { MaterialInputs } from './form-render.tsx';
import { ServicesCss } from './guide-pages.tsx';

const longDay = (day: string) => day.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');
const instant = (iso: string) => {
  const d = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
};

export function SummaryView({ s }: { s: TrackSummary }): ReactNode {
  return (
    <section aria-labelledby="progress-title">
      <h2 id="progress-title">办理进度</h2>
      <p className="status-line">
        {s.itemName}：<strong>{s.statusLabel}</strong>
      </p>
      <p>
        查询码 <span className="receipt-code">{formatReceiptCode(s.receiptCode)}</span>，
        {longDay(s.submittedDay)}提交
        {s.acceptedDay ? `，${longDay(s.acceptedDay)}受理` : ''}
        {s.statutoryDueDay
          ? `；法定期限届满日 ${longDay(s.statutoryDueDay)}${s.statutoryProvisional ? '（暂定）' : ''}`
          : ''}
        {s.promisedDueDay
          ? `，承诺办结日 ${longDay(s.promisedDueDay)}${s.promisedProvisional ? '（暂定）' : ''}`
          : ''}
        {s.closedDay ? `；${longDay(s.closedDay)}办结` : ''}。
      </p>
      {s.dueProvisional ? (
        <p>
          <span className="data-note">暂定：{s.dueProvisional}。</span>
        </p>
      ) : null}
      <ol className="timeline">
        {s.steps.map((st, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a static, server-rendered list that never reorders
          <li key={`${i} ${st.title}`}>
            <time dateTime={st.day}>{longDay(st.day)}</time>
            {st.title}
          </li>
        ))}
      </ol>
    </section>
  );
}

export interface OwnerView {
  csrf: string | null;
  open: boolean;
  materials: MaterialSpec[];
  maxMb: number;
  errors: FieldError[];
}

/** A case's details, for its applicant (owner) or for someone who tracked it by code and check digits. */
interface DetailsProps {
  d: TrackDetails;
  owner?: OwnerView;
  tracked?: { code: string; check: string; csrf: string | null };
}

/** The 受理通知书 PDF: the owner by link; anyone else by posting the receipt code and the last four digits. */
function ReceiptDownload({ d, owner, tracked }: DetailsProps): ReactNode {
  if (!d.accepted) return null;
  if (owner)
    return (
      <p>
        <a className="button" href={`/api/services/cases/${d.caseId}/receipt.pdf`}>
          下载受理通知书（PDF）
        </a>
      </p>
    );
  if (!tracked) return null;
  return (
    <Form action="/services/track/receipt.pdf" csrf={tracked.csrf}>
      <input type="hidden" name="code" value={tracked.code} />
      <input type="hidden" name="check" value={tracked.check} />
      <Button>下载受理通知书（PDF）</Button>
    </Form>
  );
}

export function DetailsView({ d, owner, tracked }: DetailsProps): ReactNode {
  return (
    <section aria-labelledby="details-title">
      <h2 id="details-title">办件详情</h2>
      <ReceiptDownload d={d} owner={owner} tracked={tracked} />
      <p>
        申请人：{d.applicantName}
        {d.applicantIdMask ? `（${d.applicantIdMask}）` : ''}
        {d.phoneMask ? `，联系电话 ${d.phoneMask}` : ''}
      </p>
      {d.certificate ? (
        <div className="notice-box">
          证号（文号）：<strong>{d.certificate.number}</strong>
          {d.certificate.url ? (
            <>
              {' '}
              <a href={d.certificate.url}>查看或下载</a>
            </>
          ) : null}
        </div>
      ) : null}
      <h3>办理过程</h3>
      <ol className="timeline">
        {d.steps.map((st, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a static, server-rendered list that never reorders
          <li key={`${i} ${st.title}`}>
            <time dateTime={st.at}>{instant(st.at)}</time>
            <strong>{st.title}</strong>
            {st.note ? <p>{st.note}</p> : null}
          </li>
        ))}
      </ol>
      {d.documents.length ? (
        <>
          <h3>文书</h3>
          <ul>
            {d.documents.map((doc) => (
              <li key={doc.id}>
                {owner ? <a href={`/services/documents/${doc.id}`}>{doc.title}</a> : doc.title}（{doc.number}
                ，{longDay(doc.issuedDay)}）
                {owner ? (
                  <>
                    {' '}
                    <a href={`/services/documents/${doc.id}/pdf`}>下载 PDF</a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>申请内容</h3>
      <table className="case-table kv-table">
        <tbody>
          {d.values.map((v) => (
            <tr key={v.label}>
              <th scope="row">{v.label}</th>
              <td>{v.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>已交材料</h3>
      <ul>
        {d.materials.map((m, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a static, server-rendered list that never reorders
          <li key={`${i} ${m.name}`}>
            {m.name}：{m.source === 'online' ? `电子文件 ${m.fileName ?? ''}` : `纸质 ${m.copies ?? 1} 份`}
            {m.round > 0 ? `（第 ${m.round} 次补正）` : ''}
          </li>
        ))}
      </ul>
      {d.needsSupplement ? (
        owner ? (
          <SupplementForm caseId={d.caseId} owner={owner} />
        ) : (
          <div className="notice-box">
            需要补正材料：请<a href={`/account/cases/${d.caseId}`}>登录后在“我的办件”中补正</a>
            ，或到政务受理中心窗口补正。
          </div>
        )
      ) : null}
      {owner?.open ? (
        <Form
          action={`/account/cases/${d.caseId}/withdraw`}
          csrf={owner.csrf}
          errors={owner.errors}
          className="form-section"
        >
          <TextInput name="reason" label="撤回申请的原因" maxLength={500} />
          <Button secondary>撤回申请</Button>
        </Form>
      ) : null}
    </section>
  );
}

export function SupplementForm({ caseId, owner }: { caseId: string; owner: OwnerView }): ReactNode {
  return (
    <section aria-labelledby="supplement-title">
      <h3 id="supplement-title">补正材料</h3>
      <Form action={`/account/cases/${caseId}/supplement`} upload csrf={owner.csrf} errors={owner.errors}>
        <TextArea name="note" label="补正说明" rows={3} maxLength={1000} optional />
        <MaterialInputs
          materials={owner.materials.map((m) => ({ ...m, required: false }))}
          maxMb={owner.maxMb}
        />
        <Button>提交补正</Button>
      </Form>
    </section>
  );
}

export function TrackPage({
  result,
  code,
  check,
  csrf,
  errors,
}: {
  result: TrackResult | null;
  code: string;
  check?: string;
  csrf: string | null;
  errors: FieldError[];
}): ReactNode {
  return (
    <article>
      <ServicesCss />
      <h1>办件查询</h1>
      <ErrorSummary errors={errors} title="查询未完成" />
      <p>
        输入受理时取得的 12 位查询码可查看办理进度；同时输入申请人手机号码或证件号码的后四位，可查看办件详情。
      </p>
      <Form action="/services/track" csrf={csrf} values={{ code }} errors={errors} className="form-section">
        <TextInput
          name="code"
          label="查询码"
          width="medium"
          maxLength={20}
          autoComplete="off"
          spellCheck={false}
        />
        <TextInput
          name="check"
          label="手机号码或证件号码后四位"
          optional
          hint="填写后可查看办件详情；身份证号码末位为 X 的请填 X"
          width="short"
          maxLength={4}
          autoComplete="off"
        />
        <Button>查询</Button>
      </Form>
      {result && !result.found ? (
        <div className="notice-box" role="status">
          未找到该查询码对应的办件，请核对后重新输入。
        </div>
      ) : null}
      {result?.found ? (
        <>
          {result.check === 'wrong' ? (
            <div className="error-summary" role="alert">
              后四位与申请人信息不符，仅显示办理进度。
            </div>
          ) : null}
          {result.check === 'locked' ? (
            <div className="error-summary" role="alert">
              核验失败次数过多，详情查询已暂停 1 小时；办理进度仍可查看。
            </div>
          ) : null}
          <SummaryView s={result.summary} />
          {result.details ? (
            <DetailsView d={result.details} tracked={check ? { code, check, csrf } : undefined} />
          ) : null}
        </>
      ) : null}
    </article>
  );
}

export function OwnCasesPage({ cases }: { cases: Array<TrackSummary & { id: string }> }): ReactNode {
  return (
    <article>
      <ServicesCss />
      <h1>我的办件</h1>
      {cases.length === 0 ? (
        <p>
          您还没有办件。<a href="/services">去办事</a>
        </p>
      ) : (
        <table className="case-table">
          <thead>
            <tr>
              <th scope="col">事项</th>
              <th scope="col">查询码</th>
              <th scope="col">提交日期</th>
              <th scope="col">状态</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((c) => (
              <tr key={c.id}>
                <td>
                  <a href={`/account/cases/${c.id}`}>{c.itemName}</a>
                </td>
                <td>{formatReceiptCode(c.receiptCode)}</td>
                <td>{longDay(c.submittedDay)}</td>
                <td>{c.statusLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
