// A case's timeline (办理过程): numbered steps stamped with who and when; `visible` steps are the
// applicant's, internal notes stay with staff.
import type { Ctx } from '../../platform/context.ts';
import { insertCaseEvent, type NewCaseEventRow } from './case.repository.ts';

export interface EventInput {
  kind: string;
  title: string;
  publicNote?: string | null;
  internalNote?: string | null;
  visible?: boolean;
  detail?: Record<string, unknown> | null;
  /** Defaults to ctx.now. */
  at?: Date;
}

/** A timeline row without its number: the step, stamped with who and when. */
function eventRow(tx: Ctx, caseId: string, e: EventInput): Omit<NewCaseEventRow, 'seq'> {
  return {
    caseId,
    at: e.at ?? tx.now,
    kind: e.kind,
    title: e.title,
    publicNote: e.publicNote ?? null,
    internalNote: e.internalNote ?? null,
    actorId: tx.actor.id,
    actorName: tx.actor.kind === 'system' ? '系统' : tx.actor.displayName,
    visible: e.visible ?? true,
    detail: e.detail ?? null,
  };
}

/** Appends a step to the case's timeline; call with the case row locked. */
export async function appendEvent(tx: Ctx, caseId: string, e: EventInput): Promise<void> {
  await insertCaseEvent(tx.db, eventRow(tx, caseId, e));
}

/** The first step of a new case's timeline (seq 1), as a row to insert with the case's own. */
export function timelineRow(tx: Ctx, caseId: string, e: EventInput): NewCaseEventRow {
  return { ...eventRow(tx, caseId, e), seq: 1 };
}
