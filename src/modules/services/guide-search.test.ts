// The service guides in the site search: found by what a citizen types, labelled 办事指南, linking to
// the guide; an edited guide is found by its new words at once, a withdrawn one no longer; a hit is
// a public page, so a guide drafted from public sources carries no staff note (内容待核实) in it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { ANONYMOUS } from '../../platform/context.ts';
import { searchSite } from '../../platform/search/index.ts';
import { updateItem } from './catalogue.service.ts';
import { ensureGuidesIndexed } from './guide-search.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
}, 60_000);
afterAll(() => t.close());

const find = async (q: string) => {
  const r = await searchSite({ ...t.ctx(), actor: ANONYMOUS }, { q, source: 'guide', page: 1, pageSize: 10 });
  return r.items.map((h) => ({
    url: h.url,
    type: h.sourceLabel,
    title: h.title.map((p) => p.text).join(''),
  }));
};

describe('service guides in the site search', () => {
  it('finds the guide by the permit’s name, labelled 办事指南', async () => {
    expect((await find('临时使用林地'))[0]).toEqual({
      url: '/services/LIC-03',
      type: '办事指南',
      title: '临时使用林地审批',
    });
  });

  it('shows a reconstructed guide by its name alone — the 待核实 note is for staff', async () => {
    const hits = await find('野外用火');
    expect(hits).toContainEqual({
      url: '/services/LIC-20',
      type: '办事指南',
      title: '森林草原防火期内在森林草原防火区野外用火审批',
    });
    expect(JSON.stringify(hits)).not.toContain('待核实');
  });

  it('follows the acceptance centre’s edits and drops a withdrawn item', async () => {
    // A member of the acceptance centre, who keeps the catalogue (services:items).
    const window = {
      ...t.ctx(),
      actor: {
        ...ANONYMOUS,
        kind: 'staff' as const,
        id: '00000000-0000-4000-8000-00000000000a',
        username: 'window',
        displayName: '窗口人员',
        permissions: { 'services:items': 'unit' as const },
      },
    };
    await updateItem(window, 'LIC-14', { conditions: '收购的银杏古树须附来源证明。' });
    expect((await find('银杏')).map((h) => h.url)).toEqual(['/services/LIC-14']);
    await updateItem(window, 'LIC-14', { active: false });
    expect(await find('银杏')).toEqual([]);
  });

  it('rebuilds the guides on start when the index lacks them (a database from before)', async () => {
    await t.database.query(`delete from search_documents where source = 'guide'`);
    expect(await find('临时使用林地')).toEqual([]);
    await ensureGuidesIndexed(t.ctx(), 20);
    expect((await find('临时使用林地')).map((h) => h.url)).toEqual(['/services/LIC-03']);
  });

  it('rebuilds on start a guide hit indexed with the old 内容待核实 title', async () => {
    await t.database.query(
      `update search_documents set title = title || '（内容待核实）' where source = 'guide' and ref_id = 'LIC-20'`,
    );
    expect((await find('野外用火'))[0]?.title).toContain('待核实');
    await ensureGuidesIndexed(t.ctx(), 20);
    expect((await find('野外用火'))[0]?.title).toBe('森林草原防火期内在森林草原防火区野外用火审批');
  });
});
