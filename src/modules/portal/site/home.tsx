// What the portal adds to the home page and the main navigation: headlines (要闻) from the news
// columns, notices (通知公告) from the notice columns, a block of column links, and one navigation
// item per visible first-level column (re-read whenever the column tree changes).
import type { ReactNode } from 'react';
import type { Ctx } from '../../../platform/context.ts';
import { entryPagePath, type HomeSection, type NavItem, type NavSource } from '../../../site/index.ts';
import type { LiveListItem } from '../articles.repository.ts';
import { ArticleList, columnHref, PortalStyles } from './pages.tsx';
import {
  knownTree,
  latestInCategory,
  type PublicColumn,
  type PublicTree,
  publicTree,
} from './public.service.ts';

function Block({
  id,
  title,
  more,
  children,
}: {
  id: string;
  title: string;
  more?: string;
  children: ReactNode;
}): ReactNode {
  return (
    <section className="home-block" aria-labelledby={`home-${id}`}>
      <h2 id={`home-${id}`}>{title}</h2>
      {children}
      {more ? (
        <p className="link-note">
          <a href={more}>更多{title}</a>
        </p>
      ) : null}
    </section>
  );
}

/** Where a column leads: its module's entry page, or its own page. */
export function columnLink(c: PublicColumn): string {
  return (c.kind === 'module' ? entryPagePath(c.target) : null) ?? columnHref(c.code);
}

function firstColumnOf(
  items: LiveListItem[],
  roots: PublicColumn[],
  byId: Map<string, PublicColumn>,
): string | undefined {
  // "More" goes to the first-level column most of the items come from.
  const counts = new Map<string, number>();
  for (const it of items) {
    let c = byId.get(it.columnId);
    while (c?.parentId) c = byId.get(c.parentId);
    if (c) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return best && roots.some((r) => r.code === best) ? columnHref(best) : undefined;
}

/** The portal's sections of the home page: headlines, notices, the column links. */
export const PORTAL_HOME_SECTIONS: HomeSection[] = [
  {
    id: 'portal.headlines',
    order: 5,
    render: async ({ ctx }) => {
      const items = await latestInCategory(ctx, 'news', 8);
      if (!items.length) return null;
      const tree = await publicTree(ctx);
      return (
        <>
          <PortalStyles />
          <Block id="headlines" title="林业要闻" more={firstColumnOf(items, tree.roots, tree.byId)}>
            <ArticleList items={items} />
          </Block>
        </>
      );
    },
  },
  {
    id: 'portal.notices',
    order: 6,
    render: async ({ ctx }) => {
      const items = await latestInCategory(ctx, 'notice', 8);
      if (!items.length) return null;
      const tree = await publicTree(ctx);
      return (
        <Block id="notices" title="通知公告" more={firstColumnOf(items, tree.roots, tree.byId)}>
          <ArticleList items={items} />
        </Block>
      );
    },
  },
  {
    id: 'portal.columns',
    order: 50,
    render: async ({ ctx }) => {
      const tree = await publicTree(ctx);
      if (!tree.roots.length) return null;
      return (
        <Block id="columns" title="栏目导航" more="/sitemap">
          <ul className="link-list">
            {tree.roots.map((c) => (
              <li key={c.id}>
                <a href={columnLink(c)}>{c.name}</a>
                {c.children.length ? (
                  <span className="link-note">
                    {c.children
                      .slice(0, 4)
                      .map((x) => x.name)
                      .join('、')}
                    {c.children.length > 4 ? '等' : ''}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </Block>
      );
    },
  },
];

const navOfTree = new WeakMap<PublicTree, NavItem[]>();

/**
 * One navigation item per visible first-level column, after 首页, in the tree's order — taken
 * from the tree in memory on every page, so hiding, showing, renaming or reordering a column
 * changes the bar on the next page (the tree is rebuilt whenever the site version moves; the
 * module builds it at start, see warmColumnTree).
 */
export const columnNav: NavSource = (request) => {
  const tree = knownTree(request.ctx().database);
  if (!tree) return [];
  let items = navOfTree.get(tree);
  if (!items) {
    items = tree.roots.map((c, i) => ({ href: columnLink(c), label: c.name, order: 10 + i }));
    navOfTree.set(tree, items);
  }
  return items;
};

/** Builds the column tree in memory, so the first page already has its navigation bar. */
export async function warmColumnTree(ctx: Ctx): Promise<void> {
  await publicTree(ctx);
}
