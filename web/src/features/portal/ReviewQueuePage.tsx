// 待审稿件: articles waiting for a review step in the columns the account may review, oldest
// change first out of the list's order; a row opens the editor, where the review is done.
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Table, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { errorText } from '../../components/errors.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { ARTICLE_COLUMNS } from './ArticlesPage.tsx';
import { ARTICLES_KEY } from './api.ts';

export default function ReviewQueuePage() {
  const url = useUrlState();
  const list = useQuery({
    queryKey: [...ARTICLES_KEY, 'review-queue', url.page, url.pageSize],
    queryFn: () =>
      api.get('/api/portal/articles/review-queue', {
        page: url.page,
        pageSize: url.pageSize,
      }),
    refetchInterval: 60_000,
  });
  return (
    <PageContainer subTitle="本人送审的稿件须由其他审核人审核；两级审核的栏目，复审须由初审以外的人进行。">
      <Card>
        {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
        <Table
          rowKey="id"
          size="middle"
          loading={list.isPending}
          columns={ARTICLE_COLUMNS}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: <Empty description="没有待审核的稿件" /> }}
          pagination={{
            current: url.page,
            pageSize: url.pageSize,
            total: list.data?.total ?? 0,
            showTotal: (n) => `共 ${n} 篇`,
            onChange: (page, pageSize) => url.set({ page, pageSize }),
          }}
        />
      </Card>
    </PageContainer>
  );
}
