// The site search page (站内搜索): a GET form built from the site's forms kit, working without
// JavaScript; results of every registered source, each with its type (网站文章, 办事指南 …), a filter by
// type, column and date, "search within results", highlighted titles and snippets, and an error
// summary that links to the field when the input cannot be searched.
import type { ReactNode } from 'react';
import type { FieldError } from '../../../platform/errors.ts';
import type { SearchResult } from '../../../platform/search/index.ts';
import { Button, DateInput, ErrorSummary, Form, Pagination, Select, TextInput } from '../../../site/index.ts';
import { Marked, PortalStyles } from './pages.tsx';
import type { PublicTree } from './public.service.ts';

export interface SearchParams {
  q: string;
  within: string;
  /** A registered search source's name (the type filter), or ''. */
  source: string;
  column: string;
  from: string;
  to: string;
  page: number;
}

export function searchHref(p: SearchParams, page = p.page): string {
  const qs = new URLSearchParams();
  for (const key of ['q', 'within', 'source', 'column', 'from', 'to'] as const)
    if (p[key]) qs.set(key, p[key]);
  if (page > 1) qs.set('page', String(page));
  return `/search?${qs.toString()}`;
}

function ResultsHeading({ result, params }: { result: SearchResult; params: SearchParams }): ReactNode {
  return (
    <>
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
          可在结果中搜索，或按类型、栏目、日期缩小范围。
        </p>
      ) : null}
      {result.terms.length ? (
        <p className="link-note">
          搜索词：{result.terms.join(' / ')}
          {result.within ? `（在“${params.q}”的结果中搜索“${result.within}”）` : ''}
        </p>
      ) : null}
    </>
  );
}

/** "Search within results": the words so far travel as q, the new ones as within. */
function WithinForm({ params }: { params: SearchParams }): ReactNode {
  return (
    <Form
      method="get"
      action="/search"
      className="search-form search-within"
      role="search"
      aria-label="在结果中搜索"
    >
      <input type="hidden" name="q" value={[params.q, params.within].filter(Boolean).join(' ')} />
      {params.source ? <input type="hidden" name="source" value={params.source} /> : null}
      {params.column ? <input type="hidden" name="column" value={params.column} /> : null}
      {params.from ? <input type="hidden" name="from" value={params.from} /> : null}
      {params.to ? <input type="hidden" name="to" value={params.to} /> : null}
      <TextInput name="within" label="在结果中搜索" type="search" maxLength={100} value="" />
      <Button>在结果中搜索</Button>
    </Form>
  );
}

export function SearchPageBody(props: {
  params: SearchParams;
  tree: PublicTree;
  /** The registered sources, for the type filter. */
  sources: Array<{ name: string; label: string }>;
  result: SearchResult | null;
  errors: FieldError[];
  columnNames: Map<string, string>;
}): ReactNode {
  const { params, tree, result, errors } = props;
  const columns = [...tree.byId.values()].filter((c) => c.level <= 2);
  const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 0;
  return (
    <>
      <PortalStyles />
      <h1>站内搜索</h1>
      <ErrorSummary errors={errors} title="请修改以下内容后再搜索" />
      <Form
        method="get"
        action="/search"
        className="search-form"
        role="search"
        aria-label="站内搜索"
        values={params}
        errors={errors}
      >
        <TextInput name="q" label="搜索词" type="search" maxLength={100} />
        {props.sources.length > 1 ? (
          <Select
            name="source"
            label="类型"
            placeholder="全部类型"
            options={props.sources.map((s) => ({ value: s.name, label: s.label }))}
          />
        ) : null}
        <Select
          name="column"
          label="栏目"
          hint="选择栏目时只搜索网站文章"
          placeholder="全部栏目"
          options={columns.map((c) => ({ value: c.code, label: `${c.level === 2 ? '　' : ''}${c.name}` }))}
        />
        <div className="search-dates">
          <DateInput name="from" label="发布日期从" />
          <DateInput name="to" label="至" />
        </div>
        <Button>搜索</Button>
      </Form>
      {result ? (
        <section aria-labelledby="results-title">
          <ResultsHeading result={result} params={params} />
          {result.total ? (
            <WithinForm params={params} />
          ) : (
            <p>请尝试更换或减少搜索词，或去掉类型、栏目和日期条件。</p>
          )}
          <ol className="search-results">
            {result.items.map((hit) => (
              <li key={`${hit.source} ${hit.refId}`}>
                <p className="result-title">
                  <span className="result-type">{hit.sourceLabel}</span>
                  <a href={hit.url}>
                    <Marked pieces={hit.title} />
                  </a>
                </p>
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
                  {[hit.columnId ? props.columnNames.get(hit.columnId) : null, hit.day]
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
