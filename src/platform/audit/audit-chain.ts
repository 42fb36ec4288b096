// How an audit record is bound into the chain. Since the keyed anchor (audit_chain_head.keyed_from)
// each record's hash is HMAC-SM3 under a key held outside the database (AUDIT_KEY or DATA_DIR/
// audit.key), over the previous hash and the record's fields: someone who can change the database
// but not read the key cannot recompute the chain after a change. Records before the anchor (written
// before the key existed) keep their plain SM3 hashes; the first keyed record's MAC covers the last
// plain hash, so they are bound too.
import type { Config } from '../../config.ts';
import { hmacSm3, resolveAuditKey, sm3 } from '../crypto/sm.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditRecordContent {
  seq: number;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  result: string;
  ip: string | null;
  requestId: string | null;
  detail: Record<string, unknown> | null;
}

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/** The previous hash and the record's content in a fixed field order: what is hashed or keyed. */
function recordText(prevHash: string, r: AuditRecordContent): string {
  return [
    prevHash,
    r.seq,
    r.at.toISOString(),
    r.actorId ?? '',
    r.actorName ?? '',
    r.action,
    r.objectType ?? '',
    r.objectId ?? '',
    r.result,
    r.ip ?? '',
    r.requestId ?? '',
    canonical(r.detail),
  ].join('\u001f');
}

/** Plain SM3: the hash of records before the keyed anchor. */
export function hashRecord(prevHash: string, r: AuditRecordContent): string {
  return sm3(recordText(prevHash, r));
}

/** HMAC-SM3 under the audit key: the hash of every record from the keyed anchor on. */
export function macRecord(key: string, prevHash: string, r: AuditRecordContent): string {
  return hmacSm3(key, recordText(prevHash, r));
}

/** The audit key of this installation (see resolveAuditKey). */
export function auditKeyOf(config: Pick<Config, 'AUDIT_KEY' | 'DATA_DIR'>): string {
  return resolveAuditKey(config.AUDIT_KEY, config.DATA_DIR);
}
