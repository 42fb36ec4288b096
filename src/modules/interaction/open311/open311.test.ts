// Open311 GeoReport v2, tested by a small client written from the published spec
// (http://wiki.open311.org/GeoReport_v2/): it knows only the endpoint, the api_key and the spec's
// paths, form fields, response fields and error format — none of our code. It runs against the app
// listening on a real port. The security administrator issues the key; others may not.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.ts';
import { seedCalendarFromPackage } from '../../../platform/calendar/index.ts';
import { seedDemoData } from '../../org/index.ts';

// --- the client, from the spec -----------------------------------------------------------------------

interface GeoError {
  code: number;
  description: string;
}

class GeoReportClient {
  constructor(
    private endpoint: string,
    private apiKey: string,
  ) {}

  private async call(method: 'GET' | 'POST', path: string, params: Record<string, string> = {}) {
    const form = new URLSearchParams({ api_key: this.apiKey, ...params });
    const res =
      method === 'GET'
        ? await fetch(`${this.endpoint}${path}?${form}`)
        : await fetch(`${this.endpoint}${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: form.toString(),
          });
    return { status: res.status, body: (await res.json()) as unknown };
  }
  services() {
    return this.call('GET', '/services.json');
  }
  definition(code: string) {
    return this.call('GET', `/services/${encodeURIComponent(code)}.json`);
  }
  post(fields: Record<string, string>) {
    return this.call('POST', '/requests.json', fields);
  }
  requests(filters: Record<string, string> = {}) {
    return this.call('GET', '/requests.json', filters);
  }
  request(id: string) {
    return this.call('GET', `/requests/${encodeURIComponent(id)}.json`);
  }
  token(token: string) {
    return this.call('GET', `/tokens/${encodeURIComponent(token)}.json`);
  }
}

/** The spec's error body: an array of { code, description }. */
function expectGeoError(body: unknown, code: number): GeoError {
  expect(Array.isArray(body)).toBe(true);
  const [e] = body as GeoError[];
  expect(e.code).toBe(code);
  expect(typeof e.description).toBe('string');
  expect(e.description.length).toBeGreaterThan(0);
  return e;
}

const SERVICE_FIELDS = [
  'service_code',
  'service_name',
  'description',
  'metadata',
  'type',
  'keywords',
  'group',
];
const REQUEST_FIELDS = [
  'service_request_id',
  'status',
  'status_notes',
  'service_name',
  'service_code',
  'description',
  'agency_responsible',
  'service_notice',
  'requested_datetime',
  'updated_datetime',
  'expected_datetime',
  'address',
  'address_id',
  'zipcode',
  'lat',
  'long',
  'media_url',
];
const W3C = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

// --- the app -------------------------------------------------------------------------------------------

let t: TestApp;
let endpoint: string;
let apiKey: string;

beforeAll(async () => {
  t = await buildTestApp({
    // Monday 2 March 2026, 09:00 in Zhengzhou.
    now: '2026-03-02T09:00:00+08:00',
    seed: async (ctx) => {
      await seedDemoData(ctx);
      await seedCalendarFromPackage(ctx);
    },
  });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  endpoint = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/open311/v2`;
});
afterAll(() => t.close());

describe('api keys', () => {
  it('are issued by the security administrator only, shown once, never in the audit log', async () => {
    const office = await t.signIn('office');
    expect(
      (
        await office.post('/api/interaction/open311/clients', {
          name: '郑州12345',
          contact: '王工 0371-12345',
        })
      ).statusCode,
    ).toBe(403);
    const sec = await t.signIn('secadmin');
    const issued = await sec.post('/api/interaction/open311/clients', {
      name: '郑州市12345政务服务便民热线',
      contact: '王工 0371-67188888',
    });
    expect(issued.statusCode, issued.body).toBe(200);
    apiKey = issued.json().apiKey;
    expect(apiKey).toMatch(/^lz311_[0-9a-f]{40}$/);
    const list = (await sec.get('/api/interaction/open311/clients')).json();
    expect(JSON.stringify(list)).not.toContain(apiKey);
    expect(list.items[0]).toMatchObject({
      name: '郑州市12345政务服务便民热线',
      keyPrefix: apiKey.slice(0, 10),
    });
    const audit = await t.database.query<{ detail: unknown }>(
      `select detail from audit_log where action = 'interaction.open311.issue'`,
    );
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0].detail)).not.toContain(apiKey);
  });
});

describe('a GeoReport v2 client', () => {
  it('lists the services with the spec’s fields, without 网上举报', async () => {
    const client = new GeoReportClient(endpoint, apiKey);
    const { status, body } = await client.services();
    expect(status).toBe(200);
    const services = body as Array<Record<string, unknown>>;
    expect(services.map((s) => s.service_code)).toEqual(['mailbox', 'consult']);
    for (const s of services) {
      expect(Object.keys(s).sort()).toEqual([...SERVICE_FIELDS].sort());
      expect(['realtime', 'batch', 'blackbox']).toContain(s.type);
    }
    expect(services[0].service_name).toBe('厅长信箱');
  });

  it('reads a service definition with its attributes', async () => {
    const client = new GeoReportClient(endpoint, apiKey);
    const { status, body } = await client.definition('mailbox');
    expect(status).toBe(200);
    const def = body as { service_code: string; attributes: Array<Record<string, unknown>> };
    expect(def.service_code).toBe('mailbox');
    const [attr] = def.attributes;
    expect(attr).toMatchObject({
      code: 'category',
      datatype: 'singlevaluelist',
      required: true,
      variable: true,
    });
    expect((attr.values as Array<{ key: string }>).map((v) => v.key)).toContain('林木采伐');
    expectGeoError((await client.definition('report')).body, 404);
  });

  it('files a request, finds it by id and by token, and sees it open with its notes', async () => {
    const client = new GeoReportClient(endpoint, apiKey);
    const posted = await client.post({
      service_code: 'mailbox',
      lat: '34.7466',
      long: '113.6254',
      address_string: '郑州市金水区农业路东段',
      'attribute[category]': '林木采伐',
      first_name: '建国',
      last_name: '王',
      phone: '13838112233',
      description: '小区旁边的行道树被人砍了三棵，请核查是否办理了采伐许可。',
    });
    expect(posted.status, JSON.stringify(posted.body)).toBe(200);
    const [created] = posted.body as Array<{
      service_request_id: string;
      token: string;
      service_notice: string;
    }>;
    expect(created.service_request_id).toBeTruthy();
    expect(created.token).toBeTruthy();

    const one = await client.request(created.service_request_id);
    expect(one.status).toBe(200);
    const [req] = one.body as Array<Record<string, unknown>>;
    expect(Object.keys(req).sort()).toEqual([...REQUEST_FIELDS].sort());
    expect(req).toMatchObject({
      service_request_id: created.service_request_id,
      status: 'open',
      service_code: 'mailbox',
      service_name: '厅长信箱',
      address: '郑州市金水区农业路东段',
      lat: 34.7466,
      long: 113.6254,
    });
    expect(req.status_notes).toBe('已收到，待分办');
    expect(req.requested_datetime).toMatch(W3C);
    // 5 working days from Monday 2 March: due by the end of Monday 9 March (China time).
    expect(new Date(req.expected_datetime as string).toISOString()).toBe('2026-03-09T15:59:59.000Z');
    // The writer's phone number is not sent back.
    expect(JSON.stringify(one.body)).not.toContain('13838112233');

    const tok = await client.token(created.token);
    expect(tok.body).toEqual([{ service_request_id: created.service_request_id, token: created.token }]);

    const open = await client.requests({ status: 'open', service_code: 'mailbox' });
    expect((open.body as Array<{ service_request_id: string }>).map((r) => r.service_request_id)).toContain(
      created.service_request_id,
    );
    const closed = await client.requests({ status: 'closed' });
    expect(closed.body).toEqual([]);
    const before = await client.requests({
      start_date: '2026-01-01T00:00:00+08:00',
      end_date: '2026-03-01T00:00:00+08:00',
    });
    expect(before.body).toEqual([]);
  });

  it('gets the spec’s errors for a bad key, missing fields, bad filters and unknown ids', async () => {
    const bad = new GeoReportClient(endpoint, 'lz311_0000000000000000000000000000000000000000');
    expectGeoError((await bad.requests()).body, 403);
    expect((await bad.requests()).status).toBe(403);
    const client = new GeoReportClient(endpoint, apiKey);
    const noPlace = await client.post({
      service_code: 'mailbox',
      'attribute[category]': '林木采伐',
      first_name: '建国',
      last_name: '王',
      phone: '13838112233',
      description: '没有位置的来信应当被拒绝，按规范需要位置。',
    });
    expect(noPlace.status).toBe(400);
    expectGeoError(noPlace.body, 400);
    const noPhone = await client.post({
      service_code: 'mailbox',
      address_string: '郑州市',
      'attribute[category]': '林木采伐',
      first_name: '建国',
      last_name: '王',
      description: '没有联系电话的厅长信箱来信应当被拒绝。',
    });
    expect(expectGeoError(noPhone.body, 400).description).toContain('phone');
    expectGeoError((await client.post({ service_code: 'report', address_string: '郑州市' })).body, 404);
    expectGeoError((await client.requests({ start_date: '2026-03-01' })).body, 400);
    expectGeoError((await client.requests({ status: 'pending' })).body, 400);
    expectGeoError((await client.request('00000000-0000-0000-0000-000000000000')).body, 404);
    expectGeoError((await client.token('00000000-0000-0000-0000-000000000000')).body, 404);
    // Nothing half-saved: only the one good request exists.
    const [{ n }] = await t.database.query<{ n: number }>(
      `select count(*)::int as n from interaction_letters where source = 'open311'`,
    );
    expect(n).toBe(1);
  });

  it('is refused once the key is revoked', async () => {
    const sec = await t.signIn('secadmin');
    const [c] = (await sec.get('/api/interaction/open311/clients')).json().items;
    expect((await sec.post(`/api/interaction/open311/clients/${c.id}/revoke`, {})).statusCode).toBe(200);
    expectGeoError((await new GeoReportClient(endpoint, apiKey).requests()).body, 403);
  });
});
