// 行政事业性收费: the fee items with their basis, standard, collecting body and status (an abolished
// item with the document that abolished it), each marked 已核实 or 待核实 with what is left to check;
// only verified items are published on the public page. The office edits them in a drawer.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Radio,
  Space,
  Switch,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api, apiUrl, type Reply } from '../../api/client.ts';
import { can } from '../../auth/access.ts';
import { useMe } from '../../auth/session.tsx';
import { useFormErrors } from '../../components/errors.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { OPENNESS_KEY } from './api.ts';

type FeeItem = Reply<'/api/openness/fees'>[number];

const LABELS = {
  code: '项目编号',
  name: '收费项目名称',
  kind: '收费类别',
  basis: '收费依据',
  standard: '收费标准',
  collector: '执收单位',
  status: '状态',
  abolishedOn: '取消日期',
  abolishedBy: '取消（停征）文件',
  verified: '已核实',
  verifyNote: '核实情况',
  sort: '排序',
};

interface Values {
  code: string;
  name: string;
  kind: string;
  basis?: string;
  standard?: string;
  collector: string;
  status: FeeItem['status'];
  abolishedOn?: Dayjs | null;
  abolishedBy?: string;
  verified: boolean;
  verifyNote?: string;
  sort?: number;
}

type Target = { mode: 'create' } | { mode: 'edit'; item: FeeItem } | null;

function FeeDrawer({ target, onClose, next }: { target: Target; onClose: () => void; next: number }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showFormErrors = useFormErrors();
  const qc = useQueryClient();
  const editing = target?.mode === 'edit' ? target.item : null;

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    if (target.mode === 'create')
      form.setFieldsValue({
        code: `FEE-${String(next).padStart(2, '0')}`,
        kind: '行政事业性收费',
        status: 'in_force',
        verified: false,
        sort: next * 10,
      });
    else {
      const f = target.item;
      form.setFieldsValue({
        code: f.code,
        name: f.name,
        kind: f.kind,
        basis: f.basis.join('\n'),
        standard: f.standard,
        collector: f.collector,
        status: f.status,
        abolishedOn: f.abolishedOn ? dayjs(f.abolishedOn) : null,
        abolishedBy: f.abolishedBy,
        verified: f.verified,
        verifyNote: f.verifyNote,
        sort: f.sort,
      });
    }
  }, [target, form, next]);

  const status = Form.useWatch('status', form);
  const verified = Form.useWatch('verified', form);

  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        code: v.code,
        name: v.name,
        kind: v.kind,
        basis: v.basis ?? '',
        standard: v.standard ?? '',
        collector: v.collector,
        status: v.status,
        abolishedOn: v.status === 'abolished' && v.abolishedOn ? v.abolishedOn.format('YYYY-MM-DD') : null,
        abolishedBy: v.status === 'abolished' ? (v.abolishedBy ?? '') : '',
        verified: v.verified,
        verifyNote: v.verifyNote ?? '',
        sort: v.sort ?? 0,
      };
      return editing
        ? api.patch(apiUrl('/api/openness/fees/{id}', { id: editing.id }), body)
        : api.post('/api/openness/fees', body);
    },
    onSuccess: (f) => {
      void message.success(
        f.verified ? `已保存，${f.name}在公开页面公布` : `已保存，${f.name}待核实，暂不公布`,
      );
      void qc.invalidateQueries({ queryKey: [...OPENNESS_KEY, 'fees'] });
      onClose();
    },
    onError: (e) => showFormErrors(form, e, LABELS),
  });

  return (
    <Drawer
      title={editing ? `修改收费项目：${editing.name}` : '新增收费项目'}
      open={Boolean(target)}
      onClose={onClose}
      size={640}
      forceRender
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            保存
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Space wrap size={16} style={{ display: 'flex' }}>
          <Form.Item name="code" label={LABELS.code} rules={[{ required: true, message: '请填写项目编号' }]}>
            <Input style={{ width: 140 }} maxLength={14} />
          </Form.Item>
          <Form.Item name="kind" label={LABELS.kind} rules={[{ required: true, message: '请填写收费类别' }]}>
            <Input style={{ width: 220 }} maxLength={30} placeholder="行政事业性收费、政府性基金" />
          </Form.Item>
          <Form.Item name="sort" label={LABELS.sort}>
            <InputNumber min={0} max={100000} style={{ width: 100 }} />
          </Form.Item>
        </Space>
        <Form.Item
          name="name"
          label={LABELS.name}
          rules={[{ required: true, message: '请填写收费项目名称' }]}
        >
          <Input maxLength={60} showCount />
        </Form.Item>
        <Form.Item name="basis" label={LABELS.basis} extra="每行一份文件，写明文件名称和文号">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="standard" label={LABELS.standard}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="collector"
          label={LABELS.collector}
          rules={[{ required: true, message: '请填写执收单位' }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="status" label={LABELS.status}>
          <Radio.Group
            options={[
              { value: 'in_force', label: '现行征收' },
              { value: 'abolished', label: '已取消（含停征、标准降为零）' },
            ]}
          />
        </Form.Item>
        {status === 'abolished' ? (
          <Space wrap size={16} style={{ display: 'flex' }} align="start">
            <Form.Item name="abolishedOn" label={LABELS.abolishedOn}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="abolishedBy" label={LABELS.abolishedBy} style={{ minWidth: 360 }}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={300} />
            </Form.Item>
          </Space>
        ) : null}
        <Form.Item
          name="verified"
          label={LABELS.verified}
          valuePropName="checked"
          extra="已按文件原文核对依据、标准和现行状态的，标为已核实；只有已核实的项目在公开页面公布"
        >
          <Switch checkedChildren="已核实" unCheckedChildren="待核实" />
        </Form.Item>
        <Form.Item
          name="verifyNote"
          label={LABELS.verifyNote}
          extra={verified ? '仅工作人员可见' : '写明哪些内容尚待核实、查过哪些资料；仅工作人员可见'}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

export default function FeesPage() {
  const me = useMe();
  const mayEdit = can(me, 'openness:fees');
  const [target, setTarget] = useState<Target>(null);
  const fees = useQuery({
    queryKey: [...OPENNESS_KEY, 'fees'],
    queryFn: () => api.get('/api/openness/fees'),
  });
  const items = fees.data ?? [];
  const pending = items.filter((f) => !f.verified).length;
  const columns: TableColumnsType<FeeItem> = [
    { title: '编号', dataIndex: 'code', width: 90 },
    {
      title: '收费项目',
      key: 'name',
      render: (_, f) => (
        <Space orientation="vertical" size={0}>
          {mayEdit ? (
            <Typography.Link onClick={() => setTarget({ mode: 'edit', item: f })}>{f.name}</Typography.Link>
          ) : (
            <Typography.Text>{f.name}</Typography.Text>
          )}
          <Typography.Text type="secondary">{f.kind}</Typography.Text>
        </Space>
      ),
    },
    {
      title: '状态',
      key: 'status',
      width: 150,
      render: (_, f) => (
        <Space orientation="vertical" size={0}>
          <Tag color={f.status === 'in_force' ? 'green' : 'default'}>{f.statusLabel}</Tag>
          {f.abolishedOn ? <Typography.Text type="secondary">{f.abolishedOn} 起</Typography.Text> : null}
        </Space>
      ),
    },
    {
      title: '核实',
      key: 'verified',
      width: 110,
      render: (_, f) =>
        f.verified ? <Tag color="green">已核实·已公布</Tag> : <Tag color="orange">待核实·不公布</Tag>,
    },
    { title: '执收单位', dataIndex: 'collector', width: 220, responsive: ['lg'] },
  ];
  return (
    <PageContainer
      subTitle="收费项目的依据、标准、执收单位与取消情况"
      extra={
        <Space>
          <a href="/openness/fees" target="_blank" rel="noreferrer">
            查看公开页面
          </a>
          {mayEdit ? (
            <Button type="primary" onClick={() => setTarget({ mode: 'create' })}>
              新增收费项目
            </Button>
          ) : null}
        </Space>
      }
    >
      <Card>
        {pending ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={`共 ${items.length} 项，其中 ${pending} 项待核实：核实前不在公开页面公布，公开页面只说明“正在核实”。`}
          />
        ) : null}
        <Table
          rowKey="id"
          size="middle"
          loading={fees.isFetching}
          columns={columns}
          dataSource={items}
          pagination={false}
          scroll={{ x: 640 }}
          expandable={{
            expandedRowRender: (f) => (
              <Descriptions size="small" column={1} bordered>
                <Descriptions.Item label="收费依据">
                  {f.basis.length ? f.basis.map((b) => <div key={b}>{b}</div>) : '未填写'}
                </Descriptions.Item>
                <Descriptions.Item label="收费标准">{f.standard || '未填写'}</Descriptions.Item>
                {f.status === 'abolished' ? (
                  <Descriptions.Item label="取消（停征）文件">{f.abolishedBy || '未填写'}</Descriptions.Item>
                ) : null}
                <Descriptions.Item label="核实情况">{f.verifyNote || '—'}</Descriptions.Item>
              </Descriptions>
            ),
          }}
        />
      </Card>
      <FeeDrawer target={target} onClose={() => setTarget(null)} next={items.length + 1} />
    </PageContainer>
  );
}
