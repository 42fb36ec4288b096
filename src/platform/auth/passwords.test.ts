import { describe, expect, it } from 'vitest';
import { hashPassword, isPasswordExpired, passwordProblems, verifyPassword } from './passwords.ts';

const policy = { minLength: 8, maxAgeDays: 90, history: 5 };

describe('password rules (等保 三级)', () => {
  it('accepts 8 characters with 3 of 4 classes', () => {
    expect(passwordProblems('Abcdefg1', policy)).toEqual([]);
    expect(passwordProblems('abcdef1!', policy)).toEqual([]);
  });
  it('refuses short passwords and those with fewer than 3 classes', () => {
    expect(passwordProblems('Abc1!', policy)).toContain('口令至少 8 位');
    expect(passwordProblems('abcdefgh1', policy)).toEqual([
      '口令须包含大写字母、小写字母、数字、符号中的至少三类',
    ]);
  });
  it('refuses a password containing the username', () => {
    expect(passwordProblems('Zhangsan#2026', policy, 'zhangsan')).toContain('口令不得包含用户名');
  });
  it('expires after 90 days', () => {
    const changed = new Date('2026-01-01T00:00:00Z');
    expect(isPasswordExpired(changed, new Date('2026-03-31T23:59:59Z'), policy)).toBe(false); // 89.99 days
    expect(isPasswordExpired(changed, new Date('2026-04-01T00:00:01Z'), policy)).toBe(true); // 90 days + 1 s
  });
  it('hashes with argon2id and verifies', async () => {
    const h = await hashPassword('Abcdefg1');
    expect(h.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(h, 'Abcdefg1')).toBe(true);
    expect(await verifyPassword(h, 'Abcdefg2')).toBe(false);
  });
});
