// Writes that arrive together are committed together, yet each keeps its own rows, its own audit
// record under its own actor, and its own outcome.
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createAccount } from '../access/access.factories.ts';
import type { AuditAction } from '../audit/actions.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { auditLog } from '../audit/audit.table.ts';
import { type Ctx, inTransaction } from '../context.ts';
import { storedFiles } from '../files/files.table.ts';
import { insertAll } from './bulk-insert.ts';
import { groupCommit } from './group-commit.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({
    seed: async (ctx) => {
      await createAccount(ctx.db, ctx.deps.cipher, { username: 'alice', unitId: null }, ctx.now);
    },
  });
});
afterAll(() => t.close());

/** A stored_files row; a null name breaks the NOT NULL constraint (a write that fails). */
function row(name: string | null) {
  return {
    id: crypto.randomUUID(),
    driver: 'local',
    storageKey: `test/${crypto.randomUUID()}`,
    fileName: name as string,
    contentType: 'text/plain',
    sizeBytes: 1,
    sha256: '00',
    ownerAccountId: null,
    purpose: 'test.group',
    createdAt: new Date('2026-11-27T00:00:00Z'),
  };
}

let transactions = 0;
const write = groupCommit<string | null, string>({
  maxGroup: 4,
  async write(tx, members) {
    transactions++;
    const rows = members.map((m) => row(m.input));
    await insertAll(tx.db, storedFiles, rows);
    for (const [i, m] of members.entries())
      await recordAudit(m.ctx, {
        action: 'test.group' as AuditAction,
        objectType: 'stored_file',
        objectId: rows[i].id,
      });
    return rows.map((r) => r.id);
  },
});

const namesOf = async (ids: string[]) =>
  (await t.database.db.select().from(storedFiles).where(inArray(storedFiles.id, ids))).map((r) => r.fileName);

describe('groupCommit', () => {
  it('writes ten concurrent calls in groups of at most four, each getting its own result', async () => {
    transactions = 0;
    const names = Array.from({ length: 10 }, (_, i) => `g${i}`);
    const ids = await Promise.all(names.map((n) => write(t.ctx(), n)));
    // Ten calls in one turn: the first group takes four, then four, then two.
    expect(transactions).toBe(3);
    expect(new Set(ids).size).toBe(10);
    for (const [i, id] of ids.entries()) expect(await namesOf([id])).toEqual([names[i]]);
  });

  it('records each member under its own actor', async () => {
    const alice = await t.ctxAs('alice');
    const [a, b] = await Promise.all([write(alice, 'by-alice'), write(t.ctx(), 'by-system')]);
    const records = await t.database.db
      .select()
      .from(auditLog)
      .where(inArray(auditLog.objectId, [a, b]));
    const who = Object.fromEntries(records.map((r) => [r.objectId, r.actorName]));
    expect(who).toEqual({ [a]: 'alice', [b]: 'system' });
  });

  it('fails only the member that fails: the others of its group are written alone', async () => {
    transactions = 0;
    const outcomes = await Promise.allSettled(['ok-1', null, 'ok-2', 'ok-3'].map((n) => write(t.ctx(), n)));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const ids = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    expect((await namesOf(ids)).sort()).toEqual(['ok-1', 'ok-2', 'ok-3']);
    // The failed group, then each of the four alone.
    expect(transactions).toBe(5);
    // Nothing of the failed group's first attempt is left: three rows of these names in all.
    const all = await t.database.db
      .select()
      .from(storedFiles)
      .where(inArray(storedFiles.fileName, ['ok-1', 'ok-2', 'ok-3']));
    expect(all).toHaveLength(3);
  });

  it("inside the caller's transaction, writes there and rolls back with it", async () => {
    let id = '';
    await expect(
      inTransaction(t.ctx(), async (tx: Ctx) => {
        id = await write(tx, 'rolled-back');
        expect(await tx.db.select().from(storedFiles).where(eq(storedFiles.id, id))).toHaveLength(1);
        throw new Error('the caller changes its mind');
      }),
    ).rejects.toThrow('the caller changes its mind');
    expect(await namesOf([id])).toEqual([]);
  });
});
