// The publishing workflow as editors, reviewers and readers meet it: one and two review steps,
// publishing without review (reason and mark), withdrawal with its public notice, scheduled
// publication and take-down by the job, revisions of a live article, and who may write where.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, type TestApp } from '../../../test/app.ts';
import { runJobNow } from '../../platform/jobs/jobs.ts';
import { type PortalFixture, seedPortalFixture } from './portal.fixtures.ts';

let t: TestApp;
let fx: PortalFixture;
const clients: Record<string, Client> = {};
const as = async (username: string) => {
  clients[username] ??= await t.signIn(username);
  return clients[username];
};
const col = (code: string) => fx.columns.column(code).id;
/** Moves the clock; sessions idle out over such jumps, so everyone signs in afresh. */
const jumpTo = (iso: string) => {
  t.clock.set(iso);
  for (const k of Object.keys(clients)) delete clients[k];
};

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-03-02T09:00:00+08:00',
    seed: async (ctx) => {
      fx = await seedPortalFixture(ctx);
    },
  });
});
afterAll(() => t.close());

async function draft(
  username: string,
  column: string,
  title: string,
  bodyHtml = '<p>全省林业工作稳步推进。</p>',
) {
  const res = await (await as(username)).post('/api/portal/articles', {
    columnId: col(column),
    title,
    bodyHtml,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; status: string; edition: number };
}

const publicPage = (id: string) =>
  t.app.inject({ method: 'GET', url: `/articles/${id}`, headers: { accept: 'text/html' } });

describe('one review step', () => {
  it('goes draft → submitted → reviewed → published, and the article appears on the site', async () => {
    const a = await draft('xinxi', 'hq', '省林业厅召开春季造林工作会议');
    expect(a.status).toBe('draft');
    expect((await publicPage(a.id)).statusCode).toBe(404);

    const submitted = await (await as('xinxi')).post(`/api/portal/articles/${a.id}/submit`, {});
    expect(submitted.json()).toMatchObject({ status: 'submitted', reviewSteps: 1, reviewsDone: 0 });

    // Nobody reviews their own submission.
    const own = await (await as('xinxi')).post(`/api/portal/articles/${a.id}/review`, { approve: true });
    expect(own.statusCode).toBe(409);
    expect(own.json().detail).toContain('不能审核自己送审的稿件');

    const reviewed = await (await as('office')).post(`/api/portal/articles/${a.id}/review`, {
      approve: true,
      comment: '同意',
    });
    expect(reviewed.json()).toMatchObject({ status: 'reviewed', reviewsDone: 1 });

    // The office reviews but does not publish.
    expect((await (await as('office')).post(`/api/portal/articles/${a.id}/publish`, {})).statusCode).toBe(
      403,
    );

    const published = await (await as('xinxi')).post(`/api/portal/articles/${a.id}/publish`, {});
    expect(published.json()).toMatchObject({ status: 'published', liveEdition: 1, unreviewed: false });
    expect(published.json().events.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'submit',
      'approve',
      'publish',
    ]);

    const page = await publicPage(a.id);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>省林业厅召开春季造林工作会议</h1>');
    expect(page.body).toContain('2026年3月2日');
  });

  it('refuses a step the article’s state does not allow with 409, naming the state, and changes nothing', async () => {
    const a = await draft('xinxi', 'hq', '全省国土绿化推进会召开');
    await (await as('xinxi')).post(`/api/portal/articles/${a.id}/submit`, {});
    const again = await (await as('xinxi')).post(`/api/portal/articles/${a.id}/submit`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'STATE_CONFLICT', detail: '当前状态为「待审核」，不能送审' });
    const after = (await (await as('xinxi')).get(`/api/portal/articles/${a.id}`)).json();
    expect(after.status).toBe('submitted');
    expect(after.events.map((e: { action: string }) => e.action)).toEqual(['create', 'submit']);
  });

  it('sends an article back to draft with the reviewer’s comment, which is required', async () => {
    const a = await draft('xinxi', 'hq', '关于开展林业安全检查的通知');
    await (await as('xinxi')).post(`/api/portal/articles/${a.id}/submit`, {});
    const bare = await (await as('office')).post(`/api/portal/articles/${a.id}/review`, { approve: false });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors).toEqual([{ field: 'comment', message: '退回修改须写明意见' }]);
    const back = await (await as('office')).post(`/api/portal/articles/${a.id}/review`, {
      approve: false,
      comment: '请补充检查时间',
    });
    expect(back.json()).toMatchObject({ status: 'draft', reviewsDone: 0 });
    const inbox = await (await as('xinxi')).get('/api/notifications');
    expect(JSON.stringify(inbox.json())).toContain('稿件被退回修改：关于开展林业安全检查的通知');
  });
});

describe('two review steps', () => {
  it('needs two different reviewers, neither of them the submitter', async () => {
    const a = await draft('office', 'policy', '关于进一步加强古树名木保护工作的意见');
    await (await as('office')).post(`/api/portal/articles/${a.id}/submit`, {});

    const first = await (await as('xinxi')).post(`/api/portal/articles/${a.id}/review`, {
      approve: true,
      comment: '初审同意',
    });
    expect(first.json()).toMatchObject({ status: 'submitted', reviewSteps: 2, reviewsDone: 1 });
    // Not published after one step.
    expect((await (await as('xinxi')).post(`/api/portal/articles/${a.id}/publish`, {})).statusCode).toBe(409);

    const again = await (await as('xinxi')).post(`/api/portal/articles/${a.id}/review`, { approve: true });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('复审须由初审以外的审核人进行');

    const second = await (await as('reviewer2')).post(`/api/portal/articles/${a.id}/review`, {
      approve: true,
      comment: '复审同意',
    });
    expect(second.json()).toMatchObject({ status: 'reviewed', reviewsDone: 2 });
    const steps = second.json().events.filter((e: { action: string }) => e.action === 'approve');
    expect(steps.map((e: { step: number; actorName: string }) => [e.step, e.actorName])).toEqual([
      [1, '杨帆'],
      [2, '钱审核'],
    ]);

    const published = await (await as('xinxi')).post(`/api/portal/articles/${a.id}/publish`, {});
    expect(published.json().status).toBe('published');
  });
});

describe('publishing without review', () => {
  it('needs the grant and a reason, marks the article and tells the information centre', async () => {
    const a = await draft('xinxi', 'hq', '紧急通知：近期森林火险等级高');
    // The office may edit and review, not skip review.
    const office = await (await as('office')).post(`/api/portal/articles/${a.id}/publish-unreviewed`, {
      reason: '情况紧急',
    });
    expect(office.statusCode).toBe(403);

    const noReason = await (await as('xinxi')).post(`/api/portal/articles/${a.id}/publish-unreviewed`, {
      reason: '急',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].field).toBe('reason');

    const res = await (await as('xinxi')).post(`/api/portal/articles/${a.id}/publish-unreviewed`, {
      reason: '火险预警须立即发布',
    });
    expect(res.json()).toMatchObject({
      status: 'published',
      unreviewed: true,
      unreviewedReason: '火险预警须立即发布',
    });
    expect(res.json().events.at(-1)).toMatchObject({
      action: 'publish_unreviewed',
      label: '未经审核发布',
      comment: '火险预警须立即发布',
    });
    expect((await publicPage(a.id)).statusCode).toBe(200);

    // The mark: the workbench lists it under "未经审核发布".
    const marked = await (await as('xinxi')).get('/api/portal/articles?unreviewed=true');
    expect(marked.json().items.map((i: { title: string }) => i.title)).toContain(
      '紧急通知：近期森林火险等级高',
    );
    // And the information centre's staff are told.
    const inbox = (await (await as('xinxi')).get('/api/notifications')).json();
    expect(JSON.stringify(inbox)).toContain('未经审核发布：紧急通知：近期森林火险等级高');
    const [audit] = await t.database.query<{ detail: { reason: string } }>(
      `select detail from audit_log where action = 'portal.article.publish-unreviewed' and object_id = $1`,
      [a.id],
    );
    expect(audit.detail.reason).toBe('火险预警须立即发布');
  });
});

describe('withdrawal', () => {
  it('takes the article off the site and its address says it was withdrawn and why', async () => {
    const a = await draft('xinxi', 'hq', '关于举办林业统计培训班的通知');
    await (await as('xinxi')).post(`/api/portal/articles/${a.id}/publish-unreviewed`, {
      reason: '培训通知时间紧',
    });
    const bare = await (await as('xinxi')).post(`/api/portal/articles/${a.id}/withdraw`, { reason: '  ' });
    expect(bare.statusCode).toBe(400);
    const res = await (await as('xinxi')).post(`/api/portal/articles/${a.id}/withdraw`, {
      reason: '培训时间调整，原通知作废',
    });
    expect(res.json()).toMatchObject({
      status: 'withdrawn',
      liveEdition: null,
      withdrawnReason: '培训时间调整，原通知作废',
    });

    const page = await publicPage(a.id);
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('该信息已撤回');
    expect(page.body).toContain('《关于举办林业统计培训班的通知》已于 2026年3月2日 撤回');
    expect(page.body).toContain('撤回原因：培训时间调整，原通知作废');
    // The record stays; it can no longer be edited.
    expect((await (await as('xinxi')).get(`/api/portal/articles/${a.id}`)).statusCode).toBe(200);
    expect(
      (await (await as('xinxi')).patch(`/api/portal/articles/${a.id}`, { title: '新标题' })).statusCode,
    ).toBe(409);
  });

  it('gives an unknown article a plain 404 page', async () => {
    const page = await publicPage('00000000-0000-4000-8000-000000000000');
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('页面未找到');
    expect((await publicPage('not-a-uuid')).statusCode).toBe(404);
  });
});

describe('scheduled publication and take-down', () => {
  it('goes live and comes off at the set times, by the publishing job', async () => {
    const a = await draft('xinxi', 'hq', '全省林业有害生物防治现场会召开');
    await (await as('xinxi')).post(`/api/portal/articles/${a.id}/submit`, {});
    await (await as('office')).post(`/api/portal/articles/${a.id}/review`, { approve: true });
    // 2026-03-02 09:00 now: publish at 10:00, take down at 12:00.
    const res = await (await as('xinxi')).post(`/api/portal/articles/${a.id}/publish`, {
      publishAt: '2026-03-02T10:00:00+08:00',
      unpublishAt: '2026-03-02T12:00:00+08:00',
    });
    expect(res.json()).toMatchObject({ status: 'scheduled', publishAt: '2026-03-02T02:00:00.000Z' });
    const listed = await (await as('xinxi')).get('/api/portal/articles/scheduled');
    expect(listed.json().items.map((i: { id: string }) => i.id)).toContain(a.id);

    // 09:59: nothing yet.
    await runJobNow(t.database, t.deps, 'portal.publishing', { now: new Date('2026-03-02T09:59:00+08:00') });
    expect((await publicPage(a.id)).statusCode).toBe(404);

    jumpTo('2026-03-02T10:01:00+08:00');
    await runJobNow(t.database, t.deps, 'portal.publishing', { now: new Date('2026-03-02T10:01:00+08:00') });
    const live = (await (await as('xinxi')).get(`/api/portal/articles/${a.id}`)).json();
    expect(live).toMatchObject({
      status: 'published',
      liveEdition: 1,
      publishedAt: '2026-03-02T02:00:00.000Z',
    });
    expect((await publicPage(a.id)).statusCode).toBe(200);

    jumpTo('2026-03-02T12:00:30+08:00');
    await runJobNow(t.database, t.deps, 'portal.publishing', { now: new Date('2026-03-02T12:00:30+08:00') });
    const off = (await (await as('xinxi')).get(`/api/portal/articles/${a.id}`)).json();
    expect(off).toMatchObject({ status: 'offline', liveEdition: null });
    const page = await publicPage(a.id);
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('该信息已下线');
    jumpTo('2026-03-02T09:00:00+08:00');
  });

  it('refuses a take-down time before the publication time', async () => {
    const a = await draft('xinxi', 'hq', '定时稿件');
    await (await as('xinxi')).post(`/api/portal/articles/${a.id}/submit`, {});
    await (await as('office')).post(`/api/portal/articles/${a.id}/review`, { approve: true });
    const res = await (await as('xinxi')).post(`/api/portal/articles/${a.id}/publish`, {
      publishAt: '2026-03-03T10:00:00+08:00',
      unpublishAt: '2026-03-03T09:00:00+08:00',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'unpublishAt', message: '下线时间须晚于发布时间' }]);
  });
});

describe('revising a live article', () => {
  it('keeps the published edition public until the revision is reviewed and published', async () => {
    const a = await draft('xinxi', 'hq', '郑州市完成春季造林10万亩', '<p>截至3月底，完成造林10万亩。</p>');
    await (await as('xinxi')).post(`/api/portal/articles/${a.id}/submit`, {});
    await (await as('office')).post(`/api/portal/articles/${a.id}/review`, { approve: true });
    await (await as('xinxi')).post(`/api/portal/articles/${a.id}/publish`, {});

    const edited = await (await as('xinxi')).patch(`/api/portal/articles/${a.id}`, {
      title: '郑州市完成春季造林12万亩',
      bodyHtml: '<p>截至3月底，完成造林12万亩。</p><p>其中平原绿化3万亩。</p>',
      note: '更正数字',
    });
    expect(edited.json()).toMatchObject({ status: 'draft', edition: 2, liveEdition: 1 });
    expect((await publicPage(a.id)).body).toContain('郑州市完成春季造林10万亩');

    const diff = (await (await as('xinxi')).get(`/api/portal/articles/${a.id}/diff?from=1&to=2`)).json();
    expect(diff.fields).toEqual([
      {
        field: 'title',
        label: '标题',
        parts: [
          { op: 'equal', text: '郑州市完成春季造林1' },
          { op: 'delete', text: '0' },
          { op: 'insert', text: '2' },
          { op: 'equal', text: '万亩' },
        ],
      },
    ]);
    expect(diff.body).toEqual([
      {
        op: 'change',
        parts: [
          { op: 'equal', text: '截至3月底，完成造林1' },
          { op: 'delete', text: '0' },
          { op: 'insert', text: '2' },
          { op: 'equal', text: '万亩。' },
        ],
      },
      { op: 'insert', parts: [{ op: 'insert', text: '其中平原绿化3万亩。' }] },
    ]);

    await (await as('xinxi')).post(`/api/portal/articles/${a.id}/submit`, {});
    await (await as('office')).post(`/api/portal/articles/${a.id}/review`, { approve: true });
    const republished = await (await as('xinxi')).post(`/api/portal/articles/${a.id}/publish`, {});
    expect(republished.json()).toMatchObject({ status: 'published', liveEdition: 2 });
    expect(
      republished.json().editions.map((e: { edition: number; note: string | null }) => [e.edition, e.note]),
    ).toEqual([
      [2, '更正数字'],
      [1, null],
    ]);
    const page = await publicPage(a.id);
    expect(page.body).toContain('郑州市完成春季造林12万亩');
    expect(page.body).toContain('其中平原绿化3万亩。');
  });

  it('sends an article under review back to draft when its text changes', async () => {
    const a = await draft('xinxi', 'hq', '审核中修改的稿件');
    await (await as('xinxi')).post(`/api/portal/articles/${a.id}/submit`, {});
    const res = await (await as('xinxi')).patch(`/api/portal/articles/${a.id}`, {
      bodyHtml: '<p>改过的正文</p>',
    });
    expect(res.json()).toMatchObject({ status: 'draft', edition: 2 });
    expect(res.json().events.at(-1)).toMatchObject({
      action: 'edit',
      comment: '修改后退回草稿（原状态：待审核）',
    });
    // Saving the same text again makes no new edition.
    const same = await (await as('xinxi')).patch(`/api/portal/articles/${a.id}`, {
      bodyHtml: '<p>改过的正文</p>',
    });
    expect(same.json().edition).toBe(2);
  });
});

describe('who writes where', () => {
  it('lets a city bureau write in its own column only', async () => {
    const own = await (await as('zhengzhou')).post('/api/portal/articles', {
      columnId: col('zz'),
      title: '郑州市开展森林防火检查',
      bodyHtml: '<p>检查组深入林区。</p>',
    });
    expect(own.statusCode).toBe(201);
    const other = await (await as('zhengzhou')).post('/api/portal/articles', {
      columnId: col('hq'),
      title: '越权稿件',
      bodyHtml: '<p>x</p>',
    });
    expect(other.statusCode).toBe(403);
    expect(other.json().detail).toBe('该栏目不由您的单位负责，无权操作');
    // Nor may it review or publish its own column's articles.
    await (await as('zhengzhou')).post(`/api/portal/articles/${own.json().id}/submit`, {});
    expect(
      (await (await as('zhengzhou')).post(`/api/portal/articles/${own.json().id}/review`, { approve: true }))
        .statusCode,
    ).toBe(403);
  });

  it('shows each editor only the articles of columns in their scope', async () => {
    const zz = (await (await as('zhengzhou')).get('/api/portal/articles?pageSize=200')).json();
    expect(zz.items.length).toBeGreaterThan(0);
    expect(new Set(zz.items.map((i: { columnCode: string }) => i.columnCode))).toEqual(new Set(['zz']));
    const xinxi = (await (await as('xinxi')).get('/api/portal/articles?pageSize=200')).json();
    expect(new Set(xinxi.items.map((i: { columnCode: string }) => i.columnCode))).toEqual(
      new Set(['zz', 'hq', 'policy']),
    );
    // An article outside the scope cannot be opened either.
    const hqArticle = xinxi.items.find((i: { columnCode: string }) => i.columnCode === 'hq');
    expect((await (await as('zhengzhou')).get(`/api/portal/articles/${hqArticle.id}`)).statusCode).toBe(403);
  });

  it('keeps people without a portal role out of the workbench API', async () => {
    expect((await (await as('director')).get('/api/portal/articles')).statusCode).toBe(403);
    expect((await (await as('director')).get('/api/portal/columns')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/portal/articles' })).statusCode).toBe(401);
  });

  it('cleans the body on save: the stored text and the public page carry no script', async () => {
    const a = await draft(
      'xinxi',
      'hq',
      '含有脚本的稿件',
      '<p onclick="steal()">正文</p><script>alert(1)</script><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">链接</a>',
    );
    const stored = (await (await as('xinxi')).get(`/api/portal/articles/${a.id}`)).json();
    expect(stored.bodyHtml).toBe('<p>正文</p><img src="x" /><a>链接</a>');
    await (await as('xinxi')).post(`/api/portal/articles/${a.id}/publish-unreviewed`, {
      reason: '测试清洗结果',
    });
    const page = (await publicPage(a.id)).body;
    expect(page).not.toMatch(/alert|onerror|onclick|javascript:/);
  });

  it('requires the source name and address of a reposted article', async () => {
    const res = await (await as('xinxi')).post('/api/portal/articles', {
      columnId: col('hq'),
      title: '转载稿件',
      bodyHtml: '<p>x</p>',
      origin: 'reposted',
      originUrl: 'ftp://example.org/x',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { field: 'originName', message: '转载稿件须填写出处名称' },
      { field: 'originUrl', message: '原文地址应以 http:// 或 https:// 开头' },
    ]);
  });
});
