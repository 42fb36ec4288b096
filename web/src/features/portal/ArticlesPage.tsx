// 稿件管理: the articles of the columns in the account's scope, filters kept in the URL; a row opens
// the editor (/portal/articles/<id>), "写稿件" a new one (/portal/articles/new).
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  TreeSelect,
  Typography,
} from 'antd';
import { useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { can } from '../../auth/access.ts';
import { useMe } from '../../auth/session.tsx';
import { errorText } from '../../components/errors.ts';
import { formatTime } from '../../components/format.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import ArticleEditor from './ArticleEditor.tsx';
import {
  ARTICLES_KEY,
  type ArticleStatus,
  type ArticleSummary,
  buildColumnTree,
  type ColumnNode,
  STATUS_COLORS,
  STATUS_OPTIONS,
  useColumns,
} from './api.ts';

interface TreeOption {
  value: string;
  title: string;
  children: TreeOption[];
}

export function columnOptions(nodes: ColumnNode[], onlyEditable = false): TreeOption[] {
  return nodes.map((n) => ({
    value: n.column.id,
    title: n.column.name,
    disabled: onlyEditable && (!n.column.editable || n.column.kind === 'link' || n.column.kind === 'module'),
    children: columnOptions(n.children, onlyEditable),
  }));
}

export function StatusTag({
  a,
}: {
  a: Pick<
    ArticleSummary,
    'status' | 'statusLabel' | 'unreviewed' | 'reviewsDone' | 'reviewSteps' | 'liveEdition'
  >;
}) {
  return (
    <Space size={4} wrap>
      <Tag color={STATUS_COLORS[a.status]}>
        {a.statusLabel}
        {a.status === 'submitted' && a.reviewSteps > 1 ? `（${a.reviewsDone}/${a.reviewSteps}）` : ''}
      </Tag>
      {a.liveEdition !== null && a.status !== 'published' && <Tag color="green">网上有已发布版本</Tag>}
      {a.unreviewed && <Tag color="red">未经审核</Tag>}
    </Space>
  );
}

export const ARTICLE_COLUMNS: TableColumnsType<ArticleSummary> = [
  {
    title: '标题',
    dataIndex: 'title',
    render: (title: string, a) => (
      <Link to={`/portal/articles/${a.id}`}>
        {a.pinned && <Tag color="red">置顶</Tag>}
        {title}
      </Link>
    ),
  },
  { title: '栏目', dataIndex: 'columnName', width: 140 },
  { title: '状态', key: 'status', width: 200, render: (_, a) => <StatusTag a={a} /> },
  { title: '作者', dataIndex: 'createdByName', width: 100, render: (v: string | null) => v ?? '—' },
  { title: '更新时间', dataIndex: 'updatedAt', width: 150, render: (v: string) => formatTime(v) },
];

function ArticleList() {
  const me = useMe();
  const url = useUrlState();
  const navigate = useNavigate();
  const columns = useColumns();
  const options = useMemo(() => columnOptions(buildColumnTree(columns.data ?? [])), [columns.data]);
  const status = url.get('status')?.split(',').filter(Boolean) as ArticleStatus[] | undefined;
  const query = {
    columnId: url.get('columnId'),
    status,
    q: url.get('q'),
    unreviewed: url.get('unreviewed') === '1' || undefined,
    mine: url.get('mine') === '1' || undefined,
    page: url.page,
    pageSize: url.pageSize,
  };
  const list = useQuery({
    queryKey: [...ARTICLES_KEY, 'list', query],
    queryFn: () => api.get('/api/portal/articles', query),
  });
  return (
    <PageContainer
      extra={
        can(me, 'portal:edit') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/portal/articles/new')}>
            写稿件
          </Button>
        )
      }
    >
      <Card>
        <Form
          layout="inline"
          style={{ marginBottom: 16, rowGap: 8 }}
          initialValues={{ q: url.get('q'), columnId: url.get('columnId'), status }}
          onFinish={(v: { q?: string; columnId?: string; status?: string[] }) =>
            url.set({
              q: v.q || null,
              columnId: v.columnId || null,
              status: v.status?.length ? v.status.join(',') : null,
            })
          }
        >
          <Form.Item name="q">
            <Input allowClear aria-label="标题或来源" placeholder="标题或来源" style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="columnId">
            <TreeSelect
              allowClear
              aria-label="栏目"
              placeholder="栏目（含下级）"
              treeData={options}
              style={{ width: 200 }}
              showSearch={{ treeNodeFilterProp: 'title' }}
            />
          </Form.Item>
          <Form.Item name="status">
            <Select
              mode="multiple"
              allowClear
              aria-label="状态"
              placeholder="状态"
              options={STATUS_OPTIONS}
              style={{ minWidth: 160 }}
            />
          </Form.Item>
          <Form.Item>
            <Button htmlType="submit" icon={<SearchOutlined />}>
              查询
            </Button>
          </Form.Item>
          <Form.Item>
            <Checkbox
              checked={url.get('mine') === '1'}
              onChange={(e) => url.set({ mine: e.target.checked ? '1' : null })}
            >
              我写的
            </Checkbox>
          </Form.Item>
          <Form.Item>
            <Checkbox
              checked={url.get('unreviewed') === '1'}
              onChange={(e) => url.set({ unreviewed: e.target.checked ? '1' : null })}
            >
              未经审核发布的
            </Checkbox>
          </Form.Item>
        </Form>
        {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
        <Table
          rowKey="id"
          size="middle"
          loading={list.isPending}
          columns={ARTICLE_COLUMNS}
          dataSource={list.data?.items ?? []}
          pagination={url.pagination(list.data?.total ?? 0, '篇')}
        />
      </Card>
    </PageContainer>
  );
}

export default function ArticlesPage() {
  const rest = useParams()['*'] ?? '';
  if (rest === 'new') return <ArticleEditor />;
  if (/^[0-9a-f-]{36}$/.test(rest)) return <ArticleEditor id={rest} />;
  return <ArticleList />;
}
