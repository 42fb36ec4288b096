// Letters for tests and the demo data, made by the same use cases a citizen and the staff use:
// a writer passes the human check as a person would (the factory reads its own question's answer),
// and each handling step is the staff's own use case at the time given.
import { eq } from 'drizzle-orm';
import { accounts } from '../../platform/access/access.table.ts';
import { loadActor } from '../../platform/access/actor.ts';
import { ANONYMOUS, type Ctx } from '../../platform/context.ts';
import { newHumanChallenge } from '../../platform/human-check/index.ts';
import { findUnitByCode } from '../org/index.ts';
import type { ChannelCode } from './interaction.table.ts';
import {
  acceptLetter,
  approveReply,
  forwardLetter,
  officeApproveReply,
  rejectLetter,
  saveReplyDraft,
} from './letters/handle-letter.ts';
import { type SubmittedLetter, submitLetter } from './letters/submit-letter.ts';
import { rateLetter, trackLetter } from './letters/track-letter.ts';

/** A human check passed: the question is always 一加一 when every random pick is 0. */
export async function humanPass(ctx: Ctx): Promise<{ humanCheckId: string; humanAnswer: string }> {
  return { humanCheckId: (await newHumanChallenge(ctx, () => 0)).id, humanAnswer: '2' };
}

export const at = (ctx: Ctx, when: Date): Ctx => ({ ...ctx, now: when });

export interface LetterSpec {
  channel?: ChannelCode;
  name?: string;
  phone?: string;
  email?: string;
  subject?: string;
  body?: string;
  category?: string;
  consentPublish?: boolean;
}

export const SAMPLE_LETTER = {
  name: '王建国',
  phone: '13838112233',
  email: '',
  subject: '村里的护林员工资何时发放',
  body: '我是新县八里畈镇的护林员王建国，电话13838112233。去年下半年的护林员补助至今没有发放，请问什么时候能发？',
  category: '林业改革与政策',
};

/** A letter written by an anonymous visitor (no network address, so no flood limit). */
export async function writeLetter(ctx: Ctx, spec: LetterSpec = {}): Promise<SubmittedLetter> {
  const writer: Ctx = { ...ctx, actor: ANONYMOUS, ip: null };
  return submitLetter(writer, {
    channel: spec.channel ?? 'mailbox',
    ...SAMPLE_LETTER,
    ...spec,
    consentPublish: spec.consentPublish ?? true,
    ...(await humanPass(writer)),
  });
}

/** A ctx acting as a demo account (its roles, scopes and unit). */
export async function actingAs(ctx: Ctx, username: string): Promise<Ctx> {
  const [account] = await ctx.db.select().from(accounts).where(eq(accounts.username, username));
  if (!account) throw new Error(`no account ${username}`);
  return { ...ctx, actor: await loadActor(ctx.db, account) };
}

export async function unitId(ctx: Ctx, code: string): Promise<string> {
  const unit = await findUnitByCode(ctx.db, code);
  if (!unit) throw new Error(`no unit ${code}`);
  return unit.id;
}

export interface Staff {
  office: Ctx;
  drafter: Ctx;
  head: Ctx;
}

/** A letter taken through to its reply: accepted, drafted, approved by the head (and the office). */
export async function answerLetter(
  staff: Staff,
  id: string,
  input: {
    unitCode?: string;
    reply?: string;
    publish?: boolean;
    publicQuestion?: string;
    publicAnswer?: string;
  },
  times: { accept: Date; draft: Date; approve: Date; office?: Date },
) {
  await acceptLetter(at(staff.office, times.accept), {
    id,
    unitId: await unitId(staff.office, input.unitCode ?? 'HNLY-ZYC'),
  });
  await saveReplyDraft(at(staff.drafter, times.draft), {
    id,
    reply: input.reply ?? '您好！您反映的问题已转有关县林业局核实处理，补助将于本月底前发放到位。',
    publish: input.publish ?? false,
    publicQuestion: input.publicQuestion,
    publicAnswer: input.publicAnswer,
    submit: true,
  });
  const approved = await approveReply(at(staff.head, times.approve), { id });
  if (approved.status === 'office_review')
    return officeApproveReply(at(staff.office, times.office ?? times.approve), { id });
  return approved;
}

export { forwardLetter, rateLetter, rejectLetter, trackLetter };
