// 政府信息公开目录: the catalogue's entries with filters kept in the URL (category, subject, year,
// validity, words), registration and editing in a drawer, and the categories (a setting of the
// department: which are disclosed to the public, which inside the department only).
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Input,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { can } from '../../auth/access.ts';
import { useMe } from '../../auth/session.tsx';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { type EntryItem, OPENNESS_KEY, useCategories, useVocab, VALIDITY_COLORS } from './api.ts';
import { CategoriesTab } from './CategoriesTab.tsx';
import { EntryDrawer, type EntryTarget } from './EntryDrawer.tsx';

function Entries() {
  const url = useUrlState();
  const me = useMe();
  const mayEdit = can(me, 'openness:catalogue');
  const categories = useCategories();
  const vocab = useVocab();
  const [target, setTarget] = useState<EntryTarget>(null);
  const query = {
    category: url.get('category'),
    subject: url.get('subject'),
    year: url.get('year') ? Number(url.get('year')) : undefined,
    validity: url.get('validity') as EntryItem['validity'] | undefined,
    q: url.get('q'),
    page: url.page,
    pageSize: url.pageSize,
  };
  const entries = useQuery({
    queryKey: [...OPENNESS_KEY, 'entries', query],
    queryFn: () => api.get('/api/openness/entries', query),
    placeholderData: (prev) => prev,
  });
  const columns: TableColumnsType<EntryItem> = [
    {
      title: '标题',
      key: 'title',
      render: (_, e) => (
        <Space orientation="vertical" size={0}>
          <Space size={4} wrap>
            <Typography.Link onClick={() => setTarget({ mode: 'edit', id: e.id })}>{e.title}</Typography.Link>
            {e.category.audience === 'internal' ? <Tag color="red">内部</Tag> : null}
          </Space>
          <Typography.Text type="secondary">
            {[e.docNumber, e.issuer].filter(Boolean).join(' ｜ ')}
          </Typography.Text>
        </Space>
      ),
    },
    { title: '索引号', dataIndex: 'indexNo', width: 250 },
    { title: '类别', key: 'category', width: 120, render: (_, e) => e.category.name },
    { title: '主题分类', dataIndex: 'subject', width: 150, responsive: ['xl'] },
    { title: '成文日期', dataIndex: 'madeOn', width: 110, responsive: ['lg'] },
    { title: '发布日期', dataIndex: 'publishedOn', width: 110 },
    {
      title: '有效性',
      dataIndex: 'validityLabel',
      width: 90,
      render: (l: string, e) => <Tag color={VALIDITY_COLORS[e.validity]}>{l}</Tag>,
    },
  ];
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder="全部类别"
          style={{ width: 200 }}
          value={query.category}
          onChange={(v) => url.set({ category: v })}
          options={(categories.data ?? []).map((c) => ({
            value: c.code,
            label: c.audience === 'internal' ? `${c.name}（内部）` : c.name,
          }))}
        />
        <Select
          allowClear
          placeholder="全部主题"
          style={{ width: 180 }}
          value={query.subject}
          onChange={(v) => url.set({ subject: v })}
          options={(vocab.data?.subjects ?? []).map((s) => ({ value: s, label: s }))}
        />
        <Select
          allowClear
          placeholder="全部年份"
          style={{ width: 120 }}
          value={query.year}
          onChange={(v) => url.set({ year: v })}
          options={(vocab.data?.years ?? []).map((y) => ({ value: y, label: `${y}年` }))}
        />
        <Select
          allowClear
          placeholder="全部有效性"
          style={{ width: 130 }}
          value={query.validity}
          onChange={(v) => url.set({ validity: v })}
          options={(vocab.data?.validities ?? []).map((v) => ({ value: v.value, label: v.label }))}
        />
        <Input.Search
          allowClear
          placeholder="标题或文号"
          defaultValue={query.q}
          onSearch={(v) => url.set({ q: v })}
          style={{ width: 220 }}
        />
        {mayEdit ? (
          <Button type="primary" onClick={() => setTarget({ mode: 'create' })}>
            登记信息
          </Button>
        ) : null}
      </Space>
      <Table
        rowKey="id"
        size="middle"
        loading={entries.isFetching}
        columns={columns}
        dataSource={entries.data?.items ?? []}
        pagination={url.pagination(entries.data?.total ?? 0, '条')}
        scroll={{ x: 760 }}
      />
      <EntryDrawer
        target={target}
        categories={categories.data ?? []}
        vocab={vocab.data}
        onClose={() => setTarget(null)}
      />
    </>
  );
}

export default function CataloguePage() {
  const url = useUrlState();
  const tab = url.get('tab') ?? 'entries';
  return (
    <PageContainer
      subTitle="主动公开的政府信息，每条一个索引号"
      extra={
        <a href="/openness/catalogue" target="_blank" rel="noreferrer">
          查看公开页面
        </a>
      }
    >
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => url.set({ tab: k === 'entries' ? null : k })}
          items={[
            { key: 'entries', label: '目录条目', children: <Entries /> },
            { key: 'categories', label: '目录类别', children: <CategoriesTab /> },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
