// 信息采集: the columns' feed subscriptions (add, pause, fetch now, remove) and the review queue of
// fetched entries — drafts of the column, never published from here: 采用 sends one to review, 舍弃
// deletes it for good, 编辑 opens the article editor.
import { CloudDownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Switch,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, apiUrl } from '../../api/client.ts';
import { useShowError } from '../../components/errors.ts';
import { formatTime } from '../../components/format.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { useColumns } from '../portal/api.ts';
import type { Feed, FeedItem } from './api.ts';

const FEEDS_KEY = ['portal-ops', 'feeds'];
const ITEMS_KEY = ['portal-ops', 'feed-items'];

interface FeedForm {
  columnId: string;
  name: string;
  url: string;
  intervalMinutes: number;
}

function AddFeed({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<FeedForm>();
  const columns = useColumns();
  const qc = useQueryClient();
  const showError = useShowError();
  const { message } = App.useApp();
  const add = useMutation({
    mutationFn: (v: FeedForm) => api.post('/api/portal-ops/feeds', v),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: FEEDS_KEY });
      void message.success('已添加订阅源');
      form.resetFields();
      onClose();
    },
    onError: showError,
  });
  return (
    <Modal
      title="订阅信息源"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={add.isPending}
      okText="添加"
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ intervalMinutes: 360 }}
        onFinish={(v) => add.mutate(v)}
      >
        <Form.Item name="columnId" label="采集到栏目" rules={[{ required: true, message: '请选择栏目' }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(columns.data ?? [])
              .filter((c) => c.kind === 'list')
              .map((c) => ({ value: c.id, label: `${'　'.repeat(c.level - 1)}${c.name}` }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label="来源名称"
          extra="转载稿件显示为出处，如：国家林业和草原局"
          rules={[{ required: true, message: '请填写来源名称' }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="url"
          label="订阅地址（RSS 或 Atom）"
          rules={[
            { required: true, message: '请填写订阅地址' },
            { pattern: /^https?:\/\//, message: '应以 http:// 或 https:// 开头' },
          ]}
        >
          <Input maxLength={1000} placeholder="https://" />
        </Form.Item>
        <Form.Item name="intervalMinutes" label="抓取间隔（分钟）">
          <InputNumber min={15} max={10080} step={60} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Subscriptions() {
  const qc = useQueryClient();
  const showError = useShowError();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const feeds = useQuery({
    queryKey: FEEDS_KEY,
    queryFn: async () => (await api.get('/api/portal-ops/feeds')).items,
  });
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: FEEDS_KEY });
    void qc.invalidateQueries({ queryKey: ITEMS_KEY });
  };
  const fetchNow = useMutation({
    mutationFn: (id: string) => api.post(apiUrl('/api/portal-ops/feeds/{id}/fetch', { id })),
    onSuccess: (r) => {
      refresh();
      if (r.status === 'error') void message.error(`抓取失败：${r.error}`);
      else if (r.status === 'not-modified') void message.info('订阅源没有更新');
      else
        void message.success(
          `抓取 ${r.entries} 条，新进入审核队列 ${r.imported} 条，重复 ${r.duplicates} 条`,
        );
    },
    onError: showError,
  });
  const toggle = useMutation({
    mutationFn: (f: Feed) =>
      api.patch(apiUrl('/api/portal-ops/feeds/{id}', { id: f.id }), { enabled: !f.enabled }),
    onSuccess: refresh,
    onError: showError,
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(apiUrl('/api/portal-ops/feeds/{id}', { id })),
    onSuccess: refresh,
    onError: showError,
  });
  const columns: TableColumnsType<Feed> = [
    {
      title: '来源',
      dataIndex: 'name',
      render: (n: string, f) => (
        <Space orientation="vertical" size={0}>
          {n}
          <Typography.Text type="secondary" style={{ fontSize: 12 }} copyable>
            {f.url}
          </Typography.Text>
        </Space>
      ),
    },
    { title: '采集到栏目', dataIndex: 'columnName', width: 140 },
    {
      title: '间隔',
      dataIndex: 'intervalMinutes',
      width: 90,
      render: (m: number) => (m % 60 ? `${m} 分钟` : `${m / 60} 小时`),
    },
    {
      title: '最近抓取',
      key: 'last',
      width: 200,
      render: (_, f) =>
        f.lastFetchedAt ? (
          <Space orientation="vertical" size={0}>
            {formatTime(f.lastFetchedAt)}
            {f.lastStatus === 'error' ? (
              <Tooltip title={f.lastError}>
                <Tag color="red">失败</Tag>
              </Tooltip>
            ) : (
              <Typography.Text type="secondary">新增 {f.lastNew} 条</Typography.Text>
            )}
          </Space>
        ) : (
          '尚未抓取'
        ),
    },
    {
      title: '自动抓取',
      dataIndex: 'enabled',
      width: 90,
      render: (on: boolean, f) => (
        <Switch
          checked={on}
          size="small"
          onChange={() => toggle.mutate(f)}
          aria-label={`自动抓取 ${f.name}`}
        />
      ),
    },
    {
      title: '操作',
      key: 'ops',
      width: 170,
      render: (_, f) => (
        <Space>
          <Button
            size="small"
            icon={<CloudDownloadOutlined />}
            loading={fetchNow.isPending && fetchNow.variables === f.id}
            onClick={() => fetchNow.mutate(f.id)}
          >
            立即抓取
          </Button>
          <Popconfirm title="删除该订阅源？已采集的草稿保留。" onConfirm={() => remove.mutate(f.id)}>
            <Button size="small" danger type="link">
              删除
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          订阅信息源
        </Button>
        <Typography.Text type="secondary">采集的条目一律作为草稿进入审核队列，不会自动发布。</Typography.Text>
      </Space>
      <Table
        rowKey="id"
        loading={feeds.isLoading}
        columns={columns}
        dataSource={feeds.data ?? []}
        pagination={false}
      />
      <AddFeed open={adding} onClose={() => setAdding(false)} />
    </>
  );
}

function Queue({ status }: { status: 'queued' | 'duplicate' | 'discarded' | 'accepted' }) {
  const url = useUrlState();
  const qc = useQueryClient();
  const showError = useShowError();
  const { message } = App.useApp();
  const items = useQuery({
    queryKey: [...ITEMS_KEY, status, url.page, url.pageSize],
    queryFn: () =>
      api.get('/api/portal-ops/feed-items', {
        status,
        page: url.page,
        pageSize: url.pageSize,
      }),
    placeholderData: (prev) => prev,
  });
  const act = useMutation({
    mutationFn: (v: { id: string; action: 'accept' | 'discard' }) =>
      api.post(apiUrl(`/api/portal-ops/feed-items/{id}/${v.action}` as const, { id: v.id })),
    onSuccess: (_r, v) => {
      void qc.invalidateQueries({ queryKey: ITEMS_KEY });
      void message.success(v.action === 'accept' ? '已送审，按栏目审核流程发布' : '已舍弃');
    },
    onError: showError,
  });
  const columns: TableColumnsType<FeedItem> = [
    {
      title: '标题',
      dataIndex: 'title',
      render: (t: string, i) => (
        <Space orientation="vertical" size={0}>
          {i.articleId && status === 'queued' ? <Link to={`/portal/articles/${i.articleId}`}>{t}</Link> : t}
          <a href={i.url} target="_blank" rel="noreferrer noopener" style={{ fontSize: 12 }}>
            原文
          </a>
        </Space>
      ),
    },
    { title: '来源', dataIndex: 'feedName', width: 150 },
    { title: '栏目', dataIndex: 'columnName', width: 130 },
    { title: '原文日期', dataIndex: 'publishedAt', width: 150, render: (d: string | null) => formatTime(d) },
    { title: '采集时间', dataIndex: 'fetchedAt', width: 150, render: (d: string) => formatTime(d) },
  ];
  if (status === 'queued')
    columns.push({
      title: '操作',
      key: 'ops',
      width: 200,
      render: (_, i) => (
        <Space>
          <Link to={`/portal/articles/${i.articleId}`}>编辑</Link>
          <Popconfirm title="采用并送审？" onConfirm={() => act.mutate({ id: i.id, action: 'accept' })}>
            <Button size="small" type="primary">
              采用
            </Button>
          </Popconfirm>
          <Popconfirm
            title="舍弃该条目？草稿将被删除，今后不再采集。"
            onConfirm={() => act.mutate({ id: i.id, action: 'discard' })}
          >
            <Button size="small" danger>
              舍弃
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  return (
    <Table
      rowKey="id"
      loading={items.isFetching}
      columns={columns}
      dataSource={items.data?.items ?? []}
      pagination={url.pagination(items.data?.total ?? 0, '条')}
    />
  );
}

export default function FeedsPage() {
  const url = useUrlState();
  const tab = url.get('tab') ?? 'queue';
  return (
    <PageContainer subTitle="国内外林业动态、市场供求信息从互联网采集，经审核后转载">
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => url.set({ tab: k })}
          items={[
            { key: 'queue', label: '审核队列', children: <Queue status="queued" /> },
            { key: 'feeds', label: '订阅源', children: <Subscriptions /> },
            { key: 'duplicate', label: '重复条目', children: <Queue status="duplicate" /> },
            { key: 'accepted', label: '已送审', children: <Queue status="accepted" /> },
            { key: 'discarded', label: '已舍弃', children: <Queue status="discarded" /> },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
