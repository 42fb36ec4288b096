// 期限计算器: the Nth working day after a date, with the server's explanation.
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Collapse, DatePicker, Form, InputNumber, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { DueResult } from '../../api/types.ts';
import { useFormErrors } from '../../components/errors.ts';
import { chinaNow } from '../../components/format.ts';
import { fetchDue } from './api.ts';
import { ProvisionalTag } from './ProvisionalTag.tsx';
import { WEEKDAY_NAMES, weekday } from './workdays.ts';

interface Values {
  from: Dayjs;
  workdays: number;
}

function fullDate(day: string): string {
  return `${dayjs(day).format('YYYY年M月D日')} ${WEEKDAY_NAMES[weekday(day)]}`;
}

const PRESETS = [
  { label: '行政许可决定 20', value: 20 },
  { label: '依申请公开答复 20', value: 20 },
  { label: '补正 7', value: 7 },
  { label: '第三方意见 15', value: 15 },
  { label: '信件答复 5', value: 5 },
];

export function DueCalculator() {
  const [form] = Form.useForm<Values>();
  const showFormErrors = useFormErrors();
  const due = useMutation({
    mutationFn: (v: Values) => fetchDue(v.from.format('YYYY-MM-DD'), v.workdays),
    onError: (e) => showFormErrors(form, e, { from: '起算日', workdays: '工作日数' }),
  });
  const r: DueResult | undefined = due.data;

  return (
    <Card title="期限计算器">
      <Typography.Paragraph type="secondary">
        法定期限按工作日计算：收到之日不计入，次日起第 1
        个工作日；跳过周末和法定节假日，调休上班日计入。尚未录入正式安排的年度按《全国年节及纪念日放假办法》推算，结果标注“暂定”。
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ from: dayjs(chinaNow().day), workdays: 20 }}
        onFinish={(v) => due.mutate(v)}
      >
        <Form.Item
          name="from"
          label="起算日（收到之日）"
          rules={[{ required: true, message: '请选择起算日' }]}
        >
          <DatePicker style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        <Form.Item
          name="workdays"
          label="期限（工作日）"
          rules={[{ required: true, message: '请输入工作日数' }]}
          extra={
            <Space size={4} wrap style={{ marginTop: 6 }}>
              {PRESETS.map((p) => (
                <Tag.CheckableTag
                  key={p.label}
                  checked={false}
                  onChange={() => form.setFieldValue('workdays', p.value)}
                >
                  {p.label}
                </Tag.CheckableTag>
              ))}
            </Space>
          }
        >
          <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} suffix="个工作日" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={due.isPending}>
          计算届满日
        </Button>
      </Form>
      {r && (
        <div style={{ marginTop: 16 }} aria-live="polite">
          <Alert
            type={r.provisional ? 'warning' : 'success'}
            showIcon
            title={
              <span>
                届满日：<strong>{fullDate(r.due)}</strong> <ProvisionalTag note={r.provisional?.note} />
              </span>
            }
            description={r.text}
          />
          <Collapse
            size="small"
            style={{ marginTop: 12 }}
            items={[
              {
                key: 'detail',
                label: `逐日核对：跳过周末 ${r.explanation.skippedWeekends.length} 天、节假日 ${r.explanation.skippedHolidays.length} 天，计入调休上班 ${r.explanation.adjustedWorkdays.length} 天`,
                children: (
                  <Space orientation="vertical" size={8}>
                    {r.explanation.skippedHolidays.length > 0 && (
                      <div>
                        <Typography.Text strong>跳过的节假日：</Typography.Text>
                        {r.explanation.skippedHolidays
                          .map((h) => `${dayjs(h.day).format('M月D日')}（${h.name}）`)
                          .join('、')}
                      </div>
                    )}
                    {r.explanation.adjustedWorkdays.length > 0 && (
                      <div>
                        <Typography.Text strong>计入的调休上班日：</Typography.Text>
                        {r.explanation.adjustedWorkdays
                          .map((h) => `${dayjs(h.day).format('M月D日')}（${h.name}）`)
                          .join('、')}
                      </div>
                    )}
                    {r.explanation.skippedWeekends.length > 0 && (
                      <div>
                        <Typography.Text strong>跳过的周末：</Typography.Text>
                        {r.explanation.skippedWeekends.map((d) => dayjs(d).format('M月D日')).join('、')}
                      </div>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        </div>
      )}
    </Card>
  );
}
