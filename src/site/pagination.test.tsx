// The pager every public list shares: what a reader sees and where each link goes.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Pagination } from './pagination.tsx';

const render = (page: number, pages: number) =>
  renderToStaticMarkup(<Pagination page={page} pages={pages} href={(p) => `/list?page=${p}`} />);
const labels = (html: string) =>
  [...html.matchAll(/<(?:a|span)[^>]*>([^<]+)<\/(?:a|span)>/g)].map((m) => m[1]);

describe('public pager', () => {
  it('shows nothing for a single page', () => {
    expect(render(1, 1)).toBe('');
  });

  it('shows the first, the last and two each side of the current page, with gaps marked', () => {
    const html = render(5, 10);
    expect(labels(html)).toEqual(['上一页', '1', '…', '3', '4', '5', '6', '7', '…', '10', '下一页']);
    expect(html).toContain('<span aria-current="page">5</span>');
    expect(html).toContain('<a href="/list?page=4" rel="prev">上一页</a>');
    expect(html).toContain('<a href="/list?page=6" rel="next">下一页</a>');
    expect(html).toContain('第 5 页，共 10 页');
  });

  it('says how many items the list holds when told', () => {
    const html = renderToStaticMarkup(
      <Pagination page={2} pages={2} total={32} href={(p) => `?page=${p}`} />,
    );
    expect(html).toContain('共 32 条，第 2 / 2 页');
  });

  it('has no previous link on the first page and no next link on the last', () => {
    expect(labels(render(1, 3))).toEqual(['1', '2', '3', '下一页']);
    expect(labels(render(3, 3))).toEqual(['上一页', '1', '2', '3']);
  });
});
