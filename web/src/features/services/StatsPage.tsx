// 办件统计: cases by item (received, decided), on-time rate and average working days in a period,
// and the counter's work per staff member.
import { useQuery } from '@tanstack/react-query';
import { Card, Col, DatePicker, Row, Space, Statistic, Table } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { api } from '../../api/client.ts';
import { can } from '../../auth/access.ts';
import { useMe } from '../../auth/session.tsx';
import { EChart } from '../../components/EChart.tsx';
import { chinaNow } from '../../components/format.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { SERVICES_KEY } from './api.ts';

export default function StatsPage() {
  const me = useMe();
  const url = useUrlState();
  const today = chinaNow().day;
  const from = url.get('from') ?? `${today.slice(0, 7)}-01`;
  const to = url.get('to') ?? today;
  const stats = useQuery({
    queryKey: [...SERVICES_KEY, 'stats', from, to],
    queryFn: () => api.get('/api/services/stats', { from, to }),
  });
  const counter = useQuery({
    queryKey: [...SERVICES_KEY, 'counter-stats', from, to],
    queryFn: () => api.get('/api/services/counter/stats', { from, to }),
    enabled: can(me, 'services:stats'),
  });
  const rows = stats.data?.items ?? [];
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' as const },
      legend: { data: ['收件', '办结', '按期率（%）'] },
      grid: { left: 40, right: 50, bottom: 90, top: 40 },
      xAxis: { type: 'category' as const, data: rows.map((r) => r.itemCode), axisLabel: { rotate: 45 } },
      yAxis: [
        { type: 'value' as const, name: '件' },
        { type: 'value' as const, name: '%', max: 100 },
      ],
      series: [
        { name: '收件', type: 'bar' as const, data: rows.map((r) => r.received) },
        { name: '办结', type: 'bar' as const, data: rows.map((r) => r.decided) },
        { name: '按期率（%）', type: 'line' as const, yAxisIndex: 1, data: rows.map((r) => r.onTimeRate) },
      ],
    }),
    [rows],
  );
  const t = stats.data?.totals;
  return (
    <PageContainer
      subTitle="按受理日期统计收件，按决定日期统计办结"
      extra={
        <DatePicker.RangePicker
          value={[dayjs(from), dayjs(to)]}
          allowClear={false}
          onChange={(v) =>
            v?.[0] && v[1] && url.set({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') })
          }
        />
      }
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title="收件" value={t?.received ?? 0} suffix="件" />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic
                title="办结（准予 / 不予）"
                value={t ? `${t.decided}（${t.approved} / ${t.refused}）` : '—'}
              />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic
                title="按期办结率"
                value={t?.onTimeRate ?? '—'}
                suffix={t?.onTimeRate !== null ? '%' : ''}
              />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title="平均用时" value={t?.averageWorkdays ?? '—'} suffix="个工作日" />
            </Card>
          </Col>
        </Row>
        <Card title="分事项统计">
          {rows.length ? (
            <EChart option={option} label={`${from} 至 ${to} 各事项收件、办结数与按期率`} />
          ) : null}
          <Table
            rowKey="itemCode"
            size="small"
            loading={stats.isFetching}
            dataSource={rows}
            pagination={false}
            columns={[
              { title: '事项', dataIndex: 'itemName' },
              { title: '收件', dataIndex: 'received', width: 70 },
              { title: '网上', dataIndex: 'receivedOnline', width: 70 },
              { title: '窗口', dataIndex: 'receivedCounter', width: 70 },
              { title: '办结', dataIndex: 'decided', width: 70 },
              { title: '准予', dataIndex: 'approved', width: 70 },
              { title: '不予', dataIndex: 'refused', width: 70 },
              {
                title: '按期率',
                dataIndex: 'onTimeRate',
                width: 90,
                render: (v: number | null) => (v === null ? '—' : `${v}%`),
              },
              {
                title: '平均用时（工作日）',
                dataIndex: 'averageWorkdays',
                width: 150,
                render: (v: number | null) => v ?? '—',
              },
            ]}
          />
        </Card>
        <Card title="窗口工作量（按人员）">
          <Table
            rowKey="actorId"
            size="small"
            loading={counter.isFetching}
            dataSource={counter.data?.staff ?? []}
            pagination={false}
            columns={[
              { title: '人员', dataIndex: 'name' },
              { title: '窗口收件', dataIndex: 'registered' },
              { title: '受理', dataIndex: 'accepted' },
              { title: '不予受理', dataIndex: 'notAccepted' },
              { title: '补正告知', dataIndex: 'completionRequests' },
              { title: '收取补正', dataIndex: 'supplements' },
              { title: '登记缴费', dataIndex: 'payments' },
              { title: '合计', dataIndex: 'total' },
            ]}
          />
        </Card>
      </Space>
    </PageContainer>
  );
}
