// 审计日志 (audit admin only): who did what to which object, by name (operator and unit, the
// action's Chinese name, the object's title or number, linked where the viewer may open it), the
// filters kept in the URL (the action a picker grouped by module), the Excel export of what the
// filter shows, a record's detail with its hash link, and verifying the whole chain with the
// first broken record named.
import {
  DownloadOutlined,
  FilterOutlined,
  SafetyCertificateOutlined,
  SearchOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Grid,
  Input,
  Modal,
  Result,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tooltip,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, type Query, withQuery } from '../../api/client.ts';
import type { AuditRecord } from '../../api/types.ts';
import { can } from '../../auth/access.ts';
import { useMe } from '../../auth/session.tsx';
import { errorText } from '../../components/errors.ts';
import { formatTime } from '../../components/format.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { internalLink } from '../notifications/api.ts';
import { AuditDrawer, ResultTag } from './AuditDrawer.tsx';
import { actionGroups, objectTypeOptions, RESULT_LABELS, shortId } from './labels.ts';

type Breakpoint = NonNullable<TableColumnsType<AuditRecord>[number]['responsive']>[number];

const FILTER_KEYS = ['from', 'to', 'actor', 'action', 'objectType', 'objectId', 'result'] as const;

interface FilterValues {
  range?: [Dayjs | null, Dayjs | null] | null;
  actor?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  result?: string;
}

export default function AuditPage() {
  const me = useMe();
  const screens = Grid.useBreakpoint();
  const url = useUrlState(50);
  const { message } = App.useApp();
  const [form] = Form.useForm<FilterValues>();
  // From the address bar: the server rejects a result outside its list.
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, url.get(k)])) as Pick<
    Query<'/api/audit'>,
    (typeof FILTER_KEYS)[number]
  >;
  const list = useQuery({
    queryKey: ['audit', 'list', filters, url.page, url.pageSize],
    queryFn: () => api.get('/api/audit', { ...filters, page: url.page, pageSize: url.pageSize }),
    placeholderData: (prev) => prev,
  });
  const catalogue = useQuery({
    queryKey: ['audit', 'catalogue'],
    queryFn: () => api.get('/api/audit/catalogue'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const queryClient = useQueryClient();
  const [verifyOpen, setVerifyOpen] = useState(false);
  const verify = useMutation({ mutationFn: () => api.post('/api/audit/verify') });
  const seq = Number(url.get('seq')) || null;
  const selected = list.data?.items.find((r) => r.seq === seq) ?? null;

  /** Shows every record of one object (the audit admin's way to follow it: its page may be closed to them). */
  const followObject = (r: AuditRecord) => {
    form.setFieldsValue({ objectType: r.objectType ?? undefined, objectId: r.objectId ?? undefined });
    url.set({
      ...filters,
      objectType: r.objectType ?? undefined,
      objectId: r.objectId ?? undefined,
      seq: undefined,
    });
  };

  const apply = (v: FilterValues) =>
    url.set({
      from: v.range?.[0]?.format('YYYY-MM-DD'),
      to: v.range?.[1]?.format('YYYY-MM-DD'),
      actor: v.actor?.trim(),
      action: v.action?.trim(),
      objectType: v.objectType,
      objectId: v.objectId?.trim(),
      result: v.result,
      seq: undefined,
    });

  /** Opens the page of the unfiltered list that holds record `target` (seq is dense, newest first). */
  const locate = async (target: number) => {
    try {
      const newest = await api.get('/api/audit', { page: 1, pageSize: 1 });
      const top = newest.items[0]?.seq ?? target;
      const page = Math.floor(Math.max(0, top - target) / url.pageSize) + 1;
      form.setFieldsValue({
        range: null,
        actor: undefined,
        action: undefined,
        objectType: undefined,
        objectId: undefined,
        result: undefined,
      });
      url.set({ ...Object.fromEntries(FILTER_KEYS.map((k) => [k, undefined])), page, seq: target });
      setVerifyOpen(false);
    } catch (e) {
      void message.error(errorText(e));
    }
  };

  const open = (r: AuditRecord) => url.set({ seq: r.seq, page: url.page });
  // On a phone one column says it all, stacked; from 576 px on, the table's columns.
  const WIDE: Breakpoint[] = ['sm'];
  const columns: TableColumnsType<AuditRecord> = [
    {
      title: '记录',
      key: 'compact',
      responsive: ['xs'],
      render: (_, r) => (
        <div>
          <Space size={8} wrap>
            <strong>{r.actionName}</strong>
            <ResultTag result={r.result} />
          </Space>
          <div>
            {r.operator.name}
            {r.operator.unit && <Typography.Text type="secondary">（{r.operator.unit}）</Typography.Text>}
          </div>
          {r.objectType && (
            <div>
              <ObjectCell record={r} onFollow={() => followObject(r)} />
            </div>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            #{r.seq} · {formatTime(r.at, true)}
          </Typography.Text>
          <Button type="link" size="small" onClick={() => open(r)} aria-label={`查看第 ${r.seq} 条记录`}>
            详情
          </Button>
        </div>
      ),
    },
    { title: '序号', dataIndex: 'seq', width: 90, responsive: WIDE },
    {
      title: '时间',
      dataIndex: 'at',
      width: 170,
      responsive: WIDE,
      render: (v: string) => formatTime(v, true),
    },
    {
      title: '操作人',
      key: 'operator',
      width: 190,
      responsive: WIDE,
      render: (_, r) => (
        <span>
          {r.operator.name}
          {r.operator.unit && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {r.operator.unit}
            </Typography.Text>
          )}
        </span>
      ),
    },
    {
      title: '操作',
      key: 'action',
      width: 170,
      responsive: WIDE,
      render: (_, r) => (
        <Tooltip title={r.action}>
          <span>{r.actionName}</span>
        </Tooltip>
      ),
    },
    {
      title: '对象',
      key: 'object',
      width: 340,
      responsive: WIDE,
      render: (_, r) => <ObjectCell record={r} onFollow={() => followObject(r)} />,
    },
    {
      title: '结果',
      dataIndex: 'result',
      width: 80,
      responsive: WIDE,
      render: (v: string) => <ResultTag result={v} />,
    },
    {
      title: '来源地址',
      dataIndex: 'ip',
      width: 130,
      responsive: WIDE,
      render: (v: string | null) => v ?? '—',
    },
    {
      title: '',
      key: 'open',
      width: 70,
      responsive: WIDE,
      render: (_, r) => (
        <Button type="link" size="small" onClick={() => open(r)} aria-label={`查看第 ${r.seq} 条记录`}>
          详情
        </Button>
      ),
    },
  ];

  return (
    <PageContainer
      subTitle="记录保存不少于 6 个月，以 SM3 哈希链防篡改"
      extra={
        <Space wrap>
          <Button
            icon={<DownloadOutlined />}
            href={withQuery('/api/audit.xlsx', filters)}
            // The export is itself recorded: show that record once the file has come.
            onClick={() =>
              setTimeout(() => void queryClient.invalidateQueries({ queryKey: ['audit', 'list'] }), 2000)
            }
          >
            导出 Excel
          </Button>
          {can(me, 'audit:verify') && (
            <Button
              type="primary"
              icon={<SafetyCertificateOutlined />}
              onClick={() => {
                setVerifyOpen(true);
                verify.mutate();
              }}
            >
              校验审计链
            </Button>
          )}
        </Space>
      }
    >
      <Card style={{ marginBottom: 16 }}>
        <Form
          form={form}
          layout="inline"
          onFinish={apply}
          initialValues={{
            range:
              filters.from || filters.to
                ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]
                : null,
            actor: filters.actor,
            action: filters.action,
            objectType: filters.objectType,
            objectId: filters.objectId,
            result: filters.result,
          }}
          style={{ rowGap: 12 }}
        >
          <Form.Item name="range" label="日期">
            <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: 260, maxWidth: '100%' }} />
          </Form.Item>
          <Form.Item name="actor" label="操作人">
            <Input allowClear style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="action" label="操作">
            <Select
              allowClear
              options={actionGroups(catalogue.data)}
              loading={catalogue.isPending}
              style={{ width: 220 }}
              popupMatchSelectWidth={300}
              placeholder="选择或输入名称搜索"
              showSearch={{
                filterOption: (input, option) =>
                  String((option as { search?: string } | undefined)?.search ?? '')
                    .toLowerCase()
                    .includes(input.trim().toLowerCase()),
              }}
            />
          </Form.Item>
          <Form.Item name="objectType" label="对象类型">
            <Select
              allowClear
              options={objectTypeOptions(catalogue.data)}
              style={{ width: 150 }}
              showSearch={{
                filterOption: (input, option) => String(option?.label ?? '').includes(input.trim()),
              }}
            />
          </Form.Item>
          <Form.Item name="objectId" label="对象标识">
            <Input allowClear style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="result" label="结果">
            <Select
              allowClear
              style={{ width: 100 }}
              options={Object.entries(RESULT_LABELS).map(([value, r]) => ({ value, label: r.text }))}
            />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                查询
              </Button>
              <Button
                onClick={() => {
                  form.setFieldsValue({
                    range: null,
                    actor: undefined,
                    action: undefined,
                    objectType: undefined,
                    objectId: undefined,
                    result: undefined,
                  });
                  url.reset();
                }}
              >
                重置
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
      <Card>
        <Table<AuditRecord>
          rowKey="seq"
          size="middle"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          scroll={screens.sm === false ? undefined : { x: 1250 }}
          rowClassName={(r) => (r.seq === seq ? 'lz-row-selected' : '')}
          locale={{ emptyText: list.isError ? errorText(list.error) : '没有符合条件的记录' }}
          pagination={{
            current: url.page,
            pageSize: url.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (t) => `共 ${t} 条`,
            onChange: (page, pageSize) => url.set({ page, pageSize, seq: undefined }),
          }}
        />
      </Card>
      <AuditDrawer
        record={selected}
        open={seq !== null && !list.isPending}
        missing={seq !== null && !list.isFetching && !selected ? seq : null}
        onClose={() => url.set({ seq: undefined, page: url.page })}
      />
      <Modal
        title="校验审计链"
        open={verifyOpen}
        onCancel={() => setVerifyOpen(false)}
        footer={<Button onClick={() => setVerifyOpen(false)}>关闭</Button>}
      >
        {verify.isPending ? (
          <Result
            status="info"
            title="正在逐条校验…"
            subTitle="按序号依次核对每条记录的校验码（HMAC-SM3，密钥不在数据库中）、与前一条的链接和链尾检查点"
          />
        ) : verify.isError ? (
          <Result status="error" title="校验未能完成" subTitle={errorText(verify.error)} />
        ) : verify.data?.ok ? (
          <Result
            status="success"
            title="审计链完整"
            subTitle={
              <>
                已校验 {verify.data.checked} 条记录，未发现篡改、删除或插入。
                {verify.data.keyedFrom && verify.data.keyedFrom > 1
                  ? `第 ${verify.data.keyedFrom} 条起以审计密钥（HMAC-SM3）校验，此前的记录为启用密钥前写入（SM3）。`
                  : ''}
                <br />
                {verify.data.checkpoints.latest
                  ? `数据库之外的链尾检查点 ${verify.data.checkpoints.found} 个，均与数据库相符；最近一次：${formatTime(verify.data.checkpoints.latest.at, true)}（第 ${verify.data.checkpoints.latest.seq} 条）。`
                  : '尚无链尾检查点（服务启动后数秒写入第一个，此后每日一个）。'}
              </>
            }
          />
        ) : verify.data?.firstBroken ? (
          <Result
            status="error"
            title="审计链校验未通过"
            subTitle={
              verify.data.firstBroken.seq === null
                ? verify.data.firstBroken.reason
                : `在第 ${verify.data.firstBroken.seq} 条记录处断开：${verify.data.firstBroken.reason}。此前 ${verify.data.checked} 条记录完好。`
            }
            extra={
              verify.data.firstBroken.seq !== null && (
                <Button type="primary" danger onClick={() => locate(verify.data!.firstBroken!.seq!)}>
                  定位到第 {verify.data.firstBroken.seq} 条记录
                </Button>
              )
            }
          />
        ) : null}
      </Modal>
    </PageContainer>
  );
}

/** The object as its type's name and its title or number, linked where the viewer may open it. */
function ObjectCell({ record: r, onFollow }: { record: AuditRecord; onFollow: () => void }) {
  if (!r.objectType) return '—';
  const to = r.object?.link ? internalLink({ link: r.object.link }) : null;
  const label = r.object?.label;
  return (
    <span>
      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap', marginInlineEnd: 6 }}>
        {r.object?.typeName ?? r.objectType}
      </Typography.Text>
      {label ? (
        to ? (
          <Link to={to}>{label}</Link>
        ) : (
          <span>{label}</span>
        )
      ) : r.objectId ? (
        <Tooltip title={`标识 ${r.objectId}`}>
          <Typography.Text type="secondary">{shortId(r.objectId)}</Typography.Text>
        </Tooltip>
      ) : null}
      {r.objectId && (
        <Tooltip title="只看该对象的记录">
          <Button
            type="text"
            size="small"
            icon={<FilterOutlined />}
            onClick={onFollow}
            aria-label={`只看${r.object?.typeName ?? ''}${label ?? r.objectId}的记录`}
          />
        </Tooltip>
      )}
    </span>
  );
}
