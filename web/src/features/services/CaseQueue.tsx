// The case queue: one tab per step, filters kept in the URL, days left on the statutory clock.
import {
  Card,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { Link } from 'react-router-dom';
import { formatDate, formatReceiptCode, formatTime } from '../../components/format.ts';
import { oneOf } from '../../components/oneOf.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { ProvisionalTag } from '../calendar/ProvisionalTag.tsx';
import { type CaseListItem, type CaseStage, daysLeftTag, STAGES, useCases, useItems } from './api.ts';

export function CaseQueue() {
  const url = useUrlState();
  const stage = (url.get('stage') as CaseStage | undefined) ?? 'acceptance';
  const items = useItems();
  const query = {
    stage,
    itemCode: url.get('itemCode'),
    channel: oneOf(url.get('channel'), ['online', 'counter'] as const),
    receiptCode: url.get('receiptCode'),
    dueWithin: url.get('dueWithin') ? Number(url.get('dueWithin')) : undefined,
    page: url.page,
    pageSize: url.pageSize,
  };
  const list = useCases(query);

  const columns: TableColumnsType<CaseListItem> = [
    {
      title: '查询码',
      dataIndex: 'receiptCode',
      width: 150,
      render: (v: string, r) => (
        <Link to={`/services/cases/${r.id}`} style={{ whiteSpace: 'nowrap' }}>
          {formatReceiptCode(v)}
        </Link>
      ),
    },
    { title: '事项', dataIndex: 'itemName', ellipsis: true },
    { title: '申请人', dataIndex: 'applicantName', width: 180, ellipsis: true },
    {
      title: '渠道',
      dataIndex: 'channel',
      width: 70,
      render: (v: string) => (v === 'online' ? '网上' : '窗口'),
    },
    { title: '提交时间', dataIndex: 'submittedAt', width: 150, render: (v: string) => formatTime(v) },
    { title: '状态', dataIndex: 'statusLabel', width: 130 },
    stage === 'closed'
      ? {
          title: '办结日期',
          dataIndex: 'closedAt',
          width: 120,
          render: (v: string | null, r) => (
            <Space size={4}>
              {formatDate(v)}
              {r.onTime === false ? <Tag color="red">超期</Tag> : null}
            </Space>
          ),
        }
      : {
          title: '期限',
          key: 'due',
          width: 200,
          render: (_, r) => {
            const tag = daysLeftTag(r.daysLeft, r.stage);
            return (
              <Space size={4} wrap>
                <span style={{ whiteSpace: 'nowrap' }}>{formatDate(r.dueAt)}</span>
                <ProvisionalTag note={r.dueProvisional} />
                {tag ? <Tag color={tag.color}>{tag.text}</Tag> : null}
              </Space>
            );
          },
        },
  ];

  return (
    <PageContainer subTitle="按办理环节与剩余工作日排列，最紧迫的在前">
      <Card>
        <Tabs
          activeKey={stage}
          onChange={(key) => url.set({ stage: key })}
          items={STAGES.map((s) => ({ key: s.key, label: s.label }))}
        />
        <Form
          layout="inline"
          style={{ marginBottom: 16, rowGap: 12 }}
          initialValues={{
            itemCode: url.get('itemCode'),
            channel: url.get('channel'),
            receiptCode: url.get('receiptCode'),
            dueWithin: url.get('dueWithin') ? Number(url.get('dueWithin')) : undefined,
          }}
          onValuesChange={(_, all) =>
            url.set({
              itemCode: all.itemCode,
              channel: all.channel,
              receiptCode: all.receiptCode?.trim(),
              dueWithin: all.dueWithin ?? undefined,
            })
          }
        >
          <Form.Item name="itemCode" label="事项">
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 260 }}
              options={(items.data?.items ?? []).map((i) => ({
                value: i.code,
                label: `${i.code} ${i.name}`,
              }))}
            />
          </Form.Item>
          <Form.Item name="channel" label="渠道">
            <Select
              allowClear
              style={{ width: 100 }}
              options={[
                { value: 'online', label: '网上' },
                { value: 'counter', label: '窗口' },
              ]}
            />
          </Form.Item>
          <Form.Item name="dueWithin" label="剩余工作日≤">
            <InputNumber min={0} max={60} style={{ width: 80 }} />
          </Form.Item>
          <Form.Item name="receiptCode" label="查询码">
            <Input allowClear style={{ width: 160 }} />
          </Form.Item>
        </Form>
        <Table
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          columns={columns}
          dataSource={list.data?.items ?? []}
          pagination={{
            current: url.page,
            pageSize: url.pageSize,
            total: list.data?.total ?? 0,
            showTotal: (n) => (list.data?.totalCapped ? `超过 ${n} 件` : `共 ${n} 件`),
            onChange: (page, pageSize) => url.set({ page, pageSize }),
          }}
        />
        <Typography.Text type="secondary">
          期限为法定办理期限（受理前为受理审查期限），按工作日计算。
        </Typography.Text>
      </Card>
    </PageContainer>
  );
}
