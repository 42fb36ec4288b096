// 收费: a fee step for items that carry fees. A PaymentAdapter confirms payment; the counter driver
// (线下缴费) takes the receipt number of the paper or non-tax receipt that staff see. An online
// driver (e.g. the province's non-tax payment platform) would implement the same interface.
import { requirePermission } from '../../platform/access/policy.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../platform/context.ts';
import { AppError, notFound, validationError } from '../../platform/errors.ts';
import { lockCase } from './case-load.ts';
import { requireCaseState } from './case-state.ts';
import { appendEvent } from './case-timeline.ts';
import { getItem } from './catalogue.service.ts';
import {
  insertPayment,
  listPaymentRows,
  lockPayment,
  type PaymentRow,
  updatePayment,
} from './payment.repository.ts';
import { requireCase } from './services.policy.ts';
import type { CaseStatus } from './services.table.ts';

export type { PaymentRow };

export interface PaymentAdapter {
  /** Stored on the payment: 'counter', 'nontax'… */
  driver: string;
  label: string;
  /** Confirms that the charge was paid; returns the reference to keep. Throws AppError when it was not. */
  confirm(ctx: Ctx, charge: PaymentRow, input: { receiptNo: string }): Promise<{ reference: string }>;
}

/** 线下缴费 at the counter: staff type in the receipt (票据) number they were shown. */
export const counterPaymentDriver: PaymentAdapter = {
  driver: 'counter',
  label: '窗口线下缴费',
  async confirm(_ctx, _charge, input) {
    const receiptNo = input.receiptNo.trim();
    if (!/^[0-9A-Za-z-]{4,40}$/.test(receiptNo))
      throw validationError('receiptNo', '缴款票据号：应为 4 至 40 位字母、数字或连字符');
    return { reference: receiptNo };
  },
};

const adapters = new Map<string, PaymentAdapter>([[counterPaymentDriver.driver, counterPaymentDriver]]);

export function registerPaymentAdapter(adapter: PaymentAdapter): void {
  adapters.set(adapter.driver, adapter);
}

export function paymentAdapter(driver: string): PaymentAdapter | undefined {
  return adapters.get(driver);
}

export async function listPayments(ctx: Ctx, caseId: string): Promise<PaymentRow[]> {
  return listPaymentRows(ctx.db, caseId);
}

/** Whether an item with fees has every assessed fee settled (and at least one assessed). */
export function feesSettled(free: boolean, payments: PaymentRow[]): boolean {
  if (free) return true;
  return payments.length > 0 && payments.every((p) => p.status !== 'due');
}

const OPEN_FOR_FEES: CaseStatus[] = ['accepted', 'under_review', 'inspection', 'public_notice', 'approved'];

/** 核定收费: the reviewing division sets the amount of a fee of the item's guide. */
export async function assessFee(
  ctx: Ctx,
  caseId: string,
  input: { feeCode: string; amountYuan: number; basis?: string },
): Promise<PaymentRow> {
  requirePermission(ctx.actor, 'services:review');
  if (!Number.isFinite(input.amountYuan) || input.amountYuan <= 0 || input.amountYuan > 1e9)
    throw validationError('amountYuan', '收费金额：应为大于 0 的金额（元）');
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, caseId);
    requireCase(tx.actor, 'services:review', row);
    requireCaseState(row, OPEN_FOR_FEES, '核定收费');
    const item = await getItem(tx, row.itemCode, { includeInactive: true });
    const line = item.fees.lines.find((l) => l.code === input.feeCode);
    if (!line) throw validationError('feeCode', `收费项目：“${item.name}”没有这个收费项目`);
    const amountCents = Math.round(input.amountYuan * 100);
    const pay = await insertPayment(tx.db, {
      caseId,
      feeCode: line.code,
      feeName: line.name,
      basis: input.basis?.trim() || line.basis,
      amountCents,
      status: 'due',
      assessedBy: tx.actor.id,
      assessedAt: tx.now,
    });
    await appendEvent(tx, caseId, {
      kind: 'fee_assessed',
      text: `核定收费：${line.name}`,
      note: `应缴${line.name} ${(amountCents / 100).toFixed(2)} 元，请到政务受理中心窗口缴纳。`,
    });
    await recordAudit(tx, {
      action: 'services.fee.assess',
      objectType: 'service_case',
      objectId: caseId,
      detail: { feeCode: line.code, amountCents },
    });
    return pay;
  });
}

/** 收费登记: the counter records a payment through a driver (the counter driver by default). */
export async function recordPayment(
  ctx: Ctx,
  caseId: string,
  input: { paymentId: string; receiptNo: string; driver?: string },
): Promise<PaymentRow> {
  requirePermission(ctx.actor, 'services:counter');
  const adapter = paymentAdapter(input.driver ?? 'counter');
  if (!adapter) throw validationError('driver', '缴费方式：不支持');
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, caseId);
    requireCase(tx.actor, 'services:counter', row);
    const pay = await lockPayment(tx.db, caseId, input.paymentId);
    if (!pay) throw notFound('PAYMENT_NOT_FOUND', '收费记录不存在');
    if (pay.status !== 'due') throw new AppError('PAYMENT_SETTLED', { message: '该笔费用已缴纳' });
    const { reference } = await adapter.confirm(tx, pay, { receiptNo: input.receiptNo });
    const paid = await updatePayment(tx.db, pay.id, {
      status: 'paid',
      driver: adapter.driver,
      receiptNo: input.receiptNo.trim(),
      reference,
      paidAt: tx.now,
      recordedBy: tx.actor.id,
    });
    await appendEvent(tx, caseId, {
      kind: 'payment',
      text: `已缴费：${pay.feeName}`,
      note: `已缴纳 ${(pay.amountCents / 100).toFixed(2)} 元（${adapter.label}）。`,
      staffNote: `票据号 ${input.receiptNo.trim()}`,
    });
    await recordAudit(tx, {
      action: 'services.fee.pay',
      objectType: 'service_case',
      objectId: caseId,
      detail: { paymentId: pay.id, driver: adapter.driver, receiptNo: input.receiptNo.trim() },
    });
    return paid;
  });
}
