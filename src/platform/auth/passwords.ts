// Passwords per DOMAIN §10: argon2id; ≥ 8 characters with 3 of 4 classes; 90-day expiry; last 5
// not reused. The figures come from settings (config), the rules live here.
import { hash, verify } from '@node-rs/argon2';

export interface PasswordPolicy {
  minLength: number;
  maxAgeDays: number;
  history: number;
}

const CLASSES: Array<[RegExp, string]> = [
  [/[a-z]/, '小写字母'],
  [/[A-Z]/, '大写字母'],
  [/[0-9]/, '数字'],
  [/[^a-zA-Z0-9]/, '符号'],
];

/** The problems with a new password, in Chinese; empty when it is acceptable. */
export function passwordProblems(password: string, policy: PasswordPolicy, username?: string): string[] {
  const problems: string[] = [];
  if ([...password].length < policy.minLength) problems.push(`口令至少 ${policy.minLength} 位`);
  if (password.length > 128) problems.push('口令最多 128 位');
  const present = CLASSES.filter(([re]) => re.test(password)).length;
  if (present < 3) problems.push('口令须包含大写字母、小写字母、数字、符号中的至少三类');
  if (username && password.toLowerCase().includes(username.toLowerCase()))
    problems.push('口令不得包含用户名');
  return problems;
}

export function isPasswordExpired(changedAt: Date, now: Date, policy: PasswordPolicy): boolean {
  return now.getTime() - changedAt.getTime() > policy.maxAgeDays * 86_400_000;
}

// Algorithm 2 = argon2id. Parameters are OWASP's minimum (19 MiB, t=2, p=1).
const ARGON2ID = 2;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// A hash to verify against when the username does not exist, so timing does not reveal accounts.
let dummyHash: Promise<string> | null = null;
export function dummyVerify(password: string): Promise<boolean> {
  dummyHash ??= hashPassword('not-a-real-password-Aa1!');
  return dummyHash.then((h) => verifyPassword(h, password));
}
