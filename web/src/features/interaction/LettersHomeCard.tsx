// Home card: the reader's open letters by step, the overdue ones, and those nearest their deadline.
import { MailOutlined } from '@ant-design/icons';
import { Card, Empty, List, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDate } from '../../components/format.ts';
import { useLetters } from './api.ts';

export default function LettersHomeCard() {
  const q = useLetters({
    status: ['received', 'assigned', 'drafted', 'office_review'],
    order: 'due',
    pageSize: 5,
  });
  const title = (
    <Space>
      <MailOutlined />
      来信办理
    </Space>
  );
  const extra = <Link to="/interaction/letters">来信队列</Link>;
  if (q.isPending)
    return (
      <Card title={title} extra={extra}>
        <Skeleton active paragraph={{ rows: 3 }} />
      </Card>
    );
  if (q.isError)
    return (
      <Card title={title} extra={extra}>
        <Typography.Text type="secondary">来信概况暂时无法载入。</Typography.Text>
      </Card>
    );
  const c = q.data.counts;
  return (
    <Card title={title} extra={extra}>
      <Space size={24} wrap style={{ marginBottom: 16 }}>
        <Link to="/interaction/letters?tab=received">
          <Statistic title="待分办" value={c.received ?? 0} />
        </Link>
        <Link to="/interaction/letters?tab=assigned">
          <Statistic title="办理中" value={c.assigned ?? 0} />
        </Link>
        <Link to="/interaction/letters?tab=review">
          <Statistic title="待审核" value={(c.drafted ?? 0) + (c.office_review ?? 0)} />
        </Link>
        <Link to="/interaction/letters?tab=overdue">
          <Statistic
            title="已超期"
            value={c.overdue ?? 0}
            styles={{ content: c.overdue ? { color: '#cf1322' } : {} }}
          />
        </Link>
      </Space>
      {q.data.items.length ? (
        <List
          size="small"
          header={<Typography.Text type="secondary">最临近答复期限</Typography.Text>}
          dataSource={q.data.items}
          renderItem={(l) => (
            <List.Item>
              <Link to={`/interaction/letters/${l.id}`}>{l.subject}</Link>
              <Space size={4}>
                {formatDate(l.dueAt)}
                {l.overdue ? <Tag color="red">已超期</Tag> : null}
              </Space>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有待办来信" />
      )}
    </Card>
  );
}
