// Opening a submission with its receipt code and query password (查询码 + 查询密码), as a public
// letter (来信查询) or a disclosure application (申请查询) is opened. Wrong tries are counted per
// code whether or not the code exists, so the answer never tells which codes exist; after the set
// number of tries the code locks for a while. A correct password yields a signed token, good for
// a while, that the page's links and forms carry instead of the password.
import crypto from 'node:crypto';
import type { Ctx } from '../context.ts';
import { AppError, type ErrorCode, validationError } from '../errors.ts';
import { normalizeReceiptCode } from './receipt-code.ts';
import { clearAttempts, countFailure, findAttempts } from './receipts.repository.ts';

/** A six-digit query password, handed to the writer once with the receipt code. */
export function newQueryPassword(): string {
  return String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
}

const sameDigest = (a: string, b: string) =>
  a.length === b.length && crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b));

export interface ReceiptLookup<T> {
  /** Keeps one kind of receipt's counters and tokens apart from another's ('letter', 'openness'). */
  scope: string;
  code?: string;
  password?: string;
  /** Wrong tries before the code locks, and for how long (the module's settings). */
  attempts: number;
  lockMinutes: number;
  find(code: string): Promise<T | undefined>;
  /** The keyed digest stored with the row, and the one of the password entered. */
  storedKey(row: T): string;
  keyOf(code: string, password: string): string;
  /** The module's error codes: the code is locked for a while; the code or the password is wrong. */
  errors: { locked: ErrorCode; wrong: ErrorCode };
}

/** The row behind a receipt code and its query password; throws the module's error otherwise. */
export async function openByReceipt<T>(ctx: Ctx, lookup: ReceiptLookup<T>): Promise<T> {
  const code = normalizeReceiptCode(lookup.code ?? '');
  if (!code) throw validationError('code', '查询码为 12 位字母和数字，请核对后重新输入');
  const password = (lookup.password ?? '').trim();
  if (!/^\d{6}$/.test(password)) throw validationError('password', '查询密码为 6 位数字，请核对后重新输入');
  const codeKey = ctx.deps.cipher.mac(`${lookup.scope}-code:${code}`);
  const attempts = await findAttempts(ctx.db, codeKey);
  if (attempts?.lockedUntil && attempts.lockedUntil > ctx.now)
    throw new AppError(lookup.errors.locked, {
      message: `查询码或查询密码连续输错次数过多，请 ${Math.ceil((attempts.lockedUntil.getTime() - ctx.now.getTime()) / 60_000)} 分钟后再试`,
    });
  const row = await lookup.find(code);
  // The digest is computed whether or not the code exists, so both answers take the same work.
  const entered = lookup.keyOf(code, password);
  if (!row || !sameDigest(lookup.storedKey(row), entered)) {
    const until = new Date(ctx.now.getTime() + lookup.lockMinutes * 60_000);
    await countFailure(ctx.db, codeKey, lookup.attempts, ctx.now, until);
    throw new AppError(lookup.errors.wrong, {
      errors: [{ field: 'password', message: '查询码或查询密码不正确，请核对后重新输入' }],
    });
  }
  if (attempts) await clearAttempts(ctx.db, codeKey);
  return row;
}

/** A token naming the subject `id`, signed with the scope, good for `ttlMs` from ctx.now. */
export function issueReceiptToken(ctx: Ctx, scope: string, id: string, ttlMs: number): string {
  const exp = ctx.now.getTime() + ttlMs;
  return `${id}.${exp}.${ctx.deps.cipher.mac(`${scope}-track:${id}.${exp}`)}`;
}

/** The subject id a token names; null when it is malformed, forged, of another scope or expired. */
export function receiptTokenSubject(ctx: Ctx, scope: string, token: string | undefined): string | null {
  const [id, exp, mac] = (token ?? '').split('.');
  if (!id || !exp || !mac || !/^[0-9a-f-]{36}$/.test(id) || !/^\d+$/.test(exp)) return null;
  if (!sameDigest(mac, ctx.deps.cipher.mac(`${scope}-track:${id}.${exp}`))) return null;
  if (Number(exp) < ctx.now.getTime()) return null;
  return id;
}
