// The online services' crash-safety workloads (issue 5 item 2): permit applications submitted online
// as a browser sends them (multipart, files stored), and harvest-quota adjustments (the balance and
// its ledger written together). Invariants on the database after the last stop: every case has its
// submission event, its acceptance clock and its audit record; every quota's balance equals its
// ledger's sum and its last ledger row's balance.
import { expect } from 'vitest';
import { multipartBody, PDF, PNG } from '../../../src/modules/services/test-support/multipart.ts';
import type { HttpClient } from '../support/http.ts';
import { registerCrashWorkload, registerInvariant, type WorkloadApi } from '../support/workloads.ts';

const RUN = Date.now().toString(36).slice(-5);

// One session per person and server for the whole run: sessions live in the database and must survive the kills.
const kept = new Map<string, HttpClient>();
async function as(api: WorkloadApi, username: string): Promise<HttpClient> {
  // Keyed by server too: the suite runs once on PGlite and once on PostgreSQL, each its own database.
  const key = `${api.base} ${username}`;
  let client = kept.get(key);
  if (!client) {
    client = await api.signIn(username);
    kept.set(key, client);
  }
  return client;
}

// 临时使用林地审批 (LIC-03): a permit application with four uploaded materials. The period is next
// year's, so the form stays valid whatever the date of the run.
const ITEM = 'LIC-03';
const nextYear = new Date().getUTCFullYear() + 1;
const FILES = [
  { field: 'material_application', fileName: '申请书.pdf', data: PDF },
  { field: 'material_identity', fileName: '身份证.png', data: PNG },
  { field: 'material_restoration', fileName: '植被恢复方案.pdf', data: PDF },
  { field: 'material_landOwner', fileName: '权属证明.pdf', data: PDF },
];

registerCrashWorkload<{ n: number; summary: string }, { caseId: string }>({
  name: 'permit-applications',
  prepare: (n) => ({
    n,
    summary: `崩溃测试 ${RUN}-${n}：乡村道路施工临时堆放材料，需临时使用林地，期满后恢复植被。`,
  }),
  async send(api, intent) {
    const applicant = await as(api, 'zhangsan');
    const { payload, contentType } = multipartBody(
      {
        _csrf: applicant.csrf!,
        contactName: '张三',
        contactPhone: '13812345678',
        address: '郑州市金水区农业路 1 号',
        county: '410122',
        areaHa: '1.5',
        periodFrom: `${nextYear}-04-01`,
        periodTo: `${nextYear + 1}-03-31`,
        summary: intent.summary,
      },
      FILES,
    );
    const res = await fetch(`${api.base}/services/${ITEM}/apply`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: applicant.cookie!, 'content-type': contentType, accept: 'text/html' },
      body: payload,
      signal: AbortSignal.timeout(30_000),
    });
    const body = await res.text();
    const caseId = /\/account\/cases\/([0-9a-f-]{36})/.exec(res.headers.get('location') ?? '')?.[1];
    if (res.status !== 303 || !caseId)
      throw new Error(`POST /services/${ITEM}/apply → ${res.status} ${body.slice(0, 300)}`);
    return { caseId };
  },
  async verify(api, log) {
    const applicant = await as(api, 'zhangsan');
    for (const { intent, ack } of log.acked) {
      // The applicant's own case page: the case is there with what was written and its four files.
      const res = await fetch(`${api.base}/account/cases/${ack.caseId}`, {
        headers: { cookie: applicant.cookie!, accept: 'text/html' },
      });
      const html = await res.text();
      expect(res.status, `acknowledged application ${intent.n} (${ack.caseId})`).toBe(200);
      expect(html, `application ${intent.n}: its summary`).toContain(`崩溃测试 ${RUN}-${intent.n}：`);
      for (const f of FILES) expect(html, `application ${intent.n}: ${f.fileName}`).toContain(f.fileName);
    }
  },
});

// 采伐限额调整: the forest-resources division adds 1 m³ to one county's quota again and again, each
// with a numbered reason. Every acknowledged adjustment is in the ledger exactly once; one in flight
// at the kill is there once or not at all; the balance is the allocation plus what the ledger says.
let quotaId = '';
let quotaBase = '';
registerCrashWorkload<{ n: number; reason: string }, { remaining: number }>({
  name: 'quota-adjustments',
  async setup(api) {
    if (quotaBase === api.base) return;
    const ziyuan = await as(api, 'ziyuan');
    const res = await ziyuan.get('/api/harvest/quotas?pageSize=1');
    expect(res.status, res.text).toBe(200);
    quotaId = (res.json().items as Array<{ id: string }>)[0]!.id;
    quotaBase = api.base;
  },
  prepare: (n) => ({ n, reason: `崩溃测试调整 ${RUN}-${n} 号` }),
  async send(api, intent) {
    const ziyuan = await as(api, 'ziyuan');
    const res = await ziyuan.post(`/api/harvest/quotas/${quotaId}/adjustments`, {
      amount: 1,
      reason: intent.reason,
    });
    if (res.status !== 200) throw new Error(`POST adjustments → ${res.status} ${res.text}`);
    return { remaining: Number(res.json().remaining) };
  },
  async verify(api, log) {
    if (!quotaId) return;
    const ziyuan = await as(api, 'ziyuan');
    const basis: string[] = [];
    for (let page = 1; ; page++) {
      const res = await ziyuan.get(`/api/harvest/quotas/${quotaId}/ledger?page=${page}&pageSize=200`);
      expect(res.status, res.text).toBe(200);
      const items = res.json().items as Array<{ basis: string | null }>;
      basis.push(...items.map((i) => i.basis ?? ''));
      if (items.length < 200) break;
    }
    const count = (reason: string) => basis.filter((b) => b.includes(reason)).length;
    for (const { intent } of log.acked) expect(count(intent.reason), intent.reason).toBe(1);
    for (const intent of log.unknown) expect(count(intent.reason), intent.reason).toBeLessThanOrEqual(1);
  },
});

registerInvariant({
  name: 'service cases whole',
  async check(database) {
    const rows = await database.query<{ receipt_code: string; problem: string }>(`
      select c.receipt_code, 'no submission event' as problem from service_cases c
        where not exists (select 1 from timeline_events e
          where e.subject_type = 'service_case' and e.subject_id = c.id and e.kind in ('submitted', 'submitted_counter'))
      union all
      select c.receipt_code, 'no acceptance clock' from service_cases c
        where c.acceptance_clock_id is null
           or not exists (select 1 from clocks k where k.id = c.acceptance_clock_id)
      union all
      select c.receipt_code, 'audit records: ' || count(a.seq) from service_cases c
        left join audit_log a on a.object_id = c.id::text and a.action = 'services.case.submit'
        group by c.receipt_code having count(a.seq) <> 1
      union all
      select c.receipt_code, 'material without its stored file' from service_case_materials m
        join service_cases c on c.id = m.case_id
        where m.file_id is not null and not exists (select 1 from stored_files f where f.id = m.file_id)`);
    return rows.map((r) => `办件 ${r.receipt_code}：${r.problem}`);
  },
});

registerInvariant({
  name: 'quota balance equals ledger',
  async check(database) {
    const rows = await database.query<{
      id: string;
      remaining: string;
      ledger: string;
      last: string | null;
    }>(`
      select q.id, q.remaining::text,
             coalesce((select sum(l.amount) from harvest_quota_ledger l where l.quota_id = q.id), 0)::text as ledger,
             (select l.remaining_after::text from harvest_quota_ledger l where l.quota_id = q.id
                order by l.seq desc limit 1) as last
      from harvest_quotas q`);
    const problems: string[] = [];
    for (const r of rows) {
      if (Number(r.remaining) !== Number(r.ledger))
        problems.push(`限额 ${r.id}：余额 ${r.remaining}，台账合计 ${r.ledger}`);
      if (r.last !== null && Number(r.last) !== Number(r.remaining))
        problems.push(`限额 ${r.id}：余额 ${r.remaining}，台账末行余额 ${r.last}`);
    }
    return problems;
  },
});
