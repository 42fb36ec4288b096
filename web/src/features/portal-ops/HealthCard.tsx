// Home card: the site's health against the national veto checks, with the counts that matter.
import { GlobalOutlined } from '@ant-design/icons';
import { Card, List, Skeleton, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { CHECK_STATUS, useHealth } from './api.ts';

export default function HealthCard() {
  const health = useHealth();
  const title = (
    <Space>
      <GlobalOutlined />
      网站健康度
    </Space>
  );
  const extra = <Link to="/portal-ops/freshness">栏目更新监测</Link>;
  if (health.isPending)
    return (
      <Card title={title} extra={extra}>
        <Skeleton active paragraph={{ rows: 3 }} />
      </Card>
    );
  if (health.isError || !health.data)
    return (
      <Card title={title} extra={extra}>
        <Typography.Text type="secondary">网站健康度暂时无法载入。</Typography.Text>
      </Card>
    );
  const h = health.data;
  return (
    <Card title={title} extra={extra}>
      <Space style={{ marginBottom: 8 }}>
        <Typography.Text strong>按国家检查指标：</Typography.Text>
        <Tag color={CHECK_STATUS[h.verdict].color}>{CHECK_STATUS[h.verdict].label}</Tag>
      </Space>
      <List
        size="small"
        dataSource={h.checks.filter((c) => c.status !== 'pass')}
        locale={{ emptyText: '各项指标均达标' }}
        renderItem={(c) => (
          <List.Item style={{ padding: '4px 0' }}>
            <Space size={4} wrap>
              <Tag color={CHECK_STATUS[c.status].color}>{CHECK_STATUS[c.status].label}</Tag>
              <Typography.Text>{c.label}：</Typography.Text>
              <Typography.Text type="secondary">{c.summary}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
