// 供求信息审核: posts waiting for moderation (approve, or reject with a reason), published ones (hide
// with a reason), and abuse reports (uphold → the post is hidden; dismiss).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Badge,
  Button,
  Card,
  Descriptions,
  Input,
  Modal,
  Popconfirm,
  Space,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api, apiUrl, type Query } from '../../api/client.ts';
import { useShowError } from '../../components/errors.ts';
import { formatTime } from '../../components/format.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import type { BoardPost, BoardReport } from './api.ts';

const KEY = ['portal-ops', 'board'];

const STATUS_COLORS: Record<string, string> = {
  pending: 'gold',
  published: 'green',
  rejected: 'default',
  hidden: 'red',
  withdrawn: 'default',
};

function ReasonModal(props: {
  title: string;
  open: boolean;
  loading: boolean;
  onOk: (reason: string) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  return (
    <Modal
      title={props.title}
      open={props.open}
      confirmLoading={props.loading}
      okButtonProps={{ disabled: !reason.trim() }}
      onOk={() => props.onOk(reason.trim())}
      onCancel={props.onCancel}
      afterClose={() => setReason('')}
    >
      <Typography.Paragraph type="secondary">理由将通过站内消息告知发布者。</Typography.Paragraph>
      <Input.TextArea
        rows={3}
        maxLength={200}
        showCount
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-label="理由"
      />
    </Modal>
  );
}

function Posts({ statuses }: { statuses: NonNullable<Query<'/api/portal-ops/board/posts'>['status']> }) {
  const url = useUrlState();
  const qc = useQueryClient();
  const showError = useShowError();
  const { message } = App.useApp();
  const [asking, setAsking] = useState<{ post: BoardPost; action: 'reject' | 'hide' } | null>(null);
  const posts = useQuery({
    queryKey: [...KEY, 'posts', statuses, url.page, url.pageSize],
    // Several statuses are repeated parameters (status=a&status=b).
    queryFn: () =>
      api.get('/api/portal-ops/board/posts', { status: statuses, page: url.page, pageSize: url.pageSize }),
    placeholderData: (prev) => prev,
  });
  const act = useMutation({
    mutationFn: (v: { id: string; action: 'approve' | 'reject' | 'hide'; reason?: string }) =>
      api.post(
        apiUrl(`/api/portal-ops/board/posts/{id}/${v.action}` as const, { id: v.id }),
        v.action === 'approve' ? {} : { reason: v.reason ?? '' },
      ),
    onSuccess: (p) => {
      void qc.invalidateQueries({ queryKey: KEY });
      void message.success(`“${p.product}”${p.statusLabel}`);
      setAsking(null);
    },
    onError: showError,
  });
  const columns: TableColumnsType<BoardPost> = [
    {
      title: '信息',
      key: 'what',
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <Space size={4}>
            <Tag color={p.kind === 'supply' ? 'green' : 'orange'}>{p.kindLabel}</Tag>
            <Typography.Text strong>{p.product}</Typography.Text>
          </Space>
          <Typography.Text type="secondary">
            {p.quantity} {p.unit} ｜ {p.regionName} ｜ 有效期至 {p.validUntil}
            {p.expired ? '（已过期）' : ''}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '发布者',
      key: 'who',
      width: 200,
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          {p.authorName}
          {p.contact ? (
            <Typography.Text type="secondary">
              {p.contact.name} {p.contact.phone}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    { title: '提交时间', dataIndex: 'createdAt', width: 150, render: (d: string) => formatTime(d) },
    {
      title: '状态',
      dataIndex: 'statusLabel',
      width: 110,
      render: (l: string, p) => <Tag color={STATUS_COLORS[p.status]}>{l}</Tag>,
    },
    {
      title: '操作',
      key: 'ops',
      width: 170,
      render: (_, p) =>
        p.status === 'pending' ? (
          <Space>
            <Popconfirm
              title="审核通过并发布？"
              onConfirm={() => act.mutate({ id: p.id, action: 'approve' })}
            >
              <Button size="small" type="primary">
                通过
              </Button>
            </Popconfirm>
            <Button size="small" danger onClick={() => setAsking({ post: p, action: 'reject' })}>
              不通过
            </Button>
          </Space>
        ) : p.status === 'published' ? (
          <Space>
            <a href={`/supply-demand/${p.id}`} target="_blank" rel="noreferrer">
              查看
            </a>
            <Button size="small" danger onClick={() => setAsking({ post: p, action: 'hide' })}>
              屏蔽
            </Button>
          </Space>
        ) : (
          <Typography.Text type="secondary">{p.moderationNote ?? '—'}</Typography.Text>
        ),
    },
  ];
  return (
    <>
      <Table
        rowKey="id"
        loading={posts.isFetching}
        columns={columns}
        dataSource={posts.data?.items ?? []}
        expandable={{
          rowExpandable: (p) => Boolean(p.description || p.moderatedByName),
          expandedRowRender: (p) => (
            <Descriptions size="small" column={1}>
              {p.description ? <Descriptions.Item label="详细说明">{p.description}</Descriptions.Item> : null}
              {p.moderatedByName ? (
                <Descriptions.Item label="审核">
                  {p.moderatedByName} {formatTime(p.moderatedAt)} {p.moderationNote ?? ''}
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          ),
        }}
        pagination={url.pagination(posts.data?.total ?? 0, '条')}
      />
      <ReasonModal
        title={
          asking?.action === 'hide'
            ? `屏蔽“${asking.post.product}”`
            : `不予通过“${asking?.post.product ?? ''}”`
        }
        open={asking !== null}
        loading={act.isPending}
        onCancel={() => setAsking(null)}
        onOk={(reason) => asking && act.mutate({ id: asking.post.id, action: asking.action, reason })}
      />
    </>
  );
}

function Reports() {
  const url = useUrlState();
  const qc = useQueryClient();
  const showError = useShowError();
  const { message } = App.useApp();
  // From the address bar: the server rejects an unknown status.
  const status = (url.get('reports') ?? 'open') as Query<'/api/portal-ops/board/reports'>['status'];
  const reports = useQuery({
    queryKey: [...KEY, 'reports', status, url.page],
    queryFn: () =>
      api.get('/api/portal-ops/board/reports', {
        status,
        page: url.page,
        pageSize: url.pageSize,
      }),
    placeholderData: (prev) => prev,
  });
  const resolve = useMutation({
    mutationFn: (v: { id: string; action: 'uphold' | 'dismiss' }) =>
      api.post(apiUrl('/api/portal-ops/board/reports/{id}/resolve', { id: v.id }), { action: v.action }),
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: KEY });
      void message.success(r.statusLabel);
    },
    onError: showError,
  });
  const columns: TableColumnsType<BoardReport> = [
    {
      title: '被举报信息',
      key: 'post',
      render: (_, r) => (
        <Space size={4}>
          <Tag>{r.postKindLabel}</Tag>
          <a href={`/supply-demand/${r.postId}`} target="_blank" rel="noreferrer">
            {r.postProduct}
          </a>
        </Space>
      ),
    },
    { title: '原因', dataIndex: 'reason', width: 110 },
    { title: '说明', dataIndex: 'detail', render: (d: string) => d || '—' },
    {
      title: '举报人',
      dataIndex: 'anonymous',
      width: 90,
      render: (a: boolean) => (a ? '匿名访客' : '登录用户'),
    },
    { title: '时间', dataIndex: 'createdAt', width: 150, render: (d: string) => formatTime(d) },
    {
      title: status === 'open' ? '处理' : '结果',
      key: 'ops',
      width: 200,
      render: (_, r) =>
        r.status === 'open' ? (
          <Space>
            <Popconfirm
              title="举报属实，屏蔽该信息？"
              onConfirm={() => resolve.mutate({ id: r.id, action: 'uphold' })}
            >
              <Button size="small" danger>
                属实并屏蔽
              </Button>
            </Popconfirm>
            <Button size="small" onClick={() => resolve.mutate({ id: r.id, action: 'dismiss' })}>
              不予采纳
            </Button>
          </Space>
        ) : (
          <span>
            {r.statusLabel}（{r.handledByName}）
          </span>
        ),
    },
  ];
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        {(['open', 'upheld', 'dismissed'] as const).map((s) => (
          <Button
            key={s}
            type={status === s ? 'primary' : 'default'}
            size="small"
            onClick={() => url.set({ reports: s })}
          >
            {{ open: '待处理', upheld: '属实', dismissed: '不予采纳' }[s]}
          </Button>
        ))}
      </Space>
      <Table
        rowKey="id"
        loading={reports.isFetching}
        columns={columns}
        dataSource={reports.data?.items ?? []}
        pagination={url.pagination(reports.data?.total ?? 0)}
      />
    </>
  );
}

export default function BoardPage() {
  const url = useUrlState();
  const tab = url.get('tab') ?? 'pending';
  const counts = useQuery({
    queryKey: [...KEY, 'counts'],
    queryFn: () => api.get('/api/portal-ops/board/posts', { page: 1, pageSize: 1 }),
  });
  return (
    <PageContainer
      subTitle="企业和公众发布的供求信息，审核通过后公开"
      extra={
        <a href="/supply-demand" target="_blank" rel="noreferrer">
          查看网站上的供求信息
        </a>
      }
    >
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => url.set({ tab: k, page: undefined })}
          items={[
            {
              key: 'pending',
              label: (
                <Badge count={counts.data?.counts.pending ?? 0} offset={[10, 0]} size="small">
                  待审核
                </Badge>
              ),
              children: <Posts statuses={['pending']} />,
            },
            { key: 'published', label: '已发布', children: <Posts statuses={['published']} /> },
            {
              key: 'closed',
              label: '未通过、已屏蔽与已撤下',
              children: <Posts statuses={['rejected', 'hidden', 'withdrawn']} />,
            },
            {
              key: 'reports',
              label: (
                <Badge count={counts.data?.openReports ?? 0} offset={[10, 0]} size="small">
                  举报
                </Badge>
              ),
              children: <Reports />,
            },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
