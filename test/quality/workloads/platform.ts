// The platform's own crash-safety workloads: account creation by the system administrator (with its
// audit record in the same transaction), sign-ins (sessions in the database), replacing a calendar
// year (holidays and note in one transaction), and a runtime setting; plus the audit chain.
import { expect } from 'vitest';
import { testConfig } from '../../../src/config.ts';
import { verifyChain } from '../../../src/platform/audit/audit.service.ts';
import { systemCtx } from '../../../src/platform/context.ts';
import { createSm4Cipher } from '../../../src/platform/crypto/sm.ts';
import { HttpClient } from '../support/http.ts';
import { TEST_SM4_KEY } from '../support/server.ts';
import { registerCrashWorkload, registerInvariant } from '../support/workloads.ts';

const RUN = Date.now().toString(36).slice(-5);

async function all<T>(client: HttpClient, url: string): Promise<T[]> {
  const out: T[] = [];
  for (let page = 1; ; page++) {
    const res = await client.get(`${url}${url.includes('?') ? '&' : '?'}page=${page}&pageSize=200`);
    expect(res.status, `${url}: ${res.text}`).toBe(200);
    const items = res.json().items as T[];
    out.push(...items);
    if (items.length < 200) return out;
  }
}

let hqUnitId = '';

// 1. Accounts: each acknowledged account exists; each account of the run has exactly one
//    'account.create' audit record and each such record's account exists (never one without the other).
registerCrashWorkload<{ username: string }, { id: string }>({
  name: 'accounts',
  async setup(api) {
    const sys = await api.sysadmin();
    const res = await sys.get('/api/units');
    hqUnitId = (res.json().items as Array<{ id: string; code: string }>).find((u) => u.code === 'HNLY')!.id;
  },
  prepare: (n) => ({ username: `crash.${RUN}.${n}` }),
  async send(api, intent) {
    const sys = await api.sysadmin();
    const res = await sys.post('/api/accounts', {
      username: intent.username,
      displayName: `崩溃测试${intent.username.split('.').pop()}`,
      unitId: hqUnitId,
      initialPassword: 'Crash@2026x',
    });
    if (res.status !== 201) throw new Error(`POST /api/accounts → ${res.status} ${res.text}`);
    return { id: res.json().id as string };
  },
  async verify(api, log) {
    const sys = await api.sysadmin();
    const accounts = await all<{ id: string; username: string }>(sys, `/api/accounts?q=crash.${RUN}.`);
    const byName = new Map(accounts.map((a) => [a.username, a.id]));
    for (const { intent, ack } of log.acked)
      expect(byName.get(intent.username), `acknowledged account ${intent.username}`).toBe(ack.id);
    const audit = await all<{ objectId: string }>(await api.auditadmin(), '/api/audit?action=account.create');
    const audited = audit.map((r) => r.objectId);
    for (const a of accounts)
      expect(audited.filter((id) => id === a.id).length, `audit record of ${a.username}`).toBe(1);
    const ours = new Set(accounts.map((a) => a.id));
    const known = new Set([...log.acked.map((x) => x.ack.id)]);
    // Audit records of this run's accounts without their account would be half-written writes.
    for (const id of audited)
      if (known.has(id)) expect(ours.has(id), `account ${id} of an audit record`).toBe(true);
    // An unanswered write is whole or absent: present only together with its audit record (above).
    for (const intent of log.unknown)
      if (byName.has(intent.username)) expect(ours.has(byName.get(intent.username)!)).toBe(true);
  },
});

// 2. Sign-ins: every acknowledged session still works after the restart.
const PEOPLE = ['office', 'window', 'zhengzhou', 'ziyuan', 'xinxi', 'director', 'deputy'];
registerCrashWorkload<{ username: string }, { cookie: string; csrf: string }>({
  name: 'sign-ins',
  prepare: (n) => ({ username: PEOPLE[n % PEOPLE.length]! }),
  async send(api, intent) {
    const client = await api.signIn(intent.username);
    return { cookie: client.cookie!, csrf: client.csrf! };
  },
  async verify(api, log) {
    for (const { intent, ack } of log.acked) {
      const me = await new HttpClient(api.base, ack.cookie, ack.csrf).get('/api/me');
      expect(me.status, `session of ${intent.username}`).toBe(200);
      expect(me.json().username).toBe(intent.username);
    }
  },
});

// 3. A calendar year replaced again and again: the year is exactly the last acknowledged version or
//    the one in flight at the kill — its note and its days always from the same version.
const dayAfter = (start: string, days: number) =>
  new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
// A weekday holiday (2031-03-03 is a Monday) and an adjusted working Saturday (2031-01-04 is one).
const versionDays = (n: number) => [
  { day: dayAfter('2031-01-04', 7 * (n % 40)), kind: 'workday', name: `测试调休${n}` },
  { day: dayAfter('2031-03-03', n % 5), kind: 'holiday', name: `测试假日${n}` },
];
registerCrashWorkload<{ n: number }, { n: number }>({
  name: 'calendar-year',
  prepare: (n) => ({ n }),
  async send(api, intent) {
    const sys = await api.sysadmin();
    const res = await sys.put('/api/calendar/years/2031', {
      note: `v${intent.n}`,
      days: versionDays(intent.n),
    });
    if (res.status !== 200) throw new Error(`PUT /api/calendar/years/2031 → ${res.status} ${res.text}`);
    return { n: intent.n };
  },
  async verify(api, log) {
    if (log.acked.length === 0 && log.unknown.length === 0) return;
    const res = await (await api.sysadmin()).get('/api/calendar/years/2031');
    expect(res.status).toBe(200);
    const year = res.json() as { note: string; days: Array<{ day: string; kind: string; name: string }> };
    const n = Number(year.note.slice(1));
    const last = Math.max(-1, ...log.acked.map((a) => a.ack.n));
    const allowed = [last, ...log.unknown.map((u) => u.n).filter((u) => u > last)];
    expect(allowed, `calendar version ${year.note} after acknowledged v${last}`).toContain(n);
    const byDay = (a: { day: string }, b: { day: string }) => a.day.localeCompare(b.day);
    expect(year.days.map(({ day, kind, name }) => ({ day, kind, name })).sort(byDay)).toEqual(
      versionDays(n).sort(byDay),
    );
  },
});

// 4. A runtime setting switched on and off: it holds the last acknowledged value or the one in flight.
registerCrashWorkload<{ value: boolean; n: number }, { n: number }>({
  name: 'setting',
  prepare: (n) => ({ value: n % 2 === 0, n }),
  async send(api, intent) {
    const res = await (await api.sysadmin()).put('/api/settings/org.directoryShowsPhones', {
      value: intent.value,
    });
    if (res.status !== 200) throw new Error(`PUT /api/settings → ${res.status} ${res.text}`);
    return { n: intent.n };
  },
  async verify(api, log) {
    if (log.acked.length === 0) return;
    const res = await (await api.sysadmin()).get('/api/settings');
    const value = (res.json().items as Array<{ key: string; value: unknown }>).find(
      (s) => s.key === 'org.directoryShowsPhones',
    )!.value;
    const last = log.acked.at(-1)!.ack.n;
    const allowed = [last % 2 === 0, ...log.unknown.filter((u) => u.n > last).map((u) => u.value)];
    expect(allowed).toContain(value);
  },
});

// The audit chain, checked by the audit administrator after every restart (the suite does that),
// and directly on the database after the last stop.
registerInvariant({
  name: 'audit chain',
  async check(database) {
    const deps = { config: testConfig(), cipher: createSm4Cipher(TEST_SM4_KEY), now: () => new Date() };
    const result = await verifyChain(systemCtx(database, deps));
    return result.ok ? [] : [`审计链在第 ${result.firstBroken?.seq} 条断开：${result.firstBroken?.reason}`];
  },
});
