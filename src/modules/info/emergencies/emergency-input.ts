// The emergency report form (突发事件信息) checked as the unit typed it: every problem named by its
// field at once. A registration (登记, a draft whose countdown runs) needs what happened, where and
// when; the report itself (首报, 续报, 终报) needs every fact of the form. The event time is never in
// the future; a follow-up's time (情况截至时间) is never earlier than the report it follows.
import { formatInstant } from '../../../platform/calendar/index.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError, type FieldError } from '../../../platform/errors.ts';
import { HENAN_PREFECTURES } from '../../org/index.ts';
import type { EmergencyFacts } from '../info.table.ts';

export interface EmergencyForm {
  title?: string;
  /** Event time (事发时间) of the initial report; 情况截至时间 of a follow-up or final report. */
  eventAt?: string;
  countyCode?: string;
  place?: string;
  nature?: string;
  scope?: string;
  casualties?: string;
  trend?: string;
  measures?: string;
  leadersOnSite?: string;
  authorName?: string;
  contact?: string;
}

type FactField = Exclude<keyof EmergencyFacts, 'countyCode'>;

/** The facts in the form's order, with their labels; `brief` ones a registration needs too. */
export const FACTS: ReadonlyArray<{ field: FactField; label: string; max: number; brief?: boolean }> = [
  { field: 'place', label: '事发地点', max: 100, brief: true },
  { field: 'nature', label: '事件性质', max: 200, brief: true },
  { field: 'scope', label: '影响范围', max: 500 },
  { field: 'casualties', label: '人员伤亡和财产损失', max: 500 },
  { field: 'trend', label: '发展趋势', max: 500 },
  { field: 'measures', label: '已采取的措施', max: 1000 },
  { field: 'leadersOnSite', label: '到场领导', max: 200 },
];

/** 410184 → 郑州市新郑市; 419001 (济源, no counties) → 济源市. */
export const COUNTY_NAMES: ReadonlyMap<string, string> = new Map(
  HENAN_PREFECTURES.flatMap((city) =>
    city.counties.length
      ? city.counties.map(([code, name]) => [code, `${city.name}${name}`] as const)
      : [[city.code, city.name] as const],
  ),
);

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface CheckedEmergency {
  title: string;
  eventAt: Date;
  facts: EmergencyFacts;
  /** The text a bulletin prints: the facts in the form's order. */
  body: string;
  authorName: string;
  contact: string;
}

/**
 * The form checked. `brief`: a registration (only what, where, when); `after`: the time the report
 * may not be earlier than (a follow-up: the report it follows), with its name for the message.
 */
export function checkEmergency(
  ctx: Ctx,
  input: EmergencyForm,
  options: { brief?: boolean; after?: { at: Date; label: string } } = {},
): CheckedEmergency {
  const errors: FieldError[] = [];
  const timeLabel = options.after ? '情况截至时间' : '事发时间';
  const title = (input.title ?? '').trim();
  if (!title) errors.push({ field: 'title', message: '请填写标题' });
  else if (title.length > 80) errors.push({ field: 'title', message: '标题不超过 80 个字' });
  else if (title.length < 6) errors.push({ field: 'title', message: '标题至少 6 个字' });
  const eventAt = input.eventAt ? new Date(input.eventAt) : null;
  if (!eventAt || Number.isNaN(eventAt.getTime()))
    errors.push({ field: 'eventAt', message: `请填写${timeLabel}` });
  else if (eventAt.getTime() > ctx.now.getTime())
    errors.push({
      field: 'eventAt',
      message: `${timeLabel}（${formatInstant(eventAt)}）晚于现在，请核对`,
    });
  else if (options.after && eventAt.getTime() < options.after.at.getTime())
    errors.push({
      field: 'eventAt',
      message: `${timeLabel}不能早于${options.after.label}（${formatInstant(options.after.at)}）`,
    });
  const county = (input.countyCode ?? '').trim();
  if (!county) errors.push({ field: 'countyCode', message: '请选择事发县（市、区）' });
  else if (!COUNTY_NAMES.has(county))
    errors.push({ field: 'countyCode', message: '所选事发县（市、区）不是河南省的县级行政区' });
  const facts: EmergencyFacts = {
    countyCode: county || null,
    place: '',
    nature: '',
    scope: '',
    casualties: '',
    trend: '',
    measures: '',
    leadersOnSite: '',
  };
  for (const f of FACTS) {
    const v = (input[f.field] ?? '').trim();
    if (!v && (f.brief || !options.brief))
      errors.push({ field: f.field, message: `请填写${f.label}${f.brief ? '' : '（没有请填“无”）'}` });
    else if (v.length > f.max) errors.push({ field: f.field, message: `${f.label}不超过 ${f.max} 个字` });
    facts[f.field] = v;
  }
  const authorName = (input.authorName ?? '').trim();
  if (!authorName) errors.push({ field: 'authorName', message: '请填写报告人' });
  else if (authorName.length > 40) errors.push({ field: 'authorName', message: '报告人不超过 40 个字' });
  const contact = (input.contact ?? '').trim();
  if (!contact) errors.push({ field: 'contact', message: '请填写联系电话，便于办公室核实' });
  else if (contact.length > 60) errors.push({ field: 'contact', message: '联系电话不超过 60 个字' });
  if (errors.length) throw new AppError('VALIDATION_FAILED', { message: errors[0].message, errors });
  const where = `${COUNTY_NAMES.get(county)}${facts.place}`;
  const body = [
    `<p><strong>${timeLabel}：</strong>${escapeHtml(formatInstant(eventAt as Date))}</p>`,
    `<p><strong>事发地点：</strong>${escapeHtml(where)}</p>`,
    ...FACTS.filter((f) => f.field !== 'place' && facts[f.field]).map(
      (f) => `<p><strong>${f.label}：</strong>${escapeHtml(facts[f.field])}</p>`,
    ),
  ].join('');
  return { title, eventAt: eventAt as Date, facts, body, authorName, contact };
}
