// Openness records as audit objects (审计对象): an application by its 受理号, an entry by its 索引号
// and title, a category by its name; linked to their pages for openness:read.
import { inArray } from 'drizzle-orm';
import { type AuditObjectTable, byUuid } from '../../platform/audit/objects.ts';
import {
  opennessApplications,
  opennessCategories,
  opennessEntries,
  opennessFeeItems,
  opennessLaws,
  opennessNotices,
} from './openness.table.ts';

export const OPENNESS_AUDIT_OBJECTS: AuditObjectTable = {
  openness_application: {
    name: '依申请公开',
    open: 'openness:read',
    resolve: byUuid(
      (ctx, ids) =>
        ctx.db
          .select({ id: opennessApplications.id, number: opennessApplications.number })
          .from(opennessApplications)
          .where(inArray(opennessApplications.id, ids)),
      (r) => ({ label: r.number, link: `/admin/openness/applications/${r.id}` }),
    ),
  },
  openness_entry: {
    name: '公开目录条目',
    open: 'openness:read',
    resolve: byUuid(
      (ctx, ids) =>
        ctx.db
          .select({ id: opennessEntries.id, indexNo: opennessEntries.indexNo, title: opennessEntries.title })
          .from(opennessEntries)
          .where(inArray(opennessEntries.id, ids)),
      (r) => ({ label: `${r.title}（${r.indexNo}）`, link: '/admin/openness/catalogue' }),
    ),
  },
  openness_category: {
    name: '公开目录类别',
    open: 'openness:read',
    resolve: byUuid(
      (ctx, ids) =>
        ctx.db
          .select({ id: opennessCategories.id, name: opennessCategories.name })
          .from(opennessCategories)
          .where(inArray(opennessCategories.id, ids)),
      (r) => ({ label: r.name, link: '/admin/openness/catalogue' }),
    ),
  },
  openness_fee_item: {
    name: '收费项目',
    open: 'openness:read',
    resolve: byUuid(
      (ctx, ids) =>
        ctx.db
          .select({ id: opennessFeeItems.id, code: opennessFeeItems.code, name: opennessFeeItems.name })
          .from(opennessFeeItems)
          .where(inArray(opennessFeeItems.id, ids)),
      (r) => ({ label: `${r.name}（${r.code}）`, link: '/admin/openness/fees' }),
    ),
  },
  openness_law: {
    name: '政策法规',
    open: 'openness:read',
    resolve: byUuid(
      (ctx, ids) =>
        ctx.db
          .select({ id: opennessLaws.id, title: opennessLaws.title })
          .from(opennessLaws)
          .where(inArray(opennessLaws.id, ids)),
      (r) => ({ label: r.title, link: '/admin/openness/laws' }),
    ),
  },
  openness_notice: {
    name: '公示',
    open: 'openness:read',
    resolve: byUuid(
      (ctx, ids) =>
        ctx.db
          .select({ id: opennessNotices.id, title: opennessNotices.title })
          .from(opennessNotices)
          .where(inArray(opennessNotices.id, ids)),
      (r) => ({ label: r.title, link: '/admin/openness/notices' }),
    ),
  },
  openness_guide: { name: '公开指南' },
};
