// 导出审计日志 (.xlsx) for the audit admin: the records the log's filter shows, newest first, each
// with its operator's name and unit, the action's and the object's names, and its hash; the filter
// in words on the sheet, the header frozen. At most `audit.exportMaxRows` records (a setting); the
// sheet says when there were more. The export is itself recorded in the log.
import { requirePermission } from '../access/policy.ts';
import type { Ctx } from '../context.ts';
import { renderXlsx } from '../documents/index.ts';
import { defineSetting, getSetting } from '../settings/settings.service.ts';
import { auditActionName } from './actions.ts';
import { type AuditQuery, auditRecordsFor, describeAuditRecords, recordAuditAlone } from './audit.service.ts';
import { auditObjectTypeName } from './objects.ts';

export const AUDIT_EXPORT_MAX_ROWS = defineSetting({
  key: 'audit.exportMaxRows',
  label: '审计日志导出的最多条数',
  description:
    '审计管理员按筛选条件导出审计日志（Excel）时，一次最多导出的记录条数（最新的在前）；符合条件的记录更多时，表中注明总数并提示缩小筛选范围',
  type: 'integer',
  default: 5000,
  min: 100,
  max: 20000,
});

export type AuditFilter = Omit<AuditQuery, 'page' | 'pageSize'>;

const RESULT_NAMES = { success: '成功', failure: '失败', denied: '拒绝' } as const;
// Excel holds at most 32 767 characters in a cell; a record's detail is cut well before that.
const DETAIL_CHARS = 2000;

const chinaTime = (at: Date) =>
  new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

/** The filter in words, as the sheet and the export's own record say it. */
async function filterInWords(ctx: Ctx, q: AuditFilter): Promise<string[]> {
  const words: string[] = [];
  if (q.from || q.to) words.push(`日期：${q.from ?? '最早'} 至 ${q.to ?? '今天'}`);
  if (q.actor) words.push(`操作人：含“${q.actor}”`);
  if (q.action) {
    const name = auditActionName(q.action);
    words.push(name === q.action ? `操作：代码以 ${q.action} 开头` : `操作：${name}`);
  }
  if (q.objectType) words.push(`对象类型：${auditObjectTypeName(q.objectType)}`);
  if (q.objectId) {
    let label: string | null = null;
    if (q.objectType) {
      const [probe] = await describeAuditRecords(ctx, [
        { ...EMPTY_ROW, objectType: q.objectType, objectId: q.objectId },
      ]);
      label = probe.object?.label ?? null;
    }
    words.push(`对象：${label ? `${label}（${q.objectId}）` : q.objectId}`);
  }
  if (q.result) words.push(`结果：${RESULT_NAMES[q.result]}`);
  return words;
}

// A record-shaped probe, for naming the filter's object with the same resolvers as the rows.
const EMPTY_ROW = {
  seq: 0,
  at: new Date(0),
  actorId: null,
  actorName: null,
  action: '',
  objectType: null,
  objectId: null,
  result: 'success' as const,
  ip: null,
  requestId: null,
  detail: null,
  prevHash: '',
  hash: '',
};

export interface AuditExport {
  data: Buffer;
  fileName: string;
  rows: number;
  total: number;
}

/** The .xlsx of the records the filter matches (at most the setting's count); the export audited. */
export async function exportAudit(ctx: Ctx, q: AuditFilter): Promise<AuditExport> {
  requirePermission(ctx.actor, 'audit:read');
  const cap = await getSetting(ctx, AUDIT_EXPORT_MAX_ROWS);
  const { total, items } = await auditRecordsFor(ctx, q, cap);
  const filter = await filterInWords(ctx, q);
  const capped = total > items.length;
  const data = await renderXlsx({
    exportedAt: ctx.now,
    creator: ctx.actor.displayName,
    sheets: [
      {
        name: '审计日志',
        title: '审计日志',
        filter,
        note: capped
          ? `符合条件的记录共 ${total} 条，超过导出上限 ${cap} 条，本表只含最新的 ${items.length} 条；请缩小日期或其他筛选条件后分批导出`
          : undefined,
        columns: [
          { header: '序号', key: 'seq', format: 'integer' },
          { header: '时间', key: 'at' },
          { header: '操作人', key: 'operator' },
          { header: '所在单位', key: 'unit' },
          { header: '操作', key: 'action' },
          { header: '操作代码', key: 'code' },
          { header: '对象类型', key: 'objectType' },
          { header: '对象', key: 'object' },
          { header: '对象标识', key: 'objectId' },
          { header: '结果', key: 'result' },
          { header: '来源地址', key: 'ip' },
          { header: '请求编号', key: 'requestId' },
          { header: '详情', key: 'detail', width: 60 },
          { header: '本条哈希', key: 'hash', width: 30 },
        ],
        rows: items.map((r) => {
          const detail = r.detail === null ? '' : JSON.stringify(r.detail);
          return {
            seq: r.seq,
            at: chinaTime(r.at),
            operator: r.operator.username ? `${r.operator.name}（${r.operator.username}）` : r.operator.name,
            unit: r.operator.unit,
            action: r.actionName,
            code: r.action,
            objectType: r.object?.typeName ?? null,
            object: r.object?.label ?? null,
            objectId: r.objectId,
            result: RESULT_NAMES[r.result],
            ip: r.ip,
            requestId: r.requestId,
            detail: detail.length > DETAIL_CHARS ? `${detail.slice(0, DETAIL_CHARS)}…` : detail,
            hash: r.hash,
          };
        }),
      },
    ],
  });
  await recordAuditAlone(ctx, {
    action: 'audit.export',
    objectType: 'audit_log',
    detail: { filter: filter.length ? filter : ['全部'], rows: items.length, total, capped },
  });
  const day = chinaTime(ctx.now).slice(0, 10);
  return { data, fileName: `审计日志（导出于${day}）.xlsx`, rows: items.length, total };
}
