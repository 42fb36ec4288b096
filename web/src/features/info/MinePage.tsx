// 本单位信息报送: this week's quota, this quarter's submitted / adopted / points, and the unit's own
// items (drafts too) with what the office did with each; filters in the URL.
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Row, Statistic, Tabs } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { INFO_KEY, useMySummary } from './api.ts';
import { ItemsTable } from './ItemsTable.tsx';

const TABS = [
  { key: '', label: '全部' },
  { key: 'draft,returned', label: '草稿与退回' },
  { key: 'submitted,reviewing', label: '待审核' },
  { key: 'adopted', label: '已采用' },
  { key: 'not_adopted', label: '未采用' },
];

export default function MinePage() {
  const url = useUrlState();
  const status = url.get('status') ?? '';
  const query = { view: 'mine', status: status || undefined, page: url.page, pageSize: url.pageSize };
  const list = useQuery({
    queryKey: [...INFO_KEY, 'items', query],
    queryFn: () => api.get('/api/info/items', query),
    placeholderData: (prev) => prev,
  });
  const summary = useMySummary();
  const s = summary.data;
  const short = s ? s.week.submitted < s.week.quota : false;
  return (
    <PageContainer
      title="本单位信息报送"
      subTitle={s?.unitName}
      extra={
        <Link to="/info/new">
          <Button type="primary" icon={<PlusOutlined />}>
            报送信息
          </Button>
        </Link>
      }
    >
      {s && (
        <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
          <Col xs={24} md={12}>
            <Card
              size="small"
              title={`本周（${s.week.monday.slice(5)} 至 ${s.week.sunday.slice(5)}）报送任务`}
            >
              <Statistic value={s.week.submitted} suffix={`/ ${s.week.quota} 条`} />
              {short && (
                <Alert
                  style={{ marginTop: 8 }}
                  type="warning"
                  showIcon
                  title={`本周还需报送 ${s.week.quota - s.week.submitted} 条信息`}
                />
              )}
            </Card>
          </Col>
          <Col xs={24} md={12}>
            <Card size="small" title={`${s.quarter.label}`}>
              <Row>
                <Col span={8}>
                  <Statistic title="报送" value={s.quarter.submitted} suffix="条" />
                </Col>
                <Col span={8}>
                  <Statistic title="被采用" value={s.quarter.adopted} suffix="条" />
                </Col>
                <Col span={8}>
                  <Statistic title="积分" value={s.quarter.points} suffix="分" />
                </Col>
              </Row>
            </Card>
          </Col>
        </Row>
      )}
      <Tabs
        activeKey={status}
        onChange={(k) => url.set({ status: k || null })}
        items={TABS.map((t) => ({ key: t.key, label: t.label }))}
      />
      <ItemsTable
        items={list.data?.items ?? []}
        loading={list.isPending}
        pagination={url.pagination(list.data?.total ?? 0, '条')}
      />
    </PageContainer>
  );
}
