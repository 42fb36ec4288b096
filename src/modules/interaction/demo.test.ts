// The interaction demo: letters in every state over the past year, loaded once, a confidential
// report only the discipline staff can open, published replies on the public page, none of them
// anywhere near the 3-month veto.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { seedCalendarFromPackage } from '../../platform/calendar/index.ts';
import { seedDemoData } from '../org/index.ts';
import { loadInteractionDemoIfEmpty } from './demo.ts';
import { letters } from './interaction.table.ts';
import { vetoFigures } from './letters/veto.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-03-02T09:00:00+08:00',
    seed: async (ctx) => {
      await seedDemoData(ctx);
      await seedCalendarFromPackage(ctx);
    },
  });
});
afterAll(() => t.close());

describe('demo data', () => {
  it('loads once, with letters in every state and channel', async () => {
    expect(await loadInteractionDemoIfEmpty(t.ctx())).toBe(true);
    expect(await loadInteractionDemoIfEmpty(t.ctx())).toBe(false);
    const rows = await t.database.db.select().from(letters);
    const statuses = new Set(rows.map((r) => r.status));
    for (const s of ['received', 'assigned', 'drafted', 'office_review', 'answered', 'rejected', 'forwarded'])
      expect(statuses, s).toContain(s);
    expect(new Set(rows.map((r) => r.channel))).toEqual(new Set(['mailbox', 'report']));
    expect(rows.some((r) => r.published)).toBe(true);
    expect(rows.some((r) => r.rating === 'unsatisfied' && r.reopenCount === 1)).toBe(true);
    expect(rows.some((r) => r.dueAt && r.dueAt < t.clock.now() && r.status === 'assigned')).toBe(true);
    expect((await vetoFigures(t.ctx())).unanswered).toBe(0);
  });

  it('shows the report to the discipline staff only, and the published replies to everyone', async () => {
    const office = (await (await t.signIn('office')).get('/api/interaction/letters?pageSize=100')).json();
    const jijian = (await (await t.signIn('jijian')).get('/api/interaction/letters?pageSize=100')).json();
    expect(office.items.some((i: { channel: string }) => i.channel === 'report')).toBe(false);
    expect(jijian.items.map((i: { channel: string }) => i.channel)).toEqual(['report']);
    const page = await t.app.inject({ method: 'GET', url: '/letters', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('自家承包地里的杨树采伐需要办什么手续');
    expect(page.body).not.toContain('13903711234');
  });
});
