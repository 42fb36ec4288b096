// A citizen's withdrawal through the workbench API (窗口代办 route): the route answers with the staff
// case detail, so a citizen is refused before anything is written — the case stays open, nothing in
// the business tables changes — and withdraws on the site instead (/account/cases/:id/withdraw).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/app.ts';
import { businessDigest, changedTables } from '../../../test/digest.ts';
import { TEMPORARY_USE_FIELDS, TEMPORARY_USE_FILES } from './test-support/applications.ts';
import { buildDemoServicesApp } from './test-support/demo-app.ts';
import { multipartBody } from './test-support/multipart.ts';

let t: TestApp;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ t, close } = await buildDemoServicesApp('2026-03-02T09:00:00+08:00'));
});
afterAll(() => close());

async function submitAsZhangsan(): Promise<{
  caseId: string;
  client: Awaited<ReturnType<TestApp['signIn']>>;
}> {
  const client = await t.signIn('zhangsan');
  const { payload, contentType } = multipartBody(
    { _csrf: client.csrfToken, ...TEMPORARY_USE_FIELDS, action: 'submit' },
    TEMPORARY_USE_FILES,
  );
  const res = await t.app.inject({
    method: 'POST',
    url: '/services/LIC-03/apply',
    headers: { cookie: client.cookie, 'content-type': contentType, accept: 'text/html' },
    payload,
  });
  expect(res.statusCode).toBe(303);
  return { caseId: String(res.headers.location).match(/\/account\/cases\/([0-9a-f-]{36})/)![1], client };
}

describe('a citizen’s withdrawal through the workbench API', () => {
  it('is refused before the write: 403, the case still open, the business tables unchanged', async () => {
    const { caseId, client } = await submitAsZhangsan();
    const before = await businessDigest(t.database);
    const res = await client.post(`/api/services/cases/${caseId}/withdrawal`, { reason: '不再需要' });
    expect(res.statusCode).toBe(403);
    expect(changedTables(before, await businessDigest(t.database))).toEqual([]);
    const [row] = await t.database.query<{ status: string }>(
      'select status from service_cases where id = $1',
      [caseId],
    );
    expect(row.status).toBe('submitted');
  });

  it('goes through on the site, where the citizen sees the case withdrawn', async () => {
    const { caseId, client } = await submitAsZhangsan();
    const res = await t.app.inject({
      method: 'POST',
      url: `/account/cases/${caseId}/withdraw`,
      headers: {
        cookie: client.cookie,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'text/html',
      },
      payload: `_csrf=${encodeURIComponent(client.csrfToken)}&reason=${encodeURIComponent('不再需要')}`,
    });
    expect(res.statusCode).toBe(303);
    const [row] = await t.database.query<{ status: string }>(
      'select status from service_cases where id = $1',
      [caseId],
    );
    expect(row.status).toBe('withdrawn');
  });

  it('by the window clerk answers with the case detail, withdrawn', async () => {
    const { caseId } = await submitAsZhangsan();
    const res = await (await t.signIn('window')).post(`/api/services/cases/${caseId}/withdrawal`, {
      reason: '申请人来电要求撤回',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('withdrawn');
  });
});
