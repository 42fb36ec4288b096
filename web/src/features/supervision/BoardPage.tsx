// 督办事项: the board by state with red / yellow / green by deadline (counts per column open the
// items), and "my tasks" as a unit, a leader or the office — tabs kept in the URL; the office
// registers an item (立项, assigning it at once when a lead unit is chosen).
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Badge,
  Button,
  Card,
  Col,
  DatePicker,
  Drawer,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Switch,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { can } from '../../auth/access.ts';
import { useMe } from '../../auth/session.tsx';
import { errorText } from '../../components/errors.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { type ItemListItem, LIGHT_COLORS, STATUS_COLORS, SUPERVISION_KEY, useVocab } from './api.ts';

export function DueTag({ item }: { item: Pick<ItemListItem, 'light' | 'daysLeft' | 'dueDay' | 'status'> }) {
  if (item.status === 'closed')
    return <Tag color={LIGHT_COLORS[item.light]}>{item.light === 'red' ? '逾期办结' : '按期办结'}</Tag>;
  if (!item.dueDay) return <Typography.Text type="secondary">未交办</Typography.Text>;
  const d = item.daysLeft;
  const words =
    d === null ? item.dueDay : d < 0 ? `超期 ${-d} 个工作日` : d === 0 ? '今日到期' : `剩 ${d} 个工作日`;
  return <Tag color={LIGHT_COLORS[item.light]}>{words}</Tag>;
}

function RegisterDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm();
  const vocab = useVocab();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const source = Form.useWatch('source', form) as string | undefined;
  const urgency = (Form.useWatch('urgency', form) as string | undefined) ?? 'ordinary';
  const hasTarget = Form.useWatch('hasTarget', form) as boolean | undefined;
  const run = useMutation({
    mutationFn: (v: Record<string, unknown>) =>
      api.post('/api/supervision/items', {
        source: v.source as 'instruction',
        title: String(v.title ?? ''),
        sourceDoc: (v.sourceDoc as string) || undefined,
        sourceText: (v.sourceText as string) || undefined,
        instructingLeaderId: (v.instructingLeaderId as string) || null,
        urgency: v.urgency as 'ordinary',
        leadUnitId: (v.leadUnitId as string) || undefined,
        coUnitIds: (v.coUnitIds as string[]) ?? [],
        responsiblePerson: (v.responsiblePerson as string) || undefined,
        dueDay: v.dueDay ? (v.dueDay as Dayjs).format('YYYY-MM-DD') : null,
        reportCycle: (v.reportCycle as 'none') ?? 'none',
        target: v.hasTarget
          ? {
              label: String(v.targetLabel ?? ''),
              value: Number(v.targetValue),
              unit: String(v.targetUnit ?? ''),
            }
          : null,
        published: Boolean(v.published),
      }),
    onSuccess: (data) => {
      void qc.invalidateQueries({ queryKey: SUPERVISION_KEY });
      form.resetFields();
      onClose();
      message.success(`已立项：${data.item.number}`);
      if (data.duplicates.length)
        modal.warning({
          title: '可能与以下事项重复（一事一项）',
          content: (
            <ul>
              {data.duplicates.map((d) => (
                <li key={d.id}>
                  <Link to={`/supervision/items/${d.id}`}>{d.number}</Link> {d.title}（{d.why}）
                </li>
              ))}
            </ul>
          ),
        });
      navigate(`/supervision/items/${data.item.id}`);
    },
    onError: (e) => message.error(errorText(e)),
  });
  const units = (vocab.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }));
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title="立项"
      size="large"
      extra={
        <Button type="primary" loading={run.isPending} onClick={() => form.validateFields().then(run.mutate)}>
          立项
        </Button>
      }
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ urgency: 'ordinary', reportCycle: 'none' }}>
        <Form.Item name="source" label="事项来源" rules={[{ required: true, message: '请选择事项来源' }]}>
          <Select options={vocab.data?.sources} />
        </Form.Item>
        <Form.Item
          name="title"
          label="事项名称"
          rules={[{ required: true, min: 4, message: '请填写事项名称（至少 4 个字）' }]}
        >
          <Input maxLength={200} showCount />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="sourceDoc" label="来源文件或文号" extra="同一来源文件已立项的，会提示可能重复">
              <Input maxLength={200} placeholder="如：局长办公会议纪要〔2026〕5号" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="instructingLeaderId" label="批示（交办）领导">
              <Select
                allowClear
                options={vocab.data?.leaders.map((l) => ({
                  value: l.id,
                  label: `${l.name}（${l.title ?? ''}）`,
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="sourceText"
          label={source === 'instruction' ? '批示内容' : '交办内容'}
          rules={source === 'instruction' ? [{ required: true, message: '领导批示件请录入批示内容' }] : []}
        >
          <Input.TextArea rows={4} maxLength={10000} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="urgency" label="缓急程度">
              <Select options={vocab.data?.urgencies} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="dueDay"
              label="领导明确的时限"
              extra={`不填则按${urgency === 'urgent' ? '紧急' : '一般'}事项默认期限：${urgency === 'urgent' ? vocab.data?.urgentLimit : vocab.data?.ordinaryLimit}`}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="reportCycle" label="进展报送">
              <Select options={vocab.data?.cycles} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="leadUnitId"
          label="牵头单位"
          extra="选定后即交办，开始计算办理期限；分管厅领导按单位的分管自动确定"
        >
          <Select showSearch optionFilterProp="label" allowClear options={units} />
        </Form.Item>
        <Form.Item name="coUnitIds" label="协办单位">
          <Select mode="multiple" showSearch optionFilterProp="label" options={units} />
        </Form.Item>
        <Form.Item name="responsiblePerson" label="责任人">
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="hasTarget" label="量化目标" valuePropName="checked">
          <Switch />
        </Form.Item>
        {hasTarget ? (
          <Space.Compact block>
            <Form.Item
              name="targetLabel"
              rules={[{ required: true, message: '目标内容' }]}
              style={{ width: '50%' }}
            >
              <Input placeholder="如：完成造林" />
            </Form.Item>
            <Form.Item
              name="targetValue"
              rules={[{ required: true, message: '目标值' }]}
              style={{ width: '25%' }}
            >
              <InputNumber min={0} style={{ width: '100%' }} placeholder="120" />
            </Form.Item>
            <Form.Item
              name="targetUnit"
              rules={[{ required: true, message: '单位' }]}
              style={{ width: '25%' }}
            >
              <Input placeholder="万亩" />
            </Form.Item>
          </Space.Compact>
        ) : null}
        <Form.Item name="published" label="在“重点工作公开”中向社会公开" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

const VIEWS = [
  { key: 'all', label: '全部事项' },
  { key: 'unit', label: '本单位承办' },
  { key: 'leader', label: '我分管/批示的' },
  { key: 'office', label: '待督查室处理' },
];

export default function BoardPage() {
  const me = useMe();
  const url = useUrlState();
  const [registering, setRegistering] = useState(false);
  const view = url.get('view') ?? 'all';
  const status = url.get('status') ?? undefined;
  const light = url.get('light') ?? undefined;
  const q = url.get('q') ?? undefined;
  const query = { view: view as 'all', status, light, q, page: url.page, pageSize: url.pageSize };
  const list = useQuery({
    queryKey: [...SUPERVISION_KEY, 'items', query],
    queryFn: () => api.get('/api/supervision/items', query),
    placeholderData: (prev) => prev,
  });
  const views = VIEWS.filter(
    (v) =>
      v.key === 'all' ||
      (v.key === 'unit' && can(me, 'supervision:report')) ||
      (v.key === 'leader' && can(me, 'supervision:lead')) ||
      (v.key === 'office' && can(me, 'supervision:manage')),
  );
  const columns: TableColumnsType<ItemListItem> = [
    {
      title: '编号',
      key: 'number',
      width: 150,
      render: (_, i) => <Link to={`/supervision/items/${i.id}`}>{i.number}</Link>,
    },
    {
      title: '事项',
      key: 'title',
      render: (_, i) => (
        <>
          <Link to={`/supervision/items/${i.id}`}>{i.title}</Link>
          <br />
          <Space size={4} wrap>
            <Typography.Text type="secondary">{i.sourceLabel}</Typography.Text>
            {i.urgency === 'urgent' ? <Tag color="red">紧急</Tag> : null}
            {i.escalationLabel ? <Tag color="volcano">{i.escalationLabel}</Tag> : null}
            {i.returnedCount ? <Tag>退回 {i.returnedCount} 次</Tag> : null}
          </Space>
        </>
      ),
    },
    { title: '牵头单位', dataIndex: 'leadUnitName', width: 170, responsive: ['md'] },
    { title: '分管厅领导', dataIndex: 'leaderInChargeName', width: 100, responsive: ['lg'] },
    {
      title: '状态',
      key: 'status',
      width: 130,
      render: (_, i) => <Tag color={STATUS_COLORS[i.status]}>{i.statusLabel}</Tag>,
    },
    {
      title: '进度',
      key: 'percent',
      width: 90,
      responsive: ['lg'],
      render: (_, i) => `${i.percent}%`,
    },
    { title: '办理期限', dataIndex: 'dueDay', width: 110, responsive: ['sm'], render: (d) => d ?? '—' },
    { title: '剩余', key: 'left', width: 140, render: (_, i) => <DueTag item={i} /> },
  ];
  const board = list.data?.board ?? [];
  return (
    <PageContainer
      title="督办事项"
      subTitle={`批必查、查必果、果必报。红：已超期；黄：${list.data?.warnDays ?? 3} 个工作日内到期；绿：正常`}
      extra={
        can(me, 'supervision:manage') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
            立项
          </Button>
        ) : null
      }
    >
      <Tabs
        activeKey={view}
        onChange={(k) => url.set({ view: k === 'all' ? null : k, page: null })}
        items={views.map((v) => ({ key: v.key, label: v.label }))}
      />
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {board.map((col) => (
          <Col key={col.status} xs={12} md={8} xl={4} flex="1">
            <Card
              size="small"
              hoverable
              title={col.label}
              extra={<Typography.Text strong>{col.total}</Typography.Text>}
              onClick={() =>
                url.set({ status: status === col.status ? null : col.status, light: null, page: null })
              }
              style={status === col.status ? { borderColor: '#1677ff' } : undefined}
            >
              <Space size={8} wrap>
                {(['red', 'yellow', 'green'] as const).map((l) => (
                  <Button
                    key={l}
                    size="small"
                    type="text"
                    aria-label={`${col.label}：${l === 'red' ? '红' : l === 'yellow' ? '黄' : '绿'} ${col[l]} 件`}
                    onClick={(e) => {
                      e.stopPropagation();
                      url.set({ status: col.status, light: l, page: null });
                    }}
                  >
                    <Badge color={LIGHT_COLORS[l] === 'gold' ? '#faad14' : LIGHT_COLORS[l]} text={col[l]} />
                  </Button>
                ))}
              </Space>
            </Card>
          </Col>
        ))}
      </Row>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder="事项名称或编号"
          defaultValue={q}
          onSearch={(v) => url.set({ q: v || null, page: null })}
          style={{ width: 260 }}
        />
        {status || light ? (
          <Button onClick={() => url.set({ status: null, light: null, page: null })}>清除筛选</Button>
        ) : null}
      </Space>
      {list.isError ? <Alert type="error" title={errorText(list.error)} /> : null}
      <Table
        rowKey="id"
        size="middle"
        loading={list.isPending}
        columns={columns}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 720 }}
        pagination={url.pagination(list.data?.total ?? 0, '件')}
      />
      <RegisterDrawer open={registering} onClose={() => setRegistering(false)} />
    </PageContainer>
  );
}
