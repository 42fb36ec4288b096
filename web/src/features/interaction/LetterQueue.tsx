// 来信队列: one tab per handling step with its count, filters kept in the URL, the reply deadline
// on the platform clock with an overdue tag. The writer is shown masked (a report: not at all).
import {
  Badge,
  Card,
  Form,
  Input,
  Select,
  Space,
  Switch,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { Link } from 'react-router-dom';
import { formatDate, formatTime } from '../../components/format.ts';
import { oneOf } from '../../components/oneOf.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { CHANNEL_OPTIONS, type LetterListItem, QUEUE_TABS, STATUS_COLORS, useLetters } from './api.ts';

const COUNT_KEYS: Record<string, string[]> = {
  received: ['received'],
  assigned: ['assigned'],
  review: ['drafted', 'office_review'],
  overdue: ['overdue'],
};

export function DueCell({ letter }: { letter: Pick<LetterListItem, 'dueAt' | 'overdue' | 'status'> }) {
  if (!letter.dueAt) return <span>—</span>;
  return (
    <Space size={4}>
      <span>{formatDate(letter.dueAt)}</span>
      {letter.overdue ? <Tag color="red">已超期</Tag> : null}
    </Space>
  );
}

export function LetterQueue() {
  const url = useUrlState();
  const tab = QUEUE_TABS.find((t) => t.key === url.get('tab')) ?? QUEUE_TABS[0];
  const channel = oneOf(url.get('channel'), ['mailbox', 'report', 'consult', 'prereview'] as const);
  const list = useLetters({
    status: tab.status,
    overdue: tab.overdue,
    order: tab.order,
    channel,
    q: url.get('q'),
    flagged: url.get('flagged') === '1' ? true : undefined,
    mine: url.get('mine') === '1' ? true : undefined,
    page: url.page,
    pageSize: url.pageSize,
  });
  const counts = list.data?.counts ?? {};
  const countOf = (key: string) => (COUNT_KEYS[key] ?? []).reduce((n, k) => n + (counts[k] ?? 0), 0);

  const columns: TableColumnsType<LetterListItem> = [
    {
      title: '编号',
      dataIndex: 'number',
      width: 170,
      render: (v: string, r) => <Link to={`/interaction/letters/${r.id}`}>{v}</Link>,
    },
    {
      title: '标题',
      dataIndex: 'subject',
      width: 300,
      render: (v: string, r) => (
        <Space size={4} wrap>
          <Link to={`/interaction/letters/${r.id}`}>{v}</Link>
          {r.flaggedWords.length ? <Tag color="volcano">含敏感词</Tag> : null}
          {r.complex ? <Tag>复杂来信</Tag> : null}
          {r.reopenCount ? <Tag color="purple">重新办理</Tag> : null}
        </Space>
      ),
    },
    { title: '栏目', dataIndex: 'channelName', width: 96 },
    { title: '类别', dataIndex: 'category', width: 130, ellipsis: true },
    {
      title: '来信人',
      dataIndex: 'writerMask',
      width: 90,
      render: (v: string, r) =>
        r.channel === 'report' ? <Typography.Text type="secondary">保密</Typography.Text> : v,
    },
    {
      title: '承办单位',
      dataIndex: 'unitName',
      width: 150,
      ellipsis: true,
      render: (v: string | null) => v ?? '—',
    },
    { title: '收信时间', dataIndex: 'submittedAt', width: 140, render: (v: string) => formatTime(v) },
    { title: '答复期限', key: 'due', width: 170, render: (_, r) => <DueCell letter={r} /> },
    {
      title: '状态',
      dataIndex: 'statusLabel',
      width: 120,
      render: (v: string, r) => (
        <Space orientation="vertical" size={0}>
          <Tag color={STATUS_COLORS[r.status]}>{v}</Tag>
          {r.ratingLabel ? <Typography.Text type="secondary">评价：{r.ratingLabel}</Typography.Text> : null}
        </Space>
      ),
    },
  ];

  return (
    <PageContainer subTitle="来信按办理环节排列；答复期限按工作日计算，转办不改变期限">
      <Card>
        <Tabs
          activeKey={tab.key}
          onChange={(key) => url.set({ tab: key })}
          items={QUEUE_TABS.map((t) => ({
            key: t.key,
            label: COUNT_KEYS[t.key] ? (
              <Space size={6}>
                {t.label}
                <Badge
                  count={countOf(t.key)}
                  showZero={false}
                  color={t.key === 'overdue' ? 'red' : 'blue'}
                  overflowCount={999}
                />
              </Space>
            ) : (
              t.label
            ),
          }))}
        />
        <Form
          layout="inline"
          style={{ marginBottom: 16, rowGap: 12 }}
          initialValues={{
            channel: url.get('channel'),
            q: url.get('q'),
            flagged: url.get('flagged') === '1',
            mine: url.get('mine') === '1',
          }}
          onValuesChange={(_, all) =>
            url.set({
              channel: all.channel,
              q: all.q?.trim(),
              flagged: all.flagged ? '1' : undefined,
              mine: all.mine ? '1' : undefined,
            })
          }
        >
          <Form.Item name="channel" label="栏目">
            <Select allowClear style={{ width: 120 }} options={CHANNEL_OPTIONS} />
          </Form.Item>
          <Form.Item name="q" label="标题或编号">
            <Input allowClear style={{ width: 200 }} maxLength={60} />
          </Form.Item>
          <Form.Item name="flagged" label="只看含敏感词" valuePropName="checked">
            <Switch size="small" />
          </Form.Item>
          <Form.Item name="mine" label="只看本单位" valuePropName="checked">
            <Switch size="small" />
          </Form.Item>
        </Form>
        <Table
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          columns={columns}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 1300 }}
          pagination={{
            current: url.page,
            pageSize: url.pageSize,
            total: list.data?.total ?? 0,
            showTotal: (n) => (list.data?.totalExact === false ? `超过 ${n} 封` : `共 ${n} 封`),
            onChange: (page, pageSize) => url.set({ page, pageSize }),
          }}
        />
      </Card>
    </PageContainer>
  );
}
