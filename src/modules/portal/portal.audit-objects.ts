// Articles and columns as audit objects (审计对象): an article by its title, linked to its editor for
// the portal's editors and reviewers; a column by its name.
import { inArray } from 'drizzle-orm';
import { type AuditObjectTable, uuidsOf } from '../../platform/audit/objects.ts';
import { portalArticles, portalColumns } from './portal.table.ts';

export const PORTAL_AUDIT_OBJECTS: AuditObjectTable = {
  portal_article: {
    name: '稿件',
    open: ['portal:edit', 'portal:review', 'portal:publish'],
    async resolve(ctx, ids) {
      const uuids = uuidsOf(ids);
      if (!uuids.length) return new Map();
      const rows = await ctx.db
        .select({ id: portalArticles.id, title: portalArticles.title })
        .from(portalArticles)
        .where(inArray(portalArticles.id, uuids));
      return new Map(rows.map((r) => [r.id, { label: r.title, link: `/admin/portal/articles/${r.id}` }]));
    },
  },
  portal_column: {
    name: '栏目',
    open: 'portal:columns',
    async resolve(ctx, ids) {
      const uuids = uuidsOf(ids);
      if (!uuids.length) return new Map();
      const rows = await ctx.db
        .select({ id: portalColumns.id, name: portalColumns.name })
        .from(portalColumns)
        .where(inArray(portalColumns.id, uuids));
      return new Map(rows.map((r) => [r.id, { label: r.name, link: '/admin/portal/columns' }]));
    },
  },
  portal: { name: '门户网站' },
  docx: { name: 'Word 文档导入' },
};
