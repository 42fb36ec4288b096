// Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2/): third-party clients — a city's
// 12345 hotline system, a mobile app — file letters and follow them through the standard
// interface. Services are the channels open to it (厅长信箱, 专家咨询; never 网上举报, whose
// reporters the interface could not protect); a service request is a letter. Every request call
// names the client's api_key, and a client sees only the letters it filed. Errors are the spec's
// list of { code, description }. Statuses map to open / closed with the detail in status_notes.
import crypto from 'node:crypto';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import { CHANNELS, channelView, OPEN_STATUSES, PUBLIC_STATUS_LABELS } from '../channels.ts';
import { CATEGORIES, listOf } from '../interaction.settings.ts';
import type { ChannelCode } from '../interaction.table.ts';
import { submitLetter } from '../letters/submit-letter.ts';
import {
  findClientLetter,
  findClientLetterByToken,
  listClientLetters,
  type Open311ClientRow,
  type Open311LetterRow,
} from './open311.repository.ts';
import { clientOfKey } from './open311-clients.ts';

/** The channels a third-party client may file to (service_code = the channel's code). */
export const OPEN311_CHANNELS: readonly ChannelCode[] = ['mailbox', 'consult'];

/** A GeoReport error: the HTTP status and the spec's body, [{ code, description }]. */
export class GeoReportError extends Error {
  constructor(
    readonly status: number,
    readonly description: string,
  ) {
    super(description);
  }
  get body() {
    return [{ code: this.status, description: this.description }];
  }
}

export interface GeoService {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: 'realtime' | 'batch' | 'blackbox';
  keywords: string;
  group: string;
}

export async function listServices(ctx: Ctx): Promise<GeoService[]> {
  const out: GeoService[] = [];
  for (const code of OPEN311_CHANNELS) {
    const channel = await channelView(ctx, code);
    if (!channel.open) continue;
    out.push({
      service_code: code,
      service_name: channel.name,
      description: CHANNELS[code].purpose,
      // Every service has one attribute, the letter's category (GET services/{code}.json).
      metadata: true,
      // A letter gets its service_request_id at once.
      type: 'realtime',
      keywords: code === 'mailbox' ? '厅长信箱,意见建议,投诉' : '专家咨询,技术咨询',
      group: '互动交流',
    });
  }
  return out;
}

async function serviceOf(ctx: Ctx, code: unknown): Promise<ChannelCode> {
  const c = typeof code === 'string' ? code.trim() : '';
  if (!c) throw new GeoReportError(400, 'service_code is required / 缺少 service_code');
  if (!(OPEN311_CHANNELS as readonly string[]).includes(c))
    throw new GeoReportError(404, `service_code ${c} not found / 没有这项服务`);
  if (!(await channelView(ctx, c as ChannelCode)).open)
    throw new GeoReportError(404, `service_code ${c} is not accepting requests / 该栏目暂停受理`);
  return c as ChannelCode;
}

export async function serviceDefinition(ctx: Ctx, code: string) {
  const service = await serviceOf(ctx, code);
  const categories = listOf(await getSetting(ctx, CATEGORIES));
  return {
    service_code: service,
    attributes: [
      {
        variable: true,
        code: 'category',
        datatype: 'singlevaluelist',
        required: true,
        datatype_description: '来信类别，从 values 中选一个 key',
        order: 1,
        description: '来信类别',
        values: categories.map((c) => ({ key: c, name: c })),
      },
    ],
  };
}

async function clientOf(ctx: Ctx, apiKey: unknown): Promise<Open311ClientRow> {
  if (typeof apiKey !== 'string' || !apiKey)
    throw new GeoReportError(403, 'api_key is required / 缺少 api_key');
  const client = await clientOfKey(ctx, apiKey);
  if (!client) throw new GeoReportError(403, 'Invalid api_key / api_key 无效或已吊销');
  return client;
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** The spec's form fields (x-www-form-urlencoded), attribute[code] included. */
export type GeoForm = Record<string, unknown>;

/** POST requests.json: files one letter; the answer is [{ service_request_id, token, service_notice, account_id }]. */
export async function postRequest(ctx: Ctx, form: GeoForm) {
  const client = await clientOf(ctx, form.api_key);
  const service = await serviceOf(ctx, form.service_code);
  const lat = str(form.lat);
  const long = str(form.long);
  const address = str(form.address_string);
  const addressId = str(form.address_id);
  // The spec: a location is required, as lat & long, address_string or address_id.
  if (!(lat && long) && !address && !addressId)
    throw new GeoReportError(400, 'lat & long, address_string or address_id is required / 请提供位置');
  const latN = lat ? Number(lat) : null;
  const longN = long ? Number(long) : null;
  if (
    (latN !== null && (!Number.isFinite(latN) || latN < -90 || latN > 90)) ||
    (longN !== null && (!Number.isFinite(longN) || longN < -180 || longN > 180))
  )
    throw new GeoReportError(400, 'lat and long must be WGS84 decimal degrees / 坐标格式不正确');
  const description = str(form.description);
  const token = crypto.randomUUID();
  const name = `${str(form.last_name)}${str(form.first_name)}`;
  try {
    const letter = await submitLetter(
      ctx,
      {
        channel: service,
        name,
        phone: str(form.phone),
        email: str(form.email),
        subject: description.replace(/\s+/g, ' ').slice(0, 30),
        body: [description, address ? `（地点：${address}）` : ''].join(''),
        category: str(form['attribute[category]']),
        consentPublish: false,
      },
      {
        open311: {
          clientId: client.id,
          token,
          location: {
            lat: latN,
            long: longN,
            address: address || null,
            addressId: addressId || null,
          },
        },
      },
    );
    return [
      {
        service_request_id: letter.id,
        token,
        service_notice: `已收到，编号 ${letter.number}，将在 ${letter.dueWorkdays} 个工作日内答复`,
        account_id: null,
      },
    ];
  } catch (e) {
    if (e instanceof AppError && e.errors?.length)
      throw new GeoReportError(
        400,
        e.errors.map((f) => `${GEO_FIELDS[f.field] ?? f.field}: ${f.message}`).join('; '),
      );
    throw e;
  }
}

/** Our field names in the spec's, for error descriptions. */
const GEO_FIELDS: Record<string, string> = {
  name: 'first_name/last_name',
  phone: 'phone',
  email: 'email',
  subject: 'description',
  body: 'description',
  category: 'attribute[category]',
};

function present(row: Open311LetterRow) {
  const confidential = CHANNELS[row.channel].confidential;
  const open = (OPEN_STATUSES as readonly string[]).includes(row.status);
  const detail =
    row.status === 'answered'
      ? `已答复：${row.replyText ?? ''}`
      : row.status === 'rejected'
        ? `不予受理：${row.rejectReason ?? ''}`
        : row.status === 'forwarded'
          ? `已转${row.forwardedTo ?? '有关机关'}办理`
          : PUBLIC_STATUS_LABELS[row.status];
  const location = row.open311Location;
  return {
    service_request_id: row.id,
    status: open ? 'open' : 'closed',
    status_notes: detail,
    service_name: CHANNELS[row.channel].defaultName,
    service_code: row.channel,
    description: row.body,
    agency_responsible: confidential ? null : (row.unitName ?? null),
    service_notice: row.number,
    requested_datetime: row.submittedAt.toISOString(),
    updated_datetime: row.updatedAt.toISOString(),
    expected_datetime: open ? (row.dueAt?.toISOString() ?? null) : null,
    address: location?.address ?? null,
    address_id: location?.addressId ?? null,
    zipcode: null,
    lat: location?.lat ?? null,
    long: location?.long ?? null,
    media_url: null,
  };
}

const DAY = 86_400_000;

function dateParam(v: unknown, name: string): Date | null {
  const s = str(v);
  if (!s) return null;
  // w3c datetime with its time zone (Z or ±HH:MM), as the spec requires.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s))
    throw new GeoReportError(
      400,
      `${name} must be a W3C datetime with time zone, e.g. 2026-03-01T00:00:00+08:00`,
    );
  const d = new Date(s);
  if (Number.isNaN(d.getTime())) throw new GeoReportError(400, `${name} is not a valid date`);
  return d;
}

const list = (v: unknown) =>
  str(v)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** GET requests.json with the spec's filters; without dates, the last 90 days; at most 1000. */
export async function getRequests(ctx: Ctx, q: GeoForm) {
  const client = await clientOf(ctx, q.api_key);
  const ids = list(q.service_request_id);
  if (ids.some((id) => !/^[0-9a-f-]{36}$/i.test(id)))
    throw new GeoReportError(400, 'service_request_id must be ids returned by this server');
  const codes = list(q.service_code);
  const unknown = codes.find((c) => !(OPEN311_CHANNELS as readonly string[]).includes(c));
  if (unknown) throw new GeoReportError(400, `service_code ${unknown} not found`);
  const status = list(q.status);
  if (status.some((s) => s !== 'open' && s !== 'closed'))
    throw new GeoReportError(400, 'status must be open or closed (comma-separated)');
  const end = dateParam(q.end_date, 'end_date');
  const start = dateParam(q.start_date, 'start_date');
  const to = end ?? (start ? new Date(start.getTime() + 90 * DAY) : ctx.now);
  const from = start ?? new Date(to.getTime() - 90 * DAY);
  if (from > to) throw new GeoReportError(400, 'start_date must be before end_date');
  const rows = await listClientLetters(ctx.db, {
    clientId: client.id,
    ids: ids.length ? ids : undefined,
    channels: codes.length ? (codes as ChannelCode[]) : undefined,
    // With ids the dates do not apply (the spec: service_request_id overrides the other filters).
    from: ids.length ? new Date(0) : from,
    to: ids.length ? new Date(8.64e15) : to,
    status: ids.length ? undefined : (status as Array<'open' | 'closed'>),
    limit: 1000,
  });
  return rows.map(present);
}

export async function getRequest(ctx: Ctx, id: string, q: GeoForm) {
  const client = await clientOf(ctx, q.api_key);
  const row = /^[0-9a-f-]{36}$/i.test(id) ? await findClientLetter(ctx.db, client.id, id) : undefined;
  if (!row) throw new GeoReportError(404, `service_request_id ${id} not found`);
  return [present(row)];
}

export async function getToken(ctx: Ctx, token: string, q: GeoForm) {
  const client = await clientOf(ctx, q.api_key);
  const row = /^[0-9a-f-]{36}$/i.test(token)
    ? await findClientLetterByToken(ctx.db, client.id, token)
    : undefined;
  if (!row) throw new GeoReportError(404, `token ${token} not found`);
  return [{ service_request_id: row.id, token }];
}
