// The portal's workbench API: columns, articles, review and publication (/api/portal/...).
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export type ColumnKind = 'list' | 'page' | 'link' | 'module';
export type ColumnCategory = 'news' | 'notice' | 'policy' | 'general';
export type ArticleStatus =
  | 'draft'
  | 'submitted'
  | 'reviewed'
  | 'scheduled'
  | 'published'
  | 'offline'
  | 'withdrawn';
export type ArticleOrigin = 'original' | 'shared' | 'reposted';

export interface Column {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  level: number;
  path: string;
  kind: ColumnKind;
  target: string | null;
  category: ColumnCategory;
  responsibleUnitId: string;
  responsibleUnitName: string;
  updateDays: number | null;
  reviewSteps: number;
  sort: number;
  visible: boolean;
  description: string | null;
  liveArticles: number;
  lastPublishedAt: string | null;
  editable: boolean;
}

export interface Attachment {
  fileId: string;
  title: string;
  size: number;
  mime: string;
}

export interface ArticleSummary {
  id: string;
  columnId: string;
  columnCode: string;
  columnName: string;
  title: string;
  source: string | null;
  date: string | null;
  origin: ArticleOrigin;
  status: ArticleStatus;
  statusLabel: string;
  edition: number;
  liveEdition: number | null;
  reviewSteps: number;
  reviewsDone: number;
  unreviewed: boolean;
  pinned: boolean;
  publishAt: string | null;
  unpublishAt: string | null;
  firstPublishedAt: string | null;
  publishedAt: string | null;
  createdByName: string | null;
  updatedAt: string;
}

export interface ArticleEvent {
  action: string;
  label: string;
  edition: number;
  step: number | null;
  comment: string | null;
  actorName: string | null;
  at: string;
}

export interface ArticleDetail extends ArticleSummary {
  subtitle: string | null;
  author: string | null;
  bodyHtml: string;
  bodyText: string;
  summary: string | null;
  coverFileId: string | null;
  attachments: Attachment[];
  tags: string[];
  originName: string | null;
  originUrl: string | null;
  unreviewedReason: string | null;
  withdrawnAt: string | null;
  withdrawnReason: string | null;
  events: ArticleEvent[];
  editions: Array<{
    edition: number;
    title: string;
    note: string | null;
    createdByName: string | null;
    createdAt: string;
  }>;
  actions: {
    edit: boolean;
    submit: boolean;
    review: boolean;
    publish: boolean;
    publishUnreviewed: boolean;
    unschedule: boolean;
    unpublish: boolean;
    withdraw: boolean;
    delete: boolean;
  };
}

export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface EditionDiff {
  from: number;
  to: number;
  fields: Array<{ field: string; label: string; parts: DiffPart[] }>;
  body: Array<{ op: 'equal' | 'insert' | 'delete' | 'change'; parts: DiffPart[] }>;
}

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
    queryFn: async () => (await api.get<{ items: Column[] }>('/api/portal/columns')).items,
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
    queryFn: () => api.get<ArticleDetail>(`/api/portal/articles/${id}`),
    enabled: Boolean(id),
  });
}

/** Uploads a file (multipart) with the session's CSRF token. */
export async function uploadPortalFile(
  file: File,
  kind: 'attachment' | 'cover',
  csrfToken: string | null,
): Promise<{ fileId: string; fileName: string; size: number; contentType: string }> {
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
