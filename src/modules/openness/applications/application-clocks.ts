// The clocks of an application for disclosure (依申请公开), on the kernel's clock sets:
//  - 补正告知期限 (review): 7 working days from receipt to ask, once, for completion (第三十条);
//  - 答复期限 (reply): 20 working days from receipt (第三十三条), restarting from the day the
//    completed application arrives; paused while a third party is consulted (第三十二条, not
//    counted, up to 15 working days); extended by up to 20 working days with approval;
//  - 申请人补正期限 (supplement): the applicant's window; past it, the application is abandoned;
//  - 第三方意见期限 (consult): the 15 working days the third party has to answer.
import { scopeOf } from '../../../platform/access/policy.ts';
import { type MovedClock, registerClockSubject } from '../../../platform/calendar/index.ts';
import type { Ctx } from '../../../platform/context.ts';
import { defineClockKind } from '../../../platform/notify/index.ts';
import { appendEvent } from '../../../platform/timeline/index.ts';
import { findApplication, setDueOf } from './applications.repository.ts';

export const APPLICATION_SUBJECT = 'openness_application';

/** Statutory figures of the 2019 Regulations (H): set by law, not settings. */
export const REPLY_DAYS = 20;
export const REVIEW_DAYS = 7;
export const CONSULT_DAYS = 15;
export const MAX_EXTENSION_DAYS = 20;

export const REVIEW_CLOCK = defineClockKind({
  kind: 'openness.review',
  label: '补正告知期限',
  description: '申请内容不明确的，应当自收到申请之日起7个工作日内一次性告知申请人补正',
  ladder: '到期前提醒（届满前2个工作日，承办人）→到期提醒（届满当日，承办人）',
});

export const REPLY_CLOCK = defineClockKind({
  kind: 'openness.reply',
  label: '答复期限',
  description: '自收到申请之日起20个工作日内予以答复；补正的自收到补正之日起重新计算',
  ladder:
    '提前提醒（届满前5个工作日，承办人）→再次提醒（届满前2个工作日，承办人、单位负责人）→到期提醒（届满当日，承办人、单位负责人）→催办（超期1个工作日，承办人、单位负责人、分管领导）',
});

export const SUPPLEMENT_CLOCK = defineClockKind({
  kind: 'openness.supplement',
  label: '申请人补正期限',
  description: '申请人无正当理由逾期不补正的，视为放弃申请',
  ladder: '到期提醒（届满当日，承办人）',
});

export const CONSULT_CLOCK = defineClockKind({
  kind: 'openness.consult',
  label: '第三方意见期限',
  description: '第三方应当自收到征求意见书之日起15个工作日内提出意见；征求意见所需时间不计入答复期限',
  ladder: '到期提醒（届满当日，承办人）',
});

export const APPLICATION_CLOCK_KINDS = [REVIEW_CLOCK, REPLY_CLOCK, SUPPLEMENT_CLOCK, CONSULT_CLOCK];

// ---- the application as a clock subject ----
/** The calendar moved some clocks: the queue's copy of the governing date follows. */
async function applicationsMoved(tx: Ctx, moved: MovedClock[]): Promise<void> {
  for (const m of moved) {
    const row = await findApplication(tx.db, m.clock.subjectId);
    if (row && row.dueKind === m.clock.kind && m.clock.status !== 'stopped')
      await setDueOf(tx.db, row.id, m.clock.dueAt);
  }
}

/** An application's clocks are read by whoever reads the application (openness:read, as its page). */
async function mayReadApplication(ctx: Ctx, id: string): Promise<boolean> {
  return Boolean(scopeOf(ctx.actor, 'openness:read') && (await findApplication(ctx.db, id)));
}

/**
 * Applications with the platform's clocks: who may read their clocks, where one opens, its
 * timeline, its copy of the date.
 */
export function registerApplicationClockSubject(): void {
  registerClockSubject({
    type: APPLICATION_SUBJECT,
    canRead: mayReadApplication,
    link: (id) => `/admin/openness/applications/${id}`,
    note: (tx, id, note) =>
      appendEvent(
        tx,
        { type: APPLICATION_SUBJECT, id },
        { kind: note.kind, text: note.title, staffNote: note.text, visibility: 'staff' },
      ),
    dueMoved: applicationsMoved,
  });
}
