// The human check (人机验证) of public forms: a question from a rotating set that a person answers at
// a glance and a script cannot without reading Chinese — sums in Chinese numerals, the n-th
// character of a familiar word. No third-party service and no JavaScript: the question is printed
// in the form, its answer travels in a signed, encrypted token (SM4, HMAC-SM3 over it) in a hidden
// field, so the server keeps no state and any instance can check it. A token lives for `ttlMs`.
import crypto from 'node:crypto';
import type { Cipher } from '../crypto/sm.ts';
import { AppError } from '../errors.ts';

export interface HumanChallenge {
  /** The question, in Chinese, as the form prints it. */
  question: string;
  /** Hidden field: the answer, encrypted and signed, with its expiry. */
  token: string;
}

export const HUMAN_CHECK_TTL_MS = 30 * 60_000;

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
// Words every reader of a forestry department's site knows; none repeats a character, so "the
// n-th character" has one answer.
const WORDS = [
  '森林防火',
  '植树造林',
  '绿水青山',
  '退耕还林',
  '林木采伐',
  '国土绿化',
  '野生动物',
  '湿地保护',
];
const ORDINALS = ['第一个', '第二个', '第三个', '第四个'];

type Random = (n: number) => number;
const cryptoRandom: Random = (n) => crypto.randomInt(n);

function pick(random: Random): { question: string; answer: string } {
  if (random(2) === 0) {
    const a = 1 + random(9);
    const b = 1 + random(9);
    return {
      question: `${DIGITS[a]}加${DIGITS[b]}等于几？（请填写数字）`,
      answer: String(a + b),
    };
  }
  const word = WORDS[random(WORDS.length)];
  const at = random(word.length);
  return { question: `“${word}”的${ORDINALS[at]}字是什么？`, answer: word[at] };
}

/** A new question and its token; `random` is for tests. */
export function newHumanChallenge(cipher: Cipher, now: Date, random: Random = cryptoRandom): HumanChallenge {
  const { question, answer } = pick(random);
  const sealed = cipher.encrypt(JSON.stringify({ a: answer, e: now.getTime() + HUMAN_CHECK_TTL_MS }));
  return { question, token: `${sealed}.${cipher.mac(sealed)}` };
}

/** 12 → '12'; full-width digits and Chinese numerals count as the digits they are. */
export function normalizeAnswer(input: string): string {
  let s = input.trim().replace(/[\s　]/g, '');
  s = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48));
  if (/^[零一二三四五六七八九十]+$/.test(s)) {
    // 十 → 10, 十二 → 12, 一十八 → 18; the sums never exceed 18.
    const ten = s.indexOf('十');
    if (ten < 0) s = String(DIGITS.indexOf(s));
    else {
      const tens = ten === 0 ? 1 : DIGITS.indexOf(s.slice(0, ten));
      const ones = s.length > ten + 1 ? DIGITS.indexOf(s.slice(ten + 1)) : 0;
      s = String(tens * 10 + ones);
    }
  }
  return s;
}

export type HumanCheckOutcome = 'ok' | 'wrong' | 'expired' | 'invalid';

export function checkHumanAnswer(
  cipher: Cipher,
  token: string | undefined,
  answer: string | undefined,
  now: Date,
): HumanCheckOutcome {
  if (!token) return 'invalid';
  const dot = token.lastIndexOf('.');
  if (dot < 0) return 'invalid';
  const sealed = token.slice(0, dot);
  const mac = token.slice(dot + 1);
  const expected = cipher.mac(sealed);
  if (mac.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(mac), Buffer.from(expected)))
    return 'invalid';
  let payload: { a: string; e: number };
  try {
    payload = JSON.parse(cipher.decrypt(sealed));
  } catch {
    return 'invalid';
  }
  if (now.getTime() > payload.e) return 'expired';
  return normalizeAnswer(answer ?? '') === payload.a ? 'ok' : 'wrong';
}

/**
 * Refuses a submission whose check failed, naming the answer field (the form shows a new
 * question). Call it first, before anything is read or written.
 */
export function requireHuman(
  cipher: Cipher,
  input: { token?: string; answer?: string; field?: string },
  now: Date,
): void {
  const outcome = checkHumanAnswer(cipher, input.token, input.answer, now);
  if (outcome === 'ok') return;
  const field = input.field ?? 'humanAnswer';
  const message =
    outcome === 'expired'
      ? '验证问题已过期，请回答新的验证问题'
      : !input.answer?.trim()
        ? '请回答验证问题'
        : '验证问题回答不正确，请回答新的验证问题';
  throw new AppError('HUMAN_CHECK_FAILED', { message, errors: [{ field, message }] });
}
