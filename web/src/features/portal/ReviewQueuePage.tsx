// 待审稿件: articles waiting for a review step in the columns the account may review, oldest
// change first out of the list's order; a row opens the editor, where the review is done.
import { PageContainer } from '../../layout/PageContainer.tsx';
import { ArticleQueue } from './ArticleQueue.tsx';
import { ARTICLE_COLUMNS } from './ArticlesPage.tsx';

export default function ReviewQueuePage() {
  return (
    <PageContainer subTitle="本人送审的稿件须由其他审核人审核；两级审核的栏目，复审须由初审以外的人进行。">
      <ArticleQueue
        path="/api/portal/articles/review-queue"
        columns={ARTICLE_COLUMNS}
        emptyText="没有待审核的稿件"
        unit="篇"
      />
    </PageContainer>
  );
}
