// 写信: anyone, without an account, writes to a channel and gets a receipt code (查询码) and a query
// password (查询密码) — shown once, and e-mailed when an address was given. Everything is checked
// before anything is written (the human check, the fields, the per-address limit); the letter, its
// number, its reply clock and its audit record are then written by group commit with the letters
// that arrive at the same moment, each keeping its own ctx and outcome.
import crypto from 'node:crypto';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { planClocks } from '../../../platform/calendar/index.ts';
import type { Ctx } from '../../../platform/context.ts';
import { groupCommit } from '../../../platform/db/group-commit.ts';
import { defineSeries, takeNumbers } from '../../../platform/documents/index.ts';
import { AppError, type FieldError } from '../../../platform/errors.ts';
import { requireHuman } from '../../../platform/human-check/index.ts';
import { queueEmail } from '../../../platform/notify/index.ts';
import { newQueryPassword, newReceiptCode } from '../../../platform/receipts/index.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import { appendEventRows, eventRow } from '../../../platform/timeline/index.ts';
import { unitByCode } from '../../org/index.ts';
import { type ChannelView, channelView } from '../channels.ts';
import { interactionError } from '../interaction.errors.ts';
import {
  CATEGORIES,
  LETTERS_PER_HOUR,
  listOf,
  NUMBER_FORMAT,
  REPLY_CLOCK,
  SENSITIVE_WORDS,
  TRIAGE_UNIT_CODE,
} from '../interaction.settings.ts';
import type { ChannelCode } from '../interaction.table.ts';
import { maskName } from '../replies/redaction.ts';
import { letterSubject } from './letter-events.ts';
import { type CheckedLetter, checkLetter, type LetterForm } from './letter-input.ts';
import { addressKeyOf, LETTER_CLOCK, ownerKeyOf, passwordKeyOf } from './letter-keys.ts';
import { countRecentFromAddress, lettersInsert, type NewLetterRow } from './letters.repository.ts';

export const LETTER_SERIES = defineSeries('interaction.letter', '信〔{year}〕{serial:6}号');

export interface SubmitLetterInput extends LetterForm {
  channel: ChannelCode;
  humanCheckId?: string;
  humanAnswer?: string;
}

export interface SubmittedLetter {
  id: string;
  number: string;
  receiptCode: string;
  /** Shown once; only its keyed digest is kept. */
  password: string;
  channelName: string;
  dueWorkdays: number;
}

/** A letter filed through the Open311 interface by a registered client (no human check: its key). */
export interface Open311Origin {
  clientId: string;
  token: string;
  location: { lat: number | null; long: number | null; address: string | null; addressId: string | null };
}

interface Planned {
  open311: Open311Origin | null;
  id: string;
  receiptCode: string;
  password: string;
  channel: ChannelView;
  checked: CheckedLetter;
  ipKey: string | null;
  triageUnitId: string | null;
}

export async function submitLetter(
  ctx: Ctx,
  input: SubmitLetterInput,
  options: { open311?: Open311Origin } = {},
): Promise<SubmittedLetter> {
  const channel = await channelView(ctx, input.channel);
  if (!channel.open) throw interactionError('CHANNEL_CLOSED', { message: `${channel.name}暂停受理来信` });
  // The fields and the human check together, so the form shows every message at once.
  const errors: FieldError[] = [];
  let checked: CheckedLetter | null = null;
  try {
    checked = checkLetter(channel, input, {
      categories: listOf(await getSetting(ctx, CATEGORIES)),
      sensitiveWords: listOf(await getSetting(ctx, SENSITIVE_WORDS)),
    });
  } catch (e) {
    if (!(e instanceof AppError) || !e.errors) throw e;
    errors.push(...e.errors);
  }
  // A person on the website answers the human check; a client of the interface holds a key.
  if (!options.open311)
    try {
      await requireHuman(ctx, { id: input.humanCheckId, answer: input.humanAnswer });
    } catch (e) {
      if (!(e instanceof AppError) || !e.errors) throw e;
      errors.push(...e.errors);
    }
  if (errors.length || !checked)
    throw new AppError('VALIDATION_FAILED', { message: errors[0]?.message, errors });
  const ipKey = ctx.ip && !options.open311 ? addressKeyOf(ctx, ctx.ip) : null;
  if (ipKey) {
    const max = await getSetting(ctx, LETTERS_PER_HOUR);
    const recent = await countRecentFromAddress(ctx.db, ipKey, new Date(ctx.now.getTime() - 3_600_000));
    if (recent >= max)
      throw interactionError('LETTER_FLOOD', {
        message: `同一网络地址一小时内最多写信 ${max} 封，请一小时后再写；紧急情况请拨打 12345 热线`,
      });
  }
  const triageUnit = await unitByCode(ctx, await getSetting(ctx, TRIAGE_UNIT_CODE));
  const planned: Planned = {
    open311: options.open311 ?? null,
    id: crypto.randomUUID(),
    receiptCode: newReceiptCode(),
    password: newQueryPassword(),
    channel,
    checked,
    ipKey,
    triageUnitId: triageUnit?.id ?? null,
  };
  const { number } = await writeLetters(ctx, planned);
  return {
    id: planned.id,
    number,
    receiptCode: planned.receiptCode,
    password: planned.password,
    channelName: channel.name,
    dueWorkdays: channel.limitWorkdays,
  };
}

/** Letters that arrive together are written together: one transaction, one statement per table. */
const writeLetters = groupCommit<Planned, { number: string }>({
  maxGroup: 64,
  async write(tx, members) {
    const numbers = await takeNumbers(tx, LETTER_SERIES, members.length, {
      format: await getSetting(tx, NUMBER_FORMAT),
    });
    const { clocks, insert } = await planClocks(
      members.map(({ ctx, input: p }, i) => ({
        ctx,
        input: {
          subjectType: LETTER_CLOCK,
          kind: REPLY_CLOCK.kind,
          subjectId: p.id,
          label: `${p.channel.name}来信答复：${numbers[i].number}`,
          startedAt: ctx.now,
          limit: { value: p.channel.limitWorkdays, unit: 'workdays' as const },
          responsibleUnitId: p.triageUnitId,
        },
      })),
    );
    await tx.db.execute(insert);
    const rows: NewLetterRow[] = members.map(({ ctx, input: p }, i) =>
      rowOf(ctx, p, numbers[i].number, clocks[i]),
    );
    await tx.db.execute(lettersInsert(rows));
    await appendEventRows(
      tx,
      members.map(({ ctx, input: p }) =>
        eventRow(ctx, letterSubject(p.id), { kind: 'submitted', text: '来信已收到', visibility: 'public' }),
      ),
    );
    for (const [i, { ctx, input: p }] of members.entries()) {
      await recordAudit(ctx, {
        action: 'interaction.letter.submit',
        objectType: 'interaction_letter',
        objectId: p.id,
        // Never the writer's identity: the channel, the number and whether it was flagged.
        detail: {
          channel: p.channel.code,
          number: numbers[i].number,
          flagged: p.checked.flaggedWords.length > 0,
        },
      });
      if (p.checked.writer.email)
        await queueEmail(ctx, {
          to: p.checked.writer.email,
          subject: `来信已收到：${numbers[i].number}`,
          text: receiptMail(p, numbers[i].number),
        });
    }
    return numbers.map((n) => ({ number: n.number }));
  },
});

function rowOf(
  ctx: Ctx,
  p: Planned,
  number: string,
  clock: { id: string; dueAt: Date | null },
): NewLetterRow {
  const owner =
    ctx.actor.id && (ctx.actor.kind === 'citizen' || ctx.actor.kind === 'org') ? ctx.actor.id : null;
  return {
    id: p.id,
    channel: p.channel.code,
    number,
    receiptCode: p.receiptCode,
    passwordHash: passwordKeyOf(ctx, p.receiptCode, p.password),
    subject: p.checked.subject,
    body: p.checked.body,
    category: p.checked.category,
    writerEnc: ctx.deps.cipher.encrypt(JSON.stringify(p.checked.writer)),
    // A misconduct report shows no trace of who wrote it, not even masked.
    writerMask: p.channel.confidential ? '' : maskName(p.checked.writer.name) || '匿名',
    ownerKey: owner ? ownerKeyOf(ctx, owner) : null,
    consentPublish: p.checked.consentPublish,
    flaggedWords: p.checked.flaggedWords,
    ipKey: p.ipKey,
    source: p.open311 ? 'open311' : 'web',
    open311ClientId: p.open311?.clientId ?? null,
    open311Token: p.open311?.token ?? null,
    open311Location: p.open311?.location ?? null,
    limitWorkdays: p.channel.limitWorkdays,
    clockId: clock.id,
    dueAt: clock.dueAt,
    submittedAt: ctx.now,
    updatedAt: ctx.now,
  };
}

function receiptMail(p: Planned, number: string): string {
  return [
    `您好！您写给${p.channel.name}的来信“${p.checked.subject}”已收到，编号 ${number}。`,
    '',
    `查询码：${p.receiptCode}`,
    `查询密码：${p.password}`,
    '',
    `我们将在 ${p.channel.limitWorkdays} 个工作日内答复。凭查询码和查询密码可在网站“互动交流—来信查询”查看办理进度和答复。`,
  ].join('\n');
}
