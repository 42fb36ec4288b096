// 督查通报: pick a quarter or any range; the totals with the formulas, the tables per leader in
// charge, lead unit and source, the overdue items named (each opens its item); .docx and .xlsx.
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Space, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { api, type Reply, withQuery } from '../../api/client.ts';
import { errorText } from '../../components/errors.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { SUPERVISION_KEY } from './api.ts';

type Circular = Reply<'/api/supervision/circular'>;
type Tally = Circular['total'];

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

function TallyTable({ first, rows }: { first: string; rows: Tally[] }) {
  return (
    <Table
      rowKey="key"
      size="small"
      pagination={false}
      scroll={{ x: 720 }}
      dataSource={rows}
      columns={[
        { title: first, dataIndex: 'label' },
        { title: '应办结', dataIndex: 'due', align: 'right' },
        { title: '按期办结', dataIndex: 'closedOnTime', align: 'right' },
        { title: '逾期办结', dataIndex: 'closedLate', align: 'right' },
        {
          title: '超期未办结',
          dataIndex: 'overdue',
          align: 'right',
          render: (n: number) => (n ? <Typography.Text type="danger">{n}</Typography.Text> : 0),
        },
        { title: '延期', dataIndex: 'extended', align: 'right' },
        { title: '退回报告', dataIndex: 'returned', align: 'right' },
        { title: '办结率', dataIndex: 'closureRate', align: 'right', render: pct },
        { title: '按期办结率', dataIndex: 'onTimeRate', align: 'right', render: pct },
      ]}
    />
  );
}

export default function CircularPage() {
  const url = useUrlState();
  const from = url.get('from') ?? undefined;
  const to = url.get('to') ?? undefined;
  const query = { from, to };
  const q = useQuery({
    queryKey: [...SUPERVISION_KEY, 'circular', query],
    queryFn: () => api.get('/api/supervision/circular', query),
  });
  const c = q.data;
  return (
    <PageContainer
      title="督查通报"
      subTitle="办理期限在所选期间内的督办事项；默认本季度"
      extra={
        c ? (
          <Space wrap>
            <Button
              icon={<DownloadOutlined />}
              href={withQuery('/api/supervision/circular.docx', { from: c.from, to: c.to })}
            >
              通报（Word）
            </Button>
            <Button
              icon={<DownloadOutlined />}
              href={withQuery('/api/supervision/circular.xlsx', { from: c.from, to: c.to })}
            >
              统计表（Excel）
            </Button>
          </Space>
        ) : null
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <DatePicker.RangePicker
          value={c ? [dayjs(c.from), dayjs(c.to)] : null}
          onChange={(v) =>
            url.set({ from: v?.[0]?.format('YYYY-MM-DD') ?? null, to: v?.[1]?.format('YYYY-MM-DD') ?? null })
          }
        />
        <Button onClick={() => url.set({ from: null, to: null })}>本季度</Button>
      </Space>
      {q.isError ? <Alert type="error" title={errorText(q.error)} /> : null}
      {c ? (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Card>
            <Space size={32} wrap>
              <Statistic title="应办结" value={c.total.due} suffix="件" />
              <Statistic title="按期办结" value={c.total.closedOnTime} suffix="件" />
              <Statistic title="逾期办结" value={c.total.closedLate} suffix="件" />
              <Statistic
                title="超期未办结"
                value={c.total.overdue}
                suffix="件"
                styles={{ content: { color: '#cf1322' } }}
              />
              <Statistic title="退回报告" value={c.total.returned} suffix="次" />
              <Statistic title="办结率" value={pct(c.total.closureRate)} />
              <Statistic title="按期办结率" value={pct(c.total.onTimeRate)} />
            </Space>
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {c.formulas.closureRate}；{c.formulas.onTimeRate}。
            </Typography.Paragraph>
          </Card>
          <Card title={`超期未办结事项（${c.overdue.length}）`}>
            {c.overdue.length === 0 ? (
              <Typography.Text type="secondary">本期没有超期未办结的事项</Typography.Text>
            ) : null}
            {c.overdue.map((o) => (
              <div key={o.id} style={{ marginBottom: 8 }}>
                <Link to={`/supervision/items/${o.id}`}>{o.number}</Link> {o.title} · {o.unit} · {o.leader} ·
                期限 {o.dueDay}{' '}
                {o.escalation >= 2 ? (
                  <Tag color="volcano">已督办</Tag>
                ) : o.escalation === 1 ? (
                  <Tag color="orange">已催办</Tag>
                ) : null}
              </div>
            ))}
          </Card>
          <Tabs
            items={[
              {
                key: 'leader',
                label: '按分管厅领导',
                children: <TallyTable first="分管厅领导" rows={c.byLeader} />,
              },
              { key: 'unit', label: '按牵头单位', children: <TallyTable first="牵头单位" rows={c.byUnit} /> },
              { key: 'source', label: '按事项来源', children: <TallyTable first="来源" rows={c.bySource} /> },
            ]}
          />
        </Space>
      ) : null}
    </PageContainer>
  );
}
