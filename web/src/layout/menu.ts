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

/** Whether a route path ('/info/items/:id') is the location or a prefix of it, segment by segment. */
function covers(path: string, pathname: string): boolean {
  if (path === '/') return pathname === '/' || pathname === '';
  const want = path.split('/');
  const have = pathname.split('/');
  return (
    want.length <= have.length &&
    want.every((seg, i) => (seg.startsWith(':') ? have[i] !== '' : seg === have[i]))
  );
}

/**
 * The page a location belongs to: the registered path with the most segments that covers it (a
 * `:param` segment stands for any one), so a detail page wins over its list, and an address under
 * a page belongs to it.
 */
export function pageFor<P extends NavPage>(pages: readonly P[], pathname: string): P | undefined {
  let best: P | undefined;
  let bestLength = -1;
  for (const page of pages) {
    const length = page.path === '/' ? 0 : page.path.split('/').length;
    if (covers(page.path, pathname) && length > bestLength) {
      best = page;
      bestLength = length;
    }
  }
  return best;
}
