// The public site's pager (分页): previous / numbered / next links that work without JavaScript,
// the first, the last and two on each side of the current page, gaps marked "…".
import type { ReactNode } from 'react';

export function Pagination({
  page,
  pages,
  total,
  href,
}: {
  page: number;
  pages: number;
  /** How many items the list holds, when the page says so ("共 32 条"). */
  total?: number;
  /** The address of a page (page 1 usually without ?page). */
  href: (page: number) => string;
}): ReactNode {
  if (pages <= 1) return null;
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  return (
    <nav className="pagination" aria-label="分页">
      <ul>
        {page > 1 ? (
          <li>
            <a href={href(page - 1)} rel="prev">
              上一页
            </a>
          </li>
        ) : null}
        {shown.map((p, i) => (
          <li key={p}>
            {i > 0 && p - shown[i - 1] > 1 ? <span aria-hidden="true">…</span> : null}
            {p === page ? (
              <span aria-current="page">{p}</span>
            ) : (
              <a href={href(p)} aria-label={`第 ${p} 页`}>
                {p}
              </a>
            )}
          </li>
        ))}
        {page < pages ? (
          <li>
            <a href={href(page + 1)} rel="next">
              下一页
            </a>
          </li>
        ) : null}
      </ul>
      <p className="link-note">
        {total === undefined ? `第 ${page} 页，共 ${pages} 页` : `共 ${total} 条，第 ${page} / ${pages} 页`}
      </p>
    </nav>
  );
}
