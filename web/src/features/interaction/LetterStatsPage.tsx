// 来信统计: the last 12 months of letters — received, answered, on-time rate, average working days
// and the writers' ratings — as a chart and a table, and each handling unit's open and overdue
// letters (the overdue ones link to the queue's 已超期 tab). The channel filter is kept in the URL.
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { type ChartOption, EChart } from '../../components/EChart.tsx';
import { errorText } from '../../components/errors.ts';
import { oneOf } from '../../components/oneOf.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { CHANNEL_OPTIONS } from './api.ts';

const CHANNELS = ['mailbox', 'report', 'consult', 'prereview'] as const;
const percent = (v: number | null) => (v === null ? '—' : `${v}%`);
/** A legend that fits one line of a phone-wide card. */
const LEGEND = { itemWidth: 14, itemGap: 8, textStyle: { fontSize: 11 } };
const monthLabel = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`;

export default function LetterStatsPage() {
  const url = useUrlState();
  const channel = oneOf(url.get('channel'), CHANNELS);
  const stats = useQuery({
    queryKey: ['interaction', 'stats', channel],
    queryFn: () => api.get('/api/interaction/stats', { channel }),
    placeholderData: (prev) => prev,
  });
  const s = stats.data;
  const months = s?.months ?? [];

  const trend: ChartOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' as const },
      legend: { ...LEGEND, data: ['收到来信', '答复', '按期答复率（%）'] },
      grid: { left: 40, right: 48, bottom: 32, top: 60 },
      xAxis: { type: 'category' as const, data: months.map((m) => `${Number(m.month.slice(5, 7))}月`) },
      yAxis: [
        { type: 'value' as const, name: '封', minInterval: 1 },
        { type: 'value' as const, name: '%', max: 100, min: 0 },
      ],
      series: [
        { name: '收到来信', type: 'bar' as const, data: months.map((m) => m.received) },
        { name: '答复', type: 'bar' as const, data: months.map((m) => m.answered) },
        {
          name: '按期答复率（%）',
          type: 'line' as const,
          yAxisIndex: 1,
          connectNulls: true,
          data: months.map((m) => m.onTimeRate),
        },
      ],
    }),
    [months],
  );
  const ratings: ChartOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' as const },
      legend: { ...LEGEND, data: ['满意', '基本满意', '不满意'] },
      grid: { left: 40, right: 24, bottom: 32, top: 60 },
      xAxis: { type: 'category' as const, data: months.map((m) => `${Number(m.month.slice(5, 7))}月`) },
      yAxis: { type: 'value' as const, name: '次', minInterval: 1 },
      color: ['#389e0d', '#d4b106', '#cf1322'],
      series: (['satisfied', 'fair', 'unsatisfied'] as const).map((k, i) => ({
        name: ['满意', '基本满意', '不满意'][i],
        type: 'bar' as const,
        stack: 'rating',
        data: months.map((m) => m[k]),
      })),
    }),
    [months],
  );

  const first = months[0]?.month;
  const last = months.at(-1)?.month;
  const period = first && last ? `${monthLabel(first)}至${monthLabel(last)}` : '近 12 个月';
  return (
    <PageContainer
      subTitle={`${period}；答复用时按工作日计算（平台工作日历），收到来信的当天不计`}
      extra={
        <Select
          allowClear
          placeholder="全部栏目"
          aria-label="栏目"
          style={{ width: 140 }}
          value={channel}
          options={CHANNEL_OPTIONS.filter((o) => !s || s.channels.some((c) => c.code === o.value))}
          onChange={(v) => url.set({ channel: v })}
        />
      }
    >
      {stats.isError ? <Alert type="error" showIcon title={errorText(stats.error)} /> : null}
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title="收到来信" value={s?.totals.received ?? 0} suffix="封" />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title="按期答复率" value={percent(s?.totals.onTimeRate ?? null)} />
              <Typography.Text type="secondary">共答复 {s?.totals.answered ?? 0} 封</Typography.Text>
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title="平均用时（工作日）" value={s?.totals.avgWorkdays ?? '—'} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title="满意率" value={percent(s?.totals.satisfactionRate ?? null)} />
              <Typography.Text type="secondary">
                {s?.totals.rated ?? 0} 次评价，满意与基本满意计入
              </Typography.Text>
            </Card>
          </Col>
        </Row>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={14}>
            <Card title="收到、答复与按期答复率">
              <EChart option={trend} label={`${period}每月收到来信数、答复数与按期答复率`} />
            </Card>
          </Col>
          <Col xs={24} lg={10}>
            <Card title="来信人评价">
              <EChart option={ratings} label={`${period}每月来信人评价满意、基本满意、不满意的次数`} />
            </Card>
          </Col>
        </Row>
        <Card title="各承办单位">
          <Table
            rowKey="unitId"
            size="small"
            loading={stats.isFetching}
            dataSource={s?.units ?? []}
            pagination={false}
            scroll={{ x: 640 }}
            locale={{ emptyText: '近 12 个月没有交办的来信' }}
            columns={[
              { title: '承办单位', dataIndex: 'unitName' },
              { title: '办理中', dataIndex: 'open', width: 80 },
              {
                title: '已超期',
                dataIndex: 'overdue',
                width: 90,
                render: (v: number) =>
                  v ? (
                    <Link to="/interaction/letters?tab=overdue">
                      <Tag color="red">{v} 封</Tag>
                    </Link>
                  ) : (
                    0
                  ),
              },
              { title: '已答复', dataIndex: 'answered', width: 80 },
              { title: '按期答复率', dataIndex: 'onTimeRate', width: 110, render: percent },
              {
                title: '平均用时（工作日）',
                dataIndex: 'avgWorkdays',
                width: 150,
                render: (v: number | null) => v ?? '—',
              },
            ]}
          />
        </Card>
        <Card title="按月">
          <Table
            rowKey="month"
            size="small"
            loading={stats.isFetching}
            dataSource={[...months].reverse()}
            pagination={false}
            scroll={{ x: 720 }}
            columns={[
              { title: '月份', dataIndex: 'month', render: monthLabel },
              { title: '收到来信', dataIndex: 'received' },
              { title: '答复', dataIndex: 'answered' },
              { title: '按期答复率', dataIndex: 'onTimeRate', render: percent },
              {
                title: '平均用时（工作日）',
                dataIndex: 'avgWorkdays',
                render: (v: number | null) => v ?? '—',
              },
              { title: '满意', dataIndex: 'satisfied' },
              { title: '基本满意', dataIndex: 'fair' },
              { title: '不满意', dataIndex: 'unsatisfied' },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            按期答复率 = 当月在答复期限内答复的封数 ÷ 当月答复的封数 × 100%；平均用时 =
            当月答复来信的工作日之和 ÷ 当月答复的封数；满意率 = （满意 + 基本满意）÷ 评价次数 ×
            100%。收到来信按收信日期、答复按答复日期、评价按评价日期计入月份；合并办理的重复件不计入收到。
          </Typography.Paragraph>
        </Card>
      </Space>
    </PageContainer>
  );
}
