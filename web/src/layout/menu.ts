// The side menu: pages grouped, filtered by what the account may see. Pure, no React.
import { type AccessRule, allows, type Permissions } from '../auth/access.ts';

export interface NavPage extends AccessRule {
  /** Route path under /admin, e.g. '/accounts'. */
  path: string;
  title: string;
  /** Menu group title; pages without one sit at the top level. */
  group?: string;
  /** Hidden pages are routes without a menu entry (e.g. a detail page). */
  hidden?: boolean;
}

export interface MenuGroup<P extends NavPage> {
  group: string | null;
  pages: P[];
}

/** Visible pages in menu order, grouped; empty groups disappear. */
export function menuFor<P extends NavPage>(pages: readonly P[], me: Permissions | null): MenuGroup<P>[] {
  const out: MenuGroup<P>[] = [];
  for (const page of pages) {
    if (page.hidden || !allows(me, page)) continue;
    const key = page.group ?? null;
    let entry = out.find((g) => g.group === key);
    if (!entry) {
      entry = { group: key, pages: [] };
      out.push(entry);
    }
    entry.pages.push(page);
  }
  return out;
}

/** The page a location belongs to: the longest registered path that prefixes it. */
export function pageFor<P extends NavPage>(pages: readonly P[], pathname: string): P | undefined {
  let best: P | undefined;
  for (const page of pages) {
    const match =
      page.path === '/'
        ? pathname === '/' || pathname === ''
        : pathname === page.path || pathname.startsWith(`${page.path}/`);
    if (match && (!best || page.path.length > best.path.length)) best = page;
  }
  return best;
}
