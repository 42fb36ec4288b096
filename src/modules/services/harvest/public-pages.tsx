// The public pages of the harvest module, rendered on the server inside the site's layout: they
// work without JavaScript (GET forms for lookups, a POST form with an error summary for objections).
import type { ReactNode } from 'react';
import type { FieldError } from '../../../platform/errors.ts';
import {
  assetUrl,
  Button,
  ErrorSummary,
  Form,
  Notice,
  Pagination,
  TextArea,
  TextInput,
} from '../../../site/index.ts';
import type { PublicNotice } from './notice.service.ts';
import type { PublicPermit } from './public.service.ts';
import { listCities, listQuotaRegions } from './regions.ts';
import type { PublicTransportPermit } from './transport.service.ts';

export const HarvestCss = () => <link rel="stylesheet" href={assetUrl('harvest.css')} />;

const m3 = (n: number) => `${Math.round(n * 100) / 100}`;

function Badge({ validity, label }: { validity: string; label: string }): ReactNode {
  return <span className={`hv-badge hv-${validity}`}>{label}</span>;
}

export function CountySelect({ value, id = 'county' }: { value?: string; id?: string }): ReactNode {
  const regions = listQuotaRegions();
  return (
    <select id={id} name="county" defaultValue={value ?? ''}>
      <option value="">全省</option>
      {listCities().map((city) => (
        <optgroup key={city.code} label={city.name}>
          {regions
            .filter((r) => r.cityCode === city.code)
            .map((r) => (
              <option key={r.code} value={r.code}>
                {r.cityCode === r.code ? r.name : `${city.name}${r.name}`}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}

// ---- /certificates/verify ----

export function VerifyPage({
  no,
  result,
}: {
  no: string;
  result: PublicPermit | null | undefined;
}): ReactNode {
  return (
    <article>
      <HarvestCss />
      <h1>林木采伐许可证核验</h1>
      <p className="hv-lead">
        输入许可证上的编号（如
        豫林采〔2026〕000123号），或用手机扫描证书上的二维码，即可查验证书的真伪与状态。
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: older phones do not know <search>; role="search" works everywhere */}
      <form className="hv-form" method="get" action="/certificates/verify" role="search">
        <div>
          <label htmlFor="no">许可证编号</label>
          <input type="text" id="no" name="no" defaultValue={no} maxLength={100} autoComplete="off" />
        </div>
        <button type="submit" className="hv-button">
          核验
        </button>
      </form>
      {result === undefined ? null : result === null ? (
        <div className="hv-alert" role="alert">
          <h2>未查到该证号，请核对</h2>
          <p>
            没有编号为“{no}
            ”的林木采伐许可证。请核对编号中的年份、流水号和括号；若编号无误仍查不到，该证书可能是伪造的，
            请勿据此采伐、收购或运输林木，并可向当地林业主管部门举报。
          </p>
        </div>
      ) : (
        <PermitResult p={result} />
      )}
    </article>
  );
}

function PermitResult({ p }: { p: PublicPermit }): ReactNode {
  return (
    <section
      className={`hv-result${p.validity === 'revoked' ? ' hv-result-revoked' : ''}`}
      aria-labelledby="result-title"
    >
      <h2 id="result-title">
        核验结果：
        <Badge validity={p.validity} label={p.validityLabel} />
      </h2>
      {p.validity === 'revoked' ? (
        <p>
          <strong>
            该证已于{p.revokedOn}撤销{p.revokeReason ? `，理由：${p.revokeReason}` : ''}。
          </strong>
          撤销后不得凭此证采伐。
        </p>
      ) : p.validity === 'expired' ? (
        <p>
          <strong>该证的采伐期限已届满，已过期。</strong>
        </p>
      ) : (
        <p>该证真实有效，请按证载的地点、数量和期限采伐。</p>
      )}
      <dl>
        <dt>许可证编号</dt>
        <dd>{p.number}</dd>
        <dt>采伐单位（个人）</dt>
        <dd>{p.holder}</dd>
        <StandFacts f={p} />
        <dt>采伐期限</dt>
        <dd>{p.period}</dd>
        <dt>发证机关</dt>
        <dd>{p.issuingAuthority}</dd>
        <dt>发证日期</dt>
        <dd>{p.issuedOn}</dd>
      </dl>
    </section>
  );
}

// ---- /services/register ----

export function RegisterLinks(): ReactNode {
  return (
    <ul className="hv-links">
      <li>
        <a href="/services/register">林木采伐许可公开</a>
      </li>
      <li>
        <a href="/services/register/notices">采伐前公示</a>
      </li>
      <li>
        <a href="/certificates/verify">许可证核验</a>
      </li>
      <li>
        <a href="/services/transport-permits">木材运输证（历史）查询</a>
      </li>
    </ul>
  );
}

export function RegisterPage({
  county,
  page,
  pageSize,
  total,
  items,
}: {
  county?: string;
  page: number;
  pageSize: number;
  total: number;
  items: PublicPermit[];
}): ReactNode {
  const qs = (p: number) =>
    `/services/register?${new URLSearchParams({ ...(county ? { county } : {}), page: String(p) })}`;
  return (
    <article>
      <HarvestCss />
      <h1>林木采伐许可公开</h1>
      <p className="hv-lead">
        依法公开已核发的林木采伐许可证：采伐单位（个人申请的只显示姓氏）、采伐地点（至村）、采伐蓄积、采伐期限和证书状态。
      </p>
      <RegisterLinks />
      <form className="hv-form" method="get" action="/services/register">
        <div>
          <label htmlFor="county">县（市、区）</label>
          <CountySelect value={county} />
        </div>
        <button type="submit" className="hv-button">
          筛选
        </button>
      </form>
      {items.length === 0 ? (
        <p>暂无已公开的林木采伐许可证。</p>
      ) : (
        <table className="hv-table">
          <caption>已核发的林木采伐许可证</caption>
          <thead>
            <tr>
              <th scope="col">许可证编号</th>
              <th scope="col">采伐单位（个人）</th>
              <th scope="col">采伐地点</th>
              <th scope="col">采伐类型</th>
              <th scope="col">采伐蓄积（立方米）</th>
              <th scope="col">采伐期限</th>
              <th scope="col">状态</th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <tr key={p.number}>
                <td>
                  <a href={`/certificates/verify?no=${encodeURIComponent(p.number)}`}>{p.number}</a>
                </td>
                <td>{p.holder}</td>
                <td>{p.location}</td>
                <td>{p.harvestType}</td>
                <td className="num">{m3(p.stockVolume)}</td>
                <td>{p.period}</td>
                <td>
                  <Badge validity={p.validity} label={p.validityLabel} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={page} pages={Math.max(1, Math.ceil(total / pageSize))} total={total} href={qs} />
    </article>
  );
}

// ---- /services/register/notices ----

export function NoticesPage({
  county,
  page,
  pageSize,
  total,
  items,
}: {
  county?: string;
  page: number;
  pageSize: number;
  total: number;
  items: PublicNotice[];
}): ReactNode {
  const qs = (p: number) =>
    `/services/register/notices?${new URLSearchParams({ ...(county ? { county } : {}), page: String(p) })}`;
  return (
    <article>
      <HarvestCss />
      <h1>林木采伐前公示</h1>
      <p className="hv-lead">
        采伐蓄积较大或皆伐面积较大的申请，在作出许可决定前公示。公示期内，任何单位和个人均可对公示的采伐提出异议。
      </p>
      <RegisterLinks />
      <form className="hv-form" method="get" action="/services/register/notices">
        <div>
          <label htmlFor="county">县（市、区）</label>
          <CountySelect value={county} />
        </div>
        <button type="submit" className="hv-button">
          筛选
        </button>
      </form>
      {items.length === 0 ? (
        <p>目前没有正在公示的采伐申请。</p>
      ) : (
        <table className="hv-table">
          <caption>正在公示的采伐申请</caption>
          <thead>
            <tr>
              <th scope="col">受理编号</th>
              <th scope="col">申请人</th>
              <th scope="col">采伐地点</th>
              <th scope="col">采伐类型</th>
              <th scope="col">面积（亩）</th>
              <th scope="col">蓄积（立方米）</th>
              <th scope="col">公示期</th>
              <th scope="col">异议</th>
            </tr>
          </thead>
          <tbody>
            {items.map((n) => (
              <tr key={n.id}>
                <td>{n.receiptCode}</td>
                <td>{n.holder}</td>
                <td>{n.location}</td>
                <td>{n.harvestType}</td>
                <td className="num">{m3(n.areaMu)}</td>
                <td className="num">{m3(n.stockVolume)}</td>
                <td>
                  {n.startsOn} 至 {n.endsOn}
                </td>
                <td>
                  <a href={`/services/register/notices/${n.id}`}>查看并提出异议</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={page} pages={Math.max(1, Math.ceil(total / pageSize))} total={total} href={qs} />
    </article>
  );
}

export interface ObjectionForm {
  name: string;
  contact: string;
  content: string;
}

export function NoticePage({
  notice,
  form,
  errors,
  sent,
  csrf,
}: {
  notice: PublicNotice;
  form: ObjectionForm;
  errors: FieldError[];
  sent: boolean;
  csrf: string | null;
}): ReactNode {
  return (
    <article>
      <HarvestCss />
      <h1>林木采伐前公示（受理编号 {notice.receiptCode}）</h1>
      <ErrorSummary errors={errors} title="提交的异议有误" />
      {sent ? (
        <Notice>
          <strong>异议已提交。</strong>承办单位会在作出许可决定前核查处理；留有联系方式的，核查结果将告知您。
        </Notice>
      ) : null}
      <section className="hv-result" aria-labelledby="notice-facts">
        <h2 id="notice-facts">公示内容</h2>
        <dl>
          <dt>申请人</dt>
          <dd>{notice.holder}</dd>
          <StandFacts f={notice} />
          <dt>申请采伐期限</dt>
          <dd>{notice.period}</dd>
          <dt>公示期</dt>
          <dd>
            {notice.startsOn} 至 {notice.endsOn}（{notice.workdays} 个工作日）
          </dd>
        </dl>
      </section>
      {notice.open ? (
        <Form
          action={`/services/register/notices/${notice.id}/objections`}
          csrf={csrf}
          values={form}
          errors={errors}
          className="hv-objection"
        >
          <h2>提出异议</h2>
          <p className="field-hint">
            对公示的采伐有异议的（如林木权属有争议、四至不实、涉及公益林或封山育林区等），请写明理由。
          </p>
          <TextInput name="name" label="姓名或单位名称" maxLength={50} autoComplete="name" />
          <TextInput
            name="contact"
            label="联系方式"
            optional
            hint="手机号码、固定电话或电子邮箱，仅供承办单位回复您，不会公开"
            maxLength={60}
            autoComplete="tel"
          />
          <TextArea
            name="content"
            label="异议内容"
            hint="至少 10 个字，最多 2000 字"
            rows={6}
            maxLength={2000}
          />
          <Button>提交异议</Button>
        </Form>
      ) : (
        <p>
          <strong>公示期已结束，不再受理异议。</strong>
        </p>
      )}
      <p>
        <a href="/services/register/notices">返回采伐前公示</a>
      </p>
    </article>
  );
}

// ---- /services/transport-permits ----

export function TransportBanner(): ReactNode {
  return (
    <div className="hv-banner" role="note">
      <strong>木材运输证已于2020年7月1日取消</strong>
      根据修订后的《中华人民共和国森林法》和河南省林业主管部门 2020 年 6 月 19 日的通知，自 2020 年 7 月 1
      日起不再核发木材运输证，运输木材无需办理。本页仅供查询此前签发的历史证件，本平台不核发新的木材运输证。
    </div>
  );
}

export function TransportPage({
  no,
  result,
}: {
  no: string;
  result: PublicTransportPermit | null | undefined;
}): ReactNode {
  return (
    <article>
      <HarvestCss />
      <h1>木材运输证（历史）查询</h1>
      <TransportBanner />
      {/* biome-ignore lint/a11y/useSemanticElements: older phones do not know <search>; role="search" works everywhere */}
      <form className="hv-form" method="get" action="/services/transport-permits" role="search">
        <div>
          <label htmlFor="no">木材运输证编号</label>
          <input type="text" id="no" name="no" defaultValue={no} maxLength={60} autoComplete="off" />
        </div>
        <button type="submit" className="hv-button">
          查询
        </button>
      </form>
      {result === undefined ? null : result === null ? (
        <div className="hv-alert" role="alert">
          <h2>未查到该证号，请核对</h2>
          <p>
            档案中没有编号为“{no}
            ”的木材运输证。2020年7月1日以后不再核发木材运输证，此后日期的运输证均非本部门签发。
          </p>
        </div>
      ) : (
        <section className="hv-result" aria-labelledby="transport-title">
          <h2 id="transport-title">
            查询结果：<span className="hv-badge hv-expired">历史证件（已停止使用）</span>
          </h2>
          <dl>
            <dt>运输证编号</dt>
            <dd>{result.number}</dd>
            <dt>签发日期</dt>
            <dd>{result.issuedOn}</dd>
            <dt>有效期</dt>
            <dd>
              {result.validFrom} 至 {result.validUntil}
            </dd>
            <dt>签发机关</dt>
            <dd>{result.issuer}</dd>
            <dt>货主</dt>
            <dd>{result.shipper}</dd>
            <dt>起运地</dt>
            <dd>{result.origin}</dd>
            <dt>到达地</dt>
            <dd>{result.destination}</dd>
            <dt>树种 / 材种</dt>
            <dd>
              {result.species} / {result.assortment}
            </dd>
            <dt>数量</dt>
            <dd>
              {result.volume} 立方米{result.pieces ? `（${result.pieces} 根/件）` : ''}
            </dd>
          </dl>
        </section>
      )}
    </article>
  );
}

/** What is to be cut, where: the same terms on the verification page and the public notice. */
function StandFacts({
  f,
}: {
  f: {
    location: string;
    forestCategory: string;
    harvestType: string;
    species: string;
    areaMu: number;
    stockVolume: number;
  };
}) {
  return (
    <>
      <dt>采伐地点</dt>
      <dd>{f.location}</dd>
      <dt>森林类别</dt>
      <dd>{f.forestCategory}</dd>
      <dt>采伐类型</dt>
      <dd>{f.harvestType}</dd>
      <dt>树种</dt>
      <dd>{f.species}</dd>
      <dt>采伐面积</dt>
      <dd>{m3(f.areaMu)} 亩</dd>
      <dt>采伐蓄积</dt>
      <dd>{m3(f.stockVolume)} 立方米</dd>
    </>
  );
}
