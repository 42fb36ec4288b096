// The morning rush: twelve online applications posted at the same moment. They are committed in
// groups (src/platform/db/group-commit.ts), and each must still come out whole and its own: a case
// with its own receipt code, its four files on disk and recorded, its acceptance clock counted by
// hand, its audit records under its applicant's name in an intact chain, and its notice to the
// accepting centre's staff.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/app.ts';
import { verifyChain } from '../../platform/audit/audit.service.ts';
import { TEMPORARY_USE_FIELDS as FIELDS, TEMPORARY_USE_FILES as FILES } from './test-support/applications.ts';
import { buildDemoServicesApp } from './test-support/demo-app.ts';
import { multipartBody } from './test-support/multipart.ts';

let t: TestApp;
let dataDir: string;
let close: () => Promise<void>;
beforeAll(async () => {
  // Monday 9 February 2026, 09:00 in Zhengzhou.
  ({ t, dataDir, close } = await buildDemoServicesApp('2026-02-09T09:00:00+08:00'));
});
afterAll(() => close());

describe('twelve applications at the same moment', () => {
  it('each becomes a whole case of its own, in fewer transactions than cases', async () => {
    const applicants = { zhangsan: await t.signIn('zhangsan'), hnmy: await t.signIn('hnmy') };
    const who = Array.from(
      { length: 12 },
      (_, i) => (i % 2 ? 'hnmy' : 'zhangsan') as keyof typeof applicants,
    );
    const answers = await Promise.all(
      who.map((u) => {
        const c = applicants[u];
        const { payload, contentType } = multipartBody({ _csrf: c.csrfToken, ...FIELDS }, FILES);
        return t.app.inject({
          method: 'POST',
          url: '/services/LIC-03/apply',
          headers: { cookie: c.cookie, 'content-type': contentType, accept: 'text/html' },
          payload,
        });
      }),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array(12).fill(303));
    const caseIds = answers.map(
      (a) => /\/account\/cases\/([0-9a-f-]{36})\?submitted=1$/.exec(a.headers.location as string)![1],
    );

    const cases = await t.database.query<{
      id: string;
      receipt_code: string;
      applicant: string;
      due: string;
      tx: string;
    }>(
      `select c.id, c.receipt_code, a.username applicant, c.xmin::text tx,
              to_char(c.acceptance_due_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') due
         from service_cases c join accounts a on a.id = c.applicant_account_id where c.id = any($1)`,
      [caseIds],
    );
    expect(cases).toHaveLength(12);
    expect(new Set(cases.map((c) => c.receipt_code)).size).toBe(12);
    // Each answer leads to the case of the one who posted it.
    for (const [i, id] of caseIds.entries()) expect(cases.find((c) => c.id === id)!.applicant).toBe(who[i]);
    // 5 working days from Monday 9 February: 10, 11, 12, 13 and Saturday 14 (调休上班).
    expect(new Set(cases.map((c) => c.due))).toEqual(new Set(['2026-02-14']));
    // Rows written by one transaction share its id: fewer transactions than cases.
    expect(new Set(cases.map((c) => c.tx)).size).toBeLessThan(12);

    // Four materials each, every one a recorded file whose bytes are on disk.
    const materials = await t.database.query<{ case_id: string; storage_key: string; size_bytes: number }>(
      `select m.case_id, f.storage_key, f.size_bytes from service_case_materials m
         join stored_files f on f.id = m.file_id where m.case_id = any($1)`,
      [caseIds],
    );
    expect(materials).toHaveLength(48);
    for (const id of caseIds) expect(materials.filter((m) => m.case_id === id)).toHaveLength(4);
    for (const m of materials)
      expect(fs.statSync(path.join(dataDir, 'files', ...m.storage_key.split('/'))).size).toBe(m.size_bytes);

    // Each timeline has its one first step, one clock each.
    const [{ n: events }] = await t.database.query<{ n: string }>(
      `select count(*)::text n from timeline_events
        where subject_type = 'service_case' and subject_id = any($1::uuid[]) and kind = 'submitted'`,
      [caseIds],
    );
    expect(events).toBe('12');
    const [{ n: steps }] = await t.database.query<{ n: string }>(
      `select count(*)::text n from timeline_events where subject_type = 'service_case' and subject_id = any($1::uuid[])`,
      [caseIds],
    );
    expect(steps).toBe('12');
    const [{ n: clocks }] = await t.database.query<{ n: string }>(
      `select count(*)::text n from clocks where subject_type = 'service_case' and subject_id = any($1::text[])`,
      [caseIds],
    );
    expect(clocks).toBe('12');

    // Audit: one submission and one clock per case, under the applicant's name; the chain holds.
    const audit = await t.database.query<{ action: string; actor_name: string; object_id: string }>(
      `select action, actor_name, object_id from audit_log where action in ('services.case.submit', 'clock.start')
         and at >= '2026-02-09T01:00:00Z'`,
    );
    const submits = audit.filter((r) => r.action === 'services.case.submit');
    expect(submits.map((r) => r.object_id).sort()).toEqual([...caseIds].sort());
    for (const r of submits) expect(r.actor_name).toBe(cases.find((c) => c.id === r.object_id)!.applicant);
    expect(audit.filter((r) => r.action === 'clock.start')).toHaveLength(12);
    expect((await verifyChain(t.ctx())).ok).toBe(true);

    // Every active staff member of the accepting unit has one notice per case.
    const [{ staff, notices }] = await t.database.query<{ staff: string; notices: string }>(
      `select (select count(*) from accounts a where a.unit_id = c.accept_unit_id and a.kind = 'staff'
                 and a.status = 'active')::text staff,
              (select count(*) from notifications n where n.link = any($2))::text notices
         from service_cases c where c.id = $1`,
      [caseIds[0], caseIds.map((id) => `/admin/services/cases/${id}`)],
    );
    expect(Number(staff)).toBeGreaterThan(0);
    expect(Number(notices)).toBe(12 * Number(staff));
  });
});
