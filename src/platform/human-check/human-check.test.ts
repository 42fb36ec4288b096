// The human check: the answer a person gives is accepted (in any of the ways people write it), a
// wrong one, an old one and a forged token are not.
import { describe, expect, it } from 'vitest';
import { createSm4Cipher } from '../crypto/sm.ts';
import { checkHumanAnswer, newHumanChallenge, normalizeAnswer, requireHuman } from './human-check.ts';

const cipher = createSm4Cipher('0123456789abcdeffedcba9876543210');
const other = createSm4Cipher('00112233445566778899aabbccddeeff');
const now = new Date('2026-03-02T09:00:00+08:00');
// random(n) answers from a script: the first call picks the kind, then the operands.
const scripted = (...values: number[]) => {
  let i = 0;
  return (_n: number) => values[i++];
};

describe('human check', () => {
  it('asks a sum in Chinese numerals and accepts 12, １２ or 十二', () => {
    const c = newHumanChallenge(cipher, now, scripted(0, 4, 6)); // 5 + 7
    expect(c.question).toBe('五加七等于几？（请填写数字）');
    for (const a of ['12', ' １２ ', '十二', '一十二'])
      expect(checkHumanAnswer(cipher, c.token, a, now)).toBe('ok');
    expect(checkHumanAnswer(cipher, c.token, '13', now)).toBe('wrong');
    expect(checkHumanAnswer(cipher, c.token, '', now)).toBe('wrong');
  });

  it('asks for a character of a familiar word', () => {
    const c = newHumanChallenge(cipher, now, scripted(1, 0, 2)); // 森林防火, the third
    expect(c.question).toBe('“森林防火”的第三个字是什么？');
    expect(checkHumanAnswer(cipher, c.token, '防', now)).toBe('ok');
    expect(checkHumanAnswer(cipher, c.token, '火', now)).toBe('wrong');
  });

  it('refuses a token after 30 minutes, a changed token and one signed under another key', () => {
    const c = newHumanChallenge(cipher, now, scripted(0, 0, 0)); // 1 + 1
    expect(checkHumanAnswer(cipher, c.token, '2', new Date(now.getTime() + 29 * 60_000))).toBe('ok');
    expect(checkHumanAnswer(cipher, c.token, '2', new Date(now.getTime() + 31 * 60_000))).toBe('expired');
    const tampered = `${c.token.slice(0, 10)}${c.token[10] === 'a' ? 'b' : 'a'}${c.token.slice(11)}`;
    expect(checkHumanAnswer(cipher, tampered, '2', now)).toBe('invalid');
    expect(checkHumanAnswer(other, c.token, '2', now)).toBe('invalid');
    expect(checkHumanAnswer(cipher, undefined, '2', now)).toBe('invalid');
  });

  it('refuses with a message naming the answer field', () => {
    const c = newHumanChallenge(cipher, now, scripted(0, 2, 2)); // 3 + 3
    expect(() => requireHuman(cipher, { token: c.token, answer: '6' }, now)).not.toThrow();
    try {
      requireHuman(cipher, { token: c.token, answer: '7' }, now);
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({
        status: 400,
        errors: [{ field: 'humanAnswer', message: '验证问题回答不正确，请回答新的验证问题' }],
      });
    }
    expect(() => requireHuman(cipher, { token: c.token, answer: '' }, now)).toThrow('请回答验证问题');
  });

  it('reads numerals as digits', () => {
    expect(normalizeAnswer('十')).toBe('10');
    expect(normalizeAnswer('十八')).toBe('18');
    expect(normalizeAnswer('九')).toBe('9');
  });
});
