// 栏目更新监测: the site's health against the national veto checks at the top, then every column with
// its last update, rule, due day and days overdue; filters (unit, status) kept in the URL.
import { ExportOutlined } from '@ant-design/icons';
import {
  Alert,
  Card,
  Col,
  Empty,
  List,
  Row,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { errorText } from '../../components/errors.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import {
  CHECK_STATUS,
  type ColumnFreshness,
  FRESHNESS_STATUS,
  type FreshnessStatus,
  type HealthCheck,
  useFreshness,
} from './api.ts';

const VERDICT_TEXT = {
  pass: { type: 'success', text: '按国家政府网站检查的单项否决指标，网站目前全部达标。' },
  warning: {
    type: 'warning',
    text: '网站目前未触及单项否决，但已有栏目未按期更新或即将触及否决线，请督促责任单位更新。',
  },
  fail: {
    type: 'error',
    text: '按国家政府网站检查的单项否决指标，网站现在接受检查将被判为不合格，请立即组织更新。',
  },
} as const;

function OffenderList({ check }: { check: HealthCheck }) {
  const [all, setAll] = useState(false);
  const list = [...check.offenders, ...check.soon.map((o) => ({ ...o, soon: true }))];
  if (check.key === 'home' || list.length === 0) return null;
  const shown = all ? list : list.slice(0, 5);
  return (
    <List
      size="small"
      dataSource={shown}
      renderItem={(o) => (
        <List.Item style={{ padding: '4px 0' }}>
          <Space size={4} wrap>
            <Link to={`/portal-ops/freshness?column=${o.columnId}`}>{o.name}</Link>
            <Typography.Text type="secondary">{o.responsibleUnitName}</Typography.Text>
            {'soon' in o ? <Tag color="gold">即将</Tag> : null}
            <Typography.Text type="secondary">
              {o.daysSinceUpdate === null ? '无内容' : `${o.daysSinceUpdate} 天未更新`}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
      footer={
        list.length > 5 ? (
          <Typography.Link onClick={() => setAll(!all)}>
            {all ? '收起' : `查看全部 ${list.length} 个`}
          </Typography.Link>
        ) : null
      }
    />
  );
}

function CheckCard({ check }: { check: HealthCheck }) {
  const s = CHECK_STATUS[check.status];
  return (
    <Card
      size="small"
      title={
        <Space>
          {check.label}
          {check.national ? <Tag>单项否决</Tag> : <Tag color="blue">厅规定</Tag>}
        </Space>
      }
      extra={<Tag color={s.color}>{s.label}</Tag>}
      style={{ height: '100%' }}
    >
      <Tooltip title={check.rule}>
        <Typography.Paragraph style={{ marginBottom: 8 }}>{check.summary}</Typography.Paragraph>
      </Tooltip>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {check.rule}
      </Typography.Text>
      <OffenderList check={check} />
    </Card>
  );
}

export default function FreshnessPage() {
  const url = useUrlState(50);
  const unitId = url.get('unit');
  // From the address bar: the server rejects an unknown status.
  const status = url.get('status') as FreshnessStatus | undefined;
  const focus = url.get('column');
  const q = useFreshness({ unitId, status });

  const columns: TableColumnsType<ColumnFreshness> = [
    {
      title: '栏目',
      dataIndex: 'name',
      render: (name: string, c) => (
        <Space orientation="vertical" size={0}>
          <Space size={4}>
            <Link to={`/portal/articles?columnId=${c.id}`}>{name}</Link>
            <a
              href={`/columns/${c.code}`}
              target="_blank"
              rel="noreferrer"
              aria-label={`在网站上查看栏目“${name}”`}
            >
              <ExportOutlined />
            </a>
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.code}
          </Typography.Text>
        </Space>
      ),
    },
    { title: '责任单位', dataIndex: 'responsibleUnitName', width: 180 },
    {
      title: '更新要求',
      dataIndex: 'updateDays',
      width: 110,
      render: (d: number | null) => (d ? `每 ${d} 天` : '—'),
    },
    {
      title: '最近更新',
      key: 'last',
      width: 160,
      sorter: (a, b) => (a.daysSinceUpdate ?? 1e9) - (b.daysSinceUpdate ?? 1e9),
      render: (_, c) =>
        c.lastUpdateDay ? (
          <span>
            {c.lastUpdateDay}
            <Typography.Text type="secondary">（{c.daysSinceUpdate} 天前）</Typography.Text>
          </span>
        ) : (
          <Typography.Text type="secondary">无内容</Typography.Text>
        ),
    },
    { title: '到期日', dataIndex: 'dueDay', width: 110, render: (d: string | null) => d ?? '—' },
    {
      title: '逾期',
      dataIndex: 'daysOverdue',
      width: 90,
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.daysOverdue - b.daysOverdue,
      render: (d: number) => (d > 0 ? <Typography.Text type="danger">{d} 天</Typography.Text> : '—'),
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 110,
      render: (s: FreshnessStatus) => (
        <Tag color={FRESHNESS_STATUS[s].color}>{FRESHNESS_STATUS[s].label}</Tag>
      ),
    },
  ];

  const health = q.data?.health;
  const verdict = health ? VERDICT_TEXT[health.verdict] : null;

  return (
    <PageContainer subTitle={health ? `监测日 ${health.today}（北京时间）` : undefined}>
      {q.isError ? <Alert type="error" title={errorText(q.error)} style={{ marginBottom: 16 }} /> : null}
      {health && verdict ? (
        <>
          <Alert
            type={verdict.type}
            showIcon
            title={`网站健康度：${CHECK_STATUS[health.verdict].label}`}
            description={
              <span>
                {verdict.text} 首页最近更新：{health.home.lastUpdateDay ?? '从未更新'}
                {health.home.daysSinceUpdate !== null ? `（${health.home.daysSinceUpdate} 天前）` : ''}。
              </span>
            }
            style={{ marginBottom: 16 }}
          />
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {health.checks.map((c) => (
              <Col key={c.key} xs={24} md={12} xl={8}>
                <CheckCard check={c} />
              </Col>
            ))}
          </Row>
        </>
      ) : null}
      <Card
        title="各栏目更新情况"
        extra={
          health ? (
            <Space wrap>
              {(['overdue', 'due-soon', 'empty', 'ok'] as const).map((s) => (
                <Tag key={s} color={FRESHNESS_STATUS[s].color}>
                  {FRESHNESS_STATUS[s].label} {health.totals[s] ?? 0}
                </Tag>
              ))}
            </Space>
          ) : null
        }
      >
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="责任单位"
            style={{ width: 220 }}
            value={unitId}
            onChange={(v) => url.set({ unit: v, column: undefined })}
            options={(q.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
            aria-label="按责任单位筛选"
          />
          <Select
            allowClear
            placeholder="状态"
            style={{ width: 140 }}
            value={status}
            onChange={(v) => url.set({ status: v, column: undefined })}
            options={(['overdue', 'due-soon', 'empty', 'ok', 'no-rule'] as const).map((s) => ({
              value: s,
              label: FRESHNESS_STATUS[s].label,
            }))}
            aria-label="按状态筛选"
          />
        </Space>
        <Table
          rowKey="id"
          size="middle"
          loading={q.isFetching}
          columns={columns}
          dataSource={q.data?.columns ?? []}
          locale={{ emptyText: <Empty description="没有符合条件的栏目" /> }}
          rowClassName={(c) => (c.id === focus ? 'ant-table-row-selected' : '')}
          pagination={{
            current: url.page,
            pageSize: url.pageSize,
            showSizeChanger: true,
            showTotal: (n) => `共 ${n} 个栏目`,
            onChange: (page, pageSize) => url.set({ page, pageSize }),
          }}
        />
      </Card>
    </PageContainer>
  );
}
