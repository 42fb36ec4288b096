// 受理查询码: 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 59 bits of
// randomness, so a code cannot be guessed; alone it shows only a case's progress.
import crypto from 'node:crypto';

export const RECEIPT_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const RECEIPT_LENGTH = 12;

export function newReceiptCode(): string {
  let s = '';
  for (let i = 0; i < RECEIPT_LENGTH; i++) s += RECEIPT_ALPHABET[crypto.randomInt(RECEIPT_ALPHABET.length)];
  return s;
}

/** 'abcd-efgh jkmn' → 'ABCDEFGHJKMN'; null when it cannot be a receipt code. */
export function normalizeReceiptCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, '');
  if (s.length !== RECEIPT_LENGTH) return null;
  for (const ch of s) if (!RECEIPT_ALPHABET.includes(ch)) return null;
  return s;
}

/** Shown in groups of four: ABCD-EFGH-JKMN. */
export function formatReceiptCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1-');
}
