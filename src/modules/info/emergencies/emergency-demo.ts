// The demo's emergency (突发事件信息): a forest fire in 新郑市 three evenings ago, reported by 郑州市林业局
// 1 h 35 min after it began (on time against the 4-hour limit), followed up that night and closed
// with a final report the next day — the initial report, a follow-up and the final report on one
// timeline, the report clock started at the event and stopped at the initial report.
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { addDays, chinaDay, startClock, stopClock } from '../../../platform/calendar/index.ts';
import type { Ctx } from '../../../platform/context.ts';
import { EMERGENCY_REPORT_CLOCK, kindLimit } from '../../../platform/notify/index.ts';
import { appendEventRows, eventRow } from '../../../platform/timeline/index.ts';
import { units } from '../../org/index.ts';
import { infoItems, type ReportKind } from '../info.table.ts';
import { ITEM_SUBJECT } from '../items/submit-item.ts';
import { checkEmergency, type EmergencyForm } from './emergency-input.ts';

const MINUTE = 60_000;

const FACTS: EmergencyForm = {
  countyCode: '410184',
  place: '具茨山林区孟家沟段',
  nature: '森林火情，初步判断为上坟烧纸引发',
  authorName: '高振华',
  contact: '0371-67180000',
};

const REPORTS: Array<{ kind: ReportKind; after: number; asOf: number; title: string; facts: EmergencyForm }> =
  [
    {
      kind: 'initial',
      after: 95,
      asOf: 0,
      title: '新郑市具茨山林区发生森林火情',
      facts: {
        scope: '过火面积约 30 亩，距最近村庄约 2 公里',
        casualties: '无人员伤亡，财产损失正在核实',
        trend: '西北风 3 至 4 级，火线向东南蔓延',
        measures: '新郑市森林消防专业队 80 人、乡镇半专业扑火队 120 人赶赴现场，开设隔离带 1.5 公里',
        leadersOnSite: '新郑市副市长、市林业局局长',
      },
    },
    {
      kind: 'followup',
      after: 360,
      asOf: 350,
      title: '新郑市具茨山林区火情续报：明火已扑灭',
      facts: {
        scope: '核实过火面积 42 亩，均为灌木林和荒山',
        casualties: '无人员伤亡，直接经济损失约 3 万元',
        trend: '明火已于 3 时 20 分扑灭，正在清理余火',
        measures: '留守 60 人看守火场，公安机关已介入调查起火原因',
        leadersOnSite: '新郑市副市长、市林业局局长',
      },
    },
    {
      kind: 'final',
      after: 1560,
      asOf: 1500,
      title: '新郑市具茨山林区火情终报：火场清理完毕',
      facts: {
        scope: '过火面积 42 亩，受害森林面积 6 亩',
        casualties: '无人员伤亡，直接经济损失 3.2 万元',
        trend: '火场已清理完毕，无复燃可能',
        measures: '肇事者已被公安机关控制；全市开展野外用火专项检查',
        leadersOnSite: '无',
      },
    },
  ];

/** Loads the demo emergency unless 郑州市林业局 is missing; returns whether it did. */
export async function seedEmergencyDemo(ctx: Ctx): Promise<boolean> {
  const [unit] = await ctx.db.select().from(units).where(eq(units.code, 'C410100'));
  if (!unit) return false;
  // 21:40 three evenings ago, China time.
  const eventAt = new Date(`${addDays(chinaDay(ctx.now), -3)}T21:40:00+08:00`);
  const initialId = crypto.randomUUID();
  const events: ReturnType<typeof eventRow>[] = [];
  let n = 0;
  for (const r of REPORTS) {
    const submittedAt = new Date(eventAt.getTime() + r.after * MINUTE);
    const asOf = new Date(eventAt.getTime() + r.asOf * MINUTE);
    const e = checkEmergency(
      { ...ctx, now: submittedAt },
      { ...FACTS, ...r.facts, title: r.title, eventAt: asOf.toISOString() },
    );
    const id = r.kind === 'initial' ? initialId : crypto.randomUUID();
    let dueAt: Date | null = null;
    if (r.kind === 'initial') {
      const clock = await startClock(ctx, {
        subjectType: ITEM_SUBJECT,
        subjectId: id,
        kind: EMERGENCY_REPORT_CLOCK.kind,
        label: `突发事件信息报送：${e.title}`,
        startedAt: eventAt,
        limit: await kindLimit(ctx, EMERGENCY_REPORT_CLOCK),
        responsibleUnitId: unit.id,
      });
      await stopClock(ctx, clock.id, { reason: '首报已报送', at: submittedAt });
      dueAt = clock.dueAt;
    }
    await ctx.db.insert(infoItems).values({
      id,
      unitId: unit.id,
      unitPath: unit.path,
      authorName: e.authorName,
      contact: e.contact,
      title: e.title,
      body: e.body,
      type: 'emergency',
      depth: 'general',
      status: 'submitted',
      eventAt: e.eventAt,
      reportKind: r.kind,
      initialId: r.kind === 'initial' ? null : initialId,
      dueAt,
      emergency: e.facts,
      submittedAt,
      createdAt: submittedAt,
      updatedAt: submittedAt,
    });
    const label = r.kind === 'initial' ? '首报' : r.kind === 'final' ? '终报' : `续报（第${++n}次）`;
    events.push(
      eventRow(
        ctx,
        { type: ITEM_SUBJECT, id },
        {
          kind: 'emergency.reported',
          text: `报送突发事件信息（${label}）`,
          at: submittedAt,
        },
      ),
    );
    if (r.kind !== 'initial')
      events.push(
        eventRow(
          ctx,
          { type: ITEM_SUBJECT, id: initialId },
          {
            kind: `emergency.${r.kind}`,
            text: `报送${label}：${e.title}`,
            at: submittedAt,
            data: { itemId: id },
          },
        ),
      );
  }
  await appendEventRows(ctx, events);
  return true;
}
