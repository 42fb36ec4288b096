// 工作台首页: the cards registered for this account, in a responsive grid.
import { Card, Col, Empty, Row, Skeleton } from 'antd';
import { Component, type ReactNode, Suspense } from 'react';
import { useMe } from '../auth/session.tsx';
import { PageContainer } from '../layout/PageContainer.tsx';
import { homeCardsFor } from './cards.ts';
import './registered.ts';

/** One failing card must not blank the whole home page. */
class CardBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <Card>此卡片暂时无法显示</Card> : this.props.children;
  }
}

export default function HomePage() {
  const me = useMe();
  const cards = homeCardsFor(me);
  return (
    <PageContainer title="工作台首页">
      {cards.length === 0 ? (
        <Empty description="暂无可显示的内容" />
      ) : (
        <Row gutter={[16, 16]}>
          {cards.map(({ key, span = 12, component: CardComponent }) => (
            <Col key={key} xs={24} lg={span}>
              <CardBoundary>
                <Suspense
                  fallback={
                    <Card>
                      <Skeleton active />
                    </Card>
                  }
                >
                  <CardComponent />
                </Suspense>
              </CardBoundary>
            </Col>
          ))}
        </Row>
      )}
    </PageContainer>
  );
}
