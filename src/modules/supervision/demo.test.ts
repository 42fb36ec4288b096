// The demo's supervision data: 3 key tasks split into 9 sub-tasks with targets, and 20 instruction
// items in every state — 2 awaiting assignment, in hand (some near or past their deadline),
// awaiting review and sign-off, closed on time and late, one reopened, one extended — all through the use cases.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { seedCalendarFromPackage } from '../../platform/calendar/index.ts';
import { seedDemoData } from '../org/index.ts';
import { loadSupervisionDemo } from './demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-12-07T09:00:00+08:00',
    seed: async (ctx) => {
      await seedCalendarFromPackage(ctx);
      await seedDemoData(ctx);
      await loadSupervisionDemo(ctx);
    },
  });
});
afterAll(() => t.close());

it('loads key tasks with sub-tasks and 20 instructions in every state, numbered without a gap', async () => {
  const parents = await t.database.query<{ n: number }>(
    "select count(*)::int as n from supervision_items where parent_id is null and source in ('key_task', 'work_report')",
  );
  expect(parents[0].n).toBe(3);
  const subs = await t.database.query<{ n: number }>(
    'select count(*)::int as n from supervision_items where parent_id is not null',
  );
  expect(subs[0].n).toBe(9);
  const states = await t.database.query<{ status: string; n: number }>(
    `select status, count(*)::int as n from supervision_items
      where parent_id is null and source not in ('key_task', 'work_report') group by status order by status`,
  );
  // 2 registered; handling: 6 in hand + 3 with progress only + 1 reopened = 10; 2 closure_review;
  // 2 signoff; closed: 3 on time + 1 late = 4.
  expect(states).toEqual([
    { status: 'closed', n: 4 },
    { status: 'closure_review', n: 2 },
    { status: 'handling', n: 10 },
    { status: 'registered', n: 2 },
    { status: 'signoff', n: 2 },
  ]);
  const late = await t.database.query<{ n: number }>(
    'select count(*)::int as n from supervision_items where closed_on_time is false',
  );
  expect(late[0].n).toBe(1);
  const reopened = await t.database.query<{ n: number }>(
    'select count(*)::int as n from supervision_items where reopened_count = 1',
  );
  expect(reopened[0].n).toBe(1);
  const extended = await t.database.query<{ n: number; approved: number }>(
    `select count(*)::int as n,
            (select count(*)::int from supervision_extensions where status = 'approved') as approved
       from supervision_items where extension_count = 1`,
  );
  expect(extended[0]).toEqual({ n: 1, approved: 1 });
  const serials = await t.database.query<{ n: number; top: number }>(
    'select count(*)::int as n, max(serial)::int as top from supervision_items',
  );
  expect(serials[0].top).toBe(serials[0].n);
  const overdue = await t.database.query<{ n: number }>(
    "select count(*)::int as n from supervision_items where status <> 'closed' and due_day < '2026-12-07'",
  );
  expect(overdue[0].n).toBeGreaterThan(0);
});
