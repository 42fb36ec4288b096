// 栏目管理: the column tree (drag a column to reorder it or move it under another), and the chosen
// column's settings: type, responsible unit, update rule, review steps, visibility.
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Result,
  Row,
  Select,
  Skeleton,
  Space,
  Switch,
  Tag,
  Tree,
  type TreeDataNode,
  type TreeProps,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { api, apiUrl } from '../../api/client.ts';
import { useFormErrors, useShowError } from '../../components/errors.ts';
import { formatDate } from '../../components/format.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { UnitSelect } from '../org/UnitSelect.tsx';
import {
  buildColumnTree,
  CATEGORY_LABELS,
  COLUMNS_KEY,
  type Column,
  type ColumnCategory,
  type ColumnKind,
  type ColumnNode,
  KIND_LABELS,
  useColumns,
} from './api.ts';

function toTreeData(nodes: ColumnNode[]): TreeDataNode[] {
  return nodes.map((n) => ({
    key: n.column.id,
    title: (
      <span>
        {n.column.name}
        {n.column.kind !== 'list' && (
          <Tag style={{ marginInlineStart: 6, fontSize: 11, lineHeight: '16px' }}>
            {KIND_LABELS[n.column.kind]}
          </Tag>
        )}
        {!n.column.visible && (
          <Tag color="orange" style={{ marginInlineStart: 6, fontSize: 11, lineHeight: '16px' }}>
            不显示
          </Tag>
        )}
      </span>
    ),
    children: toTreeData(n.children),
  }));
}

interface FormValues {
  code: string;
  name: string;
  kind: ColumnKind;
  target?: string | null;
  category: ColumnCategory;
  responsibleUnitId: string;
  updateDays?: number | null;
  reviewSteps: number;
  visible: boolean;
  description?: string | null;
}

const LABELS: Record<string, string> = {
  code: '栏目代码',
  name: '栏目名称',
  kind: '栏目类型',
  target: '链接地址或模块标识',
  category: '考核类别',
  responsibleUnitId: '责任单位',
  updateDays: '更新要求',
  reviewSteps: '审核步骤',
  parentId: '上级栏目',
};

function ColumnForm(props: {
  initial: Partial<FormValues>;
  submitText: string;
  onSubmit: (values: FormValues) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const showFormErrors = useFormErrors();
  const kind = Form.useWatch('kind', form) ?? props.initial.kind;
  const [saving, setSaving] = useState(false);
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ kind: 'list', category: 'general', reviewSteps: 1, visible: true, ...props.initial }}
      onFinish={async (values) => {
        setSaving(true);
        try {
          await props.onSubmit(values);
        } catch (e) {
          showFormErrors(form, e, LABELS);
        } finally {
          setSaving(false);
        }
      }}
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="name"
            label="栏目名称"
            rules={[{ required: true, message: '请填写栏目名称' }, { max: 40 }]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="code"
            label="栏目代码"
            extra="用于网址 /columns/代码，小写字母、数字和连字符"
            rules={[
              { required: true, message: '请填写栏目代码' },
              { pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/, message: '只能包含小写字母、数字和连字符' },
            ]}
          >
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="kind" label="栏目类型">
        <Radio.Group
          optionType="button"
          options={(Object.keys(KIND_LABELS) as ColumnKind[]).map((k) => ({
            value: k,
            label: KIND_LABELS[k],
          }))}
        />
      </Form.Item>
      {(kind === 'link' || kind === 'module') && (
        <Form.Item
          name="target"
          label={kind === 'link' ? '链接地址' : '模块标识'}
          extra={
            kind === 'module'
              ? '如 services（网上办事）、openness（政务公开）、interaction（互动交流）'
              : undefined
          }
          rules={[{ required: true, message: kind === 'link' ? '请填写链接地址' : '请填写模块标识' }]}
        >
          <Input />
        </Form.Item>
      )}
      <Form.Item
        name="responsibleUnitId"
        label="责任单位"
        rules={[{ required: true, message: '请选择责任单位' }]}
      >
        <UnitSelect />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="category" label="考核类别" extra="国家网站检查按类别看更新时限">
            <Select
              options={(Object.keys(CATEGORY_LABELS) as ColumnCategory[]).map((k) => ({
                value: k,
                label: CATEGORY_LABELS[k],
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="updateDays"
            label="更新要求（至少每 N 天更新）"
            extra="留空表示不考核（如单页、链接）"
          >
            <InputNumber min={1} max={366} addonAfter="天" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="reviewSteps" label="审核步骤">
            <Radio.Group
              options={[
                { value: 1, label: '一级审核' },
                { value: 2, label: '初审 + 复审' },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="visible" label="在网站上显示" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="description" label="栏目说明（网页描述）" rules={[{ max: 300 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={saving}>
          {props.submitText}
        </Button>
        {props.onCancel && <Button onClick={props.onCancel}>取消</Button>}
      </Space>
    </Form>
  );
}

export default function ColumnsPage() {
  const columns = useColumns();
  const url = useUrlState();
  const selectedId = url.get('id');
  const [adding, setAdding] = useState<{ parent: Column | null } | null>(null);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const tree = useMemo(() => buildColumnTree(columns.data ?? []), [columns.data]);
  const byId = useMemo(() => new Map((columns.data ?? []).map((c) => [c.id, c])), [columns.data]);
  const selected = selectedId ? byId.get(selectedId) : undefined;
  const refresh = () => queryClient.invalidateQueries({ queryKey: COLUMNS_KEY });

  const move = useMutation({
    mutationFn: (input: { id: string; parentId: string | null; index: number }) =>
      api.post(apiUrl('/api/portal/columns/{id}/move', { id: input.id }), {
        parentId: input.parentId,
        index: input.index,
      }),
    onSuccess: (reply) => {
      queryClient.setQueryData(COLUMNS_KEY, reply.items);
      void message.success('栏目顺序已保存');
    },
    onError: showError,
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(apiUrl('/api/portal/columns/{id}', { id })),
    onSuccess: () => {
      void message.success('栏目已删除');
      url.set({ id: null });
      void refresh();
    },
    onError: showError,
  });

  // Drag and drop: onto a column = first child of it; between columns = a sibling at that place.
  const onDrop: TreeProps['onDrop'] = (info) => {
    const dragId = String(info.dragNode.key);
    const target = byId.get(String(info.node.key));
    if (!target) return;
    const pos = info.node.pos.split('-');
    const relative = info.dropPosition - Number(pos[pos.length - 1]);
    if (!info.dropToGap) {
      move.mutate({ id: dragId, parentId: target.id, index: 0 });
      return;
    }
    const parentId = target.parentId;
    const siblings = (columns.data ?? [])
      .filter((c) => c.parentId === parentId && c.id !== dragId)
      .sort((a, b) => a.sort - b.sort || a.code.localeCompare(b.code));
    const at = siblings.findIndex((c) => c.id === target.id);
    move.mutate({ id: dragId, parentId, index: relative === -1 ? at : at + 1 });
  };

  if (columns.isError) return <Result status="error" title="栏目载入失败" subTitle="请稍后刷新重试" />;

  const counts = [1, 2, 3].map((l) => (columns.data ?? []).filter((c) => c.level === l).length);

  return (
    <PageContainer
      subTitle={columns.data ? `一级 ${counts[0]} 个、二级 ${counts[1]} 个、三级 ${counts[2]} 个` : undefined}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding({ parent: null })}>
          新建一级栏目
        </Button>
      }
    >
      <Row gutter={16}>
        <Col xs={24} lg={9}>
          <Card
            title="栏目树"
            extra={<Typography.Text type="secondary">拖动可调整顺序或层级</Typography.Text>}
          >
            {columns.isPending ? (
              <Skeleton active />
            ) : tree.length ? (
              <Tree
                draggable={{ icon: false }}
                blockNode
                treeData={toTreeData(tree)}
                selectedKeys={selectedId ? [selectedId] : []}
                defaultExpandedKeys={tree.map((n) => n.column.id)}
                onSelect={(keys) => {
                  setAdding(null);
                  url.set({ id: keys[0] ? String(keys[0]) : null });
                }}
                onDrop={onDrop}
                style={{ maxHeight: 640, overflow: 'auto' }}
              />
            ) : (
              <Empty description="还没有栏目" />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          {adding ? (
            <Card title={adding.parent ? `在“${adding.parent.name}”下新建栏目` : '新建一级栏目'}>
              <ColumnForm
                initial={{
                  category: adding.parent?.category ?? 'general',
                  responsibleUnitId: adding.parent?.responsibleUnitId,
                  updateDays: adding.parent?.category === 'news' ? 14 : 30,
                }}
                submitText="新建"
                onCancel={() => setAdding(null)}
                onSubmit={async (values) => {
                  const created = await api.post('/api/portal/columns', {
                    ...values,
                    parentId: adding.parent?.id ?? null,
                  });
                  void message.success('栏目已新建');
                  setAdding(null);
                  await refresh();
                  url.set({ id: created.id });
                }}
              />
            </Card>
          ) : selected ? (
            <Card
              key={selected.id}
              title={selected.name}
              extra={
                <Space>
                  {selected.level < 3 && (
                    <Button icon={<PlusOutlined />} onClick={() => setAdding({ parent: selected })}>
                      新建下级栏目
                    </Button>
                  )}
                  <Popconfirm
                    title="删除这个栏目？"
                    description="只能删除没有下级栏目、没有稿件的栏目；不再使用的栏目可设为不显示。"
                    okText="删除"
                    cancelText="取消"
                    onConfirm={() => remove.mutate(selected.id)}
                  >
                    <Button danger>删除</Button>
                  </Popconfirm>
                </Space>
              }
            >
              <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
                <Descriptions.Item label="层级">{selected.level} 级</Descriptions.Item>
                <Descriptions.Item label="网址">
                  <a href={`/columns/${selected.code}`} target="_blank" rel="noreferrer">
                    /columns/{selected.code}
                  </a>
                </Descriptions.Item>
                <Descriptions.Item label="在网稿件">{selected.liveArticles} 篇</Descriptions.Item>
                <Descriptions.Item label="最近发布">{formatDate(selected.lastPublishedAt)}</Descriptions.Item>
              </Descriptions>
              <ColumnForm
                initial={{ ...selected }}
                submitText="保存"
                onSubmit={async (values) => {
                  await api.patch(apiUrl('/api/portal/columns/{id}', { id: selected.id }), values);
                  void message.success('栏目已保存');
                  await refresh();
                }}
              />
            </Card>
          ) : (
            <Card>
              <Empty description="在左侧选择一个栏目查看和修改" />
            </Card>
          )}
        </Col>
      </Row>
    </PageContainer>
  );
}
