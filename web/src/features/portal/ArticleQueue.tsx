// A paged list of articles from one of the workbench's article queues (待审, 定时), refreshed every
// minute; the review queue and the scheduled list differ only in their columns and words.
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Table, type TableColumnsType, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { errorText } from '../../components/errors.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { ARTICLES_KEY, type ArticleSummary } from './api.ts';

export function ArticleQueue({
  path,
  columns,
  emptyText,
  unit,
}: {
  path: '/api/portal/articles/review-queue' | '/api/portal/articles/scheduled';
  columns: TableColumnsType<ArticleSummary>;
  emptyText: string;
  unit?: string;
}) {
  const url = useUrlState();
  const list = useQuery({
    queryKey: [...ARTICLES_KEY, path, url.page, url.pageSize],
    queryFn: () => api.get(path, { page: url.page, pageSize: url.pageSize }),
    refetchInterval: 60_000,
  });
  return (
    <Card>
      {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
      <Table
        rowKey="id"
        size="middle"
        loading={list.isPending}
        columns={columns}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={emptyText} /> }}
        pagination={url.pagination(list.data?.total ?? 0, unit)}
      />
    </Card>
  );
}
