// 公示: every notice with its type, period and state (未开始, 公示中, 已结束（已归档）) and the
// objections it received; the office publishes and edits notices in a drawer (not once archived)
// and reads each notice's objections with the senders' phones.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  DatePicker,
  Drawer,
  Empty,
  Form,
  Input,
  List,
  Radio,
  Space,
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
import { formatTime } from '../../components/format.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { OPENNESS_KEY } from './api.ts';

type Notice = Reply<'/api/openness/notices'>[number];

const TYPES: { value: Notice['type']; label: string }[] = [
  { value: 'cadre', label: '干部任前公示' },
  { value: 'title', label: '职称评审公示' },
  { value: 'project', label: '项目公示' },
  { value: 'other', label: '其他公示' },
];
const STATE_COLORS: Record<Notice['state'], string> = {
  upcoming: 'blue',
  open: 'green',
  archived: 'default',
};
const LABELS = {
  type: '公示类型',
  title: '标题',
  body: '公示内容',
  startsOn: '公示开始日期',
  endsOn: '公示截止日期',
  contact: '异议受理',
};

interface Values {
  type: Notice['type'];
  title: string;
  body: string;
  period: [Dayjs, Dayjs];
  contact: string;
}

type Target = { mode: 'create' } | { mode: 'edit'; notice: Notice } | null;

function NoticeDrawer({ target, onClose }: { target: Target; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showFormErrors = useFormErrors();
  const qc = useQueryClient();
  const editing = target?.mode === 'edit' ? target.notice : null;
  useEffect(() => {
    if (!target) return;
    form.resetFields();
    if (target.mode === 'create')
      form.setFieldsValue({ type: 'cadre', period: [dayjs(), dayjs().add(6, 'day')] });
    else {
      const n = target.notice;
      form.setFieldsValue({
        type: n.type,
        title: n.title,
        body: n.body,
        period: [dayjs(n.startsOn), dayjs(n.endsOn)],
        contact: n.contact,
      });
    }
  }, [target, form]);
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        type: v.type,
        title: v.title,
        body: v.body,
        startsOn: v.period[0].format('YYYY-MM-DD'),
        endsOn: v.period[1].format('YYYY-MM-DD'),
        contact: v.contact,
      };
      return editing
        ? api.patch(apiUrl('/api/openness/notices/{id}', { id: editing.id }), body)
        : api.post('/api/openness/notices', body);
    },
    onSuccess: (n) => {
      void message.success(`已保存：${n.stateLabel}，公示期 ${n.startsOn} 至 ${n.endsOn}`);
      void qc.invalidateQueries({ queryKey: [...OPENNESS_KEY, 'notices'] });
      onClose();
    },
    // The period's errors name startsOn/endsOn, which the form shows in its message (one range field).
    onError: (e) => showFormErrors(form, e, LABELS),
  });
  return (
    <Drawer
      title={editing ? `修改公示：${editing.title}` : '发布公示'}
      open={Boolean(target)}
      onClose={onClose}
      size={640}
      forceRender
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {editing ? '保存' : '发布'}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="type" label={LABELS.type} rules={[{ required: true, message: '请选择公示类型' }]}>
          <Radio.Group options={TYPES} optionType="button" />
        </Form.Item>
        <Form.Item name="title" label={LABELS.title} rules={[{ required: true, message: '请填写标题' }]}>
          <Input maxLength={100} showCount />
        </Form.Item>
        <Form.Item
          name="period"
          label="公示期"
          extra="公示期内在网站“公示”栏目显示，截止日期当天仍显示；期满后自动归档，不再公开显示"
          rules={[{ required: true, message: '请选择公示期' }]}
        >
          <DatePicker.RangePicker />
        </Form.Item>
        <Form.Item name="body" label={LABELS.body} rules={[{ required: true, message: '请填写公示内容' }]}>
          <Input.TextArea autoSize={{ minRows: 6, maxRows: 16 }} maxLength={20000} />
        </Form.Item>
        <Form.Item
          name="contact"
          label={LABELS.contact}
          extra="受理异议的单位、电话和地址；网站同时提供在线提出异议"
          rules={[{ required: true, message: '请写明异议受理单位和电话' }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

function Objections({ notice, onClose }: { notice: Notice | null; onClose: () => void }) {
  const list = useQuery({
    queryKey: [...OPENNESS_KEY, 'notices', notice?.id, 'objections'],
    queryFn: () => api.get(apiUrl('/api/openness/notices/{id}/objections', { id: notice!.id })),
    enabled: Boolean(notice),
  });
  return (
    <Drawer
      title={notice ? `收到的异议：${notice.title}` : ''}
      open={Boolean(notice)}
      onClose={onClose}
      size={560}
    >
      {list.data?.length === 0 ? <Empty description="尚未收到异议" /> : null}
      <List
        loading={list.isPending}
        dataSource={list.data ?? []}
        renderItem={(o) => (
          <List.Item>
            <Space orientation="vertical" size={2}>
              <Typography.Text strong>
                {o.name}　{o.phone}
              </Typography.Text>
              <Typography.Text type="secondary">{formatTime(o.receivedAt)}</Typography.Text>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {o.body}
              </Typography.Paragraph>
            </Space>
          </List.Item>
        )}
      />
    </Drawer>
  );
}

export default function NoticesPage() {
  const me = useMe();
  const mayEdit = can(me, 'openness:notices');
  const [target, setTarget] = useState<Target>(null);
  const [objectionsOf, setObjectionsOf] = useState<Notice | null>(null);
  const notices = useQuery({
    queryKey: [...OPENNESS_KEY, 'notices'],
    queryFn: () => api.get('/api/openness/notices'),
  });
  const columns: TableColumnsType<Notice> = [
    {
      title: '标题',
      key: 'title',
      render: (_, n) =>
        mayEdit && n.state !== 'archived' ? (
          <Typography.Link onClick={() => setTarget({ mode: 'edit', notice: n })}>{n.title}</Typography.Link>
        ) : (
          <Typography.Text>{n.title}</Typography.Text>
        ),
    },
    { title: '类型', dataIndex: 'typeLabel', width: 130 },
    { title: '公示期', key: 'period', width: 210, render: (_, n) => `${n.startsOn} 至 ${n.endsOn}` },
    {
      title: '状态',
      dataIndex: 'stateLabel',
      width: 140,
      render: (l: string, n) => <Tag color={STATE_COLORS[n.state]}>{l}</Tag>,
    },
    {
      title: '异议',
      key: 'objections',
      width: 90,
      render: (_, n) =>
        mayEdit ? (
          <Typography.Link onClick={() => setObjectionsOf(n)}>{n.objections} 件</Typography.Link>
        ) : (
          `${n.objections} 件`
        ),
    },
  ];
  return (
    <PageContainer
      subTitle="干部任前、职称评审、项目等公示；公示期内公开，期满归档"
      extra={
        <Space>
          <a href="/openness/notices" target="_blank" rel="noreferrer">
            查看公开页面
          </a>
          {mayEdit ? (
            <Button type="primary" onClick={() => setTarget({ mode: 'create' })}>
              发布公示
            </Button>
          ) : null}
        </Space>
      }
    >
      <Card>
        <Table
          rowKey="id"
          size="middle"
          loading={notices.isFetching}
          columns={columns}
          dataSource={notices.data ?? []}
          pagination={false}
          scroll={{ x: 720 }}
        />
      </Card>
      <NoticeDrawer target={target} onClose={() => setTarget(null)} />
      <Objections notice={objectionsOf} onClose={() => setObjectionsOf(null)} />
    </PageContainer>
  );
}
