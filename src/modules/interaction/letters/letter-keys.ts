// Keyed digests (HMAC-SM3 under the platform's key) that let a letter be found without keeping what
// it is found by: the query password, the writer's account (我的信件 — so not even a misconduct
// report's row names its reporter's account) and the sender's network address (the flood limit).
import type { Ctx } from '../../../platform/context.ts';

/** The reply clocks' subject type (platform/calendar), and where a reminder opens the letter. */
export const LETTER_CLOCK = 'interaction.letter';

export const passwordKeyOf = (ctx: Ctx, receiptCode: string, password: string) =>
  ctx.deps.cipher.mac(`letter-password:${receiptCode}:${password}`);

export const ownerKeyOf = (ctx: Ctx, accountId: string) => ctx.deps.cipher.mac(`letter-owner:${accountId}`);

export const addressKeyOf = (ctx: Ctx, ip: string) => ctx.deps.cipher.mac(`letter-address:${ip}`);
