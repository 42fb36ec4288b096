// Home card: the reader's open cases by step, today's intake, and the cases nearest their deadline.
import { FileProtectOutlined } from '@ant-design/icons';
import { Card, Empty, List, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { daysLeftTag, STAGES, useHomeSummary } from './api.ts';

export default function ServicesHomeCard() {
  const q = useHomeSummary();
  const title = (
    <Space>
      <FileProtectOutlined />
      网上办事
    </Space>
  );
  const extra = <Link to="/services/cases">办件队列</Link>;
  if (q.isPending)
    return (
      <Card title={title} extra={extra}>
        <Skeleton active paragraph={{ rows: 3 }} />
      </Card>
    );
  if (q.isError)
    return (
      <Card title={title} extra={extra}>
        <Typography.Text type="secondary">办件概况暂时无法载入。</Typography.Text>
      </Card>
    );
  const d = q.data;
  return (
    <Card title={title} extra={extra}>
      <Space size={24} wrap style={{ marginBottom: 16 }}>
        <Statistic title="今日收件" value={d.receivedToday} />
        {STAGES.filter((s) => s.key !== 'closed').map((s) => (
          <Link key={s.key} to={`/services/cases?stage=${s.key}`}>
            <Statistic title={s.label} value={d.stages[s.key] ?? 0} />
          </Link>
        ))}
        <Statistic
          title="已超期"
          value={d.overdue}
          styles={{ content: { color: d.overdue ? '#cf1322' : undefined } }}
        />
      </Space>
      <Typography.Text strong>临近期限（{d.nearDeadlineWorkdays} 个工作日内）</Typography.Text>
      {d.nearDeadline.length ? (
        <List
          size="small"
          dataSource={d.nearDeadline}
          renderItem={(c) => {
            const tag = daysLeftTag(c.daysLeft, c.stage);
            return (
              <List.Item extra={tag ? <Tag color={tag.color}>{tag.text}</Tag> : null}>
                <Link to={`/services/cases/${c.id}`}>{c.itemName}</Link>
                <Typography.Text type="secondary">
                  {' '}
                  {c.applicantName} · {c.stageLabel}
                </Typography.Text>
              </List.Item>
            );
          }}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有临近期限的办件" />
      )}
    </Card>
  );
}
