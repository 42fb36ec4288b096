// 访问统计: page views and unique visitors per day (no third-party tracker, no stored addresses),
// the daily average, top articles and columns; the period and the column in the URL.
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, DatePicker, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { api } from '../../api/client.ts';
import { type ChartOption, EChart } from '../../components/EChart.tsx';
import { errorText } from '../../components/errors.ts';
import { chinaNow } from '../../components/format.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { useColumns } from '../portal/api.ts';

export default function StatsPage() {
  const url = useUrlState();
  const today = chinaNow().day;
  const to = url.get('to') ?? today;
  const from = url.get('from') ?? dayjs(to).subtract(29, 'day').format('YYYY-MM-DD');
  const columnId = url.get('column');
  const stats = useQuery({
    queryKey: ['portal-ops', 'stats', from, to, columnId],
    queryFn: () => api.get('/api/portal-ops/stats', { from, to, columnId }),
    placeholderData: (prev) => prev,
  });
  const columns = useColumns();
  const s = stats.data;

  const trend: ChartOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { data: ['浏览量', '访客数'] },
      grid: { left: 48, right: 24, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: s?.series.map((d) => d.day.slice(5)) ?? [] },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '浏览量', type: 'line', smooth: true, data: s?.series.map((d) => d.views) ?? [] },
        { name: '访客数', type: 'line', smooth: true, data: s?.series.map((d) => d.visitors) ?? [] },
      ],
    }),
    [s],
  );

  const top: ChartOption = useMemo(() => {
    const list = [...(s?.topColumns ?? [])].reverse();
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 120, right: 24, top: 16, bottom: 24 },
      xAxis: { type: 'value', minInterval: 1 },
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
            style={{ width: 260 }}
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
            <Statistic title="日均浏览量" value={s?.dailyAverage.views ?? 0} precision={1} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title="日均访客" value={s?.dailyAverage.visitors ?? 0} precision={1} />
          </Card>
        </Col>
      </Row>
      <Card title={`每日访问（${s?.target?.name ?? '全站'}，${from} 至 ${to}）`} style={{ marginBottom: 16 }}>
        <EChart option={trend} label={`${from} 至 ${to} 每日浏览量与访客数折线图`} />
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
                { title: '栏目', dataIndex: 'columnName', width: 120 },
                { title: '浏览量', dataIndex: 'views', width: 80, align: 'right' },
                { title: '访客', dataIndex: 'visitors', width: 70, align: 'right' },
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
