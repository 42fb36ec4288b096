// Commercial cryptography (商用密码, GB/T 39786-2021): SM3 for integrity, SM4 for personal data at rest.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sm3 as sm3Hash, sm4 } from 'sm-crypto-v2';

export function sm3(input: string): string {
  return sm3Hash(input);
}

/** A keyed SM3 (HMAC-SM3) for values whose plain hash could be guessed (ID numbers, tokens). */
export function hmacSm3(key: string, input: string): string {
  return sm3Hash(input, { key });
}

export interface Cipher {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
}

/** SM4-CBC with a random IV per value; stored as "sm4:<iv hex>:<cipher hex>". */
export function createSm4Cipher(keyHex: string): Cipher {
  if (!/^[0-9a-f]{32}$/i.test(keyHex)) throw new Error('SM4 key must be 32 hex characters');
  return {
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

export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}
