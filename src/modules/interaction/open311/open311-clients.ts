// Open311 clients (第三方接口客户端: a city's 12345 hotline system, a mobile app): the security
// administrator issues each an api_key, shown once (only its keyed digest is kept), and may revoke
// it. A request to the interface names its key; a revoked or unknown key is refused.
import crypto from 'node:crypto';
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { validationError } from '../../../platform/errors.ts';
import { interactionError } from '../interaction.errors.ts';
import {
  findOpen311ClientByKeyHash,
  findOpen311ClientForUpdate,
  insertOpen311Client,
  listOpen311ClientRows,
  type Open311ClientRow,
  touchOpen311Client,
  updateOpen311Client,
} from './open311.repository.ts';

export const OPEN311_PERMISSION = 'security:open311';

export const keyHashOf = (ctx: Ctx, key: string) => ctx.deps.cipher.mac(`open311-key:${key}`);

export interface Open311ClientView {
  id: string;
  name: string;
  contact: string;
  keyPrefix: string;
  active: boolean;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export function presentClient(row: Open311ClientRow): Open311ClientView {
  return {
    id: row.id,
    name: row.name,
    contact: row.contact,
    keyPrefix: row.keyPrefix,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}

export async function listOpen311Clients(ctx: Ctx): Promise<Open311ClientView[]> {
  requirePermission(ctx.actor, OPEN311_PERMISSION);
  return (await listOpen311ClientRows(ctx.db)).map(presentClient);
}

const field = (v: unknown, name: string, label: string, max: number): string => {
  const s = typeof v === 'string' ? v.trim() : '';
  if (!s) throw validationError(name, `请填写${label}`);
  if (s.length > max) throw validationError(name, `${label}最多 ${max} 个字，现有 ${s.length} 个字`);
  return s;
};

/** 签发密钥: the key is returned this once. */
export async function issueOpen311Client(
  ctx: Ctx,
  input: { name?: string; contact?: string },
): Promise<Open311ClientView & { apiKey: string }> {
  requirePermission(ctx.actor, OPEN311_PERMISSION);
  const name = field(input.name, 'name', '客户端名称', 60);
  const contact = field(input.contact, 'contact', '对接联系人及电话', 100);
  const apiKey = `lz311_${crypto.randomBytes(20).toString('hex')}`;
  return inTransaction(ctx, async (tx) => {
    const row = await insertOpen311Client(tx.db, {
      name,
      contact,
      keyHash: keyHashOf(tx, apiKey),
      keyPrefix: apiKey.slice(0, 10),
      createdBy: tx.actor.id,
      createdAt: tx.now,
    });
    // The key never reaches the audit log: the client and the key's first characters only.
    await recordAudit(tx, {
      action: 'interaction.open311.issue',
      objectType: 'interaction_open311_client',
      objectId: row.id,
      detail: { name, keyPrefix: row.keyPrefix },
    });
    return { ...presentClient(row), apiKey };
  });
}

/** 吊销密钥: from now on the key is refused. */
export async function revokeOpen311Client(ctx: Ctx, id: string): Promise<Open311ClientView> {
  requirePermission(ctx.actor, OPEN311_PERMISSION);
  return inTransaction(ctx, async (tx) => {
    const row = await findOpen311ClientForUpdate(tx.db, id);
    if (!row) throw interactionError('OPEN311_CLIENT_NOT_FOUND');
    if (!row.active) throw interactionError('OPEN311_CLIENT_REVOKED');
    const updated = await updateOpen311Client(tx.db, id, { active: false, revokedAt: tx.now });
    await recordAudit(tx, {
      action: 'interaction.open311.revoke',
      objectType: 'interaction_open311_client',
      objectId: id,
      detail: { name: row.name, keyPrefix: row.keyPrefix },
    });
    return presentClient(updated);
  });
}

/** The active client a key belongs to, or null; notes when it was last used. */
export async function clientOfKey(ctx: Ctx, key: unknown): Promise<Open311ClientRow | null> {
  if (typeof key !== 'string' || !/^lz311_[0-9a-f]{40}$/.test(key)) return null;
  const row = await findOpen311ClientByKeyHash(ctx.db, keyHashOf(ctx, key));
  if (!row?.active) return null;
  await touchOpen311Client(ctx.db, row.id, ctx.now);
  return row;
}
