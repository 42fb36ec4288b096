// 访问统计: page views and unique visitors per day (no third-party tracker, no stored addresses),
// the daily average, top articles and columns; the period and the column in the URL.
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, DatePicker, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { api } from '../../api/client.ts';
import { type ChartOption, EChart } from '../../components/EChart.tsx';
import { errorText } from '../../components/errors.ts';
import { chinaNow, formatClock } from '../../components/format.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { useColumns } from '../portal/api.ts';

type Stats = NonNullable<Awaited<ReturnType<typeof loadStats>>>;
const loadStats = (from: string, to: string, columnId: string | undefined) =>
  api.get('/api/portal-ops/stats', { from, to, columnId });

const count = (n: number) => n.toLocaleString('zh-CN');
const asOfTime = (iso: string | undefined) => formatClock(iso);

/** "（按 29 个完整日）": the average leaves today out while it is being counted. */
const averageOver = (s: Stats | undefined) =>
  !s || s.averageDays === s.days ? '' : `（按 ${s.averageDays} 个完整日）`;

export default function StatsPage() {
  const url = useUrlState();
  const today = chinaNow().day;
  const to = url.get('to') ?? today;
  const from = url.get('from') ?? dayjs(to).subtract(29, 'day').format('YYYY-MM-DD');
  const columnId = url.get('column');
  const stats = useQuery({
    queryKey: ['portal-ops', 'stats', from, to, columnId],
    queryFn: () => loadStats(from, to, columnId ?? undefined),
    placeholderData: (prev) => prev,
  });
  const columns = useColumns();
  const s = stats.data;

  const trend: ChartOption = useMemo(() => {
    const days = s?.series ?? [];
    // Today is still being counted: its point stands apart, hollow and unconnected, with the time it
    // was counted to — the morning's few visits must not read as a fall to nothing.
    const cut = s?.partialDay ? days.findIndex((d) => d.day === s.partialDay) : -1;
    const line = (name: string, color: string, key: 'views' | 'visitors', labelled: boolean) => [
      { name, type: 'line', smooth: true, color, data: days.map((d, i) => (i === cut ? null : d[key])) },
      {
        name,
        type: 'line',
        color,
        symbol: 'emptyCircle',
        symbolSize: 9,
        label: { show: labelled, position: 'top', formatter: `今日截至 ${asOfTime(s?.asOf)}`, fontSize: 11 },
        data: days.map((d, i) => (i === cut ? d[key] : null)),
        tooltip: { show: false },
      },
    ];
    return {
      tooltip: {
        trigger: 'axis',
        // One line per figure; today's says it is so far.
        formatter: (params: unknown) => {
          const list = params as Array<{ dataIndex: number; seriesName: string; marker: string }>;
          const i = list[0]?.dataIndex ?? 0;
          const d = days[i];
          if (!d) return '';
          const head = i === cut ? `${d.day}（今日，截至 ${asOfTime(s?.asOf)}）` : d.day;
          return [
            head,
            ...['浏览量', '访客数'].map((n, k) => {
              const marker = list.find((p) => p.seriesName === n)?.marker ?? '';
              return `${marker}${n}　${(k === 0 ? d.views : d.visitors).toLocaleString('zh-CN')}`;
            }),
          ].join('<br/>');
        },
      },
      legend: { data: ['浏览量', '访客数'] },
      grid: { left: 56, right: 24, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: days.map((d) => d.day) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [...line('浏览量', '#3b6fd8', 'views', true), ...line('访客数', '#8fb339', 'visitors', false)],
    };
  }, [s]);

  const top: ChartOption = useMemo(() => {
    const list = [...(s?.topColumns ?? [])].reverse();
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 120, right: 24, top: 16, bottom: 24 },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { hideOverlap: true } },
      yAxis: { type: 'category', data: list.map((c) => c.name) },
      series: [{ name: '浏览量', type: 'bar', data: list.map((c) => c.views) }],
    };
  }, [s]);

  return (
    <PageContainer subTitle="不使用第三方统计，不保存访问者 IP 地址；访客按天去重">
      <Card style={{ marginBottom: 16 }}>
        <Space wrap>
          <DatePicker.RangePicker
            value={[dayjs(from), dayjs(to)]}
            allowClear={false}
            disabledDate={(d) => d.isAfter(dayjs(today))}
            onChange={(v) =>
              url.set({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })
            }
            aria-label="统计区间"
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="全站（可选择栏目）"
            style={{ width: 260, maxWidth: '100%' }}
            value={columnId}
            onChange={(v) => url.set({ column: v })}
            options={(columns.data ?? []).map((c) => ({
              value: c.id,
              label: `${'　'.repeat(c.level - 1)}${c.name}`,
            }))}
            aria-label="栏目"
          />
        </Space>
      </Card>
      {stats.isError ? (
        <Alert type="error" showIcon title={errorText(stats.error)} style={{ marginBottom: 16 }} />
      ) : null}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title="浏览量" value={s?.totals.views ?? 0} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title="访客（人次，按天去重）" value={s?.totals.visitors ?? 0} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={`日均浏览量${averageOver(s)}`} value={s?.dailyAverage.views ?? 0} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={`日均访客${averageOver(s)}`} value={s?.dailyAverage.visitors ?? 0} />
          </Card>
        </Col>
      </Row>
      <Card title={`每日访问（${s?.target?.name ?? '全站'}，${from} 至 ${to}）`} style={{ marginBottom: 16 }}>
        <EChart option={trend} label={`${from} 至 ${to} 每日浏览量与访客数折线图`} />
        {s?.partialDay ? (
          <Typography.Text type="secondary">
            空心点为今日（{s.partialDay}）截至 {asOfTime(s.asOf)} 的数字，今日尚未结束，不与前一日连线。
          </Typography.Text>
        ) : null}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title="热门稿件">
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={s?.topArticles ?? []}
              columns={[
                {
                  title: '标题',
                  dataIndex: 'title',
                  render: (t: string, a) => (
                    <a href={`/articles/${a.id}`} target="_blank" rel="noreferrer">
                      {t}
                    </a>
                  ),
                },
                { title: '栏目', dataIndex: 'columnName', width: 120, responsive: ['md'] },
                { title: '浏览量', dataIndex: 'views', width: 80, align: 'right', render: count },
                { title: '访客', dataIndex: 'visitors', width: 70, align: 'right', render: count },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title="热门栏目">
            {s?.topColumns.length ? (
              <EChart option={top} height={300} label="浏览量最多的栏目条形图" />
            ) : (
              <Typography.Text type="secondary">该期间暂无访问。</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
