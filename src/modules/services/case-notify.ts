// Telling the applicant of a step of their case: the inbox of their account, and an SMS.
import type { Ctx } from '../../platform/context.ts';
import { notify } from '../../platform/notify/index.ts';
import type { CaseRow } from './case.repository.ts';

export async function tellApplicant(tx: Ctx, row: CaseRow, title: string, body: string): Promise<void> {
  if (!row.applicantAccountId) return;
  await notify(tx, {
    accountIds: [row.applicantAccountId],
    title,
    body,
    link: `/account/cases/${row.id}`,
    category: 'services',
    sms: true,
  });
}
