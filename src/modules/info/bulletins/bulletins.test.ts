// Bulletins (信息专报) as the office compiles them: an issue of adopted items, ordered and edited,
// numbered per year by the kernel (2026年第1期, 第2期), its items adopted at bulletin level with the
// level's points (once per item, however many issues carry it), the .docx read back (issue number,
// title order, 报 line); leaders' instructions with their points, refused in the future or before
// the issue, and the domain event that lets supervision open an item in the same transaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, type TestApp } from '../../../../test/app.ts';
import { docxParagraphs, ooxmlParts } from '../../../platform/documents/test-support/read-back.ts';
import { listen } from '../../../platform/events/index.ts';
import { installModules, type Module } from '../../../platform/module.ts';
import { findUnitByCode, seedDemoData } from '../../org/index.ts';
import { makeItems } from '../info.factories.ts';

let t: TestApp;
let office: Client;
let director: Client;
let ids: string[];

// A stand-in for the supervision module: opens "an item" and answers with its number.
const opened: string[] = [];
let refuse = false;
const supervisionStandIn: Module = {
  // Named as the real module, so its listener replaces supervision's for this file (registerListeners).
  name: 'supervision',
  listens: [
    listen('info.instruction.recorded', 'opens a supervision item', async (_tx, p) => {
      if (refuse) throw new Error('督查事项立项失败');
      opened.push(`${p.bulletinNumber}|${p.title}|${p.leaderName}|${p.text}`);
      return { supervisionItemId: '00000000-0000-4000-8000-000000000017', number: '督字〔2026〕17号' };
    }),
  ],
};

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-03-10T10:00:00+08:00',
    seed: async (ctx) => {
      await seedDemoData(ctx);
      const zz = (await findUnitByCode(ctx.db, 'C410100'))!;
      const ly = (await findUnitByCode(ctx.db, 'C410300'))!;
      const at = new Date('2026-03-09T09:00:00+08:00');
      ids = await makeItems(ctx, [
        {
          unit: zz,
          title: '郑州市春季造林进度过半',
          adoptions: [{ level: 'website', points: 1, at }],
          submittedAt: at,
        },
        { unit: ly, title: '洛阳市松材线虫病防控取得阶段成效', submittedAt: at, status: 'reviewing' },
        {
          unit: zz,
          title: '郑州市森林防火形势分析',
          adoptions: [{ level: 'bulletin', points: 3, at }],
          submittedAt: at,
        },
        { unit: zz, title: '郑州市一条草稿', status: 'draft', submittedAt: null },
      ]);
    },
  });
  installModules([supervisionStandIn]);
  [office, director] = await Promise.all([t.signIn('office'), t.signIn('director')]);
});
afterAll(() => t.close());

const pointsOf = async (itemId: string) =>
  (
    await t.database.query<{ n: number }>(
      'select coalesce(sum(points),0)::int as n from info_points where item_id = $1',
      [itemId],
    )
  )[0].n;

describe('compiling and issuing', () => {
  let first: string;

  it('refuses a draft item and a missing title, naming the field, and saves nothing', async () => {
    const bad = await office.post('/api/info/bulletins', { title: '春季林业', itemIds: [ids[0], ids[3]] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toEqual({
      field: 'itemIds',
      message: '「郑州市一条草稿」当前为「草稿」，不能编入专报',
    });
    const none = await office.post('/api/info/bulletins', { title: '', itemIds: [ids[0]] });
    expect(none.json().errors[0].field).toBe('title');
    const [{ n }] = await t.database.query<{ n: number }>('select count(*)::int as n from info_bulletins');
    expect(n).toBe(0);
  });

  it('composes, reorders and edits a draft, then issues it as 2026年第1期', async () => {
    const res = await office.post('/api/info/bulletins', {
      title: '春季林业生产情况',
      itemIds: [ids[0], ids[1]],
    });
    expect(res.statusCode, res.body).toBe(201);
    first = res.json().id;
    expect(res.json().number).toBeNull();
    const edit = await office.put(`/api/info/bulletins/${first}`, {
      title: '春季林业生产情况',
      items: [{ itemId: ids[1], title: '洛阳市松材线虫病防控成效明显' }, { itemId: ids[0] }],
      reportTo: ['省委书记、省长', '省委、省政府分管领导同志'],
      sendTo: ['国家林业和草原局办公室'],
    });
    expect(edit.statusCode, edit.body).toBe(200);
    const issued = await office.post(`/api/info/bulletins/${first}/issue`);
    expect(issued.json()).toMatchObject({ number: '2026年第1期', status: 'issued' });
    // Both adopted at bulletin level: 1 + 3 and 0 + 3.
    expect(await pointsOf(ids[0])).toBe(4);
    expect(await pointsOf(ids[1])).toBe(3);
    const again = await office.put(`/api/info/bulletins/${first}`, {
      title: '春季林业生产情况（修改）',
      items: [{ itemId: ids[0] }],
      reportTo: ['省委书记、省长'],
      sendTo: [],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('这一期信息专报已印发，不能再修改');
  });

  it('numbers the next issue 第2期 and never adopts an item twice at bulletin level', async () => {
    const { id } = (
      await office.post('/api/info/bulletins', { title: '森林防火', itemIds: [ids[2], ids[0]] })
    ).json();
    const issued = await office.post(`/api/info/bulletins/${id}/issue`);
    expect(issued.json().number).toBe('2026年第2期');
    expect(await pointsOf(ids[2])).toBe(3);
    expect(await pointsOf(ids[0])).toBe(4);
    const item = (await office.get(`/api/info/items/${ids[0]}`)).json();
    expect(item.events.map((e: { text: string }) => e.text)).toContain('刊于《林业信息专报》2026年第2期');
  });

  it('writes the issue as .docx: masthead, issue number, items in order with their source, 报 and 送', async () => {
    const res = await director.get(`/api/info/bulletins/${first}/docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('attachment');
    const texts = docxParagraphs(ooxmlParts(res.rawPayload)['word/document.xml']).filter(Boolean);
    expect(texts.slice(0, 4)).toEqual([
      '林业信息专报',
      '2026年第1期',
      '河南省林业局办公室\t2026年3月10日',
      '春季林业生产情况',
    ]);
    const headings = texts.filter((x) => /^[一二三]、/.test(x));
    expect(headings).toEqual(['一、洛阳市松材线虫病防控成效明显', '二、郑州市春季造林进度过半']);
    expect(texts).toContain('（洛阳市林业局供稿）');
    expect(texts.slice(-2)).toEqual([
      '报：省委书记、省长，省委、省政府分管领导同志。',
      '送：国家林业和草原局办公室。',
    ]);
  });

  it('lets the leader read bulletins but not compose them', async () => {
    expect((await director.get('/api/info/bulletins')).json().total).toBe(2);
    expect(
      (await director.post('/api/info/bulletins', { title: '领导自己编', itemIds: [ids[0]] })).statusCode,
    ).toBe(403);
  });

  describe('leaders’ instructions', () => {
    const body = {
      itemId: null as string | null,
      leaderName: '王建设',
      leaderTitle: '副省长',
      leaderLevel: 'provincial',
      instructedAt: '2026-03-10T10:10:00+08:00',
      text: '松材线虫病防控要抓早抓小，请省林业局加强督导。',
    };

    it('adds the provincial points to the item, opens a supervision item and keeps its number', async () => {
      t.clock.set('2026-03-10T10:20:00+08:00');
      opened.length = 0;
      const res = await office.post(`/api/info/bulletins/${first}/instructions`, { ...body, itemId: ids[1] });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ points: 10, supervisionNumber: '督字〔2026〕17号' });
      expect(opened).toEqual([`2026年第1期|洛阳市松材线虫病防控成效明显|王建设|${body.text}`]);
      expect(await pointsOf(ids[1])).toBe(13);
      const b = (await office.get(`/api/info/bulletins/${first}`)).json();
      expect(b.instructions[0]).toMatchObject({
        leaderName: '王建设',
        supervisionNumber: '督字〔2026〕17号',
      });
      expect(b.supervisionListens).toBe(true);
    });

    it('rolls everything back when the supervision item cannot be opened', async () => {
      refuse = true;
      const res = await office.post(`/api/info/bulletins/${first}/instructions`, { ...body, itemId: ids[0] });
      refuse = false;
      expect(res.statusCode).toBe(500);
      expect(await pointsOf(ids[0])).toBe(4);
      const [{ n }] = await t.database.query<{ n: number }>(
        'select count(*)::int as n from info_instructions',
      );
      expect(n).toBe(1);
    });

    it('refuses a time in the future or before the issue, naming the field, and saves nothing', async () => {
      const future = await office.post(`/api/info/bulletins/${first}/instructions`, {
        ...body,
        instructedAt: '2026-03-11T09:00:00+08:00',
      });
      expect(future.statusCode).toBe(400);
      expect(future.json().errors[0].field).toBe('instructedAt');
      const early = await office.post(`/api/info/bulletins/${first}/instructions`, {
        ...body,
        instructedAt: '2026-03-01T09:00:00+08:00',
      });
      expect(early.statusCode).toBe(400);
      expect(early.json().detail).toContain('早于本期印发时间');
      const [{ n }] = await t.database.query<{ n: number }>(
        'select count(*)::int as n from info_instructions',
      );
      expect(n).toBe(1);
    });
  });
});
