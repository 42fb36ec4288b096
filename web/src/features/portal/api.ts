// The portal's workbench API: columns, articles, review and publication (/api/portal/...).
import { useQuery } from '@tanstack/react-query';
import { api, apiUrl, type Reply } from '../../api/client.ts';
import type { ItemOf } from '../../api/types.ts';

export type ColumnKind = Column['kind'];
export type ColumnCategory = Column['category'];
export type ArticleStatus = ArticleSummary['status'];
export type ArticleOrigin = ArticleSummary['origin'];

export type Column = ItemOf<Reply<'/api/portal/columns'>>;

export type Attachment = ArticleDetail['attachments'][number];

export type ArticleSummary = ItemOf<Reply<'/api/portal/articles'>>;

export type ArticleEvent = ArticleDetail['events'][number];

export type ArticleDetail = Reply<'/api/portal/articles/{id}'>;

export type DiffPart = EditionDiff['fields'][number]['parts'][number];

export type EditionDiff = Reply<'/api/portal/articles/{id}/diff'>;

export const COLUMNS_KEY = ['portal', 'columns'] as const;
export const ARTICLES_KEY = ['portal', 'articles'] as const;

export const KIND_LABELS: Record<ColumnKind, string> = {
  list: '文章列表',
  page: '单页',
  link: '外部链接',
  module: '模块页面',
};

export const CATEGORY_LABELS: Record<ColumnCategory, string> = {
  news: '动态类（两周）',
  notice: '通知公告类（六个月）',
  policy: '政策文件类（六个月）',
  general: '其他',
};

export const STATUS_COLORS: Record<ArticleStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  reviewed: 'cyan',
  scheduled: 'purple',
  published: 'success',
  offline: 'warning',
  withdrawn: 'error',
};

export const STATUS_OPTIONS: Array<{ value: ArticleStatus; label: string }> = [
  { value: 'draft', label: '草稿' },
  { value: 'submitted', label: '待审核' },
  { value: 'reviewed', label: '已审核' },
  { value: 'scheduled', label: '定时发布' },
  { value: 'published', label: '已发布' },
  { value: 'offline', label: '已下线' },
  { value: 'withdrawn', label: '已撤回' },
];

export const ORIGIN_LABELS: Record<ArticleOrigin, string> = {
  original: '原创',
  shared: '网刊共享',
  reposted: '转载',
};

export function useColumns() {
  return useQuery({
    queryKey: COLUMNS_KEY,
    queryFn: async () => (await api.get('/api/portal/columns')).items,
    staleTime: 60_000,
  });
}

export interface ColumnNode {
  column: Column;
  children: ColumnNode[];
}

/** The flat list (parents first) as a tree, siblings in order. */
export function buildColumnTree(columns: Column[]): ColumnNode[] {
  const byId = new Map<string, ColumnNode>();
  const roots: ColumnNode[] = [];
  for (const c of columns) byId.set(c.id, { column: c, children: [] });
  for (const c of columns) {
    const node = byId.get(c.id)!;
    const parent = c.parentId ? byId.get(c.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (nodes: ColumnNode[]) => {
    nodes.sort((a, b) => a.column.sort - b.column.sort || a.column.code.localeCompare(b.column.code));
    for (const n of nodes) sort(n.children);
  };
  sort(roots);
  return roots;
}

export function useArticle(id: string | undefined) {
  return useQuery({
    queryKey: [...ARTICLES_KEY, 'one', id],
    queryFn: () => api.get(apiUrl('/api/portal/articles/{id}', { id: id! })),
    enabled: Boolean(id),
  });
}

/** Uploads a file (multipart) with the session's CSRF token. */
export async function uploadPortalFile(
  file: File,
  kind: 'attachment' | 'cover' | 'image',
  csrfToken: string | null,
): Promise<Reply<'/api/portal/files', 'post'>> {
  const form = new FormData();
  form.append('file', file);
  const res = await fetch(`/api/portal/files?kind=${kind}`, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: csrfToken ? { 'x-csrf-token': csrfToken } : {},
  });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.detail ?? '上传失败，请稍后再试');
  return body;
}

/** 导入 Word 文档: the .docx converted on the server, its pictures stored; the article is not saved. */
export async function importDocx(
  file: File,
  csrfToken: string | null,
): Promise<Reply<'/api/portal/import-docx', 'post'>> {
  const form = new FormData();
  form.append('file', file);
  const res = await fetch('/api/portal/import-docx', {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: csrfToken ? { 'x-csrf-token': csrfToken } : {},
  });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.errors?.[0]?.message ?? body?.detail ?? '导入失败，请稍后再试');
  return body;
}
