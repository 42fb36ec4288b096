// 人员与领导分管: the people of each unit, and which units each department leader is in charge of.
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Checkbox,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
} from 'antd';
import { useEffect, useState } from 'react';
import { api, apiUrl, type RequestBody } from '../../api/client.ts';
import type { Leader, LeaderRank, Person } from '../../api/types.ts';
import { can } from '../../auth/access.ts';
import { useMe } from '../../auth/session.tsx';
import { errorText, useFormErrors } from '../../components/errors.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { LEADERS_KEY, PEOPLE_KEY, UNITS_KEY, useLeaders } from './api.ts';
import { UnitSelect } from './UnitSelect.tsx';

export const LEADER_RANK_LABELS: Record<LeaderRank, string> = {
  director: '局长',
  deputy: '副局长',
  other: '其他局领导',
};

const LABELS = {
  unitId: '所在单位',
  name: '姓名',
  title: '职务',
  leaderRank: '局领导职级',
  phone: '联系电话',
  email: '电子邮箱',
  sort: '排序号',
};

interface PersonValues {
  unitId: string;
  name: string;
  title?: string;
  leaderRank?: LeaderRank | null;
  phone?: string;
  email?: string;
  sort?: number;
}

type PersonTarget = { mode: 'create'; unitId?: string } | { mode: 'edit'; person: Person } | null;

function PersonDrawer(props: { target: PersonTarget; onClose: () => void }) {
  const [form] = Form.useForm<PersonValues>();
  const { message } = App.useApp();
  const showFormErrors = useFormErrors();
  const queryClient = useQueryClient();
  const t = props.target;
  useEffect(() => {
    if (!t) return;
    form.resetFields();
    if (t.mode === 'edit')
      form.setFieldsValue({
        unitId: t.person.unitId,
        name: t.person.name,
        title: t.person.title ?? '',
        leaderRank: t.person.leaderRank,
        email: t.person.email ?? '',
        sort: t.person.sort,
      });
    else form.setFieldsValue({ unitId: t.unitId, sort: 0 });
  }, [t, form]);

  const save = useMutation({
    mutationFn: (v: PersonValues) => {
      const body: RequestBody<'/api/people', 'post'> = {
        unitId: v.unitId,
        name: v.name.trim(),
        title: v.title?.trim() || null,
        leaderRank: v.leaderRank ?? null,
        email: v.email?.trim() || null,
        sort: v.sort ?? 0,
      };
      // The stored phone is encrypted and shown masked; an empty field leaves it as it is.
      if (v.phone?.trim()) body.phone = v.phone.trim();
      return t?.mode === 'edit'
        ? api.patch(apiUrl('/api/people/{id}', { id: t.person.id }), body)
        : api.post('/api/people', body);
    },
    onSuccess: () => {
      void message.success('人员信息已保存');
      void queryClient.invalidateQueries({ queryKey: PEOPLE_KEY });
      void queryClient.invalidateQueries({ queryKey: LEADERS_KEY });
      void queryClient.invalidateQueries({ queryKey: UNITS_KEY });
      props.onClose();
    },
    onError: (e) => showFormErrors(form, e, LABELS),
  });

  return (
    <Drawer
      title={t?.mode === 'edit' ? `修改人员：${t.person.name}` : '新增人员'}
      open={Boolean(t)}
      onClose={props.onClose}
      size={480}
      forceRender
      extra={
        <Space>
          <Button onClick={props.onClose}>取消</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            保存
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="unitId" label={LABELS.unitId} rules={[{ required: true, message: '请选择单位' }]}>
          <UnitSelect />
        </Form.Item>
        <Form.Item
          name="name"
          label={LABELS.name}
          rules={[
            { required: true, whitespace: true, message: '请输入姓名' },
            { min: 2, max: 30, message: '2–30 个字' },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="title" label={LABELS.title} rules={[{ max: 50, message: '最多 50 个字' }]}>
          <Input placeholder="如 处长、副局长" />
        </Form.Item>
        <Form.Item name="leaderRank" label={LABELS.leaderRank} extra="仅局领导填写；局领导可设置分管单位">
          <Select
            allowClear
            placeholder="非局领导"
            options={Object.entries(LEADER_RANK_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item
          name="phone"
          label={LABELS.phone}
          rules={[
            {
              pattern: /^(1\d{10}|0\d{2,3}-?\d{7,8})$/,
              message: '手机号码 11 位，或带区号的固定电话，如 0371-65901234',
            },
          ]}
          extra={
            t?.mode === 'edit' && t.person.phoneMask
              ? `当前：${t.person.phoneMask}；留空则不修改`
              : '加密保存，列表中脱敏显示'
          }
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="email"
          label={LABELS.email}
          rules={[{ type: 'email', message: '电子邮箱格式不正确' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="sort" label={LABELS.sort} extra="小者在前">
          <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

function PeopleTab() {
  const me = useMe();
  const url = useUrlState();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<PersonTarget>(null);
  const filters = {
    unitId: url.get('unitId'),
    includeSubunits: url.get('sub') === '1' || undefined,
    includeInactive: url.get('inactive') === '1' || undefined,
    q: url.get('q'),
    page: url.page,
    pageSize: url.pageSize,
  };
  const list = useQuery({
    queryKey: [...PEOPLE_KEY, 'list', filters],
    queryFn: () => api.get('/api/people', filters),
    placeholderData: (prev) => prev,
  });
  const setActive = useMutation({
    mutationFn: (v: { id: string; active: boolean }) =>
      api.patch(apiUrl('/api/people/{id}', { id: v.id }), { active: v.active }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PEOPLE_KEY }),
  });
  const reveal = async (p: Person) => {
    try {
      const r = await api.get(apiUrl('/api/people/{id}/phone', { id: p.id }));
      modal.info({ title: `${p.name} 的联系电话`, content: r.phone ?? '未登记', okText: '关闭' });
    } catch (e) {
      void message.error(errorText(e));
    }
  };
  const editable = can(me, 'system:people');

  const columns: TableColumnsType<Person> = [
    { title: '姓名', dataIndex: 'name', width: 110 },
    { title: '职务', dataIndex: 'title', render: (v: string | null) => v ?? '—' },
    { title: '所在单位', dataIndex: 'unitName', render: (v: string | undefined) => v ?? '—' },
    {
      title: '局领导',
      dataIndex: 'leaderRank',
      width: 100,
      render: (r: LeaderRank | null) => (r ? <Tag color="gold">{LEADER_RANK_LABELS[r]}</Tag> : '—'),
    },
    {
      title: '联系电话',
      dataIndex: 'phoneMask',
      render: (v: string | null, p) =>
        v ? (
          <Space size={4}>
            {v}
            {/* The full number is for holders of org:read (audited), never for administrators. */}
            {can(me, 'org:read') && (
              <Button
                type="link"
                size="small"
                onClick={() => reveal(p)}
                aria-label={`查看 ${p.name} 的完整电话`}
              >
                查看
              </Button>
            )}
          </Space>
        ) : (
          '—'
        ),
    },
    { title: '电子邮箱', dataIndex: 'email', render: (v: string | null) => v ?? '—' },
    {
      title: '状态',
      dataIndex: 'active',
      width: 80,
      render: (a: boolean | undefined) => (a === false ? <Tag>已停用</Tag> : <Tag color="green">在职</Tag>),
    },
  ];
  if (editable)
    columns.push({
      title: '操作',
      key: 'actions',
      width: 130,
      fixed: 'right',
      render: (_, p) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setTarget({ mode: 'edit', person: p })}>
            修改
          </Button>
          <Button
            type="link"
            size="small"
            danger={p.active !== false}
            onClick={() =>
              setActive.mutate(
                { id: p.id, active: p.active === false },
                {
                  onSuccess: () => void message.success(p.active === false ? '已恢复' : '已停用'),
                  onError: (e) => void message.error(errorText(e)),
                },
              )
            }
          >
            {p.active === false ? '恢复' : '停用'}
          </Button>
        </Space>
      ),
    });

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <UnitSelect
          aria-label="所在单位"
          placeholder="所在单位"
          value={filters.unitId}
          onChange={(unitId: string | undefined) => url.set({ unitId })}
          style={{ width: 260 }}
        />
        <Checkbox
          checked={url.get('sub') === '1'}
          onChange={(e) => url.set({ sub: e.target.checked ? '1' : undefined })}
        >
          含下级单位
        </Checkbox>
        <Input.Search
          key={filters.q ?? ''}
          defaultValue={filters.q}
          placeholder="姓名或职务"
          aria-label="按姓名或职务搜索"
          allowClear
          onSearch={(q) => url.set({ q })}
          style={{ width: 200 }}
        />
        <Checkbox
          checked={url.get('inactive') === '1'}
          onChange={(e) => url.set({ inactive: e.target.checked ? '1' : undefined })}
        >
          含已停用
        </Checkbox>
        <Button
          onClick={() => url.set({ unitId: undefined, sub: undefined, q: undefined, inactive: undefined })}
        >
          重置
        </Button>
        {editable && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setTarget({ mode: 'create', unitId: filters.unitId })}
          >
            新增人员
          </Button>
        )}
      </Space>
      <Table<Person>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        scroll={{ x: 1000 }}
        locale={{ emptyText: list.isError ? errorText(list.error) : '没有符合条件的人员' }}
        pagination={{
          current: url.page,
          pageSize: url.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (t) => `共 ${t} 人`,
          onChange: (page, pageSize) => url.set({ page, pageSize }),
        }}
      />
      <PersonDrawer target={target} onClose={() => setTarget(null)} />
    </>
  );
}

function ChargesModal(props: { leader: Leader | null; onClose: () => void }) {
  const [value, setValue] = useState<string[]>([]);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  useEffect(() => setValue(props.leader?.charges.map((c) => c.unitId) ?? []), [props.leader]);
  const save = useMutation({
    mutationFn: (unitIds: string[]) =>
      api.put(apiUrl('/api/people/{id}/charges', { id: props.leader!.id }), { unitIds }),
    onSuccess: () => {
      void message.success('分管单位已保存');
      void queryClient.invalidateQueries({ queryKey: LEADERS_KEY });
      void queryClient.invalidateQueries({ queryKey: UNITS_KEY });
      props.onClose();
    },
    onError: (e) => void message.error(errorText(e)),
  });
  return (
    <Modal
      title={`设置分管单位：${props.leader?.name ?? ''}`}
      open={Boolean(props.leader)}
      onCancel={props.onClose}
      okText="保存"
      confirmLoading={save.isPending}
      onOk={() => save.mutate(value)}
      width={560}
      destroyOnHidden
    >
      <label htmlFor="lz-charges" style={{ display: 'block', marginBottom: 8 }}>
        分管单位（可多选）
      </label>
      <UnitSelect
        id="lz-charges"
        multiple
        value={value}
        onChange={(v: string[]) => setValue(v)}
        style={{ width: '100%' }}
        placeholder="选择分管的处室和单位"
      />
    </Modal>
  );
}

function LeadersTab() {
  const me = useMe();
  const leaders = useLeaders();
  const [editing, setEditing] = useState<Leader | null>(null);
  const columns: TableColumnsType<Leader> = [
    { title: '姓名', dataIndex: 'name', width: 110 },
    { title: '职务', dataIndex: 'title', width: 160, render: (v: string | null) => v ?? '—' },
    { title: '职级', dataIndex: 'leaderRank', width: 110, render: (r: LeaderRank) => LEADER_RANK_LABELS[r] },
    {
      title: '分管单位',
      dataIndex: 'charges',
      render: (c: Leader['charges']) =>
        c.length ? (
          c.map((x) => (
            <Tag key={x.unitId} style={{ marginBottom: 4 }}>
              {x.name}
            </Tag>
          ))
        ) : (
          <span style={{ color: '#666' }}>未设置</span>
        ),
    },
  ];
  if (can(me, 'system:people'))
    columns.push({
      title: '操作',
      key: 'actions',
      width: 110,
      render: (_, l) => (
        <Button type="link" size="small" onClick={() => setEditing(l)}>
          设置分管
        </Button>
      ),
    });
  return (
    <>
      <Table<Leader>
        rowKey="id"
        columns={columns}
        dataSource={leaders.data}
        loading={leaders.isPending}
        pagination={false}
        locale={{
          emptyText: leaders.isError
            ? errorText(leaders.error)
            : '尚未登记局领导（在“人员”中将职级设为局长或副局长）',
        }}
      />
      <ChargesModal leader={editing} onClose={() => setEditing(null)} />
    </>
  );
}

export default function PeoplePage() {
  const url = useUrlState();
  const tab = url.get('tab') === 'leaders' ? 'leaders' : 'people';
  return (
    <PageContainer>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => url.set({ tab: k === 'leaders' ? 'leaders' : undefined })}
          items={[
            { key: 'people', label: '人员', children: tab === 'people' && <PeopleTab /> },
            { key: 'leaders', label: '局领导分管', children: tab === 'leaders' && <LeadersTab /> },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
