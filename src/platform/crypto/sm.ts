// Commercial cryptography (商用密码, GB/T 39786-2021): SM3 for integrity, SM4 for personal data at rest.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sm3 as sm3Hash, sm4 } from 'sm-crypto-v2';

// Node's OpenSSL 3 carries SM3 in C, about 3.5 times faster than the JavaScript library (14 µs
// against 49 µs for an audit record here); the library stays as the fallback for a runtime whose
// OpenSSL was built without it. Both give the same digests (GB/T 32905-2016 test vectors, sm.test.ts).
const NATIVE_SM3 = crypto.getHashes().includes('sm3');

export function sm3(input: string): string {
  return NATIVE_SM3 ? crypto.createHash('sm3').update(input, 'utf8').digest('hex') : sm3Hash(input);
}

/**
 * HMAC-SM3 (GB/T 15852.2 with SM3) under a key given in hex, for values whose plain hash could be
 * recomputed or guessed: the audit chain, ID numbers, tokens.
 */
export function hmacSm3(keyHex: string, input: string): string {
  return NATIVE_SM3
    ? crypto.createHmac('sm3', Buffer.from(keyHex, 'hex')).update(input, 'utf8').digest('hex')
    : sm3Hash(input, { key: keyHex });
}

/** Compares two hex digests in constant time. */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

export interface Cipher {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  /**
   * HMAC-SM3 under a key derived from the SM4 key (never the key itself): for values looked up by
   * a keyed digest (a letter's query password, a writer's account, a network address) and for
   * tokens the server signs (the human check), so a copy of the database alone cannot recompute them.
   */
  mac(input: string): string;
}

/** SM4-CBC with a random IV per value; stored as "sm4:<iv hex>:<cipher hex>". */
export function createSm4Cipher(keyHex: string): Cipher {
  if (!/^[0-9a-f]{32}$/i.test(keyHex)) throw new Error('SM4 key must be 32 hex characters');
  const macKey = sm3(`linzheng-mac:${keyHex.toLowerCase()}`);
  return {
    mac(input) {
      return hmacSm3(macKey, input);
    },
    encrypt(plain) {
      const iv = crypto.randomBytes(16).toString('hex');
      const out = sm4.encrypt(plain, keyHex, { mode: 'cbc', iv }) as string;
      return `sm4:${iv}:${out}`;
    },
    decrypt(stored) {
      const [tag, iv, data] = stored.split(':');
      if (tag !== 'sm4' || !iv || !data) throw new Error('not an SM4 value');
      return sm4.decrypt(data, keyHex, { mode: 'cbc', iv }) as string;
    },
  };
}

/** The SM4 key from settings, or one generated once and kept in the data directory (mode 600). */
export function resolveSm4Key(configured: string, dataDir: string): string {
  if (configured) return configured.toLowerCase();
  const file = path.join(dataDir, 'sm4.key');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const key = crypto.randomBytes(16).toString('hex');
  fs.writeFileSync(file, key, { mode: 0o600 });
  return key;
}

const keys = new Map<string, string>();

/**
 * The audit chain's HMAC key (32 bytes, hex): AUDIT_KEY from the settings, or one generated once and
 * kept in the data directory (audit.key, mode 600), never in the database — whoever can change the
 * database cannot recompute the chain. Read once per process.
 */
export function resolveAuditKey(configured: string, dataDir: string): string {
  if (configured) return configured.toLowerCase();
  const file = path.join(dataDir, 'audit.key');
  const known = keys.get(file);
  if (known) return known;
  let key: string;
  if (fs.existsSync(file)) key = fs.readFileSync(file, 'utf8').trim();
  else {
    fs.mkdirSync(dataDir, { recursive: true });
    key = crypto.randomBytes(32).toString('hex');
    try {
      fs.writeFileSync(file, key, { mode: 0o600, flag: 'wx' });
    } catch (e) {
      // Another process of this data directory wrote it first: use theirs.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      key = fs.readFileSync(file, 'utf8').trim();
    }
  }
  if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`${file}: not a 64-hex-digit audit key`);
  keys.set(file, key);
  return key;
}

/** A short fingerprint of a key, safe to print and to keep in a backup's manifest. */
export function keyFingerprint(keyHex: string): string {
  return sm3(`fingerprint:${keyHex}`).slice(0, 16);
}

export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}
