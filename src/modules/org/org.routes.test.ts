// The organisation API as its users meet it: staff read the directory, the system admin keeps
// it, a city bureau sees full phone numbers only within its own city.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, type TestApp } from '../../../test/app.ts';
import { createPerson, type DemoSeed, seedDemoData } from './index.ts';

let t: TestApp;
let demo: DemoSeed;
let hanId: string; // 韩立群, 中牟县林业局 (郑州)
let songId: string; // 宋佳, 新安县林业局 (洛阳)
const clients: Record<string, Client> = {};
const as = async (username: string) => {
  clients[username] ??= await t.signIn(username);
  return clients[username];
};
const unit = (code: string) => demo.tree.unit(code);

interface AuditRow {
  action: string;
  actor_name: string;
  result: string;
  object_id: string | null;
  detail: Record<string, unknown> | null;
}
const auditRows = (action: string) =>
  t.database.query<AuditRow>(
    'select action, actor_name, result, object_id, detail from audit_log where action = $1 order by seq',
    [action],
  );

beforeAll(async () => {
  t = await buildTestApp({
    seed: async (ctx) => {
      demo = await seedDemoData(ctx);
      const han = await createPerson(ctx, {
        unitId: demo.tree.unit('X410122').id,
        name: '韩立群',
        title: '局长',
        phone: '0371-62171234',
      });
      const song = await createPerson(ctx, {
        unitId: demo.tree.unit('X410323').id,
        name: '宋佳',
        title: '科员',
        phone: '13903791234',
      });
      hanId = han.id;
      songId = song.id;
    },
  });
});
afterAll(() => t.close());

describe('reading the unit tree', () => {
  it('gives any staff member the whole tree as a flat list with parents and counts', async () => {
    const res = await (await as('office')).get('/api/units');
    expect(res.statusCode).toBe(200);
    const items: Array<Record<string, unknown>> = res.json().items;
    expect(items).toHaveLength(200);
    const find = (code: string) => items.find((u) => u.code === code)!;
    expect(find('HNLY')).toMatchObject({ parentId: null, depth: 0, type: 'department' });
    expect(find('C410100')).toMatchObject({
      name: '郑州市林业局',
      parentId: unit('HNLY').id,
      depth: 1,
      childCount: 12,
      // the bureau head and the demo account 高振华
      peopleCount: 2,
    });
    expect(find('X410122')).toMatchObject({ name: '中牟县林业局', parentId: unit('C410100').id, depth: 2 });
    expect(find('X410122').path).toBe(`${unit('C410100').path}${unit('X410122').id}/`);
  });

  it('tags reconstructed names "名称待核实" and no others', async () => {
    const items: Array<Record<string, unknown>> = (await (await as('office')).get('/api/units')).json().items;
    const find = (code: string) => items.find((u) => u.code === code)!;
    expect(find('HNLY-ZYC')).toMatchObject({ dataStatus: 'reconstructed', nameUnverified: true });
    expect(find('HNLY-BGS')).toMatchObject({ dataStatus: 'verified', nameUnverified: false });
    expect(find('HNLY-XXZX').nameUnverified).toBe(false);
    expect(find('X410122').nameUnverified).toBe(false);
  });

  it('filters by type', async () => {
    const res = await (await as('ziyuan')).get('/api/units?type=city_bureau');
    expect(res.json().items).toHaveLength(18);
  });

  it('shows one unit with its breadcrumb and the leaders in charge', async () => {
    const zm = await (await as('ziyuan')).get(`/api/units/${unit('X410122').id}`);
    expect(zm.statusCode).toBe(200);
    expect(zm.json().ancestors.map((a: { name: string }) => a.name)).toEqual([
      '河南省林业局',
      '郑州市林业局',
    ]);
    const zyc = await (await as('ziyuan')).get(`/api/units/${unit('HNLY-ZYC').id}`);
    expect(zyc.json().leaders.map((l: { name: string }) => l.name)).toEqual(['李文涛']);
  });

  it('answers 404 for an unknown unit', async () => {
    const res = await (await as('office')).get(`/api/units/${crypto.randomUUID()}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('UNIT_NOT_FOUND');
  });

  it('is closed to visitors and public accounts', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/units' })).statusCode).toBe(401);
    expect((await (await as('zhangsan')).get('/api/units')).statusCode).toBe(403);
    expect((await (await as('hnmy')).get('/api/people')).statusCode).toBe(403);
  });
});

describe('leaders', () => {
  it('lists the director first, then the deputies, with the units each is in charge of', async () => {
    const res = await (await as('window')).get('/api/leaders');
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((l: { name: string; title: string }) => `${l.name}${l.title}`)).toEqual([
      '周国栋局长',
      '李文涛副局长',
      '王秀梅副局长',
      '张志远副局长',
      '刘德明副局长',
    ]);
    const deputy = items[1].charges.map((c: { name: string }) => c.name);
    expect(deputy).toContain('森林资源管理处');
    expect(deputy).toContain('河南省林业局政务受理中心');
  });
});

describe('the people directory', () => {
  it('masks phone numbers in the list and never sends the stored value', async () => {
    const res = await (await as('office')).get('/api/people?q=韩立群');
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(1);
    const [han] = res.json().items;
    expect(han).toMatchObject({ name: '韩立群', unitName: '中牟县林业局', phoneMask: '037****1234' });
    expect(res.body).not.toContain('62171234');
    expect(res.body).not.toContain('sm4:');
  });

  it('lists a unit alone or with everything below it', async () => {
    const zz = unit('C410100').id;
    const own = (await (await as('office')).get(`/api/people?unitId=${zz}`)).json();
    expect(own.items.map((p: { name: string }) => p.name)).not.toContain('韩立群');
    expect(own.total).toBe(2);
    const all = (await (await as('office')).get(`/api/people?unitId=${zz}&includeSubunits=true`)).json();
    expect(all.items.map((p: { name: string }) => p.name)).toContain('韩立群');
    // 韩立群 and the demo's two 中牟县林业局 accounts (受理, 审批).
    expect(all.total).toBe(5);
  });

  it('pages', async () => {
    const res = await (await as('office')).get(`/api/people?unitId=${unit('HNLY').id}&pageSize=2&page=3`);
    // The five leaders: page 3 of 2 holds the fifth.
    expect(res.json()).toMatchObject({ total: 5 });
    expect(res.json().items.map((p: { name: string }) => p.name)).toEqual(['刘德明']);
  });

  it('answers 404 for an unknown person', async () => {
    const res = await (await as('office')).get(`/api/people/${crypto.randomUUID()}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('PERSON_NOT_FOUND');
  });
});

describe('data scope: the Zhengzhou bureau', () => {
  it('knows the bureau user sits in 郑州市林业局', async () => {
    const me = (await (await as('zhengzhou')).get('/api/me')).json();
    expect(me.unitPath).toBe(unit('C410100').path);
    expect(me.permissions['org:read']).toBe('subtree');
  });

  it('reveals a full phone number inside 郑州 and records that it did', async () => {
    const zz = await as('zhengzhou');
    expect((await zz.get(`/api/people/${hanId}`)).json().canRevealPhone).toBe(true);
    const res = await zz.get(`/api/people/${hanId}/phone`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ phone: '0371-62171234' });
    const audit = await auditRows('person.phone.reveal');
    expect(audit.at(-1)).toMatchObject({ actor_name: 'zhengzhou', object_id: hanId, result: 'success' });
  });

  it('lists only the people of 郑州 and its counties (issue 12: not the whole province)', async () => {
    const zz = await as('zhengzhou');
    const res = (await zz.get('/api/people?pageSize=100')).json();
    // The bureau's head and 高振华 (the demo account) in 郑州市林业局, and 韩立群 and the two demo
    // accounts' people in 中牟县林业局; not 宋佳 in 洛阳's 新安县, nor any of the department's own staff.
    expect(res.total).toBe(5);
    expect(
      res.items.map((p: { unitName: string; title: string }) => `${p.unitName} ${p.title}`).sort(),
    ).toEqual([
      '中牟县林业局 局长',
      '中牟县林业局 森林资源股股长',
      '中牟县林业局 行政审批股受理员',
      '郑州市林业局 办公室科员',
      '郑州市林业局 局长',
    ]);
    expect(res.items.map((p: { name: string }) => p.name)).toContain('韩立群');
    // A search or a unit filter cannot reach past the scope either.
    expect((await zz.get('/api/people?q=宋佳')).json().total).toBe(0);
    expect((await zz.get(`/api/people?unitId=${unit('HNLY-ZYC').id}`)).json().total).toBe(0);
    expect((await zz.get(`/api/people?unitId=${unit('HNLY').id}&includeSubunits=true`)).json().total).toBe(5);
    // The director's scope is the province: 宋佳 is there.
    expect((await (await as('director')).get('/api/people?q=宋佳')).json().total).toBe(1);
  });

  it('refuses a number in 洛阳 and records the denial', async () => {
    const zz = await as('zhengzhou');
    // Outside the scope the person reads as not found, as in the list.
    expect((await zz.get(`/api/people/${songId}`)).statusCode).toBe(404);
    const res = await zz.get(`/api/people/${songId}/phone`);
    expect(res.statusCode).toBe(403);
    const denied = await auditRows('access.denied');
    expect(denied.at(-1)).toMatchObject({ actor_name: 'zhengzhou', result: 'denied' });
  });

  it('lets the director, whose scope is everything, see both', async () => {
    const d = await as('director');
    expect((await d.get(`/api/people/${songId}/phone`)).json()).toEqual({ phone: '13903791234' });
  });

  it('keeps a division clerk, whose scope is the own unit, to that unit', async () => {
    const res = await (await as('ziyuan')).get(`/api/people/${hanId}/phone`);
    expect(res.statusCode).toBe(403);
  });
});

describe('keeping the unit tree', () => {
  it('refuses a business user with 403 and audits the denial', async () => {
    const office = await as('office');
    const res = await office.post('/api/units', {
      parentId: unit('C410100').id,
      code: 'C410100-BGS',
      name: '办公室',
      type: 'division',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
    const denied = await auditRows('access.denied');
    expect(denied.at(-1)).toMatchObject({
      actor_name: 'office',
      result: 'denied',
      object_id: 'POST /api/units',
      detail: expect.objectContaining({ permission: 'system:units' }),
    });
    const patch = await office.patch(`/api/units/${unit('C410100').id}`, { name: '郑州市林业和园林局' });
    expect(patch.statusCode).toBe(403);
  });

  it('names the field when the input is wrong', async () => {
    const admin = await as('sysadmin');
    const missing = await admin.post('/api/units', {
      parentId: unit('C410100').id,
      code: 'C410100-A',
      type: 'division',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([{ field: 'name', message: 'name：必填' }]);

    const badCode = await admin.post('/api/units', {
      parentId: unit('C410100').id,
      code: 'zz office',
      name: '办公室',
      type: 'division',
    });
    expect(badCode.json().errors[0].field).toBe('code');

    const noParent = await admin.post('/api/units', {
      parentId: crypto.randomUUID(),
      code: 'C410100-A',
      name: '办公室',
      type: 'division',
    });
    expect(noParent.statusCode).toBe(400);
    expect(noParent.json().errors).toEqual([{ field: 'parentId', message: '上级单位不存在' }]);

    const wrongLevel = await admin.post('/api/units', {
      parentId: unit('HNLY').id,
      code: 'X419999',
      name: '某县林业局',
      type: 'county_bureau',
    });
    expect(wrongLevel.statusCode).toBe(400);
    expect(wrongLevel.json().errors[0]).toMatchObject({ field: 'parentId' });
    expect(wrongLevel.json().detail).toContain('县级林业局不能隶属于省局（河南省林业局）');

    const dupCode = await admin.post('/api/units', {
      parentId: unit('HNLY').id,
      code: 'C410100',
      name: '重复的郑州市林业局',
      type: 'city_bureau',
    });
    expect(dupCode.statusCode).toBe(409);
    expect(dupCode.json().errors[0].field).toBe('code');
  });

  it('lets the system admin add a unit, placed under its parent, and audits it', async () => {
    const res = await (await as('sysadmin')).post('/api/units', {
      parentId: unit('X410122').id,
      code: 'X410122-BGS',
      name: '办公室',
      type: 'division',
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({ parentId: unit('X410122').id, depth: 3, nameUnverified: false });
    expect(created.path).toBe(`${unit('X410122').path}${created.id}/`);
    expect((await auditRows('unit.create')).at(-1)).toMatchObject({
      actor_name: 'sysadmin',
      object_id: created.id,
    });
  });

  it('moves a unit with everything below it, and scopes follow the move', async () => {
    const admin = await as('sysadmin');
    const kf = unit('C410200');
    const zm = unit('X410122');
    const res = await admin.patch(`/api/units/${zm.id}`, { parentId: kf.id });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ parentId: kf.id, path: `${kf.path}${zm.id}/` });
    const below = (await admin.get('/api/units'))
      .json()
      .items.find((u: { code: string }) => u.code === 'X410122-BGS');
    expect(below.path).toBe(`${kf.path}${zm.id}/${below.id}/`);
    expect((await auditRows('unit.move')).at(-1)).toMatchObject({
      object_id: zm.id,
      detail: expect.objectContaining({ subtreeSize: 2 }),
    });
    // 中牟 is no longer under 郑州: its people are outside the Zhengzhou bureau's scope.
    expect((await (await as('zhengzhou')).get(`/api/people/${hanId}/phone`)).statusCode).toBe(403);
    // …and back.
    expect((await admin.patch(`/api/units/${zm.id}`, { parentId: unit('C410100').id })).statusCode).toBe(200);
    expect((await (await as('zhengzhou')).get(`/api/people/${hanId}/phone`)).statusCode).toBe(200);
  });

  it('refuses to move a unit under itself or under one of its own units', async () => {
    const admin = await as('sysadmin');
    const zz = unit('C410100');
    const underChild = await admin.patch(`/api/units/${zz.id}`, { parentId: unit('X410181').id });
    expect(underChild.statusCode).toBe(400);
    expect(underChild.json().errors).toEqual([
      { field: 'parentId', message: '不能把单位移到它自己或它的下级单位之下' },
    ]);
    const underItself = await admin.patch(`/api/units/${zz.id}`, { parentId: zz.id });
    expect(underItself.statusCode).toBe(400);
    const rootUnderCity = await admin.patch(`/api/units/${unit('HNLY').id}`, { parentId: zz.id });
    expect(rootUnderCity.json().errors[0].field).toBe('parentId');
    // Nothing moved.
    const after = (await admin.get(`/api/units/${zz.id}`)).json();
    expect(after.path).toBe(zz.path);
  });

  it('refuses to deactivate a unit that still has units below it', async () => {
    const res = await (await as('sysadmin')).patch(`/api/units/${unit('C410100').id}`, { active: false });
    expect(res.statusCode).toBe(409);
  });

  it('answers 404 when changing an unknown unit', async () => {
    const res = await (await as('sysadmin')).patch(`/api/units/${crypto.randomUUID()}`, { name: '无此单位' });
    expect(res.statusCode).toBe(404);
  });
});

describe('keeping people and charges', () => {
  it('refuses a business user', async () => {
    const res = await (await as('office')).post('/api/people', {
      unitId: unit('HNLY-BGS').id,
      name: '新同事',
    });
    expect(res.statusCode).toBe(403);
  });

  it('checks the phone number and adds the person with it masked', async () => {
    const admin = await as('sysadmin');
    const bad = await admin.post('/api/people', {
      unitId: unit('HNLY-BGS').id,
      name: '吴新',
      phone: '12345',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('phone');
    const ok = await admin.post('/api/people', {
      unitId: unit('HNLY-BGS').id,
      name: '吴新',
      title: '科员',
      phone: '13703711234',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ name: '吴新', unitName: '办公室', phoneMask: '137****1234' });
  });

  it('refuses a leader rank outside the department level', async () => {
    const res = await (await as('sysadmin')).post('/api/people', {
      unitId: unit('HNLY-ZYC').id,
      name: '钱进',
      leaderRank: 'deputy',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('leaderRank');
  });

  it('sets the units a leader is in charge of, and only for leaders', async () => {
    const admin = await as('sysadmin');
    const wang = demo.leaders.find((l) => l.name === '王秀梅')!;
    const res = await admin.put(`/api/people/${wang.id}/charges`, {
      unitIds: [unit('HNLY-ZLC').id, unit('HNLY-ZYC').id],
    });
    expect(res.statusCode).toBe(200);
    // In the tree's order: 森林资源管理处 (sort 102) before 造林绿化管理处 (103).
    expect(res.json().charges.map((c: { name: string }) => c.name)).toEqual([
      '森林资源管理处',
      '造林绿化管理处',
    ]);
    const zyc = (await admin.get(`/api/units/${unit('HNLY-ZYC').id}`)).json();
    expect(zyc.leaders.map((l: { name: string }) => l.name)).toEqual(['李文涛', '王秀梅']);
    expect((await auditRows('leader.charges.set')).at(-1)?.detail).toEqual({
      before: ['HNLY-LCC', 'HNLY-LGZ', 'HNLY-LTG', 'HNLY-ZLC', 'HNLY-ZMZ'],
      after: ['HNLY-ZLC', 'HNLY-ZYC'],
    });

    const notLeader = await admin.put(`/api/people/${hanId}/charges`, { unitIds: [unit('HNLY-ZYC').id] });
    expect(notLeader.statusCode).toBe(422);
    const unknown = await admin.put(`/api/people/${wang.id}/charges`, { unitIds: [crypto.randomUUID()] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].field).toBe('unitIds');
  });
});

describe('the organisation settings', () => {
  it('hides phones from the directory and the "名称待核实" tag when the system admin turns them off', async () => {
    const admin = await as('sysadmin');
    expect((await admin.put('/api/settings/org.directoryShowsPhones', { value: false })).statusCode).toBe(
      200,
    );
    expect((await admin.put('/api/settings/org.tagUnverifiedUnitNames', { value: false })).statusCode).toBe(
      200,
    );
    const office = await as('office');
    const [han] = (await office.get('/api/people?q=韩立群')).json().items;
    expect(han.phoneMask).toBeNull();
    const zyc = (await office.get(`/api/units/${unit('HNLY-ZYC').id}`)).json();
    expect(zyc).toMatchObject({ dataStatus: 'reconstructed', nameUnverified: false });
    // The full number stays available, within scope, to those allowed to see it.
    expect((await (await as('zhengzhou')).get(`/api/people/${hanId}/phone`)).json().phone).toBe(
      '0371-62171234',
    );
  });
});
