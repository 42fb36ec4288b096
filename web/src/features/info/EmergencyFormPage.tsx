// 报告突发事件: the form built for an emergency — event time, place (the county picker and the
// place within it), nature, scope, casualties and losses, trend, measures taken, leaders on site,
// reporter and phone. Reported at once (首报), or registered first (what, where, when) so that the
// countdown runs while the facts are gathered. The same form completes a registration, and writes
// a follow-up (续报) or the final report (终报) of a reported emergency (its time: 情况截至时间).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Skeleton,
  Space,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { api, apiUrl } from '../../api/client.ts';
import { useMe } from '../../auth/session.tsx';
import { useFormErrors } from '../../components/errors.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { INFO_KEY, useCounties } from './api.ts';

const LABELS = {
  title: '标题',
  eventAt: '事发时间',
  countyCode: '事发县（市、区）',
  place: '事发地点',
  nature: '事件性质',
  scope: '影响范围',
  casualties: '人员伤亡和财产损失',
  trend: '发展趋势',
  measures: '已采取的措施',
  leadersOnSite: '到场领导',
  authorName: '报告人',
  contact: '联系电话',
  kind: '报告类别',
};

interface Values {
  title: string;
  eventAt: Dayjs;
  countyCode: string;
  place: string;
  nature: string;
  scope?: string;
  casualties?: string;
  trend?: string;
  measures?: string;
  leadersOnSite?: string;
  authorName: string;
  contact: string;
  kind?: string;
}

const FULL = ['scope', 'casualties', 'trend', 'measures', 'leadersOnSite'] as const;

export default function EmergencyFormPage() {
  const { id } = useParams();
  const location = useLocation();
  const mode = !id ? 'new' : location.pathname.endsWith('/follow-up') ? 'followUp' : 'edit';
  const [form] = Form.useForm<Values>();
  const me = useMe();
  const qc = useQueryClient();
  const nav = useNavigate();
  const { message } = App.useApp();
  const showErrors = useFormErrors();
  const counties = useCounties();
  const existing = useQuery({
    queryKey: [...INFO_KEY, 'emergency', id],
    queryFn: () => api.get(apiUrl('/api/info/emergencies/{id}', { id: id ?? '' })),
    enabled: Boolean(id),
  });
  useEffect(() => {
    const e = existing.data;
    if (!e) return;
    // A registration's own values; a follow-up starts from the latest report's facts.
    const r = mode === 'edit' ? e.reports[0] : e.reports.at(-1);
    if (!r) return;
    const facts = Object.fromEntries(r.facts.map((f) => [f.field, f.value]));
    form.setFieldsValue({
      ...facts,
      title: mode === 'edit' ? r.title : '',
      eventAt: mode === 'edit' && r.eventAt ? dayjs(r.eventAt) : dayjs(),
      countyCode: e.countyCode ?? undefined,
      authorName: r.authorName,
      contact: r.contact,
    });
  }, [existing.data, form, mode]);
  // An initial report the office returned for changes: corrected and sent again (its clock stopped
  // when it was first reported).
  const returned = mode === 'edit' && existing.data?.status === 'returned';
  const save = useMutation({
    mutationFn: ({ values, submit }: { values: Values; submit: boolean }) => {
      const body = { ...values, eventAt: values.eventAt?.toISOString() };
      if (mode === 'followUp')
        return api.post(apiUrl('/api/info/emergencies/{id}/reports', { id: id ?? '' }), {
          ...body,
          kind: values.kind ?? 'followup',
        });
      const { kind: _kind, ...rest } = body;
      return mode === 'edit'
        ? api.put(apiUrl('/api/info/emergencies/{id}', { id: id ?? '' }), { ...rest, submit })
        : api.post('/api/info/emergencies', { ...rest, submit });
    },
    onSuccess: (r, { submit }) => {
      void qc.invalidateQueries({ queryKey: INFO_KEY });
      void message.success(
        mode === 'followUp'
          ? '已报送，办公室和分管领导已收到通知'
          : returned
            ? submit
              ? '已重新报送'
              : '修改已保存'
            : submit
              ? '首报已报送，办公室和分管领导已收到通知'
              : '已登记，报送计时已开始',
      );
      nav(`/info/emergencies/${r.initialId}`);
    },
    onError: (e) => showErrors(form, e, LABELS),
  });
  if (id && existing.isPending) return <Skeleton active />;
  const run = (submit: boolean) => {
    // A registration needs only what, where and when; the server names anything else missing.
    const fields = submit ? undefined : (['title', 'eventAt', 'countyCode', 'place', 'nature'] as const);
    form
      .validateFields(fields ? [...fields] : undefined)
      .then(() => save.mutate({ values: form.getFieldsValue(true) as Values, submit }))
      .catch(() => undefined);
  };
  const e = existing.data;
  const title =
    mode === 'followUp'
      ? `续报或终报：${e?.title ?? ''}`
      : returned
        ? '修改退回的首报'
        : mode === 'edit'
          ? '补充并报送首报'
          : '报告突发事件';
  const timeLabel = mode === 'followUp' ? '情况截至时间' : '事发时间';
  const req = (label: string) => [{ required: true, message: `请填写${label}` }];
  const fullReq = (label: string) =>
    mode === 'followUp' ? [{ required: true, message: `请填写${label}（没有请填“无”）` }] : undefined;
  return (
    <PageContainer title={title} subTitle={e ? e.unitName : undefined}>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={
          mode === 'followUp'
            ? '续报写明事件的新进展；事件处置完毕后报送终报，终报后不能再续报'
            : '事发后 4 小时内须报送首报（时限以系统设置为准，夜间和节假日连续计时）。情况尚未查清时可先登记，计时照常进行'
        }
      />
      <Card>
        <Form
          form={form}
          layout="vertical"
          initialValues={{ authorName: me?.displayName ?? '', eventAt: dayjs(), kind: 'followup' }}
          style={{ maxWidth: 960 }}
        >
          {mode === 'followUp' && (
            <Form.Item name="kind" label="报告类别" rules={[{ required: true }]}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'followup', label: '续报' },
                  { value: 'final', label: '终报' },
                ]}
              />
            </Form.Item>
          )}
          <Form.Item name="title" label="标题" rules={req('标题')}>
            <Input
              maxLength={80}
              showCount
              placeholder="何地、何时、发生何事，如：新密市尖山林区发生森林火情"
            />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="eventAt"
                label={timeLabel}
                rules={[{ required: true, message: `请填写${timeLabel}` }]}
              >
                <DatePicker
                  showTime={{ format: 'HH:mm' }}
                  format="YYYY-MM-DD HH:mm"
                  style={{ width: '100%' }}
                  disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="countyCode"
                label="事发县（市、区）"
                rules={[{ required: true, message: '请选择事发县（市、区）' }]}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={counties.data?.counties}
                  placeholder="请选择县（市、区）"
                  loading={counties.isPending}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="place" label="事发地点" rules={req('事发地点')}>
                <Input maxLength={100} placeholder="乡镇、林区、山头或路段" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="nature" label="事件性质" rules={req('事件性质')}>
            <Input maxLength={200} placeholder="森林火情、林业有害生物暴发、安全生产事故、野生动物伤人等" />
          </Form.Item>
          {FULL.map((f) => (
            <Form.Item
              key={f}
              name={f}
              label={LABELS[f]}
              rules={fullReq(LABELS[f])}
              extra={mode === 'followUp' ? undefined : '报送首报时必填，没有请填“无”'}
            >
              <Input.TextArea rows={f === 'measures' ? 3 : 2} maxLength={f === 'measures' ? 1000 : 500} />
            </Form.Item>
          ))}
          <Space wrap size={16}>
            <Form.Item name="authorName" label="报告人" rules={req('报告人')}>
              <Input maxLength={40} style={{ width: 200, maxWidth: '100%' }} />
            </Form.Item>
            <Form.Item name="contact" label="联系电话" rules={req('联系电话')}>
              <Input maxLength={60} style={{ width: 240, maxWidth: '100%' }} />
            </Form.Item>
          </Space>
          <Space wrap>
            <Button type="primary" danger loading={save.isPending} onClick={() => run(true)}>
              {mode === 'followUp' ? '报送' : returned ? '修改后重新报送' : '报送首报'}
            </Button>
            {mode !== 'followUp' && (
              <Button loading={save.isPending} onClick={() => run(false)}>
                {returned ? '保存修改' : mode === 'edit' ? '保存登记' : '先登记，开始计时'}
              </Button>
            )}
          </Space>
        </Form>
      </Card>
    </PageContainer>
  );
}
