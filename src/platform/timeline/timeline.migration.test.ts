// The migrations that move the modules' own event tables onto the timeline keep every event: the
// workbench shows an article's and a case's steps as before, the tracking page the same public steps,
// and new events come after the old ones.
// The old table is recreated as it was and filled, then the migration's own SQL is run.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { seedDemoData } from '../../modules/org/index.ts';
import { getArticle, makeArticles, makeColumns } from '../../modules/portal/index.ts';
import { listCaseEvents } from '../../modules/services/case-timeline.ts';
import { fromRoot } from '../../paths.ts';

let t: TestApp;
let articleId: string;
beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-03-02T09:00:00+08:00',
    seed: async (ctx) => {
      await seedDemoData(ctx);
      const tree = await makeColumns(ctx, [{ code: 'hq', name: '林业要闻', unit: 'HNLY-XXZX' }]);
      [articleId] = await makeArticles(ctx, [
        { column: tree.column('hq'), title: '春季造林', status: 'draft' },
      ]);
    },
  });
});
afterAll(() => t.close());

/** The statements of a committed migration, as migrate runs them. */
const statements = (file: string) =>
  fs
    .readFileSync(fromRoot('drizzle', file), 'utf8')
    .split('--> statement-breakpoint')
    .map((s) => s.trim())
    .filter(Boolean);

describe('0025: portal article events onto the timeline', () => {
  it('keeps each step, its label, comment, edition and review step, in order', async () => {
    const q = (text: string, params?: unknown[]) => t.database.query(text, params);
    // As the article's timeline stood before: only in the portal's own table.
    await q(`delete from timeline_events where subject_id = $1`, [articleId]);
    await q(`create table portal_article_events (
      id uuid primary key default gen_random_uuid(), seq bigserial not null,
      article_id uuid not null references portal_articles(id) on delete cascade,
      action text not null, edition integer not null, step integer, comment text,
      actor_id uuid, actor_name text, at timestamptz not null)`);
    const step = (
      seq: number,
      action: string,
      edition: number,
      at: string,
      extra: Array<string | null> = [],
    ) =>
      q(
        `insert into portal_article_events (seq, article_id, action, edition, step, comment, actor_name, at)
         values ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [seq, articleId, action, edition, extra[0] ?? null, extra[1] ?? null, extra[2] ?? '杨帆', at],
      );
    await step(1001, 'create', 1, '2026-02-26T01:00:00Z');
    await step(1002, 'submit', 1, '2026-02-26T02:00:00Z');
    await step(1003, 'reject', 1, '2026-02-26T03:00:00Z', ['1', '请补充造林面积', '赵晓燕']);
    await step(1004, 'edit', 2, '2026-02-26T03:00:00Z', [null, '补充面积']);
    await step(1005, 'submit', 2, '2026-02-26T04:00:00Z');
    await step(1006, 'approve', 2, '2026-02-26T05:00:00Z', ['1', '同意', '赵晓燕']);

    for (const statement of statements('0025_portal-article-events-into-timeline.sql')) await q(statement);

    const events = (await getArticle(t.ctx(), articleId)).events.map((e) => [
      e.action,
      e.label,
      e.edition,
      e.step,
      e.comment,
      e.actorName,
      e.at,
    ]);
    expect(events).toEqual([
      ['create', '新建', 1, null, null, '杨帆', '2026-02-26T01:00:00.000Z'],
      ['submit', '送审', 1, null, null, '杨帆', '2026-02-26T02:00:00.000Z'],
      ['reject', '退回修改', 1, 1, '请补充造林面积', '赵晓燕', '2026-02-26T03:00:00.000Z'],
      ['edit', '修改', 2, null, '补充面积', '杨帆', '2026-02-26T03:00:00.000Z'],
      ['submit', '送审', 2, null, null, '杨帆', '2026-02-26T04:00:00.000Z'],
      ['approve', '审核通过', 2, 1, '同意', '赵晓燕', '2026-02-26T05:00:00.000Z'],
    ]);
    // The old table is gone; the next event is numbered after the migrated ones.
    const [{ exists }] = await t.database.query<{ exists: boolean }>(
      `select to_regclass('portal_article_events') is not null as exists`,
    );
    expect(exists).toBe(false);
    const [{ next }] = await t.database.query<{ next: string }>(
      `insert into timeline_events (subject_type, subject_id, at, kind, visibility, text)
       values ('test', gen_random_uuid(), now(), 'x', 'staff', 'x') returning seq::text as next`,
    );
    expect(Number(next)).toBeGreaterThan(1006);
  });
});

describe('0026: service case events onto the timeline', () => {
  it('keeps each case’s steps in order, what the applicant reads and what stays with staff', async () => {
    const q = (text: string, params?: unknown[]) => t.database.query(text, params);
    await q(`create table service_case_events (
      id uuid primary key default gen_random_uuid(), case_id uuid not null, seq integer not null,
      at timestamptz not null, kind text not null, title text not null, public_note text,
      internal_note text, actor_id uuid, actor_name text, visible boolean not null default true,
      detail jsonb)`);
    const [a, b] = ['6f1d3c2e-0000-4000-8000-00000000000a', '6f1d3c2e-0000-4000-8000-00000000000b'];
    const step = (
      caseId: string,
      seq: number,
      kind: string,
      title: string,
      extra: { pub?: string; internal?: string; visible?: boolean; detail?: object; at: string },
    ) =>
      q(
        `insert into service_case_events (case_id, seq, at, kind, title, public_note, internal_note, actor_name, visible, detail)
         values ($1, $2, $3, $4, $5, $6, $7, '何丽娟', $8, $9)`,
        [
          caseId,
          seq,
          extra.at,
          kind,
          title,
          extra.pub ?? null,
          extra.internal ?? null,
          extra.visible ?? true,
          extra.detail ? JSON.stringify(extra.detail) : null,
        ],
      );
    // Case b's steps were written between a's; each case's order is by its own numbers.
    await step(a, 1, 'submitted', '网上提交申请', {
      pub: '申请已收到',
      detail: { materials: 3 },
      at: '2026-02-02T01:00:00Z',
    });
    await step(b, 1, 'submitted_counter', '窗口收件', { at: '2026-02-02T02:00:00Z' });
    await step(a, 3, 'accepted', '已受理', { pub: '法定办理期限20个工作日', at: '2026-02-03T01:00:00Z' });
    await step(a, 2, 'note', '内部核对', {
      internal: '电话核实了申请人身份',
      visible: false,
      at: '2026-02-03T01:00:00Z',
    });

    const before = await q(`select max(seq)::int as m from timeline_events`);
    for (const statement of statements('0026_service-case-events-into-timeline.sql')) await q(statement);

    const staffView = (await listCaseEvents(t.ctx(), a)).map((e) => [
      e.kind,
      e.text,
      e.note,
      e.staffNote,
      e.visibility,
      e.data,
    ]);
    expect(staffView).toEqual([
      ['submitted', '网上提交申请', '申请已收到', null, 'public', { materials: 3 }],
      ['note', '内部核对', null, '电话核实了申请人身份', 'staff', null],
      ['accepted', '已受理', '法定办理期限20个工作日', null, 'public', null],
    ]);
    // The tracking page's steps: the public ones, with their public notes.
    expect((await listCaseEvents(t.ctx(), a, { publicOnly: true })).map((e) => [e.text, e.note])).toEqual([
      ['网上提交申请', '申请已收到'],
      ['已受理', '法定办理期限20个工作日'],
    ]);
    expect((await listCaseEvents(t.ctx(), b)).map((e) => [e.kind, e.actorName])).toEqual([
      ['submitted_counter', '何丽娟'],
    ]);
    // Numbered after what the timeline already held.
    const seqs = await q(
      `select seq::int as seq from timeline_events where subject_type = 'service_case' order by seq`,
    );
    const floor = (before[0] as { m: number | null }).m ?? 0;
    expect((seqs as Array<{ seq: number }>).every((r) => r.seq > floor)).toBe(true);
    const [{ exists }] = await t.database.query<{ exists: boolean }>(
      `select to_regclass('service_case_events') is not null as exists`,
    );
    expect(exists).toBe(false);
  });
});
