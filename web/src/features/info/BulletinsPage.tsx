// 信息专报: the issues (drafts first, then by number, newest first) with their items and leaders'
// instructions; the office starts a new issue from adopted or pending items.
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { can } from '../../auth/access.ts';
import { useMe } from '../../auth/session.tsx';
import { useFormErrors } from '../../components/errors.ts';
import { formatTime } from '../../components/format.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { type BulletinList, INFO_KEY } from './api.ts';

type Row = BulletinList['items'][number];

function NewIssue({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ title: string; itemIds: string[] }>();
  const nav = useNavigate();
  const showErrors = useFormErrors();
  const candidates = useQuery({
    queryKey: [...INFO_KEY, 'items', 'candidates'],
    queryFn: () => api.get('/api/info/items', { status: 'adopted,reviewing,submitted', pageSize: 100 }),
    enabled: open,
  });
  const create = useMutation({
    mutationFn: (v: { title: string; itemIds: string[] }) => api.post('/api/info/bulletins', v),
    onSuccess: (r) => nav(`/info/bulletins/${r.id}`),
    onError: (e) => showErrors(form, e, { title: '本期标题', itemIds: '所刊信息' }),
  });
  return (
    <Modal
      open={open}
      title="编辑新一期信息专报"
      okText="创建草稿"
      width={720}
      onCancel={onClose}
      confirmLoading={create.isPending}
      onOk={() => form.validateFields().then((v) => create.mutate(v))}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item name="title" label="本期标题" rules={[{ required: true, message: '请填写本期标题' }]}>
          <Input maxLength={80} placeholder="如：全省春季造林绿化进展情况" />
        </Form.Item>
        <Form.Item
          name="itemIds"
          label="所刊信息（按选择顺序编排，创建后可调整）"
          rules={[{ required: true, message: '请至少选择 1 条信息' }]}
        >
          <Select
            mode="multiple"
            loading={candidates.isPending}
            optionFilterProp="label"
            options={(candidates.data?.items ?? []).map((i) => ({
              value: i.id,
              label: `${i.title}（${i.unitName}，${i.statusLabel}）`,
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function BulletinsPage() {
  const url = useUrlState();
  const me = useMe();
  const [open, setOpen] = useState(false);
  const query = { page: url.page, pageSize: url.pageSize };
  const list = useQuery({
    queryKey: [...INFO_KEY, 'bulletins', query],
    queryFn: () => api.get('/api/info/bulletins', query),
    placeholderData: (prev) => prev,
  });
  return (
    <PageContainer
      title="信息专报"
      subTitle="每年从第 1 期起编号；印发时所刊信息按“局信息专报采用”计分"
      extra={
        can(me, 'info:review') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            编辑新一期
          </Button>
        )
      }
    >
      <Table<Row>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={url.pagination(list.data?.total ?? 0, '期')}
        columns={[
          {
            title: '期号',
            key: 'number',
            width: 150,
            render: (_, b) => <Link to={`/info/bulletins/${b.id}`}>{b.number ?? '（草稿）'}</Link>,
          },
          { title: '标题', dataIndex: 'title' },
          {
            title: '状态',
            key: 'status',
            width: 90,
            render: (_, b) => <Tag color={b.status === 'issued' ? 'green' : 'gold'}>{b.statusLabel}</Tag>,
          },
          { title: '信息', dataIndex: 'items', width: 70, align: 'right', responsive: ['sm'] },
          { title: '领导批示', dataIndex: 'instructions', width: 90, align: 'right', responsive: ['sm'] },
          {
            title: '印发时间',
            key: 'issuedAt',
            width: 150,
            responsive: ['md'],
            render: (_, b) => (b.issuedAt ? formatTime(b.issuedAt) : '—'),
          },
        ]}
      />
      <NewIssue open={open} onClose={() => setOpen(false)} />
    </PageContainer>
  );
}
