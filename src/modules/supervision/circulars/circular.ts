// 督查通报: for a quarter or any range, the items whose deadline falls in it, broken down per
// leader in charge, per lead unit and per source — due, closed on time, closed late, overdue,
// extended, returned reports — with the rates and their formulas, and the overdue items named
// (problems included: the seed complains that supervision reports tell good news only).
//   办结率 (DOMAIN §8) = 按期办结件数 ÷ 应办结件数（期限在本期内的事项）
//   按期办结率 = 按期办结件数 ÷ 已办结件数
// An item counts as overdue when it is still open and its deadline has passed (before today, or
// before the end of the range if that is earlier). Exported as .docx (公文 layout, numbered) and
// .xlsx (one sheet per breakdown and the named items).
import { requirePermission } from '../../../platform/access/policy.ts';
import { addDays, chinaDay, isValidDay } from '../../../platform/calendar/index.ts';
import type { Ctx } from '../../../platform/context.ts';
import { type Block, renderDocx, renderXlsx } from '../../../platform/documents/index.ts';
import { validationError } from '../../../platform/errors.ts';
import { circularRows } from '../supervision.repository.ts';
import { SOURCE_LABELS } from '../supervision.vocab.ts';

export interface CircularQuery {
  from?: string;
  to?: string;
}

export interface Tally {
  key: string;
  label: string;
  due: number;
  closedOnTime: number;
  closedLate: number;
  overdue: number;
  open: number;
  extended: number;
  returned: number;
  /** 办结率, 0..1, null when nothing was due. */
  closureRate: number | null;
  /** 按期办结率, 0..1, null when nothing was closed. */
  onTimeRate: number | null;
}

export const FORMULAS = {
  closureRate: '办结率 = 按期办结件数 ÷ 应办结件数（办理期限在本期内的事项）',
  onTimeRate: '按期办结率 = 按期办结件数 ÷ 已办结件数',
};

/** The quarter a day falls in: 2026-11-02 → 2026-10-01 … 2026-12-31. */
export function quarterOf(day: string): { from: string; to: string } {
  const y = Number(day.slice(0, 4));
  const q = Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  const from = `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  const next = q === 3 ? `${y + 1}-01-01` : `${y}-${String(q * 3 + 4).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1) };
}

function periodOf(ctx: Ctx, q: CircularQuery) {
  const today = chinaDay(ctx.now);
  const def = quarterOf(today);
  const from = q.from ?? def.from;
  const to = q.to ?? def.to;
  if (!isValidDay(from)) throw validationError('from', '起始日期应为有效日期');
  if (!isValidDay(to)) throw validationError('to', '截止日期应为有效日期');
  if (to < from) throw validationError('to', '截止日期不能早于起始日期');
  return { from, to, today };
}

const rate = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);

export async function buildCircular(ctx: Ctx, query: CircularQuery) {
  requirePermission(ctx.actor, 'supervision:read');
  const { from, to, today } = periodOf(ctx, query);
  const rows = await circularRows(ctx.db, from, to);
  const cutoff = today < addDays(to, 1) ? today : addDays(to, 1);
  const empty = (key: string, label: string): Tally => ({
    key,
    label,
    due: 0,
    closedOnTime: 0,
    closedLate: 0,
    overdue: 0,
    open: 0,
    extended: 0,
    returned: 0,
    closureRate: null,
    onTimeRate: null,
  });
  const total = empty('all', '合计');
  const by = {
    leader: new Map<string, Tally>(),
    unit: new Map<string, Tally>(),
    source: new Map<string, Tally>(),
  };
  const overdueItems: Array<{
    id: string;
    number: string;
    title: string;
    unit: string;
    leader: string;
    dueDay: string;
    escalation: number;
  }> = [];
  for (const r of rows) {
    const closed = r.status === 'closed';
    const overdue = !closed && r.dueDay < cutoff;
    const tallies = [
      total,
      get(by.leader, r.leaderInChargeName || '（未设置）', r.leaderInChargeName || '（未设置分管）'),
      get(by.unit, r.leadUnitName || '（未交办）', r.leadUnitName || '（未交办）'),
      get(by.source, r.source, SOURCE_LABELS[r.source]),
    ];
    for (const t of tallies) {
      t.due++;
      if (closed && r.closedOnTime) t.closedOnTime++;
      else if (closed) t.closedLate++;
      else if (overdue) t.overdue++;
      else t.open++;
      if (r.extensionCount > 0) t.extended++;
      t.returned += r.returnedCount;
    }
    if (overdue)
      overdueItems.push({
        id: r.id,
        number: r.number,
        title: r.title,
        unit: r.leadUnitName,
        leader: r.leaderInChargeName,
        dueDay: r.dueDay,
        escalation: r.escalation,
      });
  }
  function get(map: Map<string, Tally>, key: string, label: string): Tally {
    let t = map.get(key);
    if (!t) {
      t = empty(key, label);
      map.set(key, t);
    }
    return t;
  }
  const finish = (t: Tally): Tally => ({
    ...t,
    closureRate: rate(t.closedOnTime, t.due),
    onTimeRate: rate(t.closedOnTime, t.closedOnTime + t.closedLate),
  });
  const sorted = (m: Map<string, Tally>) =>
    [...m.values()].map(finish).sort((a, b) => b.due - a.due || a.label.localeCompare(b.label, 'zh-CN'));
  return {
    from,
    to,
    today,
    formulas: FORMULAS,
    total: finish(total),
    byLeader: sorted(by.leader),
    byUnit: sorted(by.unit),
    bySource: sorted(by.source),
    overdue: overdueItems.sort((a, b) => a.dueDay.localeCompare(b.dueDay)),
  };
}

export type Circular = Awaited<ReturnType<typeof buildCircular>>;

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

const TABLE_COLUMNS = [
  { header: '', weight: 3 },
  { header: '应办结', align: 'right' as const },
  { header: '按期办结', align: 'right' as const },
  { header: '逾期办结', align: 'right' as const },
  { header: '超期未办结', align: 'right' as const },
  { header: '延期', align: 'right' as const },
  { header: '退回报告', align: 'right' as const },
  { header: '办结率', align: 'right' as const, weight: 1.4 },
];

function tableOf(first: string, list: Tally[]) {
  return {
    columns: TABLE_COLUMNS.map((c, i) => (i === 0 ? { ...c, header: first } : c)),
    rows: list.map((t) => [
      t.label,
      String(t.due),
      String(t.closedOnTime),
      String(t.closedLate),
      String(t.overdue),
      String(t.extended),
      String(t.returned),
      pct(t.closureRate),
    ]),
  };
}

/** The circular as a 公文 (.docx). */
export async function circularDocx(c: Circular, meta: { number?: string; issuer: string; date: string }) {
  const t = c.total;
  const body: Block[] = [
    `${c.from}至${c.to}，办理期限在本期内的督办事项共${t.due}件，按期办结${t.closedOnTime}件，逾期办结${t.closedLate}件，超期未办结${t.overdue}件，尚在期限内办理${t.open}件；申请延期${t.extended}件，退回报告${t.returned}次。办结率${pct(t.closureRate)}，按期办结率${pct(t.onTimeRate)}。`,
    `（${FORMULAS.closureRate}；${FORMULAS.onTimeRate}。）`,
    { level: 1, heading: '一、按分管厅领导' },
    { table: tableOf('分管厅领导', c.byLeader) },
    { level: 1, heading: '二、按牵头单位' },
    { table: tableOf('牵头单位', c.byUnit) },
    { level: 1, heading: '三、按事项来源' },
    { table: tableOf('来源', c.bySource) },
    { level: 1, heading: '四、超期未办结事项' },
    c.overdue.length
      ? {
          table: {
            columns: [
              { header: '编号', weight: 1.6 },
              { header: '事项', weight: 3 },
              { header: '牵头单位', weight: 1.6 },
              { header: '分管厅领导' },
              { header: '办理期限', weight: 1.3 },
            ],
            rows: c.overdue.map((o) => [
              o.number,
              `${o.title}${o.escalation >= 2 ? '（已督办）' : o.escalation === 1 ? '（已催办）' : ''}`,
              o.unit,
              o.leader,
              o.dueDay,
            ]),
          },
        }
      : '本期没有超期未办结的事项。',
    '请超期未办结事项的牵头单位说明原因，明确办结时限，报分管厅领导；督查室将继续跟踪督办。',
  ];
  return renderDocx({
    layout: 'official',
    issuer: meta.issuer,
    number: meta.number,
    title: `关于${c.from}至${c.to}督办事项办理情况的通报`,
    addressee: '局机关各处室、各直属单位，各省辖市林业局',
    body,
    signature: meta.issuer,
    date: meta.date,
    printer: `${meta.issuer}办公室`,
    printedOn: meta.date,
  });
}

/** The circular's tables as .xlsx (one sheet per breakdown, and the overdue items). */
export async function circularXlsx(c: Circular, exportedAt: Date) {
  const cols = (first: string) => [
    { header: first, key: 'label', width: 28 },
    { header: '应办结', key: 'due', format: 'integer' as const },
    { header: '按期办结', key: 'closedOnTime', format: 'integer' as const },
    { header: '逾期办结', key: 'closedLate', format: 'integer' as const },
    { header: '超期未办结', key: 'overdue', format: 'integer' as const },
    { header: '延期', key: 'extended', format: 'integer' as const },
    { header: '退回报告', key: 'returned', format: 'integer' as const },
    { header: '办结率', key: 'closureRate', format: 'percent' as const },
    { header: '按期办结率', key: 'onTimeRate', format: 'percent' as const },
  ];
  const filter = [`期限在 ${c.from} 至 ${c.to} 的事项`, FORMULAS.closureRate, FORMULAS.onTimeRate];
  const rows = (list: Tally[]) => list.map((t) => ({ ...t }));
  return renderXlsx({
    exportedAt,
    sheets: [
      {
        name: '按分管领导',
        title: '督办事项办理情况（按分管厅领导）',
        filter,
        columns: cols('分管厅领导'),
        rows: rows([...c.byLeader, c.total]),
      },
      {
        name: '按牵头单位',
        title: '督办事项办理情况（按牵头单位）',
        filter,
        columns: cols('牵头单位'),
        rows: rows([...c.byUnit, c.total]),
      },
      {
        name: '按来源',
        title: '督办事项办理情况（按来源）',
        filter,
        columns: cols('来源'),
        rows: rows([...c.bySource, c.total]),
      },
      {
        name: '超期未办结',
        title: '超期未办结事项',
        filter,
        columns: [
          { header: '编号', key: 'number', width: 18 },
          { header: '事项', key: 'title', width: 40 },
          { header: '牵头单位', key: 'unit', width: 20 },
          { header: '分管厅领导', key: 'leader' },
          { header: '办理期限', key: 'dueDay' },
        ],
        rows: c.overdue.map((o) => ({ ...o })),
      },
    ],
  });
}
