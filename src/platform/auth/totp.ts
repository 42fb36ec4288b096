// TOTP second factor (RFC 6238, 30 s, 6 digits), the cryptographic factor for administrators.
import { Secret, TOTP } from 'otpauth';

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, label = 'linzheng'): TOTP {
  return new TOTP({ issuer: '林政', label, secret: Secret.fromBase32(secret), digits: 6, period: 30 });
}

/**
 * Accepts the current code and one step either side (clock drift). Returns the time step the code
 * belongs to, or null; a step at or before `lastStep` was used already and is refused (replay).
 */
export function checkTotp(
  secret: string,
  token: string,
  now: Date,
  lastStep: number | null = null,
): number | null {
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret).validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 30_000) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

export function totpCode(secret: string, now: Date): string {
  return totp(secret).generate({ timestamp: now.getTime() });
}

export function totpUri(secret: string, username: string): string {
  return totp(secret, username).toString();
}
