// The extension point for items that need more than configuration: a handler registered for an
// item code can replace the form, add validation, choose a shorter promised limit, require a public
// notice before the decision, take part in the approval transaction (e.g. harvest quota) and issue
// the item's own certificate. Items without a handler run the generic flow on their catalogue form.
import type { Ctx } from '../../platform/context.ts';
import type { FieldError } from '../../platform/errors.ts';
import type { FormDefinition, FormValues } from './forms.ts';
import type { CaseStatus } from './services.table.ts';

export type { CaseStatus } from './services.table.ts';

/** A case as handlers see it; `form` holds the values in clear (personal data decrypted). */
export interface CaseView {
  id: string;
  itemCode: string;
  receiptCode: string;
  applicantAccountId: string | null;
  applicantKind: 'citizen' | 'org';
  applicantName: string;
  countyCode: string | null;
  form: FormValues;
  status: CaseStatus;
  channel: 'online' | 'counter';
  submittedAt: Date;
  acceptedAt: Date | null;
  decidedAt: Date | null;
}

export interface ItemHandler {
  itemCode: string;
  form?: FormDefinition; // overrides the catalogue's form definition
  validate?(ctx: Ctx, values: FormValues): Promise<FieldError[]>; // extra rules at application time
  classify?(ctx: Ctx, values: FormValues): Promise<{ promisedWorkdays?: number; note?: string } | null>; // e.g. small-stand commitment path → 1 working day
  needsPublicNotice?(ctx: Ctx, kase: CaseView): Promise<{ days: number } | null>; // pre-decision notice (公示) before the decision
  onApprove?(tx: Ctx, kase: CaseView): Promise<void>; // same transaction as the approval; throw AppError to block (quota)
  // Refusal/withdrawal after onApprove, or revocation: gives back what onApprove took and revokes the
  // item's certificate. May return facts (e.g. the volume released) for the case's one audit record.
  onRelease?(
    tx: Ctx,
    kase: CaseView,
    reason: string,
    options?: ReleaseOptions,
  ): Promise<ReleaseFacts | undefined>;
  issueCertificate?(
    tx: Ctx,
    kase: CaseView,
  ): Promise<{ certificateId: string; number: string; downloadUrl: string }>;
}

/** How a release came about: `usedQuantity` is what was already used under the licence (e.g. m³ cut). */
export interface ReleaseOptions {
  kind: 'withdrawn' | 'revoked';
  usedQuantity?: number;
}

export type ReleaseFacts = Record<string, string | number | boolean | null>;

const handlers = new Map<string, ItemHandler>();

/** Registers (or replaces) the handler of an item; call at module load. */
export function registerItemHandler(h: ItemHandler): void {
  handlers.set(h.itemCode, h);
}

export function itemHandler(code: string): ItemHandler | undefined {
  return handlers.get(code);
}
