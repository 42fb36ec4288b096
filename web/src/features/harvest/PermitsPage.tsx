// 采伐许可证登记: every permit approved, issued or revoked, with its quota movements, the PDF, and
// revocation with a reason (the uncut volume goes back to the county's quota).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { api, apiUrl } from '../../api/client.ts';
import { can } from '../../auth/access.ts';
import { useMe } from '../../auth/session.tsx';
import { useFormErrors } from '../../components/errors.ts';
import { formatDate, formatReceiptCode, formatTime } from '../../components/format.ts';
import { oneOf } from '../../components/oneOf.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { HARVEST_KEY, m3, type Permit, useRegions } from './api.ts';

const VALIDITY_COLORS: Record<Permit['validity'], string> = {
  pending: 'gold',
  valid: 'green',
  expired: 'default',
  revoked: 'red',
};

function RevokeModal({ permit, onClose }: { permit: Permit | null; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string; harvestedVolume?: number }>();
  const client = useQueryClient();
  const formErrors = useFormErrors();
  const { message } = App.useApp();
  const revoke = useMutation({
    mutationFn: (v: { reason: string; harvestedVolume?: number }) =>
      api.post(apiUrl('/api/harvest/permits/{id}/revoke', { id: permit!.id }), v),
    onSuccess: async (p) => {
      await client.invalidateQueries({ queryKey: HARVEST_KEY });
      void message.success(`已撤销，释放采伐限额 ${m3(p.releasedVolume)} 立方米`);
      form.resetFields();
      onClose();
    },
    onError: (e) => formErrors(form, e, { reason: '撤销理由', harvestedVolume: '已采伐蓄积' }),
  });
  return (
    <Modal
      title={permit ? `撤销许可证 ${permit.number ?? formatReceiptCode(permit.receiptCode)}` : '撤销许可证'}
      open={Boolean(permit)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="撤销"
      okButtonProps={{ danger: true }}
      confirmLoading={revoke.isPending}
      destroyOnHidden
    >
      {permit ? (
        <p>
          许可采伐蓄积 {m3(permit.stockVolume)} 立方米。撤销后办件（查询码{' '}
          {formatReceiptCode(permit.receiptCode)}
          ）同时以“已撤销”办结，撤销理由显示在申请人的办理进度中；证书核验显示“已撤销”，未采伐的部分释放回
          {permit.countyName}的采伐限额。与在办件页撤销是同一操作，只能撤销一次。
        </p>
      ) : null}
      <Form form={form} layout="vertical" onFinish={(v) => revoke.mutate(v)}>
        <Form.Item
          name="reason"
          label="撤销理由（将公开显示）"
          rules={[{ required: true, min: 4, message: '请至少写 4 个字' }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
        <Form.Item
          name="harvestedVolume"
          label="撤销时已采伐蓄积（立方米）"
          extra="不填视为尚未采伐，全部释放"
        >
          <InputNumber min={0} max={permit?.stockVolume} precision={2} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function PermitDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const detail = useQuery({
    queryKey: [...HARVEST_KEY, 'permit', id],
    queryFn: () => api.get(apiUrl('/api/harvest/permits/{id}', { id: id! })),
    enabled: Boolean(id),
  });
  const p = detail.data;
  return (
    <Drawer
      open={Boolean(id)}
      onClose={onClose}
      size={720}
      title={p?.number ?? (p ? formatReceiptCode(p.receiptCode) : '许可证')}
    >
      {p ? (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="状态">
              <Tag color={VALIDITY_COLORS[p.validity]}>{p.validityLabel}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="查询码">{formatReceiptCode(p.receiptCode)}</Descriptions.Item>
            <Descriptions.Item label="采伐单位（个人）">{p.holderName}</Descriptions.Item>
            <Descriptions.Item label="采伐地点">{p.location}</Descriptions.Item>
            <Descriptions.Item label="森林类别 / 采伐类型">
              {p.forestCategoryLabel} / {p.harvestTypeLabel}
            </Descriptions.Item>
            <Descriptions.Item label="树种">{p.species}</Descriptions.Item>
            <Descriptions.Item label="面积 / 蓄积">
              {m3(p.areaMu)} 亩 / {m3(p.stockVolume)} 立方米
            </Descriptions.Item>
            <Descriptions.Item label="采伐期限">
              {p.periodFrom} 至 {p.periodTo}
            </Descriptions.Item>
            <Descriptions.Item label="批准 / 发证">
              {formatTime(p.approvedAt)} / {p.issuedAt ? formatTime(p.issuedAt) : '未发证'}
            </Descriptions.Item>
            {p.revokedAt ? (
              <Descriptions.Item label="撤销">
                {formatDate(p.revokedAt)}，{p.revokeReason}；释放 {m3(p.releasedVolume)} 立方米
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={p.movements}
            columns={[
              { title: '时间', dataIndex: 'at', render: (v: string) => formatTime(v) },
              { title: '类别', dataIndex: 'kindLabel' },
              { title: '数量（m³）', dataIndex: 'amount', align: 'right', render: m3 },
              { title: '变动后余额', dataIndex: 'remainingAfter', align: 'right', render: m3 },
              { title: '依据', dataIndex: 'basis' },
            ]}
          />
        </Space>
      ) : null}
    </Drawer>
  );
}

export default function PermitsPage() {
  const me = useMe();
  const url = useUrlState();
  const regions = useRegions();
  const [open, setOpen] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<Permit | null>(null);
  const status = oneOf(url.get('status'), ['approved', 'issued', 'revoked'] as const);
  const countyCode = url.get('county');
  const q = url.get('q');
  const list = useQuery({
    queryKey: [...HARVEST_KEY, 'permits', status, countyCode, q, url.page, url.pageSize],
    queryFn: () =>
      api.get('/api/harvest/permits', {
        status,
        countyCode,
        q,
        page: url.page,
        pageSize: url.pageSize,
      }),
  });
  return (
    <PageContainer subTitle="已批准、已发证和已撤销的林木采伐许可证">
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder="受理编号、证号或采伐单位"
          defaultValue={q}
          style={{ width: 260 }}
          onSearch={(v) => url.set({ q: v })}
        />
        <Select
          allowClear
          placeholder="状态"
          style={{ width: 130 }}
          value={status}
          onChange={(v) => url.set({ status: v })}
          options={[
            { value: 'approved', label: '已批准待发证' },
            { value: 'issued', label: '已发证' },
            { value: 'revoked', label: '已撤销' },
          ]}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="县（市、区）"
          style={{ width: 200 }}
          value={countyCode}
          onChange={(v) => url.set({ county: v })}
          options={(regions.data ?? []).map((c) => ({
            label: c.name,
            options: c.counties.map((k) => ({
              value: k.code,
              label: `${c.name}${k.name === c.name ? '' : k.name}`,
            })),
          }))}
        />
      </Space>
      <Table<Permit>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={url.pagination(list.data?.total ?? 0, '份')}
        columns={[
          {
            title: '证号 / 受理编号',
            render: (_, p) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(p.id)}>
                {p.number ?? formatReceiptCode(p.receiptCode)}
              </Button>
            ),
          },
          { title: '采伐单位（个人）', dataIndex: 'holderName' },
          { title: '县（市、区）', dataIndex: 'countyName' },
          { title: '采伐类型', dataIndex: 'harvestTypeLabel' },
          { title: '蓄积（m³）', dataIndex: 'stockVolume', align: 'right', render: m3 },
          { title: '采伐期限', render: (_, p) => `${p.periodFrom} 至 ${p.periodTo}` },
          {
            title: '状态',
            dataIndex: 'validityLabel',
            render: (v: string, p) => <Tag color={VALIDITY_COLORS[p.validity]}>{v}</Tag>,
          },
          {
            title: '操作',
            render: (_, p) => (
              <Space>
                {p.downloadUrl ? (
                  <a href={p.downloadUrl} target="_blank" rel="noreferrer">
                    证书 PDF
                  </a>
                ) : null}
                {can(me, 'harvest:revoke') && p.status !== 'revoked' ? (
                  <Button type="link" danger onClick={() => setRevoking(p)}>
                    撤销
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      <PermitDrawer id={open} onClose={() => setOpen(null)} />
      <RevokeModal permit={revoking} onClose={() => setRevoking(null)} />
    </PageContainer>
  );
}
