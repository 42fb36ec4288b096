// 督办事项详情: what was asked and by whom, the units and the leader in charge, the deadline (为什么
// 是这一天), progress against the target, the reports with the office's review, the timeline, and
// the steps the reader may take: 交办, 报送进展 / 协办情况 / 申请办结 (the problems field required),
// 采纳 / 退回, 申请延期 and 审批延期, 签批办结, 重新办理, 领导批示; the 督查通知 and, once closed, the
// 办理情况报告 to download.
import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Popconfirm,
  Progress,
  Radio,
  Row,
  Select,
  Skeleton,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, apiUrl } from '../../api/client.ts';
import { errorText } from '../../components/errors.ts';
import { formatTime } from '../../components/format.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { WhyThisDate } from '../calendar/WhyThisDate.tsx';
import { type Item, STATUS_COLORS, SUPERVISION_KEY, useVocab } from './api.ts';
import { DueTag } from './BoardPage.tsx';

type Step =
  | 'assign'
  | 'progress'
  | 'contribution'
  | 'completion'
  | 'extension'
  | 'decideExtension'
  | 'signoff'
  | 'reopen'
  | 'comment';

const TITLES: Record<Step, string> = {
  assign: '交办',
  progress: '报送进展情况',
  contribution: '报送协办情况',
  completion: '申请办结',
  extension: '申请延期',
  decideExtension: '审批延期申请',
  signoff: '签批办结',
  reopen: '重新办理',
  comment: '领导批示',
};

function StepModal({ item, step, onClose }: { item: Item; step: Step | null; onClose: () => void }) {
  const [form] = Form.useForm();
  const qc = useQueryClient();
  const vocab = useVocab();
  const { message } = App.useApp();
  const id = item.id;
  const run = useMutation({
    mutationFn: (v: Record<string, unknown>) => {
      if (step === 'assign')
        return api.post(apiUrl('/api/supervision/items/{id}/assign', { id }), {
          leadUnitId: String(v.leadUnitId),
          coUnitIds: (v.coUnitIds as string[]) ?? [],
          responsiblePerson: (v.responsiblePerson as string) || undefined,
          dueDay: v.dueDay ? (v.dueDay as Dayjs).format('YYYY-MM-DD') : null,
        });
      if (step === 'extension')
        return api.post(apiUrl('/api/supervision/items/{id}/extensions', { id }), {
          reason: String(v.reason ?? ''),
          toDay: (v.toDay as Dayjs).format('YYYY-MM-DD'),
        });
      if (step === 'decideExtension')
        return api.post(apiUrl('/api/supervision/items/{id}/extensions/decision', { id }), {
          decision: v.decision as 'approve' | 'refuse',
          comment: (v.comment as string) || undefined,
        });
      if (step === 'signoff')
        return api.post(apiUrl('/api/supervision/items/{id}/signoff', { id }), {
          comment: v.comment as string,
        });
      if (step === 'reopen')
        return api.post(apiUrl('/api/supervision/items/{id}/reopen', { id }), { reason: v.reason as string });
      if (step === 'comment')
        return api.post(apiUrl('/api/supervision/items/{id}/comments', { id }), { text: v.text as string });
      return api.post(apiUrl('/api/supervision/items/{id}/reports', { id }), {
        kind: step as 'progress',
        progress: String(v.progress ?? ''),
        // Left out when not given: the server's schema coerces a null number to 0, which would
        // report 0% (or a value reached, refused on an item without a target).
        percent: (v.percent as number | null | undefined) ?? undefined,
        reachedValue: (v.reachedValue as number | null | undefined) ?? undefined,
        valueUnit: v.reachedValue !== undefined && v.reachedValue !== null ? item.targetUnit : undefined,
        problems: (v.problems as string) ?? null,
        nextSteps: (v.nextSteps as string) || undefined,
        result: (v.result as string) || undefined,
      });
    },
    onSuccess: (data) => {
      qc.setQueryData([...SUPERVISION_KEY, 'item', id], data);
      void qc.invalidateQueries({ queryKey: [...SUPERVISION_KEY, 'items'] });
      message.success(`${TITLES[step as Step]}：已完成`);
      form.resetFields();
      onClose();
    },
    onError: (e) => message.error(errorText(e)),
  });
  if (!step) return null;
  const pending = item.extensions.find((e) => e.status === 'pending');
  const units = (vocab.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }));
  const report = step === 'progress' || step === 'contribution' || step === 'completion';
  return (
    <Modal
      open
      title={TITLES[step]}
      okText="提交"
      cancelText="取消"
      confirmLoading={run.isPending}
      onCancel={onClose}
      onOk={() => form.validateFields().then((v) => run.mutate(v))}
      destroyOnHidden
      width={640}
    >
      <Form form={form} layout="vertical">
        {step === 'assign' ? (
          <>
            <Form.Item
              name="leadUnitId"
              label="牵头单位"
              rules={[{ required: true, message: '请选择牵头单位' }]}
            >
              <Select showSearch optionFilterProp="label" options={units} />
            </Form.Item>
            <Form.Item name="coUnitIds" label="协办单位">
              <Select mode="multiple" showSearch optionFilterProp="label" options={units} />
            </Form.Item>
            <Form.Item name="responsiblePerson" label="责任人">
              <Input maxLength={60} />
            </Form.Item>
            <Form.Item
              name="dueDay"
              label="领导明确的时限"
              extra={`不填则按默认期限（一般 ${vocab.data?.ordinaryLimit ?? ''}，紧急 ${vocab.data?.urgentLimit ?? ''}）`}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </>
        ) : null}
        {report ? (
          <>
            <Form.Item
              name="progress"
              label={step === 'completion' ? '办理情况' : step === 'contribution' ? '协办情况' : '工作进展'}
              rules={[{ required: true, min: 5, message: '请填写（至少 5 个字）' }]}
            >
              <Input.TextArea rows={4} maxLength={5000} showCount />
            </Form.Item>
            {step !== 'contribution' ? (
              <Row gutter={16}>
                <Col span={12}>
                  <Form.Item
                    name="percent"
                    label="完成百分比"
                    rules={[{ type: 'integer', min: 0, max: 100, message: '0 到 100 之间的整数' }]}
                  >
                    <InputNumber min={0} max={100} precision={0} suffix="%" style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                {item.targetUnit ? (
                  <Col span={12}>
                    <Form.Item
                      name="reachedValue"
                      label={`已完成（${item.targetUnit}）`}
                      extra={`目标：${item.target}`}
                    >
                      <InputNumber min={0} style={{ width: '100%' }} suffix={item.targetUnit} />
                    </Form.Item>
                  </Col>
                ) : null}
              </Row>
            ) : null}
            <Form.Item
              name="problems"
              label="存在的问题和风险"
              extra="必填。确实没有的，请明确填写“无”——督查报告要报问题，不只报成绩"
              rules={[
                { required: true, whitespace: true, message: '请填写存在的问题和风险；没有的请填写“无”' },
              ]}
            >
              <Input.TextArea rows={3} maxLength={3000} />
            </Form.Item>
            {step === 'completion' ? (
              <Form.Item
                name="result"
                label="办理结果"
                rules={[{ required: true, min: 5, message: '申请办结须写明办理结果' }]}
              >
                <Input.TextArea rows={3} maxLength={5000} />
              </Form.Item>
            ) : (
              <Form.Item name="nextSteps" label="下一步工作">
                <Input.TextArea rows={2} maxLength={3000} />
              </Form.Item>
            )}
          </>
        ) : null}
        {step === 'extension' ? (
          <>
            <Alert
              type="info"
              showIcon
              title={`现办理期限：${item.dueDay ?? '未定'}`}
              description="延期申请应当在办理期限届满前提出，由分管厅领导审批；同意后办理期限随之延长。"
              style={{ marginBottom: 12 }}
            />
            <Form.Item
              name="toDay"
              label="申请延期至"
              rules={[{ required: true, message: '请选择申请延期至的日期' }]}
            >
              <DatePicker
                style={{ width: '100%' }}
                disabledDate={(d) => (item.dueDay ? d.format('YYYY-MM-DD') <= item.dueDay : false)}
              />
            </Form.Item>
            <Form.Item
              name="reason"
              label="延期理由"
              rules={[{ required: true, min: 5, message: '请写明延期理由（至少 5 个字）' }]}
            >
              <Input.TextArea rows={3} maxLength={2000} showCount />
            </Form.Item>
          </>
        ) : null}
        {step === 'decideExtension' && pending ? (
          <>
            <Descriptions
              column={1}
              size="small"
              style={{ marginBottom: 12 }}
              items={[
                {
                  key: 'unit',
                  label: '申请单位',
                  children: `${pending.unitName} ${pending.requestedByName}`,
                },
                { key: 'from', label: '现办理期限', children: pending.fromDay },
                { key: 'to', label: '申请延期至', children: pending.toDay },
                { key: 'reason', label: '理由', children: pending.reason },
              ]}
            />
            <Form.Item
              name="decision"
              label="审批意见"
              initialValue="approve"
              rules={[{ required: true, message: '请选择' }]}
            >
              <Radio.Group
                options={[
                  { value: 'approve', label: '同意延期' },
                  { value: 'refuse', label: '不同意' },
                ]}
              />
            </Form.Item>
            <Form.Item
              name="comment"
              label="意见"
              dependencies={['decision']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, value: string | undefined) =>
                    getFieldValue('decision') === 'refuse' && !(value ?? '').trim()
                      ? Promise.reject(new Error('不同意延期须写明意见'))
                      : Promise.resolve(),
                }),
              ]}
            >
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          </>
        ) : null}
        {step === 'signoff' ? (
          <>
            <Alert type="info" showIcon title={`办理结果：${item.result}`} style={{ marginBottom: 12 }} />
            <Form.Item name="comment" label="签批意见">
              <Input.TextArea rows={3} maxLength={2000} placeholder="同意办结。" />
            </Form.Item>
          </>
        ) : null}
        {step === 'reopen' ? (
          <Form.Item
            name="reason"
            label="重新办理的理由"
            rules={[{ required: true, min: 5, message: '请写明理由（至少 5 个字）' }]}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        ) : null}
        {step === 'comment' ? (
          <Form.Item name="text" label="批示意见" rules={[{ required: true, message: '请填写批示意见' }]}>
            <Input.TextArea rows={4} maxLength={2000} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}

function ReviewModal({
  item,
  reportId,
  onClose,
}: {
  item: Item;
  reportId: string | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const decision = Form.useWatch('decision', form) as 'accept' | 'return' | undefined;
  const run = useMutation({
    mutationFn: (v: { decision: 'accept' | 'return'; comment?: string; publicNote?: string }) =>
      api.post(apiUrl('/api/supervision/reports/{id}/review', { id: reportId ?? '' }), v),
    onSuccess: (data) => {
      qc.setQueryData([...SUPERVISION_KEY, 'item', item.id], data);
      void qc.invalidateQueries({ queryKey: [...SUPERVISION_KEY, 'items'] });
      message.success('已审核');
      onClose();
    },
    onError: (e) => message.error(errorText(e)),
  });
  if (!reportId) return null;
  return (
    <Modal
      open
      title="审核报告"
      okText="提交"
      cancelText="取消"
      confirmLoading={run.isPending}
      onCancel={onClose}
      onOk={() => form.validateFields().then((v) => run.mutate(v))}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ decision: 'accept' }}>
        <Form.Item name="decision" label="审核意见">
          <Radio.Group
            options={[
              { value: 'accept', label: '采纳' },
              { value: 'return', label: '退回（计入退回次数）' },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="comment"
          label={decision === 'return' ? '退回意见' : '意见（可不填）'}
          rules={
            decision === 'return' ? [{ required: true, min: 5, message: '请写明需要补充或修改什么' }] : []
          }
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        {item.published && decision !== 'return' ? (
          <Form.Item name="publicNote" label="对外公开的进展说明" extra="填写后显示在网站“重点工作公开”页面">
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}

/** 网站公开: whether the item shows on /openness/key-tasks; the office publishes or withdraws it. */
function PublishControl({ item }: { item: Item }) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const run = useMutation({
    mutationFn: (published: boolean) =>
      api.post(apiUrl('/api/supervision/items/{id}/publish', { id: item.id }), { published }),
    onSuccess: (data) => {
      qc.setQueryData([...SUPERVISION_KEY, 'item', item.id], data);
      void qc.invalidateQueries({ queryKey: [...SUPERVISION_KEY, 'items'] });
      message.success(data.published ? '已在网站公开' : '已撤回网站公开');
    },
    onError: (e) => message.error(errorText(e)),
  });
  return (
    <Space wrap size={4}>
      {item.published ? (
        <>
          <Tag color="green">已公开</Tag>
          <a href="/openness/key-tasks" target="_blank" rel="noreferrer">
            查看网站“重点工作”
          </a>
        </>
      ) : (
        <Typography.Text type="secondary">未公开</Typography.Text>
      )}
      {item.may.publish ? (
        <Popconfirm
          title={item.published ? '撤回网站公开？' : '在网站“重点工作”栏目公开？'}
          description={
            item.published
              ? '网站将不再显示该事项。'
              : '公开目标、牵头单位、状态、完成进度和审核时标记公开的进展说明；不公开批示内容、问题和人员姓名。'
          }
          okText="确定"
          cancelText="取消"
          onConfirm={() => run.mutate(!item.published)}
        >
          <Button size="small" loading={run.isPending}>
            {item.published ? '撤回公开' : '公开到网站'}
          </Button>
        </Popconfirm>
      ) : null}
    </Space>
  );
}

export default function ItemPage() {
  const { id = '' } = useParams();
  const [step, setStep] = useState<Step | null>(null);
  const [reviewing, setReviewing] = useState<string | null>(null);
  const q = useQuery({
    queryKey: [...SUPERVISION_KEY, 'item', id],
    queryFn: () => api.get(apiUrl('/api/supervision/items/{id}', { id })),
  });
  if (q.isPending) return <Skeleton active />;
  if (q.isError) return <Alert type="error" title={errorText(q.error)} />;
  const item = q.data;
  const may = item.may;
  const actions: Array<[Step, boolean, 'primary' | 'default']> = [
    ['assign', may.assign, item.status === 'registered' ? 'primary' : 'default'],
    ['progress', may.report, 'default'],
    ['completion', may.report, 'primary'],
    ['contribution', may.contribute, 'primary'],
    ['extension', may.requestExtension, 'default'],
    ['decideExtension', may.decideExtension, 'primary'],
    ['signoff', may.signOff, 'primary'],
    ['reopen', may.reopen, 'default'],
    ['comment', may.comment, 'default'],
  ];
  const lead = item.units.filter((u) => u.role === 'lead').map((u) => u.name);
  const co = item.units.filter((u) => u.role === 'co').map((u) => u.name);
  return (
    <PageContainer
      title={item.title}
      subTitle={
        <Space wrap>
          {item.number}
          <Tag color={STATUS_COLORS[item.status]}>{item.statusLabel}</Tag>
          <DueTag item={item} />
          {item.urgency === 'urgent' ? <Tag color="red">紧急</Tag> : null}
          {item.escalationLabel ? <Tag color="volcano">{item.escalationLabel}</Tag> : null}
        </Space>
      }
      extra={
        <Space wrap>
          {item.status !== 'registered' ? (
            <Button
              icon={<DownloadOutlined />}
              href={apiUrl('/api/supervision/items/{id}/notice.docx', { id }).href}
            >
              督查通知
            </Button>
          ) : null}
          {item.status === 'closed' ? (
            <Button
              icon={<DownloadOutlined />}
              href={apiUrl('/api/supervision/items/{id}/report.docx', { id }).href}
            >
              办理情况报告
            </Button>
          ) : null}
          {actions
            .filter(([, ok]) => ok)
            .map(([s, , type]) => (
              <Button key={s} type={type} onClick={() => setStep(s)}>
                {TITLES[s]}
              </Button>
            ))}
        </Space>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            {item.status === 'closed' ? (
              <Alert
                type={item.closedOnTime ? 'success' : 'warning'}
                showIcon
                title={`已办结（${item.closedOnTime ? '按期' : '逾期'}）`}
                description={`办理结果：${item.result}`}
              />
            ) : null}
            <Card title="事项">
              <Descriptions
                column={{ xs: 1, md: 2 }}
                size="small"
                items={[
                  { key: 'source', label: '来源', children: item.sourceLabel },
                  { key: 'doc', label: '来源文件', children: item.sourceDoc || '—' },
                  { key: 'leader', label: '批示领导', children: item.instructingLeaderName || '—' },
                  { key: 'charge', label: '分管厅领导', children: item.leaderInChargeName || '—' },
                  { key: 'lead', label: '牵头单位', children: lead.join('、') || '未交办' },
                  { key: 'co', label: '协办单位', children: co.join('、') || '—' },
                  { key: 'person', label: '责任人', children: item.responsiblePerson || '—' },
                  { key: 'cycle', label: '进展报送', children: item.reportCycleLabel },
                  { key: 'registered', label: '立项日期', children: item.registeredDay },
                  {
                    key: 'due',
                    label: '办理期限',
                    children: item.clock ? (
                      <Space wrap size={4}>
                        {item.dueDay}
                        {item.clock.provisional ? <Tag color="gold">暂定</Tag> : null}
                        <WhyThisDate clockId={item.clock.clockId} title={item.number} />
                      </Space>
                    ) : (
                      '未交办'
                    ),
                  },
                  { key: 'rule', label: '期限依据', span: 2, children: item.dueRule || '—' },
                  { key: 'publish', label: '网站公开', span: 2, children: <PublishControl item={item} /> },
                  ...(item.bulletinId
                    ? [
                        {
                          key: 'bulletin',
                          label: '来源信息专报',
                          span: 2,
                          children: (
                            <Link to={`/info/bulletins/${item.bulletinId}`}>查看领导批示所在的信息专报</Link>
                          ),
                        },
                      ]
                    : []),
                  ...(item.parent
                    ? [
                        {
                          key: 'parent',
                          label: '所属重点工作',
                          span: 2,
                          children: (
                            <Link to={`/supervision/items/${item.parent.id}`}>
                              {item.parent.number} {item.parent.title}
                            </Link>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
              {item.sourceText ? (
                <Typography.Paragraph style={{ marginTop: 12, whiteSpace: 'pre-wrap' }}>
                  <Typography.Text type="secondary">批示（交办）内容：</Typography.Text>
                  {item.sourceText}
                </Typography.Paragraph>
              ) : null}
            </Card>
            <Card title="进度">
              <Progress percent={item.percent} status={item.light === 'red' ? 'exception' : undefined} />
              {item.target ? (
                <Typography.Paragraph style={{ marginTop: 8 }}>
                  目标：{item.target}；已完成：{item.reachedValue ?? 0}
                  {item.targetUnit}
                </Typography.Paragraph>
              ) : null}
              {item.children.length ? (
                <List
                  size="small"
                  header={`分解任务（${item.children.length}）`}
                  dataSource={item.children}
                  renderItem={(c) => (
                    <List.Item extra={<DueTag item={c} />}>
                      <Space orientation="vertical" size={0} style={{ width: '100%' }}>
                        <Link to={`/supervision/items/${c.id}`}>
                          {c.number} {c.title}
                        </Link>
                        <Typography.Text type="secondary">
                          {c.leadUnitName} · {c.statusLabel}
                        </Typography.Text>
                        <Progress percent={c.percent} size="small" />
                      </Space>
                    </List.Item>
                  )}
                />
              ) : null}
            </Card>
            <Card title={`报告（${item.reports.length}）`}>
              {item.reports.length === 0 ? (
                <Typography.Text type="secondary">尚无报告</Typography.Text>
              ) : null}
              <List
                dataSource={item.reports}
                renderItem={(r) => (
                  <List.Item
                    extra={
                      may.review && r.status === 'submitted' ? (
                        <Button size="small" type="primary" onClick={() => setReviewing(r.id)}>
                          审核
                        </Button>
                      ) : null
                    }
                  >
                    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                      <Space wrap>
                        <Typography.Text strong>{r.kindLabel}</Typography.Text>
                        <Tag
                          color={r.status === 'returned' ? 'red' : r.status === 'accepted' ? 'green' : 'blue'}
                        >
                          {r.statusLabel}
                        </Tag>
                        <Typography.Text type="secondary">
                          {r.unitName} {r.submittedByName} · {formatTime(r.submittedAt)}
                        </Typography.Text>
                      </Space>
                      <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{r.progress}</Typography.Text>
                      {r.percent !== null ? <Typography.Text>完成 {r.percent}%</Typography.Text> : null}
                      <Typography.Text type={r.problems === '无' ? 'secondary' : 'warning'}>
                        问题和风险：{r.problems}
                      </Typography.Text>
                      {r.nextSteps ? <Typography.Text>下一步：{r.nextSteps}</Typography.Text> : null}
                      {r.reviewComment ? (
                        <Typography.Text type="danger">督查室意见：{r.reviewComment}</Typography.Text>
                      ) : null}
                    </Space>
                  </List.Item>
                )}
              />
            </Card>
            {item.extensions.length ? (
              <Card title={`延期申请（${item.extensions.length}）`}>
                <List
                  dataSource={item.extensions}
                  renderItem={(e) => (
                    <List.Item>
                      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                        <Space wrap>
                          <Typography.Text strong>
                            {e.fromDay} → {e.toDay}
                          </Typography.Text>
                          <Tag
                            color={
                              e.status === 'approved' ? 'green' : e.status === 'refused' ? 'red' : 'gold'
                            }
                          >
                            {e.statusLabel}
                          </Tag>
                          <Typography.Text type="secondary">
                            {e.unitName} {e.requestedByName} · {formatTime(e.requestedAt)}
                          </Typography.Text>
                        </Space>
                        <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>理由：{e.reason}</Typography.Text>
                        {e.decidedAt ? (
                          <Typography.Text type="secondary">
                            {e.decidedByName} {formatTime(e.decidedAt)}
                            {e.newDueDay ? `，办理期限延至${e.newDueDay}` : ''}
                            {e.decisionComment ? `。意见：${e.decisionComment}` : ''}
                          </Typography.Text>
                        ) : null}
                      </Space>
                    </List.Item>
                  )}
                />
              </Card>
            ) : null}
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Card title="办理过程">
            <Timeline
              items={item.timeline.map((e) => ({
                key: e.seq,
                color: e.kind.startsWith('escalation') ? 'red' : e.kind === 'closed' ? 'green' : 'blue',
                content: (
                  <>
                    <Typography.Text strong>{e.text}</Typography.Text>
                    <br />
                    <Typography.Text type="secondary">
                      {formatTime(e.at)}
                      {e.actorName ? ` · ${e.actorName}` : ''}
                    </Typography.Text>
                    {e.note ? <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div> : null}
                    {e.staffNote ? (
                      <div>
                        <Typography.Text type="warning">{e.staffNote}</Typography.Text>
                      </div>
                    ) : null}
                  </>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
      <StepModal item={item} step={step} onClose={() => setStep(null)} />
      <ReviewModal item={item} reportId={reviewing} onClose={() => setReviewing(null)} />
    </PageContainer>
  );
}
