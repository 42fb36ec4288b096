// 单位管理: the unit tree on the left, the chosen unit's detail on the right; the system admin
// adds, changes, moves and deactivates units.
import { ApartmentOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Empty,
  Input,
  Result,
  Row,
  Skeleton,
  Space,
  Tag,
  Tree,
  type TreeDataNode,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, apiUrl } from '../../api/client.ts';
import type { Unit } from '../../api/types.ts';
import { can } from '../../auth/access.ts';
import { useMe } from '../../auth/session.tsx';
import { errorText } from '../../components/errors.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { UNITS_KEY, useUnits } from './api.ts';
import { DATA_STATUS_OPTIONS, UnitFormDrawer, type UnitFormTarget } from './UnitForm.tsx';
import {
  buildUnitTree,
  matchingWithAncestors,
  nameUnverified,
  UNIT_TYPE_LABELS,
  type UnitNode,
} from './units.ts';

export function UnverifiedTag() {
  return (
    <Tag color="orange" style={{ fontSize: 11, lineHeight: '16px', marginInlineStart: 6 }}>
      名称待核实
    </Tag>
  );
}

function toTreeData(nodes: UnitNode[], keep: Set<string> | null): TreeDataNode[] {
  return nodes
    .filter((n) => !keep || keep.has(n.unit.id))
    .map((n) => ({
      key: n.unit.id,
      title: (
        <span>
          {n.unit.name}
          {nameUnverified(n.unit) && <UnverifiedTag />}
          {n.unit.active === false && <Tag style={{ marginInlineStart: 6 }}>已停用</Tag>}
        </span>
      ),
      children: toTreeData(n.children, keep),
    }));
}

function UnitDetailCard(props: { id: string; onEdit: (u: Unit) => void; onAddChild: (u: Unit) => void }) {
  const me = useMe();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const detail = useQuery({
    queryKey: [...UNITS_KEY, 'one', props.id],
    queryFn: () => api.get(apiUrl('/api/units/{id}', { id: props.id })),
  });
  const setActive = useMutation({
    mutationFn: (active: boolean) => api.patch(apiUrl('/api/units/{id}', { id: props.id }), { active }),
    onSuccess: (_, active) => {
      void message.success(active ? '单位已启用' : '单位已停用');
      void queryClient.invalidateQueries({ queryKey: UNITS_KEY });
    },
    onError: (e) => void message.error(errorText(e)),
  });
  const editable = can(me, 'system:units');

  if (detail.isPending)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  if (detail.isError)
    return (
      <Card>
        <Result status="warning" title="无法载入单位" subTitle={errorText(detail.error)} />
      </Card>
    );
  const u = detail.data;
  const status = DATA_STATUS_OPTIONS.find((o) => o.value === u.dataStatus)?.label ?? '未标注';

  return (
    <Card
      title={
        <Space>
          {u.name}
          {nameUnverified(u) && <UnverifiedTag />}
          {u.active === false && <Tag>已停用</Tag>}
        </Space>
      }
      extra={
        editable && (
          <Space wrap>
            <Button icon={<EditOutlined />} onClick={() => props.onEdit(u)}>
              修改
            </Button>
            <Button icon={<PlusOutlined />} onClick={() => props.onAddChild(u)}>
              新增下级单位
            </Button>
            {u.active === false ? (
              <Button onClick={() => setActive.mutate(true)}>启用</Button>
            ) : (
              <Button
                danger
                onClick={() =>
                  modal.confirm({
                    title: `停用 ${u.name}？`,
                    content: '停用后该单位不再出现在选择列表中，已有数据不受影响，可随时重新启用。',
                    okText: '停用',
                    okButtonProps: { danger: true },
                    cancelText: '取消',
                    onOk: () => setActive.mutateAsync(false),
                  })
                }
              >
                停用
              </Button>
            )}
          </Space>
        )
      }
    >
      <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
        <Descriptions.Item label="单位全称" span={2}>
          {u.name}
        </Descriptions.Item>
        <Descriptions.Item label="简称">{u.shortName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="单位代码">{u.code}</Descriptions.Item>
        <Descriptions.Item label="单位类型">{UNIT_TYPE_LABELS[u.type] ?? u.type}</Descriptions.Item>
        <Descriptions.Item label="行政区划代码">{u.regionCode ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="上级单位" span={2}>
          {u.ancestors?.length ? u.ancestors.map((a) => a.name).join(' / ') : '无（顶级单位）'}
        </Descriptions.Item>
        <Descriptions.Item label="下级单位">{u.childCount ?? '—'} 个</Descriptions.Item>
        <Descriptions.Item label="人员">
          {u.peopleCount ?? '—'} 人
          {can(me, 'system:people') && (
            <Button type="link" size="small" onClick={() => navigate(`/people?unitId=${u.id}`)}>
              查看人员
            </Button>
          )}
        </Descriptions.Item>
        <Descriptions.Item label="分管局领导" span={2}>
          {u.leaders?.length
            ? u.leaders.map((l) => `${l.name}${l.title ? `（${l.title}）` : ''}`).join('、')
            : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="排序号">{u.sort}</Descriptions.Item>
        <Descriptions.Item label="名称核实">{status}</Descriptions.Item>
      </Descriptions>
      {nameUnverified(u) && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          此单位名称系根据公开资料推定，请以正式机构设置为准；核实后可在“修改”中将核实状态改为“已核实”。
        </Typography.Paragraph>
      )}
    </Card>
  );
}

export default function UnitsPage() {
  const me = useMe();
  const url = useUrlState();
  const includeInactive = url.get('inactive') === '1';
  const units = useUnits({ includeInactive });
  const [search, setSearch] = useState('');
  const [form, setForm] = useState<UnitFormTarget>(null);
  const selected = url.get('unit');

  const tree = useMemo(() => buildUnitTree(units.data ?? []), [units.data]);
  const keep = useMemo(
    () => (search.trim() ? matchingWithAncestors(units.data ?? [], search) : null),
    [units.data, search],
  );
  const treeData = useMemo(() => toTreeData(tree, keep), [tree, keep]);
  const expanded = useMemo(
    () =>
      keep
        ? [...keep]
        : tree.flatMap((n) => [
            n.unit.id,
            ...n.children
              .filter((c) => c.children.length && c.unit.type !== 'city_bureau')
              .map((c) => c.unit.id),
          ]),
    [keep, tree],
  );

  return (
    <PageContainer
      subTitle={units.data ? `共 ${units.data.length} 个单位` : undefined}
      extra={
        can(me, 'system:units') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setForm({ mode: 'create', parentId: selected ?? null })}
          >
            新增单位
          </Button>
        )
      }
    >
      <Row gutter={16}>
        <Col xs={24} lg={9} xl={8}>
          <Card
            title={
              <Space>
                <ApartmentOutlined />
                单位树
              </Space>
            }
          >
            <Input.Search
              placeholder="按名称、简称或代码查找"
              aria-label="查找单位"
              allowClear
              onChange={(e) => setSearch(e.target.value)}
              style={{ marginBottom: 8 }}
            />
            <Checkbox
              checked={includeInactive}
              onChange={(e) => url.set({ inactive: e.target.checked ? '1' : undefined, unit: selected })}
              style={{ marginBottom: 8 }}
            >
              显示已停用的单位
            </Checkbox>
            {units.isPending ? (
              <Skeleton active />
            ) : units.isError ? (
              <Result status="warning" title="单位列表暂时无法载入" subTitle={errorText(units.error)} />
            ) : treeData.length === 0 ? (
              <Empty description={search ? '没有匹配的单位' : '尚无单位'} />
            ) : (
              <div style={{ maxHeight: 'calc(100vh - 340px)', minHeight: 240, overflow: 'auto' }}>
                <Tree
                  key={keep ? `q:${search}` : 'all'}
                  showLine
                  blockNode
                  treeData={treeData}
                  defaultExpandedKeys={expanded}
                  selectedKeys={selected ? [selected] : []}
                  onSelect={(keys) => keys[0] && url.set({ unit: String(keys[0]) })}
                  aria-label="单位树"
                />
              </div>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={15} xl={16}>
          {selected ? (
            <UnitDetailCard
              key={selected}
              id={selected}
              onEdit={(unit) => setForm({ mode: 'edit', unit })}
              onAddChild={(unit) => setForm({ mode: 'create', parentId: unit.id })}
            />
          ) : (
            <Card>
              <Empty description="请在左侧选择一个单位查看详情" />
            </Card>
          )}
        </Col>
      </Row>
      <UnitFormDrawer
        target={form}
        onClose={(saved) => {
          setForm(null);
          if (saved) url.set({ unit: saved.id });
        }}
      />
    </PageContainer>
  );
}
