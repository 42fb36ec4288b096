// A clock started while the calendar is being edited gets its due date from the calendar the edit
// commits, never from the one it replaces; an edit waits for clocks being started. Two connections
// are needed, so this runs on PostgreSQL (`npm run test:pg`); PGlite has one connection and no race.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import type { Ctx } from '../context.ts';
import { lockCalendarForEdit } from './calendar.repository.ts';
import { seedCalendarFromPackage } from './calendar.service.ts';
import { calendarDays } from './calendar.table.ts';
import { startClock } from './clocks.service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-11-23T09:00:00+08:00',
    seed: async (ctx) => {
      await seedCalendarFromPackage(ctx);
    },
  });
});
afterAll(() => t.close());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const start = (ctx: Ctx, subjectId: string) =>
  startClock(ctx, {
    subjectType: 'lock-test',
    subjectId,
    label: '日历锁测试',
    // Monday 23 November 2026 + 3 working days = Thursday 26 November, unless a day becomes a holiday.
    startedAt: new Date('2026-11-23T09:00:00+08:00'),
    limit: { value: 3, unit: 'workdays' },
  });
const dayOf = (d: Date | null) => d?.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

describe.skipIf(!process.env.TEST_DATABASE_URL)('the calendar lock (PostgreSQL)', () => {
  it('a clock started during an edit waits for it, then counts the day the edit made a holiday', async () => {
    // An edit that has begun (version row updated) and declares Tuesday 24 November a holiday.
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    const edit = t.database.transaction(async (db) => {
      await lockCalendarForEdit(db);
      await db.insert(calendarDays).values({ day: '2026-11-24', kind: 'holiday', name: '测试假日' });
      await held;
    });
    await sleep(200);
    let done = false;
    const clock = start(t.ctx(), 'during-edit').then((c) => {
      done = true;
      return c;
    });
    await sleep(300);
    expect(done).toBe(false); // waiting for the edit
    release();
    await edit;
    // Mon 23 → Wed 25 (1), Thu 26 (2), Fri 27 (3): the edit's holiday counted.
    expect(dayOf((await clock).dueAt)).toBe('2026-11-27');
  });

  it('an edit waits for a clock being started, and the clock keeps the calendar it began with', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    let due: Date | null = null;
    const starting = t.database.transaction(async (db) => {
      const c = await start({ ...t.ctx(), db, beforeCommit: [] }, 'before-edit');
      due = c.dueAt;
      await held;
    });
    await sleep(200);
    let edited = false;
    const edit = t.database
      .transaction(async (db) => {
        await lockCalendarForEdit(db);
        await db.delete(calendarDays).where(sql`day = '2026-11-24'`);
      })
      .then(() => {
        edited = true;
      });
    await sleep(300);
    expect(edited).toBe(false); // waiting for the clock's transaction
    release();
    await Promise.all([starting, edit]);
    expect(dayOf(due)).toBe('2026-11-27'); // computed with the holiday, before the edit removed it
  });
});
