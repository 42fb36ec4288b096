// 链接检查: the latest run, a button to check now (runs in the background; the page polls until it
// finishes), and every link found in published content with the articles that contain it.
import { ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  List,
  Space,
  Switch,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useShowError } from '../../components/errors.ts';
import { formatTime } from '../../components/format.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { LINK_STATUS_COLORS, type LinkResult } from './api.ts';

const KEY = ['portal-ops', 'links'];

export default function LinksPage() {
  const url = useUrlState(50);
  const failing = url.get('all') !== '1';
  const qc = useQueryClient();
  const showError = useShowError();
  const { message } = App.useApp();
  const status = useQuery({
    queryKey: [...KEY, 'status'],
    queryFn: () => api.get('/api/portal-ops/links/status'),
    refetchInterval: (q) => (q.state.data?.latest?.running ? 3000 : false),
  });
  const running = Boolean(status.data?.latest?.running);
  const links = useQuery({
    queryKey: [...KEY, 'list', failing, url.page, url.pageSize, status.data?.latest?.finishedAt],
    queryFn: () =>
      api.get('/api/portal-ops/links', {
        failing: failing || undefined,
        page: url.page,
        pageSize: url.pageSize,
      }),
    placeholderData: (prev) => prev,
  });
  const start = useMutation({
    mutationFn: () => api.post('/api/portal-ops/links/check'),
    onSuccess: () => {
      void message.info('已开始检查，完成后结果自动刷新');
      void qc.invalidateQueries({ queryKey: KEY });
    },
    onError: showError,
  });

  const columns: TableColumnsType<LinkResult> = [
    {
      title: '链接',
      dataIndex: 'display',
      render: (d: string, l) =>
        l.url.startsWith('http') ? (
          <Typography.Text copyable={{ text: l.url }} style={{ wordBreak: 'break-all' }}>
            {d}
          </Typography.Text>
        ) : (
          d
        ),
    },
    {
      title: '结果',
      key: 'result',
      width: 220,
      render: (_, l) => (
        <Space orientation="vertical" size={0}>
          <Space size={4}>
            <Tag color={LINK_STATUS_COLORS[l.status]}>{l.statusLabel}</Tag>
            {l.httpStatus ? <Typography.Text type="secondary">HTTP {l.httpStatus}</Typography.Text> : null}
          </Space>
          {l.error && l.status !== 'ok' ? (
            <Typography.Text type="secondary">{l.error}</Typography.Text>
          ) : null}
          {l.redirects ? (
            <Tooltip title={l.finalUrl}>
              <Typography.Text type="secondary">重定向 {l.redirects} 次</Typography.Text>
            </Tooltip>
          ) : null}
        </Space>
      ),
    },
    { title: '失效起始', dataIndex: 'failingSince', width: 150, render: (d: string | null) => formatTime(d) },
    { title: '所在稿件', key: 'n', width: 90, render: (_, l) => `${l.articles.length} 篇` },
  ];

  const latest = status.data?.latest;
  return (
    <PageContainer
      subTitle="检查已发布稿件正文、图片、附件与转载原文地址"
      extra={
        <Button
          type="primary"
          icon={<ReloadOutlined />}
          loading={running || start.isPending}
          onClick={() => start.mutate()}
        >
          {running ? '正在检查…' : '立即检查'}
        </Button>
      }
    >
      <Card style={{ marginBottom: 16 }}>
        {latest ? (
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label="最近一次">
              {formatTime(latest.startedAt)}（{latest.trigger === 'nightly' ? '每晚自动' : '手动'}）
            </Descriptions.Item>
            <Descriptions.Item label="范围">
              {latest.articles} 篇稿件，{latest.links} 个链接
            </Descriptions.Item>
            <Descriptions.Item label="失效">
              <Typography.Text type={latest.broken ? 'danger' : undefined}>
                {latest.broken} 个
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <Typography.Text type="secondary">尚未检查过。</Typography.Text>
        )}
        {latest?.error ? (
          <Alert type="error" showIcon title={`检查中断：${latest.error}`} style={{ marginTop: 12 }} />
        ) : null}
      </Card>
      <Card
        title="检查结果"
        extra={
          <Space>
            <span>只看失效链接</span>
            <Switch
              checked={failing}
              onChange={(on) => url.set({ all: on ? undefined : '1' })}
              aria-label="只看失效链接"
            />
          </Space>
        }
      >
        <Table
          rowKey="id"
          loading={links.isFetching}
          columns={columns}
          dataSource={links.data?.items ?? []}
          expandable={{
            expandedRowRender: (l) => (
              <List
                size="small"
                dataSource={l.articles}
                renderItem={(a) => (
                  <List.Item>
                    <Space wrap>
                      <Link to={`/portal/articles/${a.id}`}>{a.title}</Link>
                      <Typography.Text type="secondary">{a.columnName}</Typography.Text>
                      <Tag>{a.kindLabel}</Tag>
                      {a.label ? <Typography.Text type="secondary">“{a.label}”</Typography.Text> : null}
                    </Space>
                  </List.Item>
                )}
              />
            ),
          }}
          pagination={url.pagination(links.data?.total ?? 0, '个')}
        />
      </Card>
    </PageContainer>
  );
}
