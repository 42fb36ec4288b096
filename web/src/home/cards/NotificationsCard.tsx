import { BellOutlined } from '@ant-design/icons';
import { Badge, Card, Empty, List, Skeleton, Space, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { formatTime } from '../../components/format.ts';
import { internalLink, useMarkRead, useNotifications } from '../../features/notifications/api.ts';

export default function NotificationsCard() {
  const list = useNotifications({ unread: true, page: 1, pageSize: 5 });
  const markRead = useMarkRead();
  const navigate = useNavigate();
  const unread = list.data?.unread ?? 0;
  return (
    <Card
      title={
        <Space>
          <BellOutlined />
          未读消息
          <Badge count={unread} overflowCount={99} />
        </Space>
      }
      extra={<Link to="/inbox">消息中心</Link>}
    >
      {list.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : list.isError ? (
        <Typography.Text type="secondary">消息暂时无法载入。</Typography.Text>
      ) : list.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有未读消息" />
      ) : (
        <List
          size="small"
          dataSource={list.data.items}
          renderItem={(n) => (
            <List.Item
              extra={
                <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                  {formatTime(n.createdAt).slice(5)}
                </Typography.Text>
              }
            >
              <button
                type="button"
                className="lz-link-button"
                onClick={() => {
                  markRead.mutate(n.id);
                  navigate(internalLink(n) ?? '/inbox');
                }}
              >
                {n.title}
              </button>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
