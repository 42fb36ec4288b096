// Home card: the open items the account is concerned with (its unit's, its charge, or the whole
// board for the office), by deadline colour; each figure opens the board filtered.
import { ProjectOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Skeleton, Space, Statistic } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { can } from '../../auth/access.ts';
import { useMe } from '../../auth/session.tsx';
import { SUPERVISION_KEY } from './api.ts';

export default function SupervisionCard() {
  const me = useMe();
  const view = can(me, 'supervision:manage') ? 'all' : can(me, 'supervision:lead') ? 'leader' : 'unit';
  const query = { view: view as 'all', status: 'open', pageSize: 1 };
  const list = useQuery({
    queryKey: [...SUPERVISION_KEY, 'items', query],
    queryFn: () => api.get('/api/supervision/items', query),
  });
  const title = (
    <Space>
      <ProjectOutlined />
      督查督办
    </Space>
  );
  const extra = <Link to={`/supervision${view === 'all' ? '' : `?view=${view}`}`}>全部</Link>;
  if (list.isPending)
    return (
      <Card title={title} extra={extra}>
        <Skeleton active paragraph={{ rows: 2 }} />
      </Card>
    );
  const open = (list.data?.board ?? []).filter((c) => c.status !== 'closed');
  const sum = (k: 'red' | 'yellow' | 'green') => open.reduce((n, c) => n + c[k], 0);
  const href = (light: string) =>
    `/supervision?${view === 'all' ? '' : `view=${view}&`}status=open&light=${light}`;
  return (
    <Card title={title} extra={extra}>
      <Space size={32} wrap>
        <Link to={href('red')}>
          <Statistic
            title="已超期"
            value={sum('red')}
            suffix="件"
            styles={{ content: { color: '#cf1322' } }}
          />
        </Link>
        <Link to={href('yellow')}>
          <Statistic
            title="临近期限"
            value={sum('yellow')}
            suffix="件"
            styles={{ content: { color: '#d48806' } }}
          />
        </Link>
        <Link to={href('green')}>
          <Statistic title="正常办理" value={sum('green')} suffix="件" />
        </Link>
      </Space>
    </Card>
  );
}
