// /api/notifications: each signed-in account's own inbox (站内消息).
import { errorResponses, IdParams, noStore, requireSignedIn } from '../http/route.ts';
import type { Module } from '../module.ts';
import { clockReminders, escalationReminders, listenForMovedClocks } from './clock-reminders.ts';
import { deliveryDispatcher } from './delivery.service.ts';
import { EMERGENCY_REPORT_CLOCK } from './emergency.ts';
import {
  InboxPage,
  InboxQuery,
  NotificationItem,
  presentNotification,
  ReadAllResult,
  UnreadCount,
} from './notify.schema.ts';
import {
  countMyUnread,
  listMyNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from './notify.service.ts';
import { deadlineSweeper } from './reminders.service.ts';

const tags = ['站内消息'];

export const notifyModule: Module = {
  name: 'notify',
  jobs: [deadlineSweeper, deliveryDispatcher],
  reminders: [clockReminders, escalationReminders],
  clockKinds: [EMERGENCY_REPORT_CLOCK],
  register(app) {
    listenForMovedClocks();
    app.get(
      '/api/notifications',
      {
        schema: {
          tags,
          summary: '我的消息',
          querystring: InboxQuery,
          response: { 200: InboxPage, ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) => {
        noStore(reply);
        requireSignedIn(request);
        const page = await listMyNotifications(request.ctx(), request.query);
        return { ...page, items: page.items.map(presentNotification) };
      },
    );

    app.get(
      '/api/notifications/unread-count',
      {
        schema: { tags, summary: '未读消息数', response: { 200: UnreadCount, ...errorResponses(401, 403) } },
      },
      async (request, reply) => {
        noStore(reply);
        requireSignedIn(request);
        return { count: await countMyUnread(request.ctx()) };
      },
    );

    app.post(
      '/api/notifications/:id/read',
      {
        schema: {
          tags,
          summary: '标为已读',
          params: IdParams,
          response: { 200: NotificationItem, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        requireSignedIn(request);
        return presentNotification(await markNotificationRead(request.ctx(), { id: request.params.id }));
      },
    );

    app.post(
      '/api/notifications/read-all',
      {
        schema: {
          tags,
          summary: '全部标为已读',
          response: { 200: ReadAllResult, ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        requireSignedIn(request);
        return markAllNotificationsRead(request.ctx());
      },
    );
  },
};
