// The portal's public pages as TSX, rendered on the server inside the site layout: column pages,
// article pages, the withdrawn-article notice, the site map and the search page. No JavaScript;
// the article body is the sanitized HTML stored on save.
import type { ReactNode } from 'react';
import { chinaDay } from '../../../platform/calendar/index.ts';
import type { Piece } from '../../../platform/search/index.ts';
import { assetUrl, Pagination } from '../../../site/index.ts';
import type { LiveArticle, LiveListItem } from '../articles.repository.ts';
import type { PublicColumn, PublicTree } from './public.service.ts';

export const articleHref = (id: string) => `/articles/${id}`;
export const columnHref = (code: string) => `/columns/${code}`;
/** A page of a column's list: page 1 is the column's own address. */
export const columnPageHref = (code: string, page: number) =>
  page > 1 ? `${columnHref(code)}?page=${page}` : columnHref(code);
export const fileHref = (articleId: string, fileId: string) => `/articles/${articleId}/files/${fileId}`;

/** The reader's date of an article: its own date, else the day it was first published. */
export const articleDay = (a: { date: string | null; firstPublishedAt: Date }) =>
  a.date ?? chinaDay(a.firstPublishedAt);

export function longDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function PortalStyles(): ReactNode {
  // A stylesheet link is allowed in <body>; the layout only knows the site's own sheet.
  return <link rel="stylesheet" href={assetUrl('portal.css')} />;
}

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1_048_576) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

export function ArticleList({ items }: { items: LiveListItem[] }): ReactNode {
  return (
    <ul className="article-list">
      {items.map((a) => (
        <li key={a.id}>
          <span>
            {a.pinned ? <span className="pinned">置顶</span> : null}
            <a href={articleHref(a.id)}>{a.title}</a>
          </span>
          <span className="date">{articleDay(a)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The first-level column's sub-columns, beside the content. */
export function ColumnSide({ top, current }: { top: PublicColumn; current: PublicColumn }): ReactNode {
  if (!top.children.length) return null;
  return (
    <nav className="column-side" aria-label={`${top.name}栏目`}>
      <h2>{top.name}</h2>
      <ul>
        {top.children.map((c) => (
          <li key={c.id}>
            <a
              href={columnHref(c.code)}
              aria-current={c.id === current.id || current.path.startsWith(c.path) ? 'page' : undefined}
            >
              {c.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function ColumnListBody(props: {
  column: PublicColumn;
  top: PublicColumn;
  items: LiveListItem[];
  page: number;
  pages: number;
  total: number;
}): ReactNode {
  const { column, top, items, page, pages } = props;
  return (
    <>
      <PortalStyles />
      <div className="column-layout">
        <ColumnSide top={top} current={column} />
        <div className="column-main">
          <h1>{column.name}</h1>
          {column.children.length ? (
            <nav aria-label="下级栏目">
              <ul className="link-list">
                {column.children.map((c) => (
                  <li key={c.id}>
                    <a href={columnHref(c.code)}>{c.name}</a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          {items.length ? (
            <>
              {column.children.length ? <h2>最新信息</h2> : null}
              <ArticleList items={items} />
            </>
          ) : column.children.length ? null : (
            <p>本栏目暂无信息。</p>
          )}
          <Pagination page={page} pages={pages} href={(p) => columnPageHref(column.code, p)} />
          {column.kind === 'list' ? (
            <p className="link-note">
              <a href={`${columnHref(column.code)}/rss.xml`}>订阅本栏目（RSS）</a>
            </p>
          ) : null}
        </div>
      </div>
    </>
  );
}

export function ArticleBody({
  article,
  views,
  print,
  fileUrl = (fileId) => fileHref(article.id, fileId),
}: {
  article: LiveArticle;
  views: number | null;
  print?: boolean;
  /** Where files are read from (the workbench preview reads them through the staff API). */
  fileUrl?: (fileId: string) => string;
}): ReactNode {
  const day = articleDay(article);
  return (
    <article>
      <h1>{article.title}</h1>
      {article.subtitle ? <p className="article-subtitle">{article.subtitle}</p> : null}
      <p className="article-meta">
        {article.source ? <span>来源：{article.source}</span> : null}
        {article.author ? <span>作者：{article.author}</span> : null}
        <span>
          发布日期：<time dateTime={day}>{longDay(day)}</time>
        </span>
        {views !== null ? <span>浏览次数：{views}</span> : null}
        {article.origin === 'reposted' && article.originName ? (
          <span>
            转载自：
            {article.originUrl ? (
              <a href={article.originUrl} rel="noopener noreferrer nofollow">
                {article.originName}
              </a>
            ) : (
              article.originName
            )}
          </span>
        ) : null}
        {article.origin === 'shared' && article.originName ? <span>刊载于：{article.originName}</span> : null}
      </p>
      {article.coverFileId && !print ? (
        <img className="article-cover" src={fileUrl(article.coverFileId)} alt={`${article.title}（题图）`} />
      ) : null}
      {/* Sanitized with an allow-list when saved (sanitize.ts): the stored HTML is safe to show. */}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the body was sanitized on save */}
      <div className="article-body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
      {article.attachments.length ? (
        <section className="attachments" aria-labelledby="attachments-title">
          <h2 id="attachments-title">附件</h2>
          <ul>
            {article.attachments.map((f) => (
              <li key={f.fileId}>
                {print ? f.title : <a href={fileUrl(f.fileId)}>{f.title}</a>}
                <span className="link-note">
                  {f.mime === 'application/pdf' ? 'PDF' : f.mime.replace('image/', '').toUpperCase()}，
                  {sizeText(f.size)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {article.tags.length ? <p className="link-note">标签：{article.tags.join('、')}</p> : null}
    </article>
  );
}

export function ArticlePageBody({ article, views }: { article: LiveArticle; views: number }): ReactNode {
  return (
    <>
      <PortalStyles />
      <ArticleBody article={article} views={views} />
      <p className="article-tools">
        <a href={`${articleHref(article.id)}/print`}>打印本页</a>
        {' · '}
        <a href={columnHref(article.columnCode)}>返回“{article.columnName}”</a>
      </p>
    </>
  );
}

export function WithdrawnBody(props: {
  title: string;
  withdrawnAt: Date;
  reason: string;
  column: PublicColumn | null;
}): ReactNode {
  return (
    <article className="notice-page">
      <h1>该信息已撤回</h1>
      <p>
        《{props.title}》已于 {longDay(chinaDay(props.withdrawnAt))} 撤回，不再对外发布。
      </p>
      {props.reason ? <p>撤回原因：{props.reason}</p> : null}
      <ul>
        {props.column ? (
          <li>
            <a href={columnHref(props.column.code)}>查看“{props.column.name}”栏目的其他信息</a>
          </li>
        ) : null}
        <li>
          <a href="/">返回首页</a>
        </li>
      </ul>
    </article>
  );
}

export function OfflineBody({ title, column }: { title: string; column: PublicColumn | null }): ReactNode {
  return (
    <article className="notice-page">
      <h1>该信息已下线</h1>
      <p>《{title}》已不在本网站发布（例如公示期已满）。</p>
      <ul>
        {column ? (
          <li>
            <a href={columnHref(column.code)}>查看“{column.name}”栏目的其他信息</a>
          </li>
        ) : null}
        <li>
          <a href="/">返回首页</a>
        </li>
      </ul>
    </article>
  );
}

function TreeList({ columns }: { columns: PublicColumn[] }): ReactNode {
  return (
    <ul>
      {columns.map((c) => (
        <li key={c.id}>
          <a href={columnHref(c.code)}>{c.name}</a>
          {c.children.length ? <TreeList columns={c.children} /> : null}
        </li>
      ))}
    </ul>
  );
}

export function SiteMapBody({ tree }: { tree: PublicTree }): ReactNode {
  return (
    <>
      <PortalStyles />
      <h1>网站地图</h1>
      <p>本网站共设 {tree.byId.size} 个栏目，按层级列出如下。</p>
      <div className="sitemap">
        <TreeList columns={tree.roots} />
      </div>
    </>
  );
}

export function Marked({ pieces }: { pieces: Piece[] }): ReactNode {
  return (
    <>
      {pieces.map((p, i) =>
        p.hit ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces are positional
          <mark key={i}>{p.text}</mark>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
