import { LockOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, List, Skeleton, Space, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { formatTime } from '../../components/format.ts';

// The list API has no "locked" filter; the first 200 staff accounts cover a department's
// administrators and most of its staff, and the page says so.
const SCAN = 200;

export default function SecurityAdminCard() {
  const navigate = useNavigate();
  const accounts = useQuery({
    queryKey: ['accounts', 'security-overview'],
    queryFn: () => api.get('/api/accounts', { kind: 'staff', pageSize: SCAN }),
  });
  const locked = accounts.data?.items.filter((a) => a.locked) ?? [];
  const mustChange = accounts.data?.items.filter((a) => a.mustChangePassword).length ?? 0;

  return (
    <Card
      title={
        <Space>
          <SafetyCertificateOutlined />
          安全管理员工作
        </Space>
      }
      extra={
        <Space>
          <Button size="small" onClick={() => navigate('/accounts')}>
            账号管理
          </Button>
          <Button size="small" onClick={() => navigate('/roles')}>
            角色与权限
          </Button>
        </Space>
      }
    >
      {accounts.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : accounts.isError ? (
        <Typography.Text type="secondary">账号信息暂时无法载入。</Typography.Text>
      ) : (
        <>
          <Typography.Paragraph>
            锁定中的账号 <strong>{locked.length}</strong> 个，待修改口令的账号 <strong>{mustChange}</strong>{' '}
            个{accounts.data.total > SCAN && `（统计前 ${SCAN} 个账号）`}。
          </Typography.Paragraph>
          {locked.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有锁定中的账号" />
          ) : (
            <List
              size="small"
              dataSource={locked.slice(0, 5)}
              renderItem={(a) => (
                <List.Item
                  actions={[
                    <Button
                      key="open"
                      size="small"
                      type="link"
                      onClick={() => navigate(`/accounts?q=${encodeURIComponent(a.username)}`)}
                    >
                      处理
                    </Button>,
                  ]}
                >
                  <Space>
                    <LockOutlined style={{ color: '#cf1322' }} />
                    {a.displayName}（{a.username}）
                    <Typography.Text type="secondary">
                      至 {formatTime(a.lockedUntil).slice(11) || '—'}
                    </Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          )}
        </>
      )}
    </Card>
  );
}
