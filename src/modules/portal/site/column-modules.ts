// Columns of kind 'module' show a page another module provides (网上办事 → the service guides,
// 政务公开 → the disclosure catalogue). That module says where its page is; the column then leads
// there, and the navigation links to it directly.

export interface ColumnModulePage {
  /** The key a column's target names: 'services', 'openness', 'interaction', 'supply-demand'. */
  key: string;
  /** The module's public page, a site path. */
  path: string;
}

const pages = new Map<string, ColumnModulePage>();

/** Declares where a module's public page is, for columns of kind 'module' with this target. */
export function registerColumnModule(page: ColumnModulePage): void {
  if (!page.path.startsWith('/') || page.path.startsWith('//'))
    throw new Error(`站内链接应以 / 开头：${page.path}`);
  pages.set(page.key, { ...page });
}

export function columnModulePath(key: string | null): string | null {
  return key ? (pages.get(key)?.path ?? null) : null;
}
