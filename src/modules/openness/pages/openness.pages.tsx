// The public pages of government openness (政务公开), server-rendered and working without
// JavaScript: the openness home, the disclosure guide (with its earlier versions), the catalogue
// with its filters (category, subject, year, validity) and each entry's page. Internal-only
// categories appear to signed-in staff alone (never cached, never indexed).
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ReactNode } from 'react';
import { AppError } from '../../../platform/errors.ts';
import type { App } from '../../../platform/module.ts';
import {
  assetUrl,
  Button,
  type Crumb,
  Form,
  FormStyles,
  Pagination,
  renderNotFoundPage,
  renderPage,
  Select,
  TextInput,
} from '../../../site/index.ts';
import {
  type CategoryView,
  catalogueYears,
  type EntryListItem,
  type EntryView,
  getEntry,
  listCategories,
  listEntries,
} from '../catalogue/catalogue.service.ts';
import { GUIDE_PART_TITLES, type GuideView, getGuide, listGuideVersions } from '../guide/guide.service.ts';
import { seesInternal } from '../openness.policy.ts';
import { GUIDE_PARTS, VALIDITIES, type Validity } from '../openness.table.ts';
import { SUBJECT_CLASSES, VALIDITY_LABELS } from '../openness.vocab.ts';
import { listOpennessLinks } from './openness-links.ts';

export const BASE = '/openness';
const PAGE_SIZE = 20;

const Css = () => (
  <>
    <FormStyles />
    <link rel="stylesheet" href={assetUrl('openness.css')} />
  </>
);

const crumbs = (...rest: Crumb[]): Crumb[] => [{ label: '政务公开', href: BASE }, ...rest];

/** Pages that show internal categories to a signed-in reader are private to that reader. */
function privacy(request: FastifyRequest, reply: FastifyReply): void {
  if (seesInternal(request.ctx().actor)) {
    reply.header('cache-control', 'no-store');
    reply.header('x-robots-tag', 'noindex, nofollow');
  }
}

function ValidityTag({ v }: { v: Validity }) {
  return <span className={`validity ${v.replace('_', '-')}`}>{VALIDITY_LABELS[v]}</span>;
}

function InternalMark({ audience }: { audience: string }) {
  return audience === 'internal' ? <span className="internal-mark">机关内部公开</span> : null;
}

// ---- the openness home ----

function HomePage(p: {
  categories: CategoryView[];
  latest: EntryListItem[];
  links: { href: string; label: string; note: string }[];
}) {
  return (
    <>
      <Css />
      <h1>政务公开</h1>
      <p className="open-lead">
        依照《中华人民共和国政府信息公开条例》，本局主动公开政府信息，并受理公民、法人和其他组织的政府信息公开申请。
      </p>
      <nav aria-label="政务公开栏目">
        <ul className="open-nav">
          {p.links.map((l) => (
            <li key={l.href}>
              <a href={l.href}>
                <strong>{l.label}</strong>
                <span>{l.note}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h2>公开目录分类</h2>
      <ul className="open-cats">
        {p.categories.map((c) => (
          <li key={c.id}>
            <a href={`${BASE}/catalogue?category=${c.code}`}>
              {c.name}（{c.entries}）
            </a>
          </li>
        ))}
      </ul>
      <h2>最新公开</h2>
      {p.latest.length ? <EntryTable items={p.latest} /> : <p>暂无公开的政府信息。</p>}
      <p>
        <a href={`${BASE}/catalogue`}>查看全部公开目录</a>
      </p>
    </>
  );
}

// ---- the guide ----

function GuidePage({
  guide,
  latest,
  versions,
}: {
  guide: GuideView;
  latest: number;
  versions: { version: number; note: string; createdAt: string }[];
}) {
  const day = (iso: string) => chinaDayOfIso(iso);
  return (
    <>
      <Css />
      <h1>{guide.title}</h1>
      <p className="guide-version">
        第 {guide.version} 版，{day(guide.createdAt)} 发布
        {guide.version !== latest ? (
          <>
            。这是历史版本，<a href={`${BASE}/guide`}>查看现行版本</a>
          </>
        ) : null}
      </p>
      {GUIDE_PARTS.map((part) => (
        <section className="guide-part" key={part} aria-labelledby={`part-${part}`}>
          <h2 id={`part-${part}`}>{GUIDE_PART_TITLES[part]}</h2>
          {paragraphs(guide.sections[part]).map((para) => (
            <p key={para.key}>{para.text}</p>
          ))}
          {part === 'office' ? (
            <dl className="guide-office">
              <dt>办公地址</dt>
              <dd>{guide.officeAddress}</dd>
              <dt>办公时间</dt>
              <dd>{guide.officeHours}</dd>
              <dt>联系电话</dt>
              <dd>{guide.officePhone}</dd>
            </dl>
          ) : null}
        </section>
      ))}
      {versions.length > 1 ? (
        <section aria-labelledby="guide-history">
          <h2 id="guide-history">历史版本</h2>
          <ul>
            {versions.map((v) => (
              <li key={v.version}>
                {v.version === guide.version ? (
                  <span aria-current="page">第 {v.version} 版（本页）</span>
                ) : (
                  <a href={v.version === latest ? `${BASE}/guide` : `${BASE}/guide?version=${v.version}`}>
                    第 {v.version} 版
                  </a>
                )}
                ，{day(v.createdAt)}
                {v.note ? `：${v.note}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** A text's paragraphs with stable keys (a paragraph repeated gets its own). */
function paragraphs(text: string): { key: string; text: string }[] {
  const seen = new Map<string, number>();
  return text
    .split(/\n+/)
    .filter((t) => t.trim())
    .map((t) => {
      const n = (seen.get(t) ?? 0) + 1;
      seen.set(t, n);
      return { key: `${n} ${t.slice(0, 40)}`, text: t };
    });
}

/** The China date (YYYY-MM-DD) of an ISO instant. */
function chinaDayOfIso(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
}

// ---- the catalogue ----

function EntryTable({ items }: { items: EntryListItem[] }) {
  return (
    <table className="open-table">
      <thead>
        <tr>
          <th scope="col">标题</th>
          <th scope="col">索引号</th>
          <th scope="col">发布日期</th>
          <th scope="col">有效性</th>
        </tr>
      </thead>
      <tbody>
        {items.map((e) => (
          <tr key={e.id}>
            <td>
              <a href={`${BASE}/catalogue/${e.id}`}>{e.title}</a>
              <InternalMark audience={e.category.audience} />
              {e.docNumber ? <div className="index-no">{e.docNumber}</div> : null}
            </td>
            <td className="index-no" data-label="索引号">
              {e.indexNo}
            </td>
            <td data-label="发布日期">{e.publishedOn}</td>
            <td data-label="有效性">
              <ValidityTag v={e.validity} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface CatalogueFilter {
  category: string;
  subject: string;
  year: string;
  validity: string;
  q: string;
}

function CataloguePage(p: {
  categories: CategoryView[];
  years: number[];
  filter: CatalogueFilter;
  total: number;
  page: number;
  items: EntryListItem[];
}) {
  const pages = Math.max(1, Math.ceil(p.total / PAGE_SIZE));
  const link = (over: Partial<CatalogueFilter> & { page?: number }) => {
    const params = new URLSearchParams();
    const f = { ...p.filter, ...over };
    for (const k of ['category', 'subject', 'year', 'validity', 'q'] as const) if (f[k]) params.set(k, f[k]);
    if (over.page && over.page > 1) params.set('page', String(over.page));
    const s = params.toString();
    return s ? `${BASE}/catalogue?${s}` : `${BASE}/catalogue`;
  };
  const current = p.categories.find((c) => c.code === p.filter.category);
  return (
    <>
      <Css />
      <h1>{current ? `政府信息公开目录：${current.name}` : '政府信息公开目录'}</h1>
      <p>
        本目录列出本局主动公开的政府信息。每条信息有唯一的索引号；已修订或废止的文件仍可查阅，并标明修订或替代它的文件。
        找不到需要的信息，可以<a href={`${BASE}/guide#part-procedure`}>申请公开</a>。
      </p>
      <nav aria-label="信息类别">
        <ul className="open-cats">
          <li>
            <a href={link({ category: '' })} aria-current={current ? undefined : 'page'}>
              全部
            </a>
          </li>
          {p.categories.map((c) => (
            <li key={c.id}>
              <a
                href={link({ category: c.code })}
                aria-current={c.code === p.filter.category ? 'page' : undefined}
              >
                {c.name}
                {c.audience === 'internal' ? '（内部）' : ''}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Form
        method="get"
        action={`${BASE}/catalogue`}
        className="open-filters"
        aria-label="筛选公开目录"
        values={{ ...p.filter }}
      >
        {p.filter.category ? <input type="hidden" name="category" value={p.filter.category} /> : null}
        <Select
          name="subject"
          label="主题分类"
          placeholder="全部"
          options={SUBJECT_CLASSES.map((s) => ({ value: s, label: s }))}
        />
        <Select
          name="year"
          label="发布年份"
          placeholder="全部"
          options={p.years.map((y) => ({ value: String(y), label: `${y}年` }))}
        />
        <Select
          name="validity"
          label="有效性"
          placeholder="全部"
          options={VALIDITIES.map((v) => ({ value: v, label: VALIDITY_LABELS[v] }))}
        />
        <TextInput name="q" label="标题或文号" type="search" maxLength={50} />
        <Button>筛选</Button>
      </Form>
      <p role="status">共 {p.total} 条</p>
      {p.items.length ? <EntryTable items={p.items} /> : <p>没有符合条件的公开信息。</p>}
      <Pagination page={p.page} pages={pages} href={(page) => link({ page })} />
    </>
  );
}

function EntryPage({ e }: { e: EntryView }) {
  return (
    <>
      <Css />
      <h1>
        {e.title}
        <InternalMark audience={e.category.audience} />
      </h1>
      {e.successor ? (
        <div className="supersede" role="note">
          本文件{e.validity === 'amended' ? '已被修订' : '已废止'}
          {e.validity === 'amended' ? '，修订后的文件：' : '，替代它的文件：'}
          <a href={`${BASE}/catalogue/${e.successor.id}`}>{e.successor.title}</a>（索引号{' '}
          {e.successor.indexNo}）
        </div>
      ) : e.validity === 'repealed' ? (
        <div className="supersede" role="note">
          本文件已废止。
        </div>
      ) : null}
      {e.predecessors.length ? (
        <div className="supersede" role="note">
          本文件
          {e.predecessors.length > 1
            ? '修订或替代了以下文件'
            : e.predecessors[0].validity === 'amended'
              ? '修订了'
              : '替代了'}
          ：
          {e.predecessors.map((p, i) => (
            <span key={p.id}>
              {i ? '、' : ''}
              <a href={`${BASE}/catalogue/${p.id}`}>{p.title}</a>（{VALIDITY_LABELS[p.validity]}）
            </span>
          ))}
        </div>
      ) : null}
      <dl className="entry-meta">
        <dt>索引号</dt>
        <dd>{e.indexNo}</dd>
        <dt>信息类别</dt>
        <dd>{e.category.name}</dd>
        <dt>发布机构</dt>
        <dd>{e.issuer}</dd>
        <dt>主题分类</dt>
        <dd>{e.subject}</dd>
        <dt>成文日期</dt>
        <dd>{e.madeOn}</dd>
        <dt>发布日期</dt>
        <dd>{e.publishedOn}</dd>
        <dt>文号</dt>
        <dd>{e.docNumber || '无'}</dd>
        <dt>体裁</dt>
        <dd>{e.genre}</dd>
        <dt>有效性</dt>
        <dd>
          <ValidityTag v={e.validity} />
        </dd>
        <dt>附件</dt>
        <dd>{e.attachments.length ? e.attachments.map((a) => a.name).join('、') : '无'}</dd>
      </dl>
      {e.summary ? (
        <p>
          <strong>内容概述：</strong>
          {e.summary}
        </p>
      ) : null}
      {e.body ? <div className="entry-body">{e.body}</div> : null}
      <p>
        <a href={`${BASE}/catalogue?category=${e.category.code}`}>返回“{e.category.name}”</a>
      </p>
    </>
  );
}

// ---- routes ----

const CatalogueQuery = Type.Object(
  {
    category: Type.Optional(Type.String({ maxLength: 40 })),
    subject: Type.Optional(Type.String({ maxLength: 40 })),
    year: Type.Optional(Type.String({ maxLength: 4 })),
    validity: Type.Optional(Type.String({ maxLength: 10 })),
    q: Type.Optional(Type.String({ maxLength: 50 })),
    page: Type.Optional(Type.String({ maxLength: 6 })),
  },
  { additionalProperties: false },
);
const GuideQuery = Type.Object(
  { version: Type.Optional(Type.String({ maxLength: 6 })) },
  { additionalProperties: false },
);
const IdParam = Type.Object({ id: Type.String({ maxLength: 40 }) }, { additionalProperties: false });

export function registerOpennessPages(app: App): void {
  app.get(BASE, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.ctx();
    privacy(request, reply);
    const [categories, latest] = await Promise.all([listCategories(ctx), listEntries(ctx, { pageSize: 8 })]);
    return renderPage(reply, {
      title: '政务公开',
      description: '河南省林业局政府信息公开指南、政府信息公开目录与依申请公开。',
      breadcrumb: [{ label: '政务公开' }],
      body: (
        <HomePage
          categories={categories}
          latest={latest.items}
          links={listOpennessLinks((p) => app.hasRoute({ method: 'GET', url: p }))}
        />
      ),
    });
  });

  app.get(`${BASE}/guide`, { schema: { hide: true, querystring: GuideQuery } }, async (request, reply) => {
    const ctx = request.ctx();
    const asked = request.query.version;
    if (asked !== undefined && !/^\d{1,5}$/.test(asked)) return renderNotFoundPage(reply);
    let guide: GuideView | null;
    try {
      guide = await getGuide(ctx, asked === undefined ? undefined : Number(asked));
    } catch (e) {
      if (e instanceof AppError && e.status === 404) return renderNotFoundPage(reply);
      throw e;
    }
    const versions = await listGuideVersions(ctx);
    if (!guide)
      return renderPage(reply, {
        title: '政府信息公开指南',
        breadcrumb: crumbs({ label: '政府信息公开指南' }),
        body: (
          <>
            <h1>政府信息公开指南</h1>
            <p>本局正在编制政府信息公开指南。申请公开政府信息，请在工作时间到本局政务受理中心办理。</p>
          </>
        ),
      });
    return renderPage(reply, {
      title: guide.title,
      description: '政府信息公开的范围、方式、依申请公开的程序、收费、监督救济和工作机构。',
      breadcrumb: crumbs({ label: '政府信息公开指南' }),
      canonicalPath: asked === undefined ? undefined : null,
      body: <GuidePage guide={guide} latest={versions[0]?.version ?? guide.version} versions={versions} />,
    });
  });

  app.get(
    `${BASE}/catalogue`,
    { schema: { hide: true, querystring: CatalogueQuery } },
    async (request, reply) => {
      const ctx = request.ctx();
      privacy(request, reply);
      const q = request.query;
      const page = q.page && /^\d{1,5}$/.test(q.page) ? Math.max(1, Number(q.page)) : 1;
      const year = q.year && /^\d{4}$/.test(q.year) ? Number(q.year) : undefined;
      const filter: CatalogueFilter = {
        category: q.category ?? '',
        subject: q.subject ?? '',
        year: year ? String(year) : '',
        validity: VALIDITIES.find((v) => v === q.validity) ?? '',
        q: q.q?.trim() ?? '',
      };
      const [categories, years, result] = await Promise.all([
        listCategories(ctx),
        catalogueYears(ctx),
        listEntries(ctx, { ...filter, year, page, pageSize: PAGE_SIZE }),
      ]);
      const current = categories.find((c) => c.code === filter.category);
      if (filter.category && !current) return renderNotFoundPage(reply);
      return renderPage(reply, {
        title: current ? `政府信息公开目录：${current.name}` : '政府信息公开目录',
        description: '河南省林业局主动公开的政府信息，按类别、主题分类、年份和有效性查阅。',
        breadcrumb: crumbs(
          { label: '政府信息公开目录', href: current ? `${BASE}/catalogue` : undefined },
          ...(current ? [{ label: current.name }] : []),
        ),
        canonicalPath:
          filter.subject || filter.year || filter.validity || filter.q || page > 1 ? null : undefined,
        body: (
          <CataloguePage
            categories={categories}
            years={years}
            filter={filter}
            total={result.total}
            page={page}
            items={result.items}
          />
        ),
      });
    },
  );

  app.get(`${BASE}/catalogue/:id`, { schema: { hide: true, params: IdParam } }, async (request, reply) => {
    const ctx = request.ctx();
    let entry: EntryView;
    try {
      entry = await getEntry(ctx, request.params.id);
    } catch (e) {
      if (e instanceof AppError && e.status === 404) return renderNotFoundPage(reply);
      throw e;
    }
    if (entry.category.audience === 'internal') privacy(request, reply);
    return renderPage(reply, {
      title: entry.title,
      description: entry.summary || `${entry.issuer}：${entry.title}`,
      breadcrumb: crumbs(
        { label: '政府信息公开目录', href: `${BASE}/catalogue` },
        { label: entry.category.name, href: `${BASE}/catalogue?category=${entry.category.code}` },
        { label: entry.title },
      ),
      body: <EntryPage e={entry} />,
    });
  });
}

export type { ReactNode };
