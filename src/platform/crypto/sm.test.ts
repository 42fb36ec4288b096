import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sm3 as librarySm3 } from 'sm-crypto-v2';
import { describe, expect, it } from 'vitest';
import { hmacSm3, keyFingerprint, resolveAuditKey, sm3 } from './sm.ts';

describe('SM3 and HMAC-SM3', () => {
  it('gives the GB/T 32905-2016 example digests', () => {
    // Annex A.1 and A.2 of the standard.
    expect(sm3('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(sm3('abcd'.repeat(16))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
  });
  it('keys as the JavaScript library does (two implementations agree)', () => {
    const key = '0123456789abcdef'.repeat(4);
    for (const text of ['', 'abc', '审计记录\u001f第 1 条', 'x'.repeat(1000)])
      expect(hmacSm3(key, text)).toBe(librarySm3(text, { key }));
    expect(hmacSm3(key, 'abc')).not.toBe(hmacSm3(`1${key.slice(1)}`, 'abc'));
  });
});

describe('the audit key', () => {
  it('is generated once in the data directory (mode 600) and read back', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lz-key-'));
    const key = resolveAuditKey('', dir);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(fs.statSync(path.join(dir, 'audit.key')).mode & 0o777).toBe(0o600);
    expect(resolveAuditKey('', dir)).toBe(key);
    expect(resolveAuditKey('AB'.repeat(32), dir)).toBe('ab'.repeat(32));
    expect(keyFingerprint(key)).toHaveLength(16);
    fs.rmSync(dir, { recursive: true });
  });
});
