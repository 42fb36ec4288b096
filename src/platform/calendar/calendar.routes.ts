// /api/calendar: the public due-date calculator, the calendar's status and years (staff), the
// system administrator's yearly edit; /api/clocks/:id: one statutory clock with its explanation.
import { errorResponses, IdParams, noStore } from '../http/route.ts';
import type { Module } from '../module.ts';
import {
  ClockReply,
  DueQuery,
  DueReply,
  ProvisionalYearReply,
  presentClock,
  presentProvisionalYear,
  presentStatus,
  presentYear,
  StatusReply,
  YearBody,
  YearParams,
  YearReplaced,
  YearReply,
} from './calendar.schema.ts';
import {
  calendarStatus,
  computeWorkdayDue,
  getCalendarYear,
  getProvisionalYear,
  replaceCalendarYear,
} from './calendar.service.ts';
import { viewClock } from './clocks.service.ts';

const tags = ['工作日历与计时'];

export const calendarModule: Module = {
  name: 'calendar',
  register(app) {
    app.get(
      '/api/calendar/due',
      {
        schema: {
          tags,
          summary: '计算期限届满日（公开）：自某日起第 N 个工作日',
          querystring: DueQuery,
          response: { 200: DueReply, ...errorResponses(400, 422, 429) },
        },
        config: { public: true, rateLimit: { max: 120, timeWindow: 60_000 } },
      },
      async (request) => computeWorkdayDue(request.ctx(), request.query),
    );

    app.get(
      '/api/calendar/status',
      {
        schema: {
          tags,
          summary: '工作日历状态与提醒',
          response: { 200: StatusReply, ...errorResponses(401, 403) },
        },
      },
      async (request, reply) => {
        noStore(reply);
        return presentStatus(await calendarStatus(request.ctx()));
      },
    );

    app.get(
      '/api/calendar/years/:year',
      {
        schema: {
          tags,
          summary: '某年的节假日与调休上班日',
          params: YearParams,
          response: { 200: YearReply, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => presentYear(await getCalendarYear(request.ctx(), request.params.year)),
    );

    app.get(
      '/api/calendar/years/:year/provisional',
      {
        schema: {
          tags,
          summary:
            '某年的暂定日历：按《全国年节及纪念日放假办法》推算的法定节假日与补假（未录入正式安排时据此计算期限）',
          params: YearParams,
          response: { 200: ProvisionalYearReply, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => presentProvisionalYear(await getProvisionalYear(request.ctx(), request.params.year)),
    );

    app.put(
      '/api/calendar/years/:year',
      {
        schema: {
          tags,
          summary: '替换某年的节假日与调休上班日（系统管理员）；重新计算进行中的计时',
          params: YearParams,
          body: YearBody,
          response: { 200: YearReplaced, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) =>
        presentYear(await replaceCalendarYear(request.ctx(), { year: request.params.year, ...request.body })),
    );

    app.get(
      '/api/clocks/:id',
      {
        schema: {
          tags,
          summary: '计时详情（含届满日说明）',
          params: IdParams,
          response: { 200: ClockReply, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        noStore(reply);
        return presentClock(await viewClock(request.ctx(), request.params.id));
      },
    );
  },
};
