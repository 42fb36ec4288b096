// 定时发布: articles set to go live, and live articles set to come off, at a given time, soonest
// first. The publishing job acts on them once a minute.
import { type TableColumnsType, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { formatTime } from '../../components/format.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { ArticleQueue } from './ArticleQueue.tsx';
import type { ArticleSummary } from './api.ts';

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
  return (
    <PageContainer subTitle="定时任务每分钟执行一次">
      <ArticleQueue
        path="/api/portal/articles/scheduled"
        columns={COLUMNS}
        emptyText="没有定时发布或定时下线的稿件"
      />
    </PageContainer>
  );
}
