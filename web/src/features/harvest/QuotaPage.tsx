// 采伐限额: the year's quota per city (bar chart), the balances per county, category and type, each
// balance's ledger, and allocation and adjustment by the resources division.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
} from 'antd';
import { useMemo, useState } from 'react';
import { api, apiUrl } from '../../api/client.ts';
import { can } from '../../auth/access.ts';
import { useMe } from '../../auth/session.tsx';
import { EChart } from '../../components/EChart.tsx';
import { useFormErrors, useShowError } from '../../components/errors.ts';
import { chinaNow, formatReceiptCode, formatTime } from '../../components/format.ts';
import { oneOf } from '../../components/oneOf.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import {
  type AllocateValues,
  FOREST_CATEGORIES,
  HARVEST_KEY,
  HARVEST_TYPES,
  type LedgerEntry,
  m3,
  type Quota,
  useRegions,
} from './api.ts';

const KIND_COLORS: Record<string, string> = {
  allocation: 'green',
  consumption: 'orange',
  release: 'blue',
  adjustment: 'purple',
};

function LedgerDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const me = useMe();
  const [adjusting, setAdjusting] = useState(false);
  const detail = useQuery({
    queryKey: [...HARVEST_KEY, 'quota', id],
    queryFn: () => api.get(apiUrl('/api/harvest/quotas/{id}', { id: id! })),
    enabled: Boolean(id),
  });
  const ledger = useQuery({
    queryKey: [...HARVEST_KEY, 'ledger', id],
    queryFn: () => api.get(apiUrl('/api/harvest/quotas/{id}/ledger', { id: id! }), { pageSize: 200 }),
    enabled: Boolean(id),
  });
  const q = detail.data;
  return (
    <Drawer
      open={Boolean(id)}
      onClose={onClose}
      size={760}
      title={
        q
          ? `${q.cityName}${q.countyName} ${q.year} 年${q.forestCategoryLabel}${q.harvestTypeLabel}限额`
          : '采伐限额'
      }
      extra={
        can(me, 'harvest:quota') && q ? <Button onClick={() => setAdjusting(true)}>调整限额</Button> : null
      }
    >
      {q ? (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label="规划期">{q.period}</Descriptions.Item>
            <Descriptions.Item label="台账核对">
              {q.ledger.consistent ? (
                <Tag color="green">余额与台账一致（{q.ledger.entries} 笔）</Tag>
              ) : (
                <Tag color="red">余额与台账不一致，请联系系统管理员</Tag>
              )}
            </Descriptions.Item>
            <Descriptions.Item label="下达（含调整）">{m3(q.allocated)} 立方米</Descriptions.Item>
            <Descriptions.Item label="已消耗">{m3(q.consumed)} 立方米</Descriptions.Item>
            <Descriptions.Item label="剩余" span={2}>
              <strong>{m3(q.remaining)} 立方米</strong>
            </Descriptions.Item>
          </Descriptions>
          <Table<LedgerEntry>
            rowKey="id"
            size="small"
            loading={ledger.isLoading}
            dataSource={ledger.data?.items ?? []}
            pagination={false}
            columns={[
              { title: '时间', dataIndex: 'at', width: 150, render: (v: string) => formatTime(v) },
              {
                title: '类别',
                dataIndex: 'kindLabel',
                width: 70,
                render: (v: string, r) => <Tag color={KIND_COLORS[r.kind]}>{v}</Tag>,
              },
              { title: '数量（m³）', dataIndex: 'amount', align: 'right', width: 110, render: m3 },
              { title: '变动后余额', dataIndex: 'remainingAfter', align: 'right', width: 110, render: m3 },
              {
                title: '依据 / 办件',
                render: (_, r) => (
                  <span>
                    {r.basis}
                    {r.receiptCode ? `（${formatReceiptCode(r.receiptCode)}）` : ''}
                  </span>
                ),
              },
              { title: '经办', dataIndex: 'actorName', width: 90 },
            ]}
          />
        </Space>
      ) : null}
      {q ? <AdjustModal quota={q} open={adjusting} onClose={() => setAdjusting(false)} /> : null}
    </Drawer>
  );
}

function AdjustModal({ quota, open, onClose }: { quota: Quota; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ amount: number; reason: string }>();
  const client = useQueryClient();
  const formErrors = useFormErrors();
  const { message } = App.useApp();
  const save = useMutation({
    mutationFn: (v: { amount: number; reason: string }) =>
      api.post(apiUrl('/api/harvest/quotas/{id}/adjustments', { id: quota.id }), v),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: HARVEST_KEY });
      void message.success('已调整');
      form.resetFields();
      onClose();
    },
    onError: (e) => formErrors(form, e, { amount: '调整数量', reason: '调整理由' }),
  });
  return (
    <Modal
      title="调整采伐限额"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="调整"
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <p>当前剩余 {m3(quota.remaining)} 立方米；调减不得超过剩余量。</p>
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="amount"
          label="调整数量（立方米，调增为正、调减为负）"
          rules={[{ required: true, message: '请填写调整数量' }]}
        >
          <InputNumber style={{ width: '100%' }} precision={2} />
        </Form.Item>
        <Form.Item
          name="reason"
          label="调整理由"
          rules={[{ required: true, min: 4, message: '请至少写 4 个字' }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function AllocateModal({ open, year, onClose }: { open: boolean; year: number; onClose: () => void }) {
  const [form] = Form.useForm<AllocateValues>();
  const regions = useRegions();
  const client = useQueryClient();
  const formErrors = useFormErrors();
  const { message } = App.useApp();
  const save = useMutation({
    mutationFn: (v: AllocateValues) => api.post('/api/harvest/quotas/allocations', v),
    onSuccess: async (q) => {
      await client.invalidateQueries({ queryKey: HARVEST_KEY });
      void message.success(`已下达，${q.countyName}剩余 ${m3(q.remaining)} 立方米`);
      form.resetFields();
      onClose();
    },
    onError: (e) =>
      formErrors(form, e, {
        countyCode: '县（市、区）',
        year: '年度',
        forestCategory: '森林类别',
        harvestType: '采伐类型',
        volume: '下达数量',
        basis: '下达依据',
      }),
  });
  return (
    <Modal
      title="下达采伐限额"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="下达"
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ year, forestCategory: 'commercial', harvestType: 'final' }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="countyCode"
          label="县（市、区）"
          rules={[{ required: true, message: '请选择县（市、区）' }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="选择编限单位"
            options={(regions.data ?? []).map((c) => ({
              label: c.name,
              options: c.counties.map((k) => ({
                value: k.code,
                label: `${c.name}${k.name === c.name ? '' : k.name}`,
              })),
            }))}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="year" label="年度" rules={[{ required: true }]}>
              <InputNumber min={2021} max={2035} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="forestCategory" label="森林类别" rules={[{ required: true }]}>
              <Select options={FOREST_CATEGORIES} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="harvestType" label="采伐类型" rules={[{ required: true }]}>
              <Select options={HARVEST_TYPES} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="volume"
          label="下达数量（立方米）"
          rules={[{ required: true, message: '请填写下达数量' }]}
        >
          <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="basis"
          label="下达依据（文件文号）"
          rules={[{ required: true, message: '请填写下达依据' }]}
        >
          <Input maxLength={200} placeholder="如：豫林资〔2026〕12号" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function QuotaPage() {
  const me = useMe();
  const url = useUrlState();
  const showError = useShowError();
  const regions = useRegions();
  const year = Number(url.get('year') ?? chinaNow().day.slice(0, 4));
  const cityCode = url.get('city');
  const countyCode = url.get('county');
  const forestCategory = oneOf(
    url.get('category'),
    FOREST_CATEGORIES.map((c) => c.value),
  );
  const harvestType = oneOf(
    url.get('type'),
    HARVEST_TYPES.map((c) => c.value),
  );
  const [ledgerOf, setLedgerOf] = useState<string | null>(null);
  const [allocating, setAllocating] = useState(false);

  const totals = useQuery({
    queryKey: [...HARVEST_KEY, 'by-city', year, forestCategory, harvestType],
    queryFn: () => api.get('/api/harvest/quotas/by-city', { year, forestCategory, harvestType }),
  });
  const list = useQuery({
    queryKey: [
      ...HARVEST_KEY,
      'quotas',
      year,
      cityCode,
      countyCode,
      forestCategory,
      harvestType,
      url.page,
      url.pageSize,
    ],
    queryFn: () =>
      api.get('/api/harvest/quotas', {
        year,
        cityCode,
        countyCode,
        forestCategory,
        harvestType,
        page: url.page,
        pageSize: url.pageSize,
      }),
  });
  if (list.error) showError(list.error);

  const cities = totals.data?.items ?? [];
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' as const },
      legend: { data: ['已消耗', '剩余'], top: 0 },
      grid: { left: 70, right: 20, bottom: 60, top: 40 },
      xAxis: { type: 'category' as const, data: cities.map((c) => c.cityName), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value' as const, name: '立方米' },
      series: [
        { name: '已消耗', type: 'bar' as const, stack: 'quota', data: cities.map((c) => c.consumed) },
        { name: '剩余', type: 'bar' as const, stack: 'quota', data: cities.map((c) => c.remaining) },
      ],
    }),
    [cities],
  );
  const counties = (regions.data ?? []).find((c) => c.code === cityCode)?.counties ?? [];
  const t = totals.data?.total;

  return (
    <PageContainer
      subTitle="年度森林采伐限额（立方米，按蓄积计）"
      extra={
        <Space>
          <InputNumber
            aria-label="年度"
            min={2021}
            max={2035}
            value={year}
            onChange={(v) => v && url.set({ year: v })}
            addonAfter="年"
          />
          {can(me, 'harvest:quota') ? (
            <Button type="primary" onClick={() => setAllocating(true)}>
              下达限额
            </Button>
          ) : null}
        </Space>
      }
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Row gutter={16}>
          <Col span={8}>
            <Card>
              <Statistic title="下达（含调整）" value={t?.allocated ?? 0} precision={2} suffix="m³" />
            </Card>
          </Col>
          <Col span={8}>
            <Card>
              <Statistic title="已消耗" value={t?.consumed ?? 0} precision={2} suffix="m³" />
            </Card>
          </Col>
          <Col span={8}>
            <Card>
              <Statistic title="剩余" value={t?.remaining ?? 0} precision={2} suffix="m³" />
            </Card>
          </Col>
        </Row>
        <Card title={`${year} 年各省辖市采伐限额`}>
          <EChart option={option} height={340} label={`${year} 年各省辖市采伐限额消耗与剩余`} />
        </Card>
        <Card title="限额余额">
          <Space wrap style={{ marginBottom: 12 }}>
            <Select
              allowClear
              placeholder="省辖市"
              style={{ width: 140 }}
              value={cityCode}
              onChange={(v) => url.set({ city: v, county: null })}
              options={(regions.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
            />
            <Select
              allowClear
              placeholder="县（市、区）"
              style={{ width: 160 }}
              value={countyCode}
              disabled={!cityCode}
              onChange={(v) => url.set({ county: v })}
              options={counties.map((c) => ({ value: c.code, label: c.name }))}
            />
            <Select
              allowClear
              placeholder="森林类别"
              style={{ width: 120 }}
              value={forestCategory}
              onChange={(v) => url.set({ category: v })}
              options={FOREST_CATEGORIES}
            />
            <Select
              allowClear
              placeholder="采伐类型"
              style={{ width: 150 }}
              value={harvestType}
              onChange={(v) => url.set({ type: v })}
              options={HARVEST_TYPES}
            />
          </Space>
          <Table<Quota>
            rowKey="id"
            size="middle"
            loading={list.isLoading}
            dataSource={list.data?.items ?? []}
            onRow={(r) => ({ onClick: () => setLedgerOf(r.id), style: { cursor: 'pointer' } })}
            pagination={url.pagination(list.data?.total ?? 0, '条')}
            columns={[
              { title: '省辖市', dataIndex: 'cityName', width: 100 },
              { title: '县（市、区）', dataIndex: 'countyName', width: 130 },
              { title: '森林类别', dataIndex: 'forestCategoryLabel', width: 90 },
              { title: '采伐类型', dataIndex: 'harvestTypeLabel', width: 130 },
              { title: '下达', dataIndex: 'allocated', align: 'right', render: m3 },
              { title: '已消耗', dataIndex: 'consumed', align: 'right', render: m3 },
              {
                title: '剩余',
                dataIndex: 'remaining',
                align: 'right',
                render: (v: number, r) => (
                  <span style={{ color: r.allocated > 0 && v / r.allocated < 0.1 ? '#cf1322' : undefined }}>
                    {m3(v)}
                  </span>
                ),
              },
              {
                title: '',
                width: 80,
                render: (_, r) => (
                  <Button type="link" onClick={() => setLedgerOf(r.id)}>
                    台账
                  </Button>
                ),
              },
            ]}
          />
        </Card>
      </Space>
      <LedgerDrawer id={ledgerOf} onClose={() => setLedgerOf(null)} />
      <AllocateModal open={allocating} year={year} onClose={() => setAllocating(false)} />
    </PageContainer>
  );
}
