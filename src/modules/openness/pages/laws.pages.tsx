// The public pages of the laws library (政策法规): the list by kind (法律, 行政法规, 地方性法规, 部门
// 规章, 规范性文件) with validity and word filters, and each entry's page. Verified entries only.
// Server-rendered; the filters are a plain GET form.
import { Type } from '@sinclair/typebox';
import { AppError } from '../../../platform/errors.ts';
import type { App } from '../../../platform/module.ts';
import {
  assetUrl,
  Button,
  Form,
  FormStyles,
  Pagination,
  renderNotFoundPage,
  renderPage,
  Select,
  TextInput,
} from '../../../site/index.ts';
import { LAW_KIND_LABELS } from '../laws/law-vocab.ts';
import { getPublicLaw, listPublicLaws, type PublicLaw, type PublicLawItem } from '../laws/laws.service.ts';
import { LAW_KINDS, type LawKind, VALIDITIES } from '../openness.table.ts';
import { VALIDITY_LABELS } from '../openness.vocab.ts';

const BASE = '/openness';
const PAGE_SIZE = 20;

const Css = () => (
  <>
    <FormStyles />
    <link rel="stylesheet" href={assetUrl('openness.css')} />
  </>
);

const validityClass = (l: PublicLawItem) =>
  l.validity === 'in_force'
    ? l.validityLabel === '尚未施行'
      ? 'validity amended'
      : 'validity'
    : `validity ${l.validity}`;

interface LawFilterValues {
  kind: string;
  validity: string;
  q: string;
}

function LawsPage(p: {
  filter: LawFilterValues;
  kinds: Map<LawKind, number>;
  total: number;
  page: number;
  items: PublicLawItem[];
}) {
  const pages = Math.max(1, Math.ceil(p.total / PAGE_SIZE));
  const link = (over: Partial<LawFilterValues> & { page?: number }) => {
    const params = new URLSearchParams();
    const f = { ...p.filter, ...over };
    for (const k of ['kind', 'validity', 'q'] as const) if (f[k]) params.set(k, f[k]);
    if (over.page && over.page > 1) params.set('page', String(over.page));
    const s = params.toString();
    return s ? `${BASE}/laws?${s}` : `${BASE}/laws`;
  };
  const kind = LAW_KINDS.find((k) => k === p.filter.kind);
  const all = [...p.kinds.values()].reduce((a, b) => a + b, 0);
  return (
    <>
      <Css />
      <h1>{kind ? `政策法规：${LAW_KIND_LABELS[kind]}` : '政策法规'}</h1>
      <p className="open-lead">
        本局执行的林业法律、行政法规、地方性法规、部门规章和规范性文件，标明制定机关、文号、公布和施行日期及时效性。法律法规的正式文本以国家法律法规数据库公布的为准。
      </p>
      <nav aria-label="法规类别">
        <ul className="open-cats">
          <li>
            <a href={link({ kind: '', page: 1 })} aria-current={kind ? undefined : 'page'}>
              全部（{all}）
            </a>
          </li>
          {LAW_KINDS.map((k) => (
            <li key={k}>
              <a href={link({ kind: k, page: 1 })} aria-current={k === kind ? 'page' : undefined}>
                {LAW_KIND_LABELS[k]}（{p.kinds.get(k) ?? 0}）
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Form
        method="get"
        action={`${BASE}/laws`}
        className="open-filters"
        aria-label="筛选政策法规"
        values={{ ...p.filter }}
      >
        {kind ? <input type="hidden" name="kind" value={kind} /> : null}
        <Select
          name="validity"
          label="时效性"
          placeholder="全部"
          options={VALIDITIES.map((v) => ({ value: v, label: VALIDITY_LABELS[v] }))}
        />
        <TextInput name="q" label="标题、文号或制定机关" type="search" maxLength={50} />
        <Button>筛选</Button>
      </Form>
      <p role="status">共 {p.total} 件</p>
      {p.items.length ? (
        <table className="open-table">
          <thead>
            <tr>
              <th scope="col">名称</th>
              <th scope="col">类别</th>
              <th scope="col">施行日期</th>
              <th scope="col">时效性</th>
            </tr>
          </thead>
          <tbody>
            {p.items.map((l) => (
              <tr key={l.id}>
                <td>
                  <a href={`${BASE}/laws/${l.id}`}>{l.title}</a>
                  <div className="index-no">{[l.issuer, l.docNumber].filter(Boolean).join(' ')}</div>
                </td>
                <td data-label="类别">{l.kindLabel}</td>
                <td data-label="施行日期">{l.effectiveOn}</td>
                <td data-label="时效性">
                  <span className={validityClass(l)}>{l.validityLabel}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>没有符合条件的政策法规。</p>
      )}
      <Pagination page={p.page} pages={pages} href={(page) => link({ page })} />
    </>
  );
}

function LawPage({ l }: { l: PublicLaw }) {
  return (
    <>
      <Css />
      <h1>{l.title}</h1>
      {l.validity !== 'in_force' ? (
        <div className="supersede" role="note">
          本件{l.validity === 'amended' ? '已修订，请以修订后的现行文本为准' : '已废止'}。
        </div>
      ) : null}
      <dl className="entry-meta">
        <dt>类别</dt>
        <dd>{l.kindLabel}</dd>
        <dt>制定机关</dt>
        <dd>{l.issuer}</dd>
        {l.docNumber ? (
          <>
            <dt>文号</dt>
            <dd>{l.docNumber}</dd>
          </>
        ) : null}
        <dt>通过（公布）日期</dt>
        <dd>{l.adoptedOn}</dd>
        <dt>施行日期</dt>
        <dd>{l.effectiveOn}</dd>
        <dt>时效性</dt>
        <dd>
          <span className={validityClass(l)}>{l.validityLabel}</span>
        </dd>
      </dl>
      {l.note ? (
        <p>
          <strong>制定和修订情况：</strong>
          {l.note}
        </p>
      ) : null}
      {l.body ? (
        <div className="entry-body">{l.body}</div>
      ) : (
        <p>本库尚未收录全文。正式文本请查阅国家法律法规数据库（flk.npc.gov.cn）或制定机关公布的文本。</p>
      )}
      <p>
        <a href={`${BASE}/laws?kind=${l.kind}`}>返回“{l.kindLabel}”</a>
      </p>
    </>
  );
}

const LawsQuery = Type.Object(
  {
    kind: Type.Optional(Type.String({ maxLength: 40 })),
    validity: Type.Optional(Type.String({ maxLength: 10 })),
    q: Type.Optional(Type.String({ maxLength: 50 })),
    page: Type.Optional(Type.String({ maxLength: 6 })),
  },
  { additionalProperties: false },
);
const IdParam = Type.Object({ id: Type.String({ maxLength: 40 }) }, { additionalProperties: false });

export function registerLawPages(app: App): void {
  app.get(`${BASE}/laws`, { schema: { hide: true, querystring: LawsQuery } }, async (request, reply) => {
    const q = request.query;
    if (q.kind && !LAW_KINDS.some((k) => k === q.kind)) return renderNotFoundPage(reply);
    const page = q.page && /^\d{1,5}$/.test(q.page) ? Math.max(1, Number(q.page)) : 1;
    const filter: LawFilterValues = {
      kind: q.kind ?? '',
      validity: VALIDITIES.find((v) => v === q.validity) ?? '',
      q: q.q?.trim() ?? '',
    };
    const result = await listPublicLaws(request.ctx(), { ...filter, page, pageSize: PAGE_SIZE });
    const kind = LAW_KINDS.find((k) => k === filter.kind);
    return renderPage(reply, {
      title: kind ? `政策法规：${LAW_KIND_LABELS[kind]}` : '政策法规',
      description: '林业法律、行政法规、地方性法规、部门规章和规范性文件。',
      breadcrumb: [
        { label: '政务公开', href: BASE },
        { label: '政策法规', href: kind ? `${BASE}/laws` : undefined },
        ...(kind ? [{ label: LAW_KIND_LABELS[kind] }] : []),
      ],
      canonicalPath: filter.validity || filter.q || page > 1 ? null : undefined,
      body: (
        <LawsPage
          filter={filter}
          kinds={result.kinds}
          total={result.total}
          page={page}
          items={result.items}
        />
      ),
    });
  });

  app.get(`${BASE}/laws/:id`, { schema: { hide: true, params: IdParam } }, async (request, reply) => {
    let law: PublicLaw;
    try {
      law = await getPublicLaw(request.ctx(), request.params.id);
    } catch (e) {
      if (e instanceof AppError && e.status === 404) return renderNotFoundPage(reply);
      throw e;
    }
    return renderPage(reply, {
      title: law.title,
      description: `${law.issuer}${law.docNumber ? ` ${law.docNumber}` : ''}，${law.effectiveOn} 起施行。`,
      breadcrumb: [
        { label: '政务公开', href: BASE },
        { label: '政策法规', href: `${BASE}/laws` },
        { label: law.kindLabel, href: `${BASE}/laws?kind=${law.kind}` },
        { label: law.title },
      ],
      body: <LawPage l={law} />,
    });
  });
}
