// 消息中心: the account's inbox, all or unread, with read marking.
import { CheckOutlined } from '@ant-design/icons';
import { App, Badge, Button, Card, Empty, List, Segmented, Space, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { Notification } from '../../api/types.ts';
import { errorText } from '../../components/errors.ts';
import { formatTime } from '../../components/format.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { CATEGORY_LABELS, internalLink, useMarkAllRead, useMarkRead, useNotifications } from './api.ts';

export default function InboxPage() {
  const url = useUrlState();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const unreadOnly = url.get('unread') === '1';
  const list = useNotifications({ unread: unreadOnly, page: url.page, pageSize: url.pageSize });
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const unread = list.data?.unread ?? 0;

  const open = (n: Notification) => {
    if (!n.readAt) markRead.mutate(n.id);
    const to = internalLink(n);
    if (to) navigate(to);
  };

  return (
    <PageContainer
      extra={
        <Button
          icon={<CheckOutlined />}
          disabled={unread === 0}
          loading={markAll.isPending}
          onClick={() =>
            markAll.mutate(undefined, {
              onSuccess: () => void message.success('已全部标为已读'),
              onError: (e) => void message.error(errorText(e)),
            })
          }
        >
          全部标为已读
        </Button>
      }
    >
      <Card>
        <Segmented
          aria-label="显示范围"
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(v) => url.set({ unread: v === 'unread' ? '1' : undefined })}
          options={[
            { value: 'all', label: '全部消息' },
            { value: 'unread', label: `未读（${unread}）` },
          ]}
          style={{ marginBottom: 16 }}
        />
        <List<Notification>
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          locale={{
            emptyText: list.isError ? (
              <Empty description={errorText(list.error)} />
            ) : (
              <Empty description={unreadOnly ? '没有未读消息' : '暂无消息'} />
            ),
          }}
          pagination={
            (list.data?.total ?? 0) > url.pageSize
              ? {
                  current: url.page,
                  pageSize: url.pageSize,
                  total: list.data?.total ?? 0,
                  showTotal: (t) => `共 ${t} 条`,
                  onChange: (page, pageSize) => url.set({ page, pageSize }),
                }
              : false
          }
          renderItem={(n) => (
            <List.Item
              actions={[
                !n.readAt && (
                  <Button key="read" size="small" type="link" onClick={() => markRead.mutate(n.id)}>
                    标为已读
                  </Button>
                ),
                internalLink(n) && (
                  <Button key="open" size="small" type="link" onClick={() => open(n)}>
                    查看
                  </Button>
                ),
              ].filter(Boolean)}
            >
              <List.Item.Meta
                avatar={
                  <Badge
                    status={n.readAt ? 'default' : 'processing'}
                    aria-label={n.readAt ? '已读' : '未读'}
                  />
                }
                title={
                  <Space wrap>
                    <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                    <Tag>{CATEGORY_LABELS[n.category] ?? n.category}</Tag>
                    {!n.readAt && <Tag color="blue">未读</Tag>}
                  </Space>
                }
                description={
                  <>
                    {n.body && (
                      <Typography.Paragraph style={{ marginBottom: 4, whiteSpace: 'pre-wrap' }}>
                        {n.body}
                      </Typography.Paragraph>
                    )}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatTime(n.createdAt)}
                      {n.readAt && ` · 已读于 ${formatTime(n.readAt)}`}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Card>
    </PageContainer>
  );
}
