// Checkpoints of the chain's head (链尾检查点): once a day (AUDIT_CHECKPOINT_HOURS) the head's seq and
// hash, the keyed anchor and the time, keyed with the audit key, go to the log and to a file outside
// the database (AUDIT_CHECKPOINT_FILE, one JSON line each, appended and fsynced). Whoever rewrites the
// database — even moving the keyed anchor and recomputing a plain chain — cannot rewrite these, and
// verification compares the database with every checkpoint it finds.
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.ts';
import type { Ctx } from '../context.ts';
import { hmacSm3, sameDigest } from '../crypto/sm.ts';
import type { Job, Log } from '../jobs/jobs.ts';
import { auditKeyOf } from './audit-chain.ts';

export const CHECKPOINT_JOB = 'audit-checkpoint';

export interface Checkpoint {
  seq: number;
  hash: string;
  /** The first record keyed with HMAC-SM3 (the anchor). */
  keyedFrom: number;
  at: string;
  mac: string;
}

function checkpointText(c: Omit<Checkpoint, 'mac'>): string {
  return ['checkpoint', c.seq, c.hash, c.keyedFrom, c.at].join('\u001f');
}

export interface CheckpointFile {
  /** Checkpoints whose MAC holds under this installation's key, in the order written. */
  valid: Checkpoint[];
  /** Line numbers (from 1) that are not a checkpoint of this key: changed, or another key's. */
  bad: number[];
}

export function readCheckpoints(file: string, key: string): CheckpointFile {
  const out: CheckpointFile = { valid: [], bad: [] };
  if (!fs.existsSync(file)) return out;
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const c = JSON.parse(line) as Checkpoint;
      const ok =
        Number.isSafeInteger(c.seq) &&
        Number.isSafeInteger(c.keyedFrom) &&
        typeof c.hash === 'string' &&
        typeof c.at === 'string' &&
        typeof c.mac === 'string' &&
        sameDigest(c.mac, hmacSm3(key, checkpointText(c)));
      if (ok) out.valid.push({ seq: c.seq, hash: c.hash, keyedFrom: c.keyedFrom, at: c.at, mac: c.mac });
      else out.bad.push(i + 1);
    } catch {
      out.bad.push(i + 1);
    }
  });
  return out;
}

/** The head as it stands now (no lock: a committed snapshot), or null before the first record. */
export async function readHead(ctx: Ctx): Promise<{ seq: number; hash: string; keyedFrom: number } | null> {
  const rows = await ctx.database.query<{ seq: string; hash: string; keyed_from: string }>(
    'select seq, hash, keyed_from from audit_chain_head where id = 1',
  );
  const row = rows[0];
  return row ? { seq: Number(row.seq), hash: row.hash, keyedFrom: Number(row.keyed_from) } : null;
}

/** Appends a checkpoint of the current head to the file (fsynced) and the log. */
export async function writeCheckpoint(ctx: Ctx, log: Log): Promise<Checkpoint | null> {
  const head = await readHead(ctx);
  if (!head) return null;
  const config = ctx.deps.config;
  const body = { seq: head.seq, hash: head.hash, keyedFrom: head.keyedFrom, at: ctx.now.toISOString() };
  const checkpoint: Checkpoint = { ...body, mac: hmacSm3(auditKeyOf(config), checkpointText(body)) };
  appendLine(config.AUDIT_CHECKPOINT_FILE, JSON.stringify(checkpoint));
  log.info({ auditCheckpoint: checkpoint }, `审计链尾检查点：第 ${head.seq} 条，${head.hash.slice(0, 16)}…`);
  return checkpoint;
}

function appendLine(file: string, line: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'a', 0o600);
  try {
    fs.writeSync(fd, `${line}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Whether a checkpoint is due: none yet for this key, or the last one AUDIT_CHECKPOINT_HOURS old. */
export function checkpointDue(config: Config, now: Date): boolean {
  const { valid } = readCheckpoints(config.AUDIT_CHECKPOINT_FILE, auditKeyOf(config));
  const last = valid.at(-1);
  return !last || now.getTime() - Date.parse(last.at) >= config.AUDIT_CHECKPOINT_HOURS * 3_600_000;
}

// Checked hourly, written when due: the first run, five seconds after start, writes one at once when
// the file has none (a new installation, or the first start after the keyed chain's migration).
// A job of the audit module (audit.routes.ts).
export const checkpointJob: Job = {
  name: CHECKPOINT_JOB,
  lockId: 7_201_020,
  everyMs: 3_600_000,
  run: async (ctx, { log }) => {
    if (checkpointDue(ctx.deps.config, ctx.now)) await writeCheckpoint(ctx, log);
  },
};
