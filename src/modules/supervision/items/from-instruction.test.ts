// A leader's instruction on a bulletin (information work's domain event) opens a supervision item
// in the publisher's transaction, and answers with the item: the link both ways (rollback with the
// publisher is the platform's, src/platform/events/events.test.ts).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.ts';
import { seedCalendarFromPackage } from '../../../platform/calendar/index.ts';
import { inTransaction } from '../../../platform/context.ts';
import { publishEvent } from '../../../platform/events/index.ts';
import { INSTRUCTION_RECORDED } from '../../info/index.ts';
import { seedDemoData } from '../../org/index.ts';
import { unitIdOf } from '../supervision.factories.ts';
import { getItem } from './read-items.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-09-28T10:00:00+08:00',
    seed: async (ctx) => {
      await seedCalendarFromPackage(ctx);
      await seedDemoData(ctx);
    },
  });
});
afterAll(() => t.close());

const payload = async () => ({
  instructionId: '00000000-0000-4000-8000-000000000001',
  bulletinId: '00000000-0000-4000-8000-000000000002',
  bulletinNumber: '2026年第5期',
  publication: '林业信息专报',
  itemId: '00000000-0000-4000-8000-000000000003',
  title: '郑州市林业局推进森林防火网格化管理',
  unitId: await unitIdOf(t.ctx(), 'C410100'),
  leaderName: '周国栋',
  leaderTitle: '局长',
  instructedAt: '2026-09-28T02:00:00.000Z',
  text: '请督查室跟踪落实，总结经验在全省推广。',
  link: '/admin/info/bulletins/00000000-0000-4000-8000-000000000002',
});

it('opens an instruction item led by the submitting unit, with the director as instructing leader', async () => {
  const office = await t.ctxAs('office');
  const event = await payload();
  const answers = await inTransaction(office, (tx) => publishEvent(tx, INSTRUCTION_RECORDED, event));
  expect(answers.map((a) => a.owner)).toEqual(['supervision']);
  const answer = answers[0].result as { supervisionItemId: string; number: string };
  expect(answer.number).toMatch(/^督字〔2026〕\d+号$/);
  const item = await getItem(office, answer.supervisionItemId);
  expect(item).toMatchObject({
    source: 'instruction',
    status: 'handling',
    instructingLeaderName: '周国栋',
    leadUnitName: '郑州市林业局',
    bulletinId: event.bulletinId,
    sourceText: '请督查室跟踪落实，总结经验在全省推广。',
    // One calendar month from 2026-09-28.
    dueDay: '2026-10-28',
  });
  expect(item.title).toContain('《林业信息专报》2026年第5期');
  expect(item.timeline[0].note).toContain('由政务信息《林业信息专报》2026年第5期上的领导批示转立');
});
