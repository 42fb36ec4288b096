// Portal operations' audit objects (审计对象): a feed by its name; the rest named by type.
import { inArray } from 'drizzle-orm';
import { type AuditObjectTable, byUuid } from '../../platform/audit/objects.ts';
import { portalOpsFeeds } from './portal-ops.table.ts';

export const PORTAL_OPS_AUDIT_OBJECTS: AuditObjectTable = {
  portal_feed: {
    name: '转载来源',
    open: 'portal:feeds',
    resolve: byUuid(
      (ctx, ids) =>
        ctx.db
          .select({ id: portalOpsFeeds.id, name: portalOpsFeeds.name })
          .from(portalOpsFeeds)
          .where(inArray(portalOpsFeeds.id, ids)),
      (r) => ({ label: r.name, link: '/admin/portal-ops/feeds' }),
    ),
  },
  portal_feed_item: { name: '转载条目' },
  portal_board_post: { name: '留言板留言' },
  portal_board_report: { name: '留言举报' },
  portal_link_run: { name: '链接检查' },
};
