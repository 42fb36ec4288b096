// Reading letters on the workbench: the queues (triage, my unit's, overdue — always through the
// reader's visibility, so a report never reaches anyone but the discipline staff), one letter,
// the writer's contact details (decrypted on request, and the request audited) and the redaction
// suggestions for a reply about to be published.

import { can } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { interactionError } from '../interaction.errors.ts';
import { readScope, seesReports } from '../interaction.policy.ts';
import type { ChannelCode, LetterStatus } from '../interaction.table.ts';
import { applyRedactions, type RedactionSpan, redactAll, suggestRedactions } from '../replies/redaction.ts';
import { ownerKeyOf } from './letter-keys.ts';
import {
  countOpenByStatus,
  findVisibleLetter,
  type LetterListRow,
  type LetterRow,
  listOwnLetters,
  listQueue,
  visibilityWhere,
} from './letters.repository.ts';

export interface LetterQuery {
  status?: LetterStatus[];
  channel?: ChannelCode;
  unitId?: string;
  q?: string;
  overdue?: boolean;
  flagged?: boolean;
  /** Only the letters of the reader's own unit (我单位的来信). */
  mine?: boolean;
  order?: 'due' | 'newest';
  page?: number;
  pageSize?: number;
}

export async function listLetters(
  ctx: Ctx,
  q: LetterQuery,
): Promise<{ total: number; totalExact: boolean; items: LetterListRow[]; counts: Record<string, number> }> {
  const read = readScope(ctx);
  const visible = visibilityWhere(ctx.actor, read);
  const page = Math.max(1, q.page ?? 1);
  const pageSize = Math.min(100, Math.max(1, q.pageSize ?? 20));
  const [list, counts] = await Promise.all([
    listQueue(ctx.db, visible, {
      statuses: q.status,
      channel: q.channel,
      unitId: q.mine ? (ctx.actor.unitId ?? '00000000-0000-0000-0000-000000000000') : q.unitId,
      q: q.q?.trim() || undefined,
      overdueAt: q.overdue ? ctx.now : undefined,
      flagged: q.flagged,
      page,
      pageSize,
      order: q.order ?? (q.overdue ? 'due' : 'newest'),
    }),
    countOpenByStatus(ctx.db, visible, ctx.now),
  ]);
  return { total: list.total, totalExact: list.totalExact, items: list.rows, counts };
}

export async function getLetter(ctx: Ctx, id: string): Promise<LetterRow> {
  const read = readScope(ctx);
  const row = await findVisibleLetter(ctx.db, visibilityWhere(ctx.actor, read), id);
  if (!row) throw interactionError('LETTER_NOT_FOUND');
  return row;
}

export interface WriterDetails {
  name: string;
  phone: string;
  email: string;
}

/**
 * The writer's contact details, for the staff who must call them back. A report's reporter only for
 * the discipline staff; every reading is audited (which letter, by whom — never what was read).
 */
export async function revealWriter(ctx: Ctx, id: string): Promise<WriterDetails> {
  const row = await getLetter(ctx, id);
  if (row.channel === 'report' && !seesReports(ctx.actor)) throw interactionError('LETTER_NOT_FOUND');
  if (row.channel !== 'report' && !can(ctx.actor, 'letters:triage') && !can(ctx.actor, 'letters:reply'))
    throw interactionError('LETTER_NOT_FOUND');
  return inTransaction(ctx, async (tx) => {
    await recordAudit(tx, {
      action: 'interaction.letter.writer-view',
      objectType: 'interaction_letter',
      objectId: row.id,
      detail: { number: row.number },
    });
    const w = JSON.parse(tx.deps.cipher.decrypt(row.writerEnc)) as Partial<WriterDetails>;
    return { name: w.name ?? '', phone: w.phone ?? '', email: w.email ?? '' };
  });
}

export interface RedactionPreview {
  question: { spans: RedactionSpan[]; redacted: string };
  answer: { spans: RedactionSpan[]; redacted: string };
}

/**
 * 脱敏预览: personal data the reply's public version should not carry — phone and ID numbers,
 * e-mail addresses, the writer's own name and words that read as names — with the texts as they
 * would be published if every suggestion were taken.
 */
export async function previewRedaction(
  ctx: Ctx,
  input: { id: string; question?: string; answer?: string },
): Promise<RedactionPreview> {
  const row = await getLetter(ctx, input.id);
  let names: string[] = [];
  try {
    const w = JSON.parse(ctx.deps.cipher.decrypt(row.writerEnc)) as { name?: string };
    if (w.name) names = [w.name];
  } catch {
    names = [];
  }
  const question = input.question ?? row.body;
  const answer = input.answer ?? row.replyDraft ?? '';
  const q = suggestRedactions(question, names);
  const a = suggestRedactions(answer, names);
  return {
    question: { spans: q, redacted: applyRedactions(question, q) },
    answer: { spans: a, redacted: applyRedactions(answer, a) },
  };
}

/** 我的信件: a signed-in public user's own letters (found by the keyed digest of their account). */
export async function listMyLetters(ctx: Ctx): Promise<LetterListRow[]> {
  if (!ctx.actor.id || (ctx.actor.kind !== 'citizen' && ctx.actor.kind !== 'org')) return [];
  return listOwnLetters(ctx.db, ownerKeyOf(ctx, ctx.actor.id));
}

export { redactAll };
