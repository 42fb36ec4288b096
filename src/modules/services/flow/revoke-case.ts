// 撤销行政许可 (行政许可法 第六十九条): one revocation path, from the case page or the permit register.
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { chinaDay } from '../../../platform/calendar/index.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { AppError, validationError } from '../../../platform/errors.ts';
import type { CaseRow } from '../case.repository.ts';
import { lockCase } from '../case-load.ts';
import { tellApplicant } from '../case-notify.ts';
import { requireCaseState } from '../case-state.ts';
import { appendEvent } from '../case-timeline.ts';
import { requireCase } from '../services.policy.ts';
import { closeWithRelease } from './close-case.ts';
import { requireText } from './flow-rules.ts';

/** The revocation reason: 4 to 500 characters (the public timeline and the certificate check show it). */
export function revocationReason(value: string | undefined): string {
  const reason = requireText(value, 'reason', '撤销理由', 500);
  if (reason.length < 4) throw validationError('reason', '撤销理由：请至少写 4 个字');
  return reason;
}

/**
 * 撤销许可 — the one revocation path, whichever page it starts from (the case page or the permit
 * register): inside the caller's transaction, after the caller has authorized. Locks the case (before
 * anything the item handler locks), refuses a case that is not approved or completed (a second
 * revocation among them), closes it as revoked with the reason on the public timeline, stops its
 * clocks, lets the item handler give back what the approval took (quota, once: the handler ran only
 * while `handlerApproved`) and revoke its certificate, tells the applicant, and writes one audit record.
 */
export async function revokeCaseInTx(
  tx: Ctx,
  id: string,
  input: { reason: string; usedQuantity?: number; via: 'case' | 'permit' },
): Promise<CaseRow> {
  const reason = revocationReason(input.reason);
  const row = await lockCase(tx, id);
  if (row.status === 'revoked')
    throw new AppError('CASE_ALREADY_REVOKED', {
      message: '该行政许可已经撤销，不能重复撤销',
      extra: { caseStatus: row.status },
    });
  requireCaseState(row, ['approved', 'completed'], '撤销');
  await appendEvent(tx, row.id, { kind: 'revoked', text: '撤销行政许可', note: reason });
  const { fresh, facts } = await closeWithRelease(tx, row, 'revoked', reason, input.usedQuantity);
  await recordAudit(tx, {
    action: 'services.case.revoke',
    objectType: 'service_case',
    objectId: row.id,
    detail: { reason, receiptCode: row.receiptCode, via: input.via, ...facts },
  });
  await tellApplicant(
    tx,
    fresh,
    '行政许可已撤销',
    `您的许可（查询码 ${row.receiptCode}${fresh.certificateNumber ? `，证号 ${fresh.certificateNumber}` : ''}）已于${chinaDay(tx.now)}撤销。理由：${reason}`,
  );
  return fresh;
}

/** 撤销许可 from the case page: services:decide on the case's scope. */
export async function revokeCase(ctx: Ctx, id: string, input: { reason: string }): Promise<CaseRow> {
  requirePermission(ctx.actor, 'services:decide');
  const reason = revocationReason(input.reason);
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, id);
    requireCase(tx.actor, 'services:decide', row);
    return revokeCaseInTx(tx, row.id, { reason, via: 'case' });
  });
}
