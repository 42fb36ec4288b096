// 信息审核采用: the office's queue — tabs by state with counts, filters (type, depth, level, title,
// dates) kept in the URL so a filtered queue can be bookmarked; a row opens the item.
import { useQuery } from '@tanstack/react-query';
import { DatePicker, Input, Select, Space, Tabs } from 'antd';
import dayjs from 'dayjs';
import { api } from '../../api/client.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { INFO_KEY, useInfoVocab } from './api.ts';
import { ItemsTable } from './ItemsTable.tsx';

const TABS = [
  { key: 'submitted,reviewing', label: '待审核', count: ['submitted', 'reviewing'] },
  { key: 'adopted', label: '已采用', count: ['adopted'] },
  { key: 'returned', label: '退回修改', count: ['returned'] },
  { key: 'not_adopted', label: '未采用', count: ['not_adopted'] },
  { key: 'all', label: '全部', count: [] },
];

export default function ReviewPage() {
  const url = useUrlState();
  const vocab = useInfoVocab();
  const tab = url.get('status') ?? 'submitted,reviewing';
  const query = {
    status: tab === 'all' ? undefined : tab,
    type: url.get('type'),
    depth: url.get('depth'),
    level: url.get('level'),
    q: url.get('q'),
    from: url.get('from'),
    to: url.get('to'),
    page: url.page,
    pageSize: url.pageSize,
  };
  const list = useQuery({
    queryKey: [...INFO_KEY, 'items', query],
    queryFn: () => api.get('/api/info/items', query),
    placeholderData: (prev) => prev,
  });
  const counts = list.data?.counts ?? {};
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const countOf = (keys: string[]) => (keys.length ? keys.reduce((n, k) => n + (counts[k] ?? 0), 0) : total);
  const from = url.get('from');
  const to = url.get('to');
  return (
    <PageContainer title="信息审核采用" subTitle="采用级别与积分按系统设置；同一条信息同一级别只能采用一次">
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder="按标题查找"
          defaultValue={url.get('q')}
          onSearch={(v) => url.set({ q: v || null })}
          style={{ width: 220 }}
          aria-label="按标题查找"
        />
        <Select
          allowClear
          placeholder="信息类型"
          style={{ width: 130 }}
          value={url.get('type')}
          onChange={(v) => url.set({ type: v ?? null })}
          options={vocab.data?.types}
          aria-label="信息类型"
        />
        <Select
          allowClear
          placeholder="信息层次"
          style={{ width: 150 }}
          value={url.get('depth')}
          onChange={(v) => url.set({ depth: v ?? null })}
          options={vocab.data?.depths}
          aria-label="信息层次"
        />
        <Select
          allowClear
          placeholder="采用级别"
          style={{ width: 170 }}
          value={url.get('level')}
          onChange={(v) => url.set({ level: v ?? null })}
          options={vocab.data?.levels.map((l) => ({ value: l.value, label: l.label }))}
          aria-label="采用级别"
        />
        <DatePicker.RangePicker
          value={from && to ? [dayjs(from), dayjs(to)] : null}
          onChange={(r) =>
            url.set({ from: r?.[0]?.format('YYYY-MM-DD') ?? null, to: r?.[1]?.format('YYYY-MM-DD') ?? null })
          }
          placeholder={['报送起', '报送止']}
        />
      </Space>
      <Tabs
        activeKey={tab}
        onChange={(k) => url.set({ status: k === 'submitted,reviewing' ? null : k })}
        items={TABS.map((t) => ({ key: t.key, label: `${t.label}（${countOf(t.count)}）` }))}
      />
      <ItemsTable
        showUnit
        items={list.data?.items ?? []}
        loading={list.isPending}
        pagination={url.pagination(list.data?.total ?? 0, '条')}
      />
    </PageContainer>
  );
}
