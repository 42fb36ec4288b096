// The workbench case queue (办件队列) as a window clerk of the acceptance centre sees it: cases the
// centre received or handles, once each, in queue order (oldest first; closed ones newest first),
// with a capped total and no page beyond it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, type TestApp } from '../../../test/app.ts';
import { seedCalendarFromPackage } from '../../platform/calendar/index.ts';
import { seedDemoData } from '../org/index.ts';

let t: TestApp;
let window: Client;

async function unitId(code: string): Promise<string> {
  const [row] = await t.database.query<{ id: string }>('select id from units where code = $1', [code]);
  return row.id;
}

/** One case straight into the table: only what the queue reads matters here. */
async function addCase(c: {
  receipt: string;
  status: string;
  stage: string;
  queueAt: string;
  unit: string;
  acceptUnit: string;
}) {
  await t.database.query(
    `insert into service_cases (item_code, receipt_code, channel, status, stage, queue_at, applicant_kind,
       applicant_name, form, submitted_at, promised_workdays, unit_id, accept_unit_id, created_at, updated_at)
     values ('LIC-03', $1, 'online', $2, $3, $4, 'citizen', '申请人' || $1, '{}'::jsonb,
       '2026-02-02T09:00:00+08:00', 10, $5, $6, now(), now())`,
    [c.receipt, c.status, c.stage, c.queueAt, c.unit, c.acceptUnit],
  );
}

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-02-09T09:00:00+08:00',
    seed: async (ctx) => {
      await seedCalendarFromPackage(ctx);
      await seedDemoData(ctx);
    },
  });
  const centre = await unitId('HNLY-SLZX');
  const [other] = await t.database.query<{ id: string }>(
    "select id from units where code <> 'HNLY-SLZX' order by code limit 1",
  );
  const o = other.id;
  await addCase({
    receipt: 'BQA',
    status: 'submitted',
    stage: 'acceptance',
    queueAt: '2026-02-09T12:00:00+08:00',
    unit: o,
    acceptUnit: centre,
  });
  // Received AND handled by the centre: listed once.
  await addCase({
    receipt: 'BQB',
    status: 'submitted',
    stage: 'acceptance',
    queueAt: '2026-02-09T10:00:00+08:00',
    unit: centre,
    acceptUnit: centre,
  });
  // Handled by the centre, received elsewhere.
  await addCase({
    receipt: 'BQC',
    status: 'submitted',
    stage: 'acceptance',
    queueAt: '2026-02-09T11:00:00+08:00',
    unit: centre,
    acceptUnit: o,
  });
  // Neither: not the centre's.
  await addCase({
    receipt: 'BQD',
    status: 'submitted',
    stage: 'acceptance',
    queueAt: '2026-02-09T09:30:00+08:00',
    unit: o,
    acceptUnit: o,
  });
  await addCase({
    receipt: 'BQE',
    status: 'accepted',
    stage: 'review',
    queueAt: '2026-02-09T09:00:00+08:00',
    unit: o,
    acceptUnit: centre,
  });
  await addCase({
    receipt: 'BQF',
    status: 'completed',
    stage: 'closed',
    queueAt: '2026-01-10T09:00:00+08:00',
    unit: o,
    acceptUnit: centre,
  });
  await addCase({
    receipt: 'BQG',
    status: 'completed',
    stage: 'closed',
    queueAt: '2026-01-20T09:00:00+08:00',
    unit: centre,
    acceptUnit: centre,
  });
  window = await t.signIn('window');
});
afterAll(() => t.close());

const receipts = (body: { items: Array<{ receiptCode: string }> }) => body.items.map((i) => i.receiptCode);

describe('the case queue of the acceptance centre', () => {
  it('lists the cases it received or handles, once each, oldest first', async () => {
    const res = await window.get('/api/services/cases?stage=acceptance');
    expect(res.statusCode).toBe(200);
    expect(receipts(res.json())).toEqual(['BQB', 'BQC', 'BQA']);
    expect(res.json()).toMatchObject({ total: 3, totalCapped: false, totalEstimated: false });
  });

  it('pages through them in the same order', async () => {
    const first = await window.get('/api/services/cases?stage=acceptance&page=1&pageSize=2');
    const second = await window.get('/api/services/cases?stage=acceptance&page=2&pageSize=2');
    expect(receipts(first.json())).toEqual(['BQB', 'BQC']);
    expect(receipts(second.json())).toEqual(['BQA']);
    expect(first.json().total).toBe(3);
    expect(second.json().total).toBe(3);
  });

  it('shows closed cases newest first', async () => {
    const res = await window.get('/api/services/cases?stage=closed');
    expect(receipts(res.json())).toEqual(['BQG', 'BQF']);
  });

  it('shows the item name and the days left to accept', async () => {
    const res = await window.get('/api/services/cases?stage=review');
    const [item] = res.json().items;
    expect(item).toMatchObject({
      receiptCode: 'BQE',
      itemName: '临时使用林地审批',
      stageLabel: expect.any(String),
    });
  });

  it('refuses a page past the first 10,000 cases, naming the field', async () => {
    const res = await window.get('/api/services/cases?stage=closed&page=501&pageSize=20');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('page');
    expect(res.json().errors[0].message).toContain('10000');
  });

  it('past 1,000 cases says "more than 1,000" instead of counting them all', async () => {
    const centre = await unitId('HNLY-SLZX');
    await t.database.query(
      `insert into service_cases (item_code, receipt_code, channel, status, stage, queue_at, applicant_kind,
         applicant_name, form, submitted_at, promised_workdays, unit_id, accept_unit_id, created_at, updated_at)
       select 'LIC-03', 'BQX' || g, 'online', 'completed', 'closed', timestamptz '2025-01-01' + g * interval '1 hour',
         'citizen', '申请人', '{}'::jsonb, '2025-01-01', 10, $1, $1, now(), now()
       from generate_series(1, 1005) g`,
      [centre],
    );
    const res = await window.get('/api/services/cases?stage=closed');
    // 1,005 + BQF + BQG = 1,007 closed cases: more than 1,000; the newest (BQG, 20 January 2026) first.
    expect(res.json()).toMatchObject({ total: 1000, totalCapped: true, totalEstimated: false });
    expect(receipts(res.json()).slice(0, 2)).toEqual(['BQG', 'BQF']);
    expect(receipts(res.json())[2]).toBe('BQX1005');
  });
});
