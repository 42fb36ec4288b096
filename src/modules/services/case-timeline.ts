// A case's timeline (办理过程) on the platform's timeline (subject 'service_case'): each step stamped
// with who and when. A case's steps are the applicant's to read unless marked 'staff'; a staff
// note stays with staff either way.
import type { Ctx } from '../../platform/context.ts';
import {
  appendEvent as appendTimelineEvent,
  type EventInput,
  eventRow,
  listEvents,
  type NewTimelineEventRow,
  type Subject,
  type TimelineEvent,
} from '../../platform/timeline/index.ts';

export const CASE_SUBJECT = 'service_case';
export const caseSubject = (id: string): Subject => ({ type: CASE_SUBJECT, id });

/** A case step: public unless it says otherwise. */
export type CaseEventInput = Omit<EventInput, 'visibility'> & { visibility?: EventInput['visibility'] };

const withDefault = (e: CaseEventInput): EventInput => ({ ...e, visibility: e.visibility ?? 'public' });

/** Appends a step to the case's timeline; call with the case row locked. */
export async function appendEvent(tx: Ctx, caseId: string, e: CaseEventInput): Promise<void> {
  await appendTimelineEvent(tx, caseSubject(caseId), withDefault(e));
}

/** A new case's first step, as a row to insert in the statement that creates the case. */
export function timelineRow(tx: Ctx, caseId: string, e: CaseEventInput): NewTimelineEventRow {
  return eventRow(tx, caseSubject(caseId), withDefault(e));
}

/** The case's steps in order; `publicOnly`: those the applicant reads. */
export function listCaseEvents(
  ctx: Ctx,
  caseId: string,
  options: { publicOnly?: boolean } = {},
): Promise<TimelineEvent[]> {
  return listEvents(ctx, caseSubject(caseId), options);
}
