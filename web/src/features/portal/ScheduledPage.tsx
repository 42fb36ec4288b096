// 定时发布: articles set to go live, and live articles set to come off, at a given time, soonest
// first. The publishing job acts on them once a minute.
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { errorText } from '../../components/errors.ts';
import { formatTime } from '../../components/format.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { ARTICLES_KEY, type ArticleSummary } from './api.ts';

const COLUMNS: TableColumnsType<ArticleSummary> = [
  {
    title: '时间',
    key: 'when',
    width: 170,
    render: (_, a) => formatTime(a.status === 'scheduled' ? a.publishAt : a.unpublishAt),
  },
  {
    title: '将要',
    key: 'what',
    width: 110,
    render: (_, a) =>
      a.status === 'scheduled' ? <Tag color="purple">发布</Tag> : <Tag color="orange">下线</Tag>,
  },
  {
    title: '标题',
    dataIndex: 'title',
    render: (t: string, a) => <Link to={`/portal/articles/${a.id}`}>{t}</Link>,
  },
  { title: '栏目', dataIndex: 'columnName', width: 140 },
  {
    title: '未经审核',
    key: 'u',
    width: 100,
    render: (_, a) => (a.unreviewed ? <Tag color="red">是</Tag> : '—'),
  },
];

export default function ScheduledPage() {
  const url = useUrlState();
  const list = useQuery({
    queryKey: [...ARTICLES_KEY, 'scheduled', url.page, url.pageSize],
    queryFn: () =>
      api.get('/api/portal/articles/scheduled', {
        page: url.page,
        pageSize: url.pageSize,
      }),
    refetchInterval: 60_000,
  });
  return (
    <PageContainer subTitle="定时任务每分钟执行一次">
      <Card>
        {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
        <Table
          rowKey="id"
          size="middle"
          loading={list.isPending}
          columns={COLUMNS}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: <Empty description="没有定时发布或定时下线的稿件" /> }}
          pagination={{
            current: url.page,
            pageSize: url.pageSize,
            total: list.data?.total ?? 0,
            onChange: (page, pageSize) => url.set({ page, pageSize }),
          }}
        />
      </Card>
    </PageContainer>
  );
}
