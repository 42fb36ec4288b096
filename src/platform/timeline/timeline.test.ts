// The timeline as the modules use it: events come back in the order they were appended (also
// within one instant), the public sees only public events and never a staff note, each event says
// who did it; the state guard names the current state and refuses before anything changes.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { inTransaction } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireState, stateGuard } from './state.ts';
import { appendEvent, lastEvent, listEvents, removeTimeline } from './timeline.service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

const letter = () => ({ type: 'test_letter', id: crypto.randomUUID() });

describe('appending and reading', () => {
  it('gives a subject’s events back in the order they were appended, also within one instant', async () => {
    const s = letter();
    const other = letter();
    await inTransaction(t.ctx(), async (tx) => {
      await appendEvent(tx, s, { kind: 'received', text: '已收到', visibility: 'public' });
      // Another subject's event in between belongs to that subject only.
      await appendEvent(tx, other, { kind: 'received', text: '已收到' });
      await appendEvent(
        tx,
        s,
        { kind: 'assigned', text: '已交办', staffNote: '请资源处三日内办结' },
        { kind: 'replied', text: '已答复', visibility: 'public', note: '已于3月5日电话答复' },
      );
    });
    const events = await listEvents(t.ctx(), s);
    expect(events.map((e) => e.kind)).toEqual(['received', 'assigned', 'replied']);
    // All three at the clock's instant, in the order appended.
    expect(new Set(events.map((e) => e.at.toISOString()))).toEqual(new Set(['2026-03-02T01:00:00.000Z']));
    expect(events[1]).toMatchObject({ visibility: 'staff', staffNote: '请资源处三日内办结', note: null });
    expect((await listEvents(t.ctx(), other)).map((e) => e.text)).toEqual(['已收到']);
  });

  it('gives the public reader only the public events', async () => {
    const s = letter();
    await appendEvent(
      t.ctx(),
      s,
      { kind: 'received', text: '已收到', visibility: 'public', staffNote: '来信人情绪激动' },
      { kind: 'assigned', text: '已交办' },
    );
    const seen = await listEvents(t.ctx(), s, { publicOnly: true });
    expect(seen.map((e) => e.text)).toEqual(['已收到']);
    expect(seen[0].visibility).toBe('public');
  });

  it('says who did it: the person’s name, or 系统 for a job', async () => {
    const s = letter();
    const window = {
      ...t.ctx(),
      actor: { ...t.ctx().actor, kind: 'staff' as const, id: crypto.randomUUID(), displayName: '何丽娟' },
    };
    await appendEvent(window, s, { kind: 'accepted', text: '已受理' });
    await appendEvent(t.ctx(), s, { kind: 'reminded', text: '已提醒' });
    const events = await listEvents(t.ctx(), s);
    expect(events.map((e) => [e.actorName, e.actorId === window.actor.id])).toEqual([
      ['何丽娟', true],
      ['系统', false],
    ]);
  });

  it('finds the latest event of some kinds, and removes a subject’s timeline with the subject', async () => {
    const s = letter();
    await appendEvent(
      t.ctx(),
      s,
      { kind: 'submit', text: '送审', data: { edition: 1 } },
      { kind: 'reject', text: '退回修改' },
      { kind: 'submit', text: '送审', data: { edition: 2 } },
    );
    expect((await lastEvent(t.ctx(), s, ['submit']))?.data).toEqual({ edition: 2 });
    expect(await lastEvent(t.ctx(), s, ['approve'])).toBeUndefined();
    await removeTimeline(t.ctx(), s);
    expect(await listEvents(t.ctx(), s)).toEqual([]);
  });

  it('writes nothing when the change it records rolls back', async () => {
    const s = letter();
    await expect(
      inTransaction(t.ctx(), async (tx) => {
        await appendEvent(tx, s, { kind: 'accepted', text: '已受理' });
        throw new Error('回滚');
      }),
    ).rejects.toThrow('回滚');
    expect(await listEvents(t.ctx(), s)).toEqual([]);
  });
});

describe('the state guard', () => {
  const LABELS = { submitted: '已提交', accepted: '已受理', closed: '已办结' } as const;
  type S = keyof typeof LABELS;

  it('lets an allowed state through', () => {
    expect(() => requireState<S>({ status: 'submitted' }, ['submitted'], '受理', LABELS)).not.toThrow();
  });

  it('refuses with STATE_CONFLICT (409), naming the current state in Chinese', () => {
    const guard = stateGuard<S>(LABELS);
    let caught: unknown;
    try {
      guard({ status: 'accepted' }, ['submitted'], '撤回');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(AppError);
    const e = caught as AppError;
    expect([e.code, e.status, e.message]).toEqual(['STATE_CONFLICT', 409, '当前状态为「已受理」，不能撤回']);
    expect(e.extra).toEqual({ state: 'accepted', stateLabel: '已受理', allowed: ['submitted'] });
  });
});
