// Home card: for a unit, this week's quota and this quarter's points; for the office, the items
// waiting for review.
import { ReadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Skeleton, Space, Statistic } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { can } from '../../auth/access.ts';
import { useMe } from '../../auth/session.tsx';
import { INFO_KEY, useMySummary } from './api.ts';

export default function InfoCard() {
  const me = useMe();
  const office = can(me, 'info:review');
  const summary = useMySummary(!office && can(me, 'info:submit'));
  const queue = useQuery({
    queryKey: [...INFO_KEY, 'items', 'card'],
    queryFn: () => api.get('/api/info/items', { status: 'submitted,reviewing', pageSize: 1 }),
    enabled: office,
  });
  const title = (
    <Space>
      <ReadOutlined />
      政务信息
    </Space>
  );
  if (office) {
    const c = queue.data?.counts ?? {};
    return (
      <Card title={title} extra={<Link to="/info/review">审核队列</Link>}>
        {queue.isPending ? (
          <Skeleton active paragraph={{ rows: 1 }} />
        ) : (
          <Space size={32} wrap>
            <Link to="/info/review?status=submitted">
              <Statistic title="待审核" value={c.submitted ?? 0} suffix="条" />
            </Link>
            <Link to="/info/review?status=reviewing">
              <Statistic title="审核中" value={c.reviewing ?? 0} suffix="条" />
            </Link>
            <Statistic title="累计已采用" value={c.adopted ?? 0} suffix="条" />
          </Space>
        )}
      </Card>
    );
  }
  const s = summary.data;
  return (
    <Card title={title} extra={<Link to="/info/new">报送信息</Link>}>
      {!s ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : (
        <>
          <Space size={32} wrap>
            <Statistic title="本周已报送" value={s.week.submitted} suffix={`/ ${s.week.quota} 条`} />
            <Statistic title={`${s.quarter.label}积分`} value={s.quarter.points} suffix="分" />
            <Statistic title="本季度被采用" value={s.quarter.adopted} suffix="条" />
          </Space>
          {s.week.submitted < s.week.quota && (
            <Alert
              style={{ marginTop: 12 }}
              type="warning"
              showIcon
              title={<Link to="/info/new">本周还未完成报送任务</Link>}
            />
          )}
        </>
      )}
    </Card>
  );
}
