// 依申请公开办理: the queue of applications for disclosure, nearest due date first, with working
// days left (red when 2 or fewer, or overdue), tabs by state kept in the URL; a row opens the
// application's page.
import { useQuery } from '@tanstack/react-query';
import { Table, type TableColumnsType, Tabs, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { APPLICATION_STATUS_COLORS, type ApplicationItem, OPENNESS_KEY } from './api.ts';

export function DaysLeft({ days }: { days: number | null }) {
  if (days === null) return <Typography.Text type="secondary">—</Typography.Text>;
  if (days < 0) return <Tag color="red">超期 {-days} 个工作日</Tag>;
  if (days === 0) return <Tag color="red">今日届满</Tag>;
  return <Tag color={days <= 2 ? 'red' : days <= 5 ? 'orange' : 'default'}>剩 {days} 个工作日</Tag>;
}

const TABS = [
  { key: 'open', label: '办理中' },
  { key: 'supplement', label: '待补正' },
  { key: 'consulting', label: '征求意见中' },
  { key: 'closed', label: '已办结' },
];

export default function ApplicationsPage() {
  const url = useUrlState();
  const status = url.get('status') ?? 'open';
  const query = { status, page: url.page, pageSize: url.pageSize };
  const list = useQuery({
    queryKey: [...OPENNESS_KEY, 'applications', query],
    queryFn: () => api.get('/api/openness/applications', query),
    placeholderData: (prev) => prev,
  });
  const counts = list.data?.counts ?? {};
  const countOf = (key: string) =>
    key === 'open'
      ? (counts.received ?? 0) +
        (counts.supplement ?? 0) +
        (counts.processing ?? 0) +
        (counts.consulting ?? 0)
      : key === 'closed'
        ? (counts.answered ?? 0) + (counts.abandoned ?? 0)
        : (counts[key] ?? 0);
  const columns: TableColumnsType<ApplicationItem> = [
    {
      title: '受理号',
      key: 'number',
      width: 190,
      render: (_, a) => <Link to={`/openness/applications/${a.id}`}>{a.number}</Link>,
    },
    {
      title: '申请人',
      key: 'applicant',
      width: 200,
      render: (_, a) => (
        <>
          {a.applicantName}
          <br />
          <Typography.Text type="secondary">{a.applicantTypeLabel}</Typography.Text>
        </>
      ),
    },
    { title: '所需信息', dataIndex: 'description', ellipsis: true, responsive: ['md'] },
    {
      title: '状态',
      key: 'status',
      width: 150,
      render: (_, a) => <Tag color={APPLICATION_STATUS_COLORS[a.status]}>{a.statusLabel}</Tag>,
    },
    { title: '收到日期', dataIndex: 'receivedDay', width: 110, responsive: ['lg'] },
    {
      title: '届满日',
      key: 'due',
      width: 170,
      render: (_, a) =>
        a.dueDay ? (
          <>
            {a.dueDay}
            <br />
            <Typography.Text type="secondary">{a.dueLabel}</Typography.Text>
          </>
        ) : (
          '—'
        ),
    },
    { title: '剩余', key: 'left', width: 150, render: (_, a) => <DaysLeft days={a.daysLeft} /> },
  ];
  return (
    <PageContainer
      title="依申请公开办理"
      subTitle="按剩余工作日排序；届满前 5 个、2 个工作日提醒承办人，超期催办"
    >
      <Tabs
        activeKey={status}
        onChange={(k) => url.set({ status: k === 'open' ? null : k, page: null })}
        items={TABS.map((t) => ({ key: t.key, label: `${t.label}（${countOf(t.key)}）` }))}
      />
      <Table
        rowKey="id"
        size="middle"
        loading={list.isPending}
        columns={columns}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 760 }}
        pagination={url.pagination(list.data?.total ?? 0, '件')}
      />
    </PageContainer>
  );
}
