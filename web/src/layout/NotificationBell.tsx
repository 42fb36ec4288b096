// The bell in the header: unread count (polled every minute while the person is active) and a
// short list of the latest unread messages.
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Popover, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Notification } from '../api/types.ts';
import { formatTime } from '../components/format.ts';
import {
  internalLink,
  useMarkAllRead,
  useMarkRead,
  useNotifications,
  useUnreadCount,
} from '../features/notifications/api.ts';

export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const unread = useUnreadCount();
  const latest = useNotifications({ unread: true, page: 1, pageSize: 5 }, open);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const count = unread.data?.count ?? 0;

  const openItem = (n: Notification) => {
    if (!n.readAt) markRead.mutate(n.id);
    setOpen(false);
    navigate(internalLink(n) ?? '/inbox');
  };

  const content = (
    <div style={{ width: 340 }}>
      {latest.isPending ? (
        <div style={{ padding: 24, textAlign: 'center' }}>
          <Spin />
        </div>
      ) : latest.isError ? (
        <Typography.Text type="secondary">消息暂时无法载入</Typography.Text>
      ) : latest.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有未读消息" />
      ) : (
        <List
          size="small"
          dataSource={latest.data.items}
          renderItem={(n) => (
            <List.Item style={{ paddingInline: 0 }}>
              <button type="button" className="lz-link-button" onClick={() => openItem(n)}>
                <div style={{ fontWeight: 500 }}>{n.title}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatTime(n.createdAt).slice(5)}
                </Typography.Text>
              </button>
            </List.Item>
          )}
        />
      )}
      <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 8 }}>
        <Button size="small" type="link" disabled={count === 0} onClick={() => markAll.mutate()}>
          全部标为已读
        </Button>
        <Button
          size="small"
          type="link"
          onClick={() => {
            setOpen(false);
            navigate('/inbox');
          }}
        >
          查看全部消息
        </Button>
      </div>
    </div>
  );

  return (
    <Popover
      content={content}
      title="未读消息"
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
    >
      <button
        type="button"
        className="lz-header-button"
        aria-label={count ? `消息中心，${count} 条未读` : '消息中心'}
      >
        <Badge count={count} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18, color: '#fff' }} />
        </Badge>
      </button>
    </Popover>
  );
}
