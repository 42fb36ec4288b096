// The site search page (站内搜索): a GET form that works without JavaScript, filters by column and
// date, "search within results", highlighted titles and snippets, and an error summary that
// links to the field (GOV.UK style) when the input cannot be searched.
import type { ReactNode } from 'react';
import type { FieldError } from '../../../platform/errors.ts';
import { Pagination } from '../../../site/index.ts';
import type { SearchResult } from '../search/search.service.ts';
import { Marked, PortalStyles } from './pages.tsx';
import type { PublicTree } from './public.service.ts';

export interface SearchParams {
  q: string;
  within: string;
  column: string;
  from: string;
  to: string;
  page: number;
}

export function searchHref(p: SearchParams, page = p.page): string {
  const qs = new URLSearchParams();
  for (const key of ['q', 'within', 'column', 'from', 'to'] as const) if (p[key]) qs.set(key, p[key]);
  if (page > 1) qs.set('page', String(page));
  return `/search?${qs.toString()}`;
}

function ErrorSummary({ errors }: { errors: FieldError[] }): ReactNode {
  if (!errors.length) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">请修改以下内容后再搜索</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.field}>
            <a href={`#${e.field}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function FieldErrorText({ errors, field }: { errors: FieldError[]; field: string }): ReactNode {
  const e = errors.find((x) => x.field === field);
  return e ? (
    <span className="field-error" id={`${field}-error`}>
      {e.message}
    </span>
  ) : null;
}

export function SearchPageBody(props: {
  params: SearchParams;
  tree: PublicTree;
  result: SearchResult | null;
  errors: FieldError[];
  columnNames: Map<string, string>;
}): ReactNode {
  const { params, tree, result, errors } = props;
  const options = [...tree.byId.values()].filter((c) => c.level <= 2);
  const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 0;
  const described = (field: string) => (errors.some((e) => e.field === field) ? `${field}-error` : undefined);
  return (
    <>
      <PortalStyles />
      <h1>站内搜索</h1>
      <form className="search-form" method="get" action="/search" noValidate>
        <ErrorSummary errors={errors} />
        <div className="field">
          <label htmlFor="q">搜索词</label>
          <FieldErrorText errors={errors} field="q" />
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={params.q}
            maxLength={100}
            aria-describedby={described('q')}
          />
        </div>
        <div className="field">
          <label htmlFor="column">栏目</label>
          <select id="column" name="column" defaultValue={params.column}>
            <option value="">全部栏目</option>
            {options.map((c) => (
              <option key={c.id} value={c.code}>
                {c.level === 2 ? '　' : ''}
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="from">发布日期从</label>
          <FieldErrorText errors={errors} field="from" />
          <input
            id="from"
            name="from"
            type="date"
            defaultValue={params.from}
            aria-describedby={described('from')}
          />
        </div>
        <div className="field">
          <label htmlFor="to">至</label>
          <FieldErrorText errors={errors} field="to" />
          <input id="to" name="to" type="date" defaultValue={params.to} aria-describedby={described('to')} />
        </div>
        <button type="submit">搜索</button>
      </form>
      {result ? (
        <section aria-labelledby="results-title">
          <h2 id="results-title">
            {result.total === 0
              ? '没有找到相关信息'
              : result.totalExact
                ? `找到 ${result.total} 条结果`
                : `找到 ${result.total.toLocaleString('en-US')} 条以上结果`}
          </h2>
          {result.total && !result.totalExact ? (
            <p className="link-note">
              {`结果较多，只统计前 ${result.total.toLocaleString('en-US')} 条，并优先列出较新的信息；`}
              可在结果中搜索，或按栏目、日期缩小范围。
            </p>
          ) : null}
          {result.terms.length ? (
            <p className="link-note">
              搜索词：{result.terms.join(' / ')}
              {result.within ? `（在“${params.q}”的结果中搜索“${result.within}”）` : ''}
            </p>
          ) : null}
          {result.total ? (
            <form className="search-form" method="get" action="/search">
              <input type="hidden" name="q" value={[params.q, params.within].filter(Boolean).join(' ')} />
              {params.column ? <input type="hidden" name="column" value={params.column} /> : null}
              {params.from ? <input type="hidden" name="from" value={params.from} /> : null}
              {params.to ? <input type="hidden" name="to" value={params.to} /> : null}
              <label htmlFor="within">在结果中搜索</label>
              <input id="within" name="within" type="search" maxLength={100} />
              <button type="submit">在结果中搜索</button>
            </form>
          ) : (
            <p>请尝试更换或减少搜索词，或去掉栏目和日期条件。</p>
          )}
          <ol className="search-results">
            {result.items.map((hit) => (
              <li key={`${hit.source} ${hit.refId}`}>
                <a href={hit.url}>
                  <Marked pieces={hit.title} />
                </a>
                <p>
                  <Marked pieces={hit.snippet} />
                </p>
                {hit.extra ? (
                  <p className="link-note">
                    相关：
                    <Marked pieces={hit.extra} />
                  </p>
                ) : null}
                <p className="meta">
                  {[hit.sourceLabel, hit.columnId ? props.columnNames.get(hit.columnId) : null, hit.day]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </li>
            ))}
          </ol>
          <Pagination page={params.page} pages={pages} href={(p) => searchHref(params, p)} />
        </section>
      ) : null}
    </>
  );
}
