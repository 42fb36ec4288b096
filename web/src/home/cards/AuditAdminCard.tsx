import { AuditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Empty, List, Row, Skeleton, Space, Statistic, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { chinaNow, formatTime } from '../../components/format.ts';
import { shortId } from '../../features/audit/labels.ts';

export default function AuditAdminCard() {
  const navigate = useNavigate();
  const today = chinaNow().day;
  const failures = useQuery({
    queryKey: ['audit', 'count', today, 'failure'],
    queryFn: () => api.get('/api/audit', { from: today, to: today, result: 'failure', pageSize: 1 }),
  });
  const denied = useQuery({
    queryKey: ['audit', 'latest-denied', today],
    queryFn: () => api.get('/api/audit', { from: today, to: today, result: 'denied', pageSize: 5 }),
  });

  return (
    <Card
      title={
        <Space>
          <AuditOutlined />
          审计管理员工作
        </Space>
      }
      extra={
        <Button size="small" onClick={() => navigate('/audit')}>
          审计日志
        </Button>
      }
    >
      <Row gutter={16} style={{ marginBottom: 12 }}>
        <Col span={12}>
          <Button
            type="link"
            style={{ padding: 0, height: 'auto' }}
            onClick={() => navigate(`/audit?from=${today}&to=${today}&result=failure`)}
          >
            <Statistic title="今日失败操作" value={failures.data?.total ?? '—'} />
          </Button>
        </Col>
        <Col span={12}>
          <Button
            type="link"
            style={{ padding: 0, height: 'auto' }}
            onClick={() => navigate(`/audit?from=${today}&to=${today}&result=denied`)}
          >
            <Statistic title="今日拒绝访问" value={denied.data?.total ?? '—'} />
          </Button>
        </Col>
      </Row>
      {denied.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : denied.isError ? (
        <Typography.Text type="secondary">审计日志暂时无法载入。</Typography.Text>
      ) : denied.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="今日没有拒绝访问的记录" />
      ) : (
        <List
          size="small"
          header={<Typography.Text type="secondary">最近的拒绝访问</Typography.Text>}
          dataSource={denied.data.items}
          renderItem={(r) => (
            <List.Item>
              <Typography.Text>
                {formatTime(r.at, true).slice(11)} {r.operator.name}
                {r.operator.unit ? `（${r.operator.unit}）` : ''} · {r.actionName}
                {r.objectType
                  ? ` · ${r.object?.typeName ?? r.objectType} ${r.object?.label ?? shortId(r.objectId ?? '')}`
                  : ''}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
