// The applicant (申请人) of an application: the signed-in public account applying online, or the
// walk-in applicant's account at the counter, with their ID (sealed and masked) and phone.
import { maskIdNumber } from '../../../platform/access/identity.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import {
  type ApplicantAccountRow,
  type DraftRow,
  findApplicantAccount,
  findApplicantAndDraft,
} from '../applicant.repository.ts';
import { decryptOrNull } from '../case-values.ts';

export interface Applicant {
  accountId: string;
  kind: 'citizen' | 'org';
  name: string;
  idEnc: string | null;
  idMask: string | null;
  phone: string | null;
}

/** Online applying, drafts and supplements are for signed-in public accounts only. */
export function requirePublicActor(ctx: Ctx): 'citizen' | 'org' {
  if (!ctx.actor.id) throw new AppError('UNAUTHENTICATED', { message: '请先登录后再申请' });
  if (ctx.actor.kind !== 'citizen' && ctx.actor.kind !== 'org')
    throw new AppError('FORBIDDEN', { message: '网上申请仅面向公众账号；工作人员请通过窗口受理登记' });
  return ctx.actor.kind;
}

export async function loadApplicant(ctx: Ctx, accountId: string): Promise<Applicant> {
  return applicantOf(ctx, await findApplicantAccount(ctx.db, accountId));
}

/** The applicant and their draft of the item (if any), in one query. */
export async function loadApplicantAndDraft(
  ctx: Ctx,
  accountId: string,
  itemCode: string,
): Promise<{ applicant: Applicant; draft: DraftRow | null }> {
  const { account, draft } = await findApplicantAndDraft(ctx.db, accountId, itemCode);
  return { applicant: applicantOf(ctx, account), draft };
}

function applicantOf(ctx: Ctx, a: ApplicantAccountRow | undefined): Applicant {
  if (!a || (a.kind !== 'citizen' && a.kind !== 'org'))
    throw new AppError('VALIDATION_FAILED', {
      message: '申请人账号不存在或不是公众账号',
      errors: [{ field: 'applicantAccountId', message: '申请人账号不存在或不是公众账号' }],
    });
  const id = a.kind === 'citizen' ? decryptOrNull(ctx, a.idNumberEnc) : a.creditCode;
  return {
    accountId: a.id,
    kind: a.kind,
    name: a.displayName,
    idEnc: id ? ctx.deps.cipher.encrypt(id) : null,
    idMask: id ? maskIdNumber(id) : null,
    phone: decryptOrNull(ctx, a.phoneEnc),
  };
}
