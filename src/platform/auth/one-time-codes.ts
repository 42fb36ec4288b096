// One-time codes (一次性验证码) for the account's owner only: issued, kept as a keyed hash, checked a
// few times at most, used once. A password-reset code reaches the owner through the email or phone on
// the account (or by hand at the counter); a second-factor binding code the same way.
import crypto from 'node:crypto';
import { and, desc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { accounts } from '../access/access.table.ts';
import { auditKeyOf } from '../audit/audit-chain.ts';
import type { Ctx } from '../context.ts';
import { hmacSm3, sameDigest } from '../crypto/sm.ts';
import type { Db } from '../db/client.ts';
import { queueDeliveries } from '../notify/index.ts';
import { type OneTimePurpose, oneTimeCodes } from './auth.table.ts';

/** Tries per code before it is void. */
export const MAX_CODE_ATTEMPTS = 5;
// No 0/O, 1/I/L: read aloud at a counter or typed from a slip without doubt.
const LETTERS = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** Six digits for a message to a phone or mailbox; eight letters and digits for a slip or a binding. */
export function newCode(kind: 'digits' | 'letters'): string {
  if (kind === 'digits') return String(crypto.randomInt(1_000_000)).padStart(6, '0');
  return Array.from({ length: 8 }, () => LETTERS[crypto.randomInt(LETTERS.length)]).join('');
}

/** As a person may type it: spaces and dashes dropped, lower case allowed. */
export function normalizeCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

const codeHash = (ctx: Ctx, accountId: string, purpose: OneTimePurpose, code: string) =>
  hmacSm3(
    auditKeyOf(ctx.deps.config),
    `one-time\u001f${purpose}\u001f${accountId}\u001f${normalizeCode(code)}`,
  );

type Account = Pick<typeof accounts.$inferSelect, 'id' | 'email' | 'phoneEnc' | 'phoneMask'>;

/** Where a code for this account can go, masked for the person's screen; null when nowhere. */
export function contactOf(account: Account): { channel: string; sentTo: string } | null {
  const email = account.email ? maskEmail(account.email) : null;
  const phone = account.phoneEnc ? (account.phoneMask ?? '') : null;
  if (email && phone) return { channel: 'email+sms', sentTo: `${phone}、${email}` };
  if (email) return { channel: 'email', sentTo: email };
  if (phone !== null) return { channel: 'sms', sentTo: phone };
  return null;
}

export function maskEmail(email: string): string {
  const [name, host] = email.split('@');
  return `${name.slice(0, 1)}***@${host ?? ''}`;
}

/**
 * Issues a code in ctx's transaction, voiding the account's earlier unused ones of the purpose.
 * With `send`, it goes out (email and/or SMS, no inbox copy) in the same transaction's outbox.
 */
export async function issueCode(
  ctx: Ctx,
  input: {
    account: Account;
    purpose: OneTimePurpose;
    kind: 'digits' | 'letters';
    validMinutes: number;
    channel: string;
    sentTo: string;
    issuedBy?: string | null;
    send?: { title: string; body: (code: string) => string };
  },
): Promise<{ code: string; expiresAt: Date }> {
  const code = newCode(input.kind);
  const expiresAt = new Date(ctx.now.getTime() + input.validMinutes * 60_000);
  await ctx.db
    .update(oneTimeCodes)
    .set({ usedAt: ctx.now })
    .where(
      and(
        eq(oneTimeCodes.accountId, input.account.id),
        eq(oneTimeCodes.purpose, input.purpose),
        isNull(oneTimeCodes.usedAt),
      ),
    );
  await ctx.db.insert(oneTimeCodes).values({
    accountId: input.account.id,
    purpose: input.purpose,
    codeHash: codeHash(ctx, input.account.id, input.purpose, code),
    channel: input.channel,
    sentTo: input.sentTo,
    issuedBy: input.issuedBy ?? null,
    createdAt: ctx.now,
    expiresAt,
  });
  if (input.send)
    await queueDeliveries(ctx, [{ ...input.account, phoneMask: input.account.phoneMask }], {
      title: input.send.title,
      body: input.send.body(code),
      link: null,
      email: Boolean(input.account.email),
      sms: Boolean(input.account.phoneEnc),
    });
  return { code, expiresAt };
}

/** How many codes of the purpose the account was sent in the last hour. */
export async function codesInLastHour(db: Db, accountId: string, purpose: OneTimePurpose, now: Date) {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(oneTimeCodes)
    .where(
      and(
        eq(oneTimeCodes.accountId, accountId),
        eq(oneTimeCodes.purpose, purpose),
        gt(oneTimeCodes.createdAt, new Date(now.getTime() - 3_600_000)),
      ),
    );
  return n;
}

/** The account's live code of the purpose, if any (unused, in time, tries left). */
export async function liveCode(ctx: Ctx, accountId: string, purpose: OneTimePurpose) {
  const [row] = await ctx.db
    .select()
    .from(oneTimeCodes)
    .where(
      and(
        eq(oneTimeCodes.accountId, accountId),
        eq(oneTimeCodes.purpose, purpose),
        isNull(oneTimeCodes.usedAt),
        gt(oneTimeCodes.expiresAt, ctx.now),
        lt(oneTimeCodes.attempts, MAX_CODE_ATTEMPTS),
      ),
    )
    .orderBy(desc(oneTimeCodes.createdAt))
    .limit(1);
  return row ?? null;
}

/**
 * Checks a code against the account's live one, outside any transaction: a wrong try is counted at
 * once (a refusal that follows cannot roll the count back). Returns the code's row when it matches;
 * the caller then claims it (claimCode) in the transaction of the change it allows.
 */
export async function checkCode(
  ctx: Ctx,
  accountId: string,
  purpose: OneTimePurpose,
  code: string,
): Promise<typeof oneTimeCodes.$inferSelect | null> {
  const row = await liveCode(ctx, accountId, purpose);
  if (!row) return null;
  if (sameDigest(row.codeHash, codeHash(ctx, accountId, purpose, code))) return row;
  await ctx.db
    .update(oneTimeCodes)
    .set({ attempts: sql`${oneTimeCodes.attempts} + 1` })
    .where(eq(oneTimeCodes.id, row.id));
  return null;
}

/** Uses a checked code up in ctx's transaction; false when a concurrent request used it first. */
export async function claimCode(ctx: Ctx, id: string): Promise<boolean> {
  const used = await ctx.db
    .update(oneTimeCodes)
    .set({ usedAt: ctx.now })
    .where(and(eq(oneTimeCodes.id, id), isNull(oneTimeCodes.usedAt)))
    .returning({ id: oneTimeCodes.id });
  return used.length === 1;
}
