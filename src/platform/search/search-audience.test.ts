// Sources of other modules, registered without the portal: every hit carries its source's type,
// the type filter narrows to one source, and a staff-only document is found only by staff holding
// its source's permission — on PGlite and PostgreSQL alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { type Actor, ANONYMOUS, type Ctx } from '../context.ts';
import {
  defineSearchSource,
  indexSearchDocuments,
  registerSearchSource,
  type SearchInput,
  searchSite,
} from './search.service.ts';

const LETTERS = defineSearchSource({ name: 'letters', label: '公众来信', staffPermission: 'letters:read' });
const LAWS = defineSearchSource({ name: 'laws', label: '政策法规' });
registerSearchSource(LETTERS);
registerSearchSource(LAWS);

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-03-02T09:00:00+08:00',
    seed: async (ctx: Ctx) => {
      await indexSearchDocuments(ctx, LETTERS, [
        {
          refId: 'l1',
          title: '关于村口古树保护的来信',
          url: '/letters/l1',
          body: '答复：已列入古树名木名录。',
          day: '2026-02-10',
        },
        {
          refId: 'l2',
          title: '举报砍伐古树',
          url: '/admin/letters/l2',
          body: '来信人反映某村砍伐古树，尚在核查。',
          day: '2026-02-20',
          audience: 'staff',
        },
      ]);
      await indexSearchDocuments(ctx, LAWS, [
        {
          refId: 'g1',
          title: '河南省古树名木保护办法',
          url: '/laws/g1',
          body: '古树名木的保护管理。',
          day: '2019-01-01',
        },
      ]);
    },
  });
}, 60_000);
afterAll(() => t.close());

const staff = (permissions: Actor['permissions']): Actor => ({
  ...ANONYMOUS,
  kind: 'staff',
  id: '00000000-0000-4000-8000-000000000001',
  username: 'letters-staff',
  displayName: '信访办工作人员',
  permissions,
});

const search = (actor: Actor, input: Partial<SearchInput> = {}) =>
  searchSite({ ...t.ctx(), actor }, { q: '古树', page: 1, pageSize: 10, ...input });

describe('a hit of every source, with its type', () => {
  it('finds the public letter and the law for a visitor, each labelled', async () => {
    const r = await search(ANONYMOUS);
    expect(r.total).toBe(2);
    expect(r.items.map((h) => [h.url, h.sourceLabel])).toEqual([
      ['/letters/l1', '公众来信'],
      ['/laws/g1', '政策法规'],
    ]);
  });

  it('narrows to one type', async () => {
    const r = await search(ANONYMOUS, { source: 'laws' });
    expect(r.items.map((h) => h.url)).toEqual(['/laws/g1']);
  });
});

describe('staff-only documents', () => {
  it('are found by staff holding the source’s permission', async () => {
    const r = await search(staff({ 'letters:read': 'all' }));
    expect(r.total).toBe(3);
    expect(r.items.map((h) => h.url)).toContain('/admin/letters/l2');
  });

  it('are not found by staff without it, nor by visitors, nor counted for them', async () => {
    for (const actor of [staff({ 'portal:edit': 'all' }), ANONYMOUS]) {
      const r = await search(actor, { q: '砍伐' });
      expect(r.total).toBe(0);
      expect(r.items).toEqual([]);
    }
  });

  it('cannot be indexed for a source that names no permission', async () => {
    await expect(
      indexSearchDocuments(t.ctx(), LAWS, [{ refId: 'x', title: '内部', url: '/x', audience: 'staff' }]),
    ).rejects.toThrow('has no staffPermission');
  });
});
