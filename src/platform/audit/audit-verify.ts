// Verification of the audit chain: every record's hash (plain SM3 before the keyed anchor, HMAC-SM3
// from it on) and link, the head, and every checkpoint kept outside the database. It names the first
// thing that does not hold.
import { asc, sql } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { auditLog } from './audit.table.ts';
import { auditKeyOf, hashRecord, macRecord } from './audit-chain.ts';
import { type Checkpoint, readCheckpoints, readHead } from './audit-checkpoint.ts';

export interface VerifyResult {
  ok: boolean;
  checked: number;
  /** The first record (or, with seq null, the checkpoint file) that does not hold. */
  firstBroken: { seq: number | null; reason: string } | null;
  /** The first record keyed with HMAC-SM3; records before it carry plain SM3 hashes. */
  keyedFrom: number | null;
  checkpoints: { found: number; latest: { seq: number; at: string } | null };
}

const broken = (
  base: Omit<VerifyResult, 'ok' | 'firstBroken'>,
  seq: number | null,
  reason: string,
): VerifyResult => ({ ...base, ok: false, firstBroken: { seq, reason } });

const when = (c: Checkpoint) =>
  new Date(Date.parse(c.at) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

export async function verifyChain(ctx: Ctx): Promise<VerifyResult> {
  const config = ctx.deps.config;
  const key = auditKeyOf(config);
  const head = await readHead(ctx);
  const keyedFrom = head?.keyedFrom ?? 1;
  const file = readCheckpoints(config.AUDIT_CHECKPOINT_FILE, key);
  const latest = file.valid.at(-1) ?? null;
  const base = {
    checked: 0,
    keyedFrom: head ? keyedFrom : null,
    checkpoints: { found: file.valid.length, latest: latest && { seq: latest.seq, at: latest.at } },
  };
  if (file.bad.length)
    return broken(
      base,
      null,
      `链尾检查点文件 ${config.AUDIT_CHECKPOINT_FILE} 第 ${file.bad.join('、')} 行的校验码不符（被改动，或不是本系统的密钥所写）`,
    );
  // The anchor as the checkpoints saw it: moving it (to pass keyed records off as plain ones) shows here.
  const anchored = file.valid.find((c) => c.keyedFrom !== keyedFrom);
  if (anchored)
    return broken(
      base,
      Math.min(anchored.keyedFrom, keyedFrom),
      `带密钥校验的起点被改动：${when(anchored)} 的检查点记为第 ${anchored.keyedFrom} 条，数据库中为第 ${keyedFrom} 条`,
    );
  const bySeq = new Map(file.valid.map((c) => [c.seq, c]));

  let prevHash = '';
  let expectedSeq = 0;
  let checked = 0;
  const batch = 2000;
  for (;;) {
    const rows = await ctx.db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.seq} > ${expectedSeq}`)
      .orderBy(asc(auditLog.seq))
      .limit(batch);
    for (const row of rows) {
      const at = { ...base, checked };
      // The chain starts at the first retained record once old ones are purged.
      if (checked === 0) prevHash = row.prevHash;
      else if (row.seq !== expectedSeq + 1) return broken(at, row.seq, `缺少第 ${expectedSeq + 1} 条记录`);
      if (row.prevHash !== prevHash) return broken(at, row.seq, '与前一条记录的链接不符');
      const content = { ...row, detail: row.detail ?? null };
      const hash = row.seq >= keyedFrom ? macRecord(key, prevHash, content) : hashRecord(prevHash, content);
      if (hash !== row.hash)
        return broken(
          at,
          row.seq,
          row.seq >= keyedFrom ? '记录内容已被改动（带密钥的校验码不符）' : '记录内容已被改动',
        );
      const checkpoint = bySeq.get(row.seq);
      if (checkpoint && checkpoint.hash !== row.hash)
        return broken(at, row.seq, `与 ${when(checkpoint)} 的链尾检查点不符：该条记录之后的链已被重算`);
      prevHash = row.hash;
      expectedSeq = row.seq;
      checked++;
    }
    if (rows.length < batch) break;
  }
  const done = { ...base, checked };
  const beyond = file.valid.find((c) => c.seq > expectedSeq);
  if (beyond)
    return broken(
      done,
      expectedSeq + 1,
      `${when(beyond)} 的检查点记到第 ${beyond.seq} 条，数据库只到第 ${expectedSeq} 条：记录被删除或数据库被回退`,
    );
  if (head && checked > 0 && (head.seq !== expectedSeq || head.hash !== prevHash))
    return broken(done, head.seq, '链尾（audit_chain_head）与最后一条记录不符');
  return { ...done, ok: true, firstBroken: null };
}
