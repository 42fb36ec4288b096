// Request and response shapes of /api/notifications (they also make the OpenAPI document).
import { type Static, Type } from '@sinclair/typebox';
import { Paging } from '../http/route.ts';

export const InboxQuery = Type.Object(
  {
    unread: Type.Optional(Type.Boolean({ description: 'true 只看未读，false 只看已读，不填为全部' })),
    ...Paging,
  },
  { additionalProperties: false },
);

export const NotificationItem = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    category: Type.String({ description: '类别（deadline 期限提醒、reminder 催办……）' }),
    title: Type.String(),
    body: Type.String(),
    link: Type.Union([Type.String(), Type.Null()], { description: '工作台中的链接' }),
    createdAt: Type.String({ format: 'date-time' }),
    readAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { additionalProperties: false },
);
export type NotificationItem = Static<typeof NotificationItem>;

export const InboxPage = Type.Object(
  {
    total: Type.Integer({ description: '符合条件的消息数' }),
    unread: Type.Integer({ description: '未读消息总数' }),
    items: Type.Array(NotificationItem),
  },
  { additionalProperties: false },
);

export const UnreadCount = Type.Object({ count: Type.Integer() }, { additionalProperties: false });
export const ReadAllResult = Type.Object(
  { updated: Type.Integer({ description: '本次标为已读的消息数' }) },
  { additionalProperties: false },
);

/** The inbox row as the account sees it. */
export function presentNotification(row: {
  id: string;
  category: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}): NotificationItem {
  return {
    id: row.id,
    category: row.category,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt ? row.readAt.toISOString() : null,
  };
}
