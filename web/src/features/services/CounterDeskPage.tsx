// 窗口收件 (counter desk): find or register the walk-in applicant, fill in the item's form, tick off
// the paper materials received, register (and accept on the spot), print the receipt; the day's queue.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Radio,
  Result,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, type Query, type RequestBody } from '../../api/client.ts';
import { useFormErrors } from '../../components/errors.ts';
import { formatClock, formatReceiptCode } from '../../components/format.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { type Applicant, type CaseDetail, daysLeftTag, SERVICES_KEY, useItems } from './api.ts';
import { DynamicFields } from './DynamicForm.tsx';

function ApplicantStep({ onChosen }: { onChosen: (a: Applicant) => void }) {
  const [form] = Form.useForm();
  const [notFound, setNotFound] = useState(false);
  const showErrors = useFormErrors();
  const kind = Form.useWatch('kind', form) ?? 'citizen';
  const labels = {
    idNumber: '居民身份证号码',
    creditCode: '统一社会信用代码',
    name: '申请人名称',
    phone: '手机号码',
  };
  const lookup = async () => {
    const v = await form.validateFields(['kind', kind === 'citizen' ? 'idNumber' : 'creditCode']);
    try {
      const r = await api.get(
        '/api/services/counter/applicants',
        v as Query<'/api/services/counter/applicants'>,
      );
      if (r.applicant) onChosen(r.applicant);
      else setNotFound(true);
    } catch (e) {
      showErrors(form, e, labels);
    }
  };
  const register = async (v: Record<string, string>) => {
    try {
      const r = await api.post(
        '/api/services/counter/applicants',
        v as RequestBody<'/api/services/counter/applicants', 'post'>,
      );
      onChosen(r.applicant);
    } catch (e) {
      showErrors(form, e, labels);
    }
  };
  return (
    <Form form={form} layout="vertical" initialValues={{ kind: 'citizen' }} onFinish={register}>
      <Form.Item name="kind" label="申请人类型">
        <Radio.Group
          options={[
            { value: 'citizen', label: '个人' },
            { value: 'org', label: '法人和其他组织' },
          ]}
          onChange={() => setNotFound(false)}
        />
      </Form.Item>
      <Form.Item
        name={kind === 'citizen' ? 'idNumber' : 'creditCode'}
        label={kind === 'citizen' ? '居民身份证号码' : '统一社会信用代码'}
        rules={[{ required: true, len: 18, message: '应为 18 位' }]}
      >
        <Input maxLength={18} style={{ width: 260 }} onChange={() => setNotFound(false)} />
      </Form.Item>
      {notFound ? (
        <>
          <Alert
            type="info"
            showIcon
            title="尚未登记，请补充以下信息，将为申请人开通公众账号"
            style={{ marginBottom: 16 }}
          />
          <Form.Item name="name" label="申请人名称" rules={[{ required: true, message: '必填' }]}>
            <Input maxLength={60} style={{ width: 320 }} />
          </Form.Item>
          <Form.Item
            name="phone"
            label="手机号码"
            rules={[{ required: true, pattern: /^1\d{10}$/, message: '应为 11 位手机号码' }]}
          >
            <Input maxLength={11} style={{ width: 200 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            登记申请人
          </Button>
        </>
      ) : (
        <Button type="primary" onClick={() => void lookup()}>
          查找
        </Button>
      )}
    </Form>
  );
}

type CounterCaseBody = RequestBody<'/api/services/counter/cases', 'post'>;

/**
 * A request key (幂等键) for one application: the same on every try of it, so a double click or a
 * retry after a lost reply registers one case. getRandomValues works on plain http too (randomUUID
 * needs a secure context, and an intranet may serve the workbench without TLS).
 */
function newRequestKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `counter-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function ApplicationStep({ applicant, onDone }: { applicant: Applicant; onDone: (c: CaseDetail) => void }) {
  const items = useItems();
  const [form] = Form.useForm();
  const showErrors = useFormErrors();
  const itemCode = Form.useWatch('itemCode', form) as string | undefined;
  const item = items.data?.items.find((i) => i.code === itemCode);
  // The contact person (联系人) of a person applying for themself is that person: filled in from the
  // registered account once the item's form has the field, and left to the clerk to change.
  useEffect(() => {
    const hasContact = item?.form.sections.some((sec) => sec.fields.some((f) => f.name === 'contactName'));
    if (hasContact && applicant.kind === 'citizen' && !form.getFieldValue(['values', 'contactName']))
      form.setFieldValue(['values', 'contactName'], applicant.displayName);
  }, [item, applicant, form]);
  // One key per application filled in; a new one once it is registered.
  const [requestKey, setRequestKey] = useState(newRequestKey);
  const submit = useMutation({
    mutationFn: (body: CounterCaseBody) => api.post('/api/services/counter/cases', body),
  });
  const onFinish = async (v: {
    itemCode: string;
    values?: Record<string, unknown>;
    paper?: Record<string, number>;
    acceptNow?: boolean;
  }) => {
    const paper = Object.entries(v.paper ?? {})
      .filter(([, copies]) => typeof copies === 'number' && copies > 0)
      .map(([specCode, copies]) => ({ specCode, copies }));
    // The form's values as antd gives them; the server checks them against the item's form.
    const values = Object.fromEntries(
      Object.entries(v.values ?? {}).filter(([, x]) => x !== undefined && x !== null && x !== ''),
    ) as CounterCaseBody['values'];
    // A second click while the first is on its way sends nothing; one that comes through anyway
    // carries the same key and is answered with the same case.
    if (submit.isPending) return;
    try {
      const made = await submit.mutateAsync({
        itemCode: v.itemCode,
        applicantAccountId: applicant.accountId,
        values,
        paper,
        acceptNow: Boolean(v.acceptNow),
        requestKey,
      });
      setRequestKey(newRequestKey());
      onDone(made);
    } catch (e) {
      const labels = Object.fromEntries([
        ...(item?.form.sections.flatMap((s) => s.fields).map((f) => [f.name, f.label]) ?? []),
        ...(item?.form.materials.map((m) => [`material_${m.code}`, m.name]) ?? []),
      ]);
      showErrors(form, e, labels);
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ acceptNow: false }}>
      <Form.Item name="itemCode" label="办理事项" rules={[{ required: true, message: '请选择事项' }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={(items.data?.items ?? [])
            .filter((i) => i.active)
            .map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }))}
        />
      </Form.Item>
      {item ? (
        <>
          <DynamicFields def={item.form} />
          <Card size="small" title="收取纸质材料（填写份数）" style={{ marginBottom: 16 }}>
            {item.form.materials.map((m) => (
              <Form.Item
                key={m.code}
                name={['paper', m.code]}
                label={`${m.name}${m.required ? '（必交）' : '（选交）'}`}
                style={{ marginBottom: 8 }}
              >
                <InputNumber min={0} max={99} placeholder="0" />
              </Form.Item>
            ))}
          </Card>
          <Form.Item name="acceptNow" valuePropName="checked">
            <Checkbox>材料齐全，当场受理</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={submit.isPending}>
            收件登记
          </Button>
        </>
      ) : null}
    </Form>
  );
}

function TodayQueue() {
  const q = useQuery({
    queryKey: [...SERVICES_KEY, 'counter-queue'],
    queryFn: () => api.get('/api/services/counter/queue'),
    refetchInterval: 60_000,
  });
  return (
    <Card title={`当日队列 ${q.data?.day ?? ''}`}>
      <Table
        rowKey="id"
        size="small"
        loading={q.isFetching}
        dataSource={q.data?.items ?? []}
        pagination={false}
        // Beside the form from 1600 px up, below it on narrower screens; on a phone the table
        // scrolls inside its card instead of running out of it.
        scroll={{ x: 480 }}
        columns={[
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
          { title: '申请人', dataIndex: 'applicantName', width: 96, ellipsis: true },
          // The day is in the card's title: the time of day is enough here.
          { title: '时间', dataIndex: 'submittedAt', width: 64, render: (v: string) => formatClock(v) },
          {
            title: '状态',
            key: 's',
            width: 120,
            render: (_, r) => {
              const tag = daysLeftTag(r.daysLeft, r.stage);
              return (
                <Space size={4} wrap>
                  {r.statusLabel}
                  {tag ? <Tag color={tag.color}>{tag.text}</Tag> : null}
                </Space>
              );
            },
          },
        ]}
      />
    </Card>
  );
}

export default function CounterDeskPage() {
  const [applicant, setApplicant] = useState<Applicant | null>(null);
  const [done, setDone] = useState<CaseDetail | null>(null);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const restart = () => {
    setApplicant(null);
    setDone(null);
  };
  return (
    <PageContainer subTitle="登记来访申请人，按材料清单收件，打印回执">
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={14}>
          <Card
            title={
              applicant
                ? `申请人：${applicant.displayName}（${[applicant.idNumberMask ?? applicant.creditCode, applicant.phoneMask && `登记手机 ${applicant.phoneMask}`].filter(Boolean).join('，')}）`
                : '第一步：申请人'
            }
          >
            {done ? (
              <Result
                status="success"
                title={
                  // The code has no break of its own: on a phone it wraps rather than leaving the card.
                  <span style={{ overflowWrap: 'anywhere' }}>
                    已登记，查询码 {formatReceiptCode(done.receiptCode)}
                  </span>
                }
                subTitle={`${done.item.name} · ${done.statusLabel}`}
                extra={[
                  done.acceptedAt ? (
                    <Button
                      key="receipt"
                      type="primary"
                      href={`/api/services/cases/${done.id}/receipt.pdf`}
                      target="_blank"
                    >
                      打印回执
                    </Button>
                  ) : null,
                  <Button key="print" href={done.receiptUrl} target="_blank">
                    打印收件回执
                  </Button>,
                  <Link key="open" to={`/services/cases/${done.id}`}>
                    查看办件
                  </Link>,
                  <Button key="next" onClick={restart}>
                    下一位
                  </Button>,
                ]}
              />
            ) : applicant ? (
              <>
                <Typography.Paragraph>
                  <Button type="link" onClick={() => setApplicant(null)}>
                    更换申请人
                  </Button>
                </Typography.Paragraph>
                <ApplicationStep
                  applicant={applicant}
                  onDone={(c) => {
                    setDone(c);
                    void qc.invalidateQueries({ queryKey: SERVICES_KEY });
                    void message.success('收件登记完成');
                  }}
                />
              </>
            ) : (
              <ApplicantStep onChosen={setApplicant} />
            )}
          </Card>
        </Col>
        <Col xs={24} xxl={10}>
          <TodayQueue />
        </Col>
      </Row>
    </PageContainer>
  );
}
