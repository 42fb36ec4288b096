// The lobby display screen's data (政务受理中心电子显示屏): every licensing item's guide in short,
// and today's figures. Both are public: the screen hangs in the hall for everyone to read.
import { and, count, gte, inArray, sql } from 'drizzle-orm';
import { chinaDay, startOfChinaDay } from '../../../platform/calendar/index.ts';
import { type Ctx, SYSTEM } from '../../../platform/context.ts';
import { publicLegalBasis } from '../catalogue/public-basis.ts';
import { listItems, serviceCases } from '../index.ts';

export interface DisplayItem {
  code: string;
  name: string;
  kind: string;
  basis: string[];
  conditions: string[];
  procedure: Array<{ step: string; detail: string }>;
  statutoryWorkdays: number;
  promisedWorkdays: number;
  fee: string;
  place: string;
}

/** "1. …；2. …" → ['…', '…']: numbered conditions as separate lines for the screen. */
export function splitNumbered(text: string): string[] {
  const parts = text
    .split(/\s*(?:^|[；;。]\s*)\d+[.、．]\s*/)
    .map((s) => s.replace(/[；;。]\s*$/, '').trim())
    .filter(Boolean);
  return parts.length ? parts : [text.trim()];
}

/**
 * '受理：窗口对材料进行审查，材料齐全的予以受理；材料不齐全的…' → { step: '受理', detail: '窗口对材料进行
 * 审查，材料齐全的予以受理' }: the step's first sentence whole (the screen wraps it, and scrolls a
 * block that does not fit), never cut off mid-sentence.
 */
export function procedureStep(text: string): { step: string; detail: string } {
  const at = text.search(/[：:]/);
  const step = at > 0 ? text.slice(0, at) : text;
  const rest = at > 0 ? text.slice(at + 1) : '';
  const first = rest.split(/[；。;]/)[0].trim();
  return { step, detail: first };
}

export async function displayItems(ctx: Ctx): Promise<DisplayItem[]> {
  const items = await listItems(ctx);
  return items.map((i) => ({
    code: i.code,
    name: i.name,
    kind: i.kind === 'on_the_spot' ? '即办件' : '承诺件',
    // As on the public guide: citations of the law in force, 《》 kept.
    basis: publicLegalBasis(i.legalBasis).map((c) => c.text),
    conditions: splitNumbered(i.conditions),
    procedure: i.procedure.map(procedureStep),
    statutoryWorkdays: i.statutoryWorkdays,
    promisedWorkdays: i.promisedWorkdays,
    fee: i.fees.free ? '不收费' : i.fees.lines.map((l) => l.name).join('、') || '收费',
    place: i.place,
  }));
}

export interface DisplayStats {
  date: string;
  received: number;
  accepted: number;
  decided: number;
  onTime: number;
  /** Percent with one decimal; null before the day's first decision. */
  onTimeRate: number | null;
  updatedAt: string;
}

/** Today's work across the acceptance centre: received, accepted, decided, and decided on time. */
export async function displayStats(ctx: Ctx): Promise<DisplayStats> {
  const today = chinaDay(ctx.now);
  const from = startOfChinaDay(today);
  // Acceptance is decided within 5 working days of receipt (行政许可法 第三十二条): a case accepted
  // today was received in the last month, which keeps the count on the submitted_at index.
  const receivedSince = new Date(from.getTime() - 30 * 86_400_000);
  const t = serviceCases;
  const [[received], [accepted], [decided]] = await Promise.all([
    ctx.db.select({ n: count() }).from(t).where(gte(t.submittedAt, from)),
    ctx.db
      .select({ n: count() })
      .from(t)
      .where(and(gte(t.submittedAt, receivedSince), gte(t.acceptedAt, from))),
    ctx.db
      .select({ n: count(), onTime: sql<number>`count(*) filter (where ${t.onTime})`.mapWith(Number) })
      .from(t)
      .where(and(gte(t.decidedAt, from), inArray(t.decision, ['approve', 'refuse']))),
  ]);
  return {
    date: today,
    received: received.n,
    accepted: accepted.n,
    decided: decided.n,
    onTime: decided.onTime,
    onTimeRate: decided.n ? Math.round((decided.onTime / decided.n) * 1000) / 10 : null,
    updatedAt: ctx.now.toISOString(),
  };
}

/** The screen reads as the system: its figures are aggregates, open to anyone in the hall. */
export function displayCtx(ctx: Ctx): Ctx {
  return { ...ctx, actor: SYSTEM };
}
