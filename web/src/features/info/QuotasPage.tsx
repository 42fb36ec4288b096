// 周报送任务完成情况: units × weeks — each cell the items submitted that week against the unit's quota
// (met, missed, this week still open, or 节假日: a week wholly inside a holiday is not counted). The
// weeks are chosen in the URL; a unit's row sums the weeks met and missed.
import { useQuery } from '@tanstack/react-query';
import { DatePicker, Select, Space, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { api, type Reply } from '../../api/client.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { INFO_KEY } from './api.ts';

type Compliance = Reply<'/api/info/quotas'>;
type UnitRow = Compliance['rows'][number];

const STATE: Record<UnitRow['cells'][number]['state'], { color: string; label: string }> = {
  met: { color: 'green', label: '完成' },
  missed: { color: 'red', label: '未完成' },
  open: { color: 'blue', label: '本周进行中' },
  holiday: { color: 'default', label: '节假日不计' },
};

export default function QuotasPage() {
  const url = useUrlState(50);
  const from = url.get('from');
  const to = url.get('to');
  const type = url.get('type') ?? 'city_bureau';
  const q = useQuery({
    queryKey: [...INFO_KEY, 'quotas', from, to, type],
    queryFn: () => api.get('/api/info/quotas', { from, to, type }),
    placeholderData: (prev) => prev,
  });
  const weeks = q.data?.weeks ?? [];
  const columns: TableColumnsType<UnitRow> = [
    { title: '单位', dataIndex: 'unitName', fixed: 'left', width: 130 },
    { title: '每周任务', key: 'quota', width: 70, responsive: ['sm'], render: (_, r) => `${r.quota} 条` },
    ...weeks.map((w, i) => ({
      title: (
        <Tooltip title={w.counted ? `本周最后一个工作日：${w.lastWorkingDay}` : '整周为节假日，不计任务'}>
          {w.monday.slice(5)}
          {w.counted ? '' : '（节假日）'}
        </Tooltip>
      ),
      key: w.monday,
      width: 80,
      render: (_: unknown, r: UnitRow) => {
        const c = r.cells[i];
        const s = STATE[c.state];
        return (
          <Tooltip title={s.label}>
            <Tag color={s.color}>{c.state === 'holiday' ? '—' : `${c.submitted}/${r.quota}`}</Tag>
          </Tooltip>
        );
      },
    })),
    { title: '完成周数', dataIndex: 'met', width: 90, align: 'right' as const },
    {
      title: '未完成周数',
      key: 'missed',
      width: 100,
      align: 'right' as const,
      render: (_, r) => <Typography.Text type={r.missed ? 'danger' : undefined}>{r.missed}</Typography.Text>,
    },
  ];
  return (
    <PageContainer
      title="周报送任务完成情况"
      subTitle="每周（周一至周日）至少报送的条数按单位类别设置；整周为节假日的周不计"
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          style={{ width: 150 }}
          aria-label="单位类别"
          value={type}
          onChange={(v) => url.set({ type: v === 'city_bureau' ? null : String(v), page: null })}
          options={[
            { value: 'city_bureau', label: '省辖市林业局' },
            { value: 'division', label: '局机关处室' },
            { value: 'affiliated', label: '局直属单位' },
            { value: 'county_bureau', label: '县级林业局' },
          ]}
        />
        <DatePicker.RangePicker
          picker="week"
          value={from && to ? [dayjs(from), dayjs(to)] : null}
          onChange={(r) =>
            url.set({ from: r?.[0]?.format('YYYY-MM-DD') ?? null, to: r?.[1]?.format('YYYY-MM-DD') ?? null })
          }
          placeholder={['起始周', '截止周']}
        />
        <Typography.Text type="secondary">
          默认显示最近 8 周；最后一个工作日仍未完成的单位会收到一次提醒
        </Typography.Text>
      </Space>
      <Table
        rowKey="unitId"
        size="small"
        loading={q.isPending}
        columns={columns}
        dataSource={q.data?.rows ?? []}
        scroll={{ x: 'max-content' }}
        pagination={url.pagination(q.data?.rows.length ?? 0, '个单位')}
      />
    </PageContainer>
  );
}
