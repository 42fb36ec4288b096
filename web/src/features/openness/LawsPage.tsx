// 政策法规库: the laws, regulations, rules and normative documents with filters kept in the URL
// (kind, validity, verified, words); each entry marked 已核实 (published and searchable) or 待核实
// with what is left to check; entry and editing in a drawer (the office).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Drawer,
  Form,
  Input,
  Radio,
  Select,
  Space,
  Switch,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api, apiUrl, type Query, type Reply } from '../../api/client.ts';
import { can } from '../../auth/access.ts';
import { useMe } from '../../auth/session.tsx';
import { useFormErrors } from '../../components/errors.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { OPENNESS_KEY } from './api.ts';

type LawPage = Reply<'/api/openness/laws'>;
type LawItem = LawPage['items'][number];
type LawsQuery = Query<'/api/openness/laws'>;

const KINDS: { value: LawItem['kind']; label: string }[] = [
  { value: 'law', label: '法律' },
  { value: 'administrative_regulation', label: '行政法规' },
  { value: 'local_regulation', label: '地方性法规' },
  { value: 'departmental_rule', label: '部门规章' },
  { value: 'normative_document', label: '规范性文件' },
];
const VALIDITIES: { value: LawItem['validity']; label: string }[] = [
  { value: 'in_force', label: '有效' },
  { value: 'amended', label: '已修订' },
  { value: 'repealed', label: '已废止' },
];
const VALIDITY_COLORS: Record<string, string> = {
  现行有效: 'green',
  尚未施行: 'blue',
  已修订: 'gold',
  已废止: 'red',
};

const LABELS = {
  kind: '类别',
  title: '标题',
  issuer: '制定机关',
  docNumber: '文号',
  adoptedOn: '通过（公布）日期',
  effectiveOn: '施行日期',
  validity: '时效性',
  note: '制定和修订情况',
  body: '全文',
  verified: '已核实',
  verifyNote: '核实情况',
};

interface Values {
  kind: LawItem['kind'];
  title: string;
  issuer: string;
  docNumber?: string;
  adoptedOn?: Dayjs | null;
  effectiveOn?: Dayjs | null;
  validity: LawItem['validity'];
  note?: string;
  body?: string;
  verified: boolean;
  verifyNote?: string;
}

type Target = { mode: 'create' } | { mode: 'edit'; id: string } | null;

function LawDrawer({ target, onClose, mayEdit }: { target: Target; onClose: () => void; mayEdit: boolean }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showFormErrors = useFormErrors();
  const qc = useQueryClient();
  const editing = target?.mode === 'edit' ? target.id : null;
  const law = useQuery({
    queryKey: [...OPENNESS_KEY, 'law', editing],
    queryFn: () => api.get(apiUrl('/api/openness/laws/{id}', { id: editing! })),
    enabled: Boolean(editing),
  });

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    if (target.mode === 'create') form.setFieldsValue({ kind: 'law', validity: 'in_force', verified: false });
    else if (law.data) {
      const l = law.data;
      form.setFieldsValue({
        kind: l.kind,
        title: l.title,
        issuer: l.issuer,
        docNumber: l.docNumber,
        adoptedOn: l.adoptedOn ? dayjs(l.adoptedOn) : null,
        effectiveOn: l.effectiveOn ? dayjs(l.effectiveOn) : null,
        validity: l.validity,
        note: l.note,
        body: l.body,
        verified: l.verified,
        verifyNote: l.verifyNote,
      });
    }
  }, [target, law.data, form]);

  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        kind: v.kind,
        title: v.title,
        issuer: v.issuer,
        docNumber: v.docNumber ?? '',
        adoptedOn: v.adoptedOn ? v.adoptedOn.format('YYYY-MM-DD') : null,
        effectiveOn: v.effectiveOn ? v.effectiveOn.format('YYYY-MM-DD') : null,
        validity: v.validity,
        note: v.note ?? '',
        body: v.body ?? '',
        verified: v.verified,
        verifyNote: v.verifyNote ?? '',
      };
      return editing
        ? api.patch(apiUrl('/api/openness/laws/{id}', { id: editing }), body)
        : api.post('/api/openness/laws', body);
    },
    onSuccess: (l) => {
      void message.success(l.verified ? '已保存，已在公开页面公布' : '已保存，待核实，暂不公布');
      void qc.invalidateQueries({ queryKey: OPENNESS_KEY });
      onClose();
    },
    onError: (e) => showFormErrors(form, e, LABELS),
  });
  const verified = Form.useWatch('verified', form);

  return (
    <Drawer
      title={editing ? `政策法规：${law.data?.title ?? ''}` : '录入政策法规'}
      open={Boolean(target)}
      onClose={onClose}
      size={680}
      forceRender
      extra={
        mayEdit ? (
          <Space>
            <Button onClick={onClose}>取消</Button>
            <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
              保存
            </Button>
          </Space>
        ) : null
      }
    >
      <Form form={form} layout="vertical" disabled={!mayEdit} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="kind" label={LABELS.kind} rules={[{ required: true, message: '请选择类别' }]}>
          <Radio.Group options={KINDS} optionType="button" />
        </Form.Item>
        <Form.Item name="title" label={LABELS.title} rules={[{ required: true, message: '请填写标题' }]}>
          <Input maxLength={200} showCount />
        </Form.Item>
        <Space wrap size={16} style={{ display: 'flex' }}>
          <Form.Item
            name="issuer"
            label={LABELS.issuer}
            rules={[{ required: true, message: '请填写制定机关' }]}
          >
            <Input style={{ width: 280 }} maxLength={100} />
          </Form.Item>
          <Form.Item name="docNumber" label={LABELS.docNumber}>
            <Input style={{ width: 280 }} maxLength={60} placeholder="如 国务院令第541号" />
          </Form.Item>
        </Space>
        <Space wrap size={16} style={{ display: 'flex' }}>
          <Form.Item name="adoptedOn" label={LABELS.adoptedOn}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="effectiveOn" label={LABELS.effectiveOn}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="validity" label={LABELS.validity}>
            <Radio.Group options={VALIDITIES} />
          </Form.Item>
        </Space>
        <Form.Item name="note" label={LABELS.note} extra="如 2019年12月28日修订；公开页面显示">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
        </Form.Item>
        <Form.Item
          name="body"
          label={LABELS.body}
          extra="按正式文本录入；未录入全文的，公开页面引导读者查阅国家法律法规数据库"
        >
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} />
        </Form.Item>
        <Form.Item
          name="verified"
          label={LABELS.verified}
          valuePropName="checked"
          extra="已对照正式文本核对标题、文号和日期的，标为已核实；只有已核实的条目公开并可被站内搜索找到"
        >
          <Switch checkedChildren="已核实" unCheckedChildren="待核实" />
        </Form.Item>
        <Form.Item
          name="verifyNote"
          label={LABELS.verifyNote}
          extra={verified ? '仅工作人员可见' : '写明哪些内容尚待核实；仅工作人员可见'}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

export default function LawsPage() {
  const url = useUrlState();
  const me = useMe();
  const mayEdit = can(me, 'openness:laws');
  const [target, setTarget] = useState<Target>(null);
  const query: LawsQuery = {
    kind: url.get('kind') as LawsQuery['kind'],
    validity: url.get('validity') as LawsQuery['validity'],
    verified: url.get('verified') as LawsQuery['verified'],
    q: url.get('q'),
    page: url.page,
    pageSize: url.pageSize,
  };
  const laws = useQuery({
    queryKey: [...OPENNESS_KEY, 'laws', query],
    queryFn: () => api.get('/api/openness/laws', query),
    placeholderData: (prev) => prev,
  });
  const columns: TableColumnsType<LawItem> = [
    {
      title: '名称',
      key: 'title',
      render: (_, l) => (
        <Space orientation="vertical" size={0}>
          <Typography.Link onClick={() => setTarget({ mode: 'edit', id: l.id })}>{l.title}</Typography.Link>
          <Typography.Text type="secondary">
            {[l.issuer, l.docNumber].filter(Boolean).join(' ｜ ')}
          </Typography.Text>
          {!l.verified && l.verifyNote ? (
            <Typography.Text type="warning">待核实：{l.verifyNote}</Typography.Text>
          ) : null}
        </Space>
      ),
    },
    { title: '类别', dataIndex: 'kindLabel', width: 110 },
    { title: '公布日期', dataIndex: 'adoptedOn', width: 110, responsive: ['lg'], render: (d) => d ?? '—' },
    { title: '施行日期', dataIndex: 'effectiveOn', width: 110, render: (d) => d ?? '—' },
    {
      title: '时效性',
      dataIndex: 'validityLabel',
      width: 100,
      render: (l: string) => <Tag color={VALIDITY_COLORS[l]}>{l}</Tag>,
    },
    {
      title: '核实',
      key: 'verified',
      width: 120,
      render: (_, l) =>
        l.verified ? <Tag color="green">已核实·已公布</Tag> : <Tag color="orange">待核实·不公布</Tag>,
    },
  ];
  return (
    <PageContainer
      subTitle="林业法律、行政法规、地方性法规、部门规章和规范性文件"
      extra={
        <a href="/openness/laws" target="_blank" rel="noreferrer">
          查看公开页面
        </a>
      }
    >
      <Card>
        {laws.data?.unverified ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={`库中有 ${laws.data.unverified} 件待核实：核实前不在公开页面和站内搜索中出现。`}
            action={
              <Button size="small" onClick={() => url.set({ verified: 'no' })}>
                只看待核实
              </Button>
            }
          />
        ) : null}
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            placeholder="全部类别"
            style={{ width: 150 }}
            value={query.kind}
            onChange={(v) => url.set({ kind: v })}
            options={KINDS}
          />
          <Select
            allowClear
            placeholder="全部时效性"
            style={{ width: 130 }}
            value={query.validity}
            onChange={(v) => url.set({ validity: v })}
            options={VALIDITIES}
          />
          <Select
            allowClear
            placeholder="核实情况"
            style={{ width: 130 }}
            value={query.verified}
            onChange={(v) => url.set({ verified: v })}
            options={[
              { value: 'yes', label: '已核实' },
              { value: 'no', label: '待核实' },
            ]}
          />
          <Input.Search
            allowClear
            placeholder="标题、文号或制定机关"
            defaultValue={query.q}
            onSearch={(v) => url.set({ q: v })}
            style={{ width: 240 }}
          />
          {mayEdit ? (
            <Button type="primary" onClick={() => setTarget({ mode: 'create' })}>
              录入政策法规
            </Button>
          ) : null}
        </Space>
        <Table
          rowKey="id"
          size="middle"
          loading={laws.isFetching}
          columns={columns}
          dataSource={laws.data?.items ?? []}
          pagination={url.pagination(laws.data?.total ?? 0, '件')}
          scroll={{ x: 760 }}
        />
      </Card>
      <LawDrawer target={target} onClose={() => setTarget(null)} mayEdit={mayEdit} />
    </PageContainer>
  );
}
