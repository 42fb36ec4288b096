// 公众注册 through the API and the public site: identity checks, the same answer whether or not a
// number is registered (the holder is told instead), consent before the ID number, the human check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createAccount } from './access.factories.ts';

// 41010519850612031 + 8 (weights sum 224, 224 mod 11 = 4 → '10X98765432'[4] = '8').
const HOLDER_ID = '410105198506120318';
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({
    seed: async (ctx) => {
      await createAccount(
        ctx.db,
        ctx.deps.cipher,
        {
          username: 'zhangsan',
          kind: 'citizen',
          idNumber: HOLDER_ID,
          email: 'zs@example.com',
          phone: '13700001111',
        },
        ctx.now,
      );
    },
  });
});
afterAll(() => t.close());

let address = 0;
/** Each call from its own address unless told, so the human check stays out of the way. */
const register = (payload: object, from = `198.51.100.${++address}`) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/register',
    remoteAddress: from,
    payload: { consent: '2026-03', password: 'Forest#2026ab', phone: '13600002222', ...payload },
  });
const citizen = (username: string, idNumber: string) => ({
  kind: 'citizen',
  username,
  displayName: '李四',
  idNumber,
});
const count = async (where: string) =>
  (await t.database.query<{ n: number }>(`select count(*)::int as n from accounts where ${where}`))[0].n;

describe('identity checks', () => {
  it('refuses a birth date after today, a region code that does not exist and an age over 150', async () => {
    const cases: Array<[string, string]> = [
      // each with a correct check digit (see identity.test.ts)
      ['410105202701010017', '居民身份证号码：第 7–14 位的出生日期（20270101）晚于今天'],
      ['000000199001010018', '居民身份证号码：前 6 位（000000）不是有效的行政区划代码'],
      ['410105187503020019', '居民身份证号码：第 7–14 位的出生日期（18750302）表明年龄超过 150 岁'],
    ];
    for (const [id, message] of cases) {
      const res = await register(citizen(`u${id.slice(0, 6)}${id.slice(8, 10)}`, id));
      expect(res.statusCode, id).toBe(400);
      expect(res.json().errors).toEqual([{ field: 'idNumber', message }]);
    }
    expect(await count(`kind = 'citizen'`)).toBe(1);
    const audit = await t.database.query<{ result: string; detail: { fields: string[] } }>(
      `select result, detail from audit_log where action = 'account.register' order by seq`,
    );
    expect(audit.map((a) => [a.result, a.detail.fields])).toEqual([
      ['failure', ['idNumber']],
      ['failure', ['idNumber']],
      ['failure', ['idNumber']],
    ]);
  });

  it('stores a lower-case credit code in upper case', async () => {
    // 91350100M000100Y43: GB 32100-2015's example, typed in lower case.
    const res = await register({
      kind: 'org',
      username: 'lvyuan',
      displayName: '绿源公司',
      creditCode: '91350100m000100y43',
    });
    expect(res.statusCode).toBe(202);
    const [row] = await t.database.query<{ credit_code: string }>(
      `select credit_code from accounts where username = 'lvyuan'`,
    );
    expect(row.credit_code).toBe('91350100M000100Y43');
  });
});

describe('whether a number is registered stays private', () => {
  it('answers the same for a new number and a registered one, and tells the holder', async () => {
    // 11010519491231002X: GB 11643-1999's own example.
    const fresh = await register(citizen('lisi', '11010519491231002X'));
    const taken = await register(citizen('lisi2', HOLDER_ID));
    expect(fresh.statusCode).toBe(202);
    expect(taken.statusCode).toBe(202);
    expect(taken.json()).toEqual(fresh.json());
    expect(fresh.json().message).toBe(
      '注册申请已受理。如该证件此前未注册，账号已开通，请用刚才设置的用户名和密码登录；如该证件已注册，请直接登录或找回密码。',
    );
    expect(await count(`username in ('lisi', 'lisi2')`)).toBe(1);
    const holder = await t.signIn('zhangsan');
    const [notice] = (await holder.get('/api/notifications')).json().items;
    expect(notice.title).toBe('有人尝试用您的居民身份证号码注册账号');
    expect(notice.body).toContain('未予开通');
    const out = await t.database.query<{ channel: string; recipient: string }>(
      `select channel, recipient from deliveries order by channel`,
    );
    expect(out).toEqual([
      { channel: 'email', recipient: 'zs@example.com' },
      { channel: 'sms', recipient: '137****1111' },
    ]);
  });

  it('still says when a user name is taken (the person chose it), and changes nothing', async () => {
    const res = await register(citizen('lisi', '320102199001010010'));
    expect(res.statusCode).toBe(409);
    expect(res.json().errors).toEqual([{ field: 'username', message: '用户名已被使用，请换一个' }]);
  });
});

describe('consent and contact', () => {
  it('refuses a registration without consent to the personal-information notice', async () => {
    const res = await register({ ...citizen('noconsent', '320102199001010010'), consent: '' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toEqual({
      field: 'consent',
      message: '请先阅读《个人信息保护告知》并勾选同意，再填写证件号码',
    });
    expect(await count(`username = 'noconsent'`)).toBe(0);
  });

  it('needs a phone number or an email address, for password recovery', async () => {
    const res = await register({ ...citizen('nophone', '320102199001010010'), phone: undefined });
    expect(res.json().errors).toEqual([
      { field: 'phone', message: '手机号码与电子邮箱至少填写一项（忘记密码时验证码发往这里）' },
    ]);
  });
});

// The rotation's questions worked out from their text: a sum in Chinese numerals, or the n-th
// character of a quoted word.
const NUMERALS = '零一二三四五六七八九';
const ORDINAL: Record<string, number> = { 一: 0, 二: 1, 三: 2, 四: 3 };
function answer(question: string): string | undefined {
  const sum = /^(.)加(.)等于几/.exec(question);
  if (sum) return String(NUMERALS.indexOf(sum[1]) + NUMERALS.indexOf(sum[2]));
  const word = /^“(.+)”的第(.)个字/.exec(question);
  return word ? [...word[1]][ORDINAL[word[2]]] : undefined;
}

describe('the human check', () => {
  it('asks an address a question after three registrations in an hour, and lets a right answer through', async () => {
    const from = '203.0.113.77';
    for (const [i, id] of ['110105194912310021', '110105194902300021', '11010519491231002'].entries())
      expect((await register(citizen(`bulk${i}`, id), from)).statusCode).toBe(400);
    const asked = await register(citizen('bulk3', '320102199001010010'), from);
    expect(asked.statusCode).toBe(400);
    expect(asked.json()).toMatchObject({ code: 'HUMAN_CHECK_REQUIRED', detail: '请回答验证问题' });
    const q1 = asked.json().humanCheck;
    expect(answer(q1.question)).toBeDefined();
    const wrong = await register(
      { ...citizen('bulk3', '320102199001010010'), humanCheck: { id: q1.id, answer: '错' } },
      from,
    );
    expect(wrong.json().detail).toBe('验证问题回答不正确，请回答新的验证问题');
    const q2 = wrong.json().humanCheck;
    expect(q2.id).not.toBe(q1.id);
    // The first question is used up even with its right answer.
    const reused = await register(
      { ...citizen('bulk3', '320102199001010010'), humanCheck: { id: q1.id, answer: answer(q1.question) } },
      from,
    );
    expect(reused.json()).toMatchObject({
      code: 'HUMAN_CHECK_REQUIRED',
      detail: '这道验证问题已经回答过，不能再次使用，请回答新的验证问题',
    });
    const q3 = reused.json().humanCheck;
    const ok = await register(
      { ...citizen('bulk3', '320102199001010010'), humanCheck: { id: q3.id, answer: answer(q3.question) } },
      from,
    );
    expect(ok.statusCode).toBe(202);
    expect(await count(`username = 'bulk3'`)).toBe(1);
    // Another address is not asked.
    expect((await register(citizen('calm1', '320102199001010029'))).statusCode).not.toBe(400);
  });
});

describe('the public registration pages', () => {
  const get = (url: string) => t.app.inject({ method: 'GET', url });

  it('offers two paths, a person and an organisation', async () => {
    const page = (await get('/account/register')).body;
    expect(page).toContain('href="/account/register/citizen"');
    expect(page).toContain('href="/account/register/org"');
    expect(page).not.toContain('name="idNumber"');
  });

  it('shows the notice and asks consent before any ID number field', async () => {
    const step1 = (await get('/account/register/citizen')).body;
    expect(step1).toContain('个人信息保护告知');
    expect(step1).toContain('居民身份证号码属于敏感个人信息');
    expect(step1).not.toContain('name="idNumber"');
    const unticked = await get('/account/register/citizen?step=consent');
    expect(unticked.statusCode).toBe(400);
    expect(unticked.body).toContain('请勾选“我已阅读并同意”后继续');
    const step2 = (await get('/account/register/citizen?step=consent&consent=2026-03')).body;
    expect(step2).toContain('name="idNumber"');
    expect(step2).not.toContain('name="creditCode"');
    const org = (await get('/account/register/org?step=consent&consent=2026-03')).body;
    expect(org).toContain('name="creditCode"');
    expect(org).not.toContain('name="idNumber"');
  });

  it('registers through the form and answers with the same page either way', async () => {
    const form = (username: string, idNumber: string) =>
      t.app.inject({
        method: 'POST',
        url: '/account/register',
        remoteAddress: `192.0.2.${++address}`,
        payload: {
          kind: 'citizen',
          consent: '2026-03',
          username,
          displayName: '王五',
          idNumber,
          phone: '13512345678',
          password: 'Forest#2026ab',
          password2: 'Forest#2026ab',
        },
      });
    const fresh = await form('wangwu', '320102199001010010');
    const taken = await form('wangwu2', HOLDER_ID);
    expect(fresh.statusCode).toBe(200);
    expect(fresh.body).toContain('<h1>注册申请已受理</h1>');
    expect(taken.body.replace(/\s/g, '')).toBe(fresh.body.replace(/\s/g, ''));
  });
});
