// Editing one year's holidays and adjusted working days (system:calendar). Saving replaces the
// year and recomputes the due dates of running clocks.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Drawer, Form, Input, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { api, apiUrl } from '../../api/client.ts';
import type { CalendarDay } from '../../api/types.ts';
import { useFormErrors } from '../../components/errors.ts';
import { CALENDAR_KEY } from './api.ts';

interface Row {
  day: Dayjs | null;
  kind: CalendarDay['kind'];
  name: string;
}

interface Values {
  note?: string;
  days: Row[];
}

export function YearEditor(props: {
  year: number | null;
  days: CalendarDay[];
  note: string | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showFormErrors = useFormErrors();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (v: Values) =>
      api.put(apiUrl('/api/calendar/years/{year}', { year: props.year! }), {
        note: v.note || undefined,
        days: v.days
          .filter((d) => d.day)
          .map((d) => ({ day: d.day!.format('YYYY-MM-DD'), kind: d.kind, name: d.name.trim() })),
      }),
    onSuccess: (r) => {
      void message.success(
        `已保存${r.year}年日历；重新计算了 ${r.clocksRecomputed} 项计时，其中 ${r.clocksChanged} 项届满日改变`,
      );
      void queryClient.invalidateQueries({ queryKey: CALENDAR_KEY });
      props.onClose();
    },
    onError: (e) => showFormErrors(form, e, { note: '说明', days: '日期' }),
  });

  useEffect(() => {
    if (props.year === null) return;
    form.setFieldsValue({
      note: props.note ?? '',
      days: props.days
        .slice()
        .sort((a, b) => a.day.localeCompare(b.day))
        .map((d) => ({ day: dayjs(d.day), kind: d.kind, name: d.name })),
    });
  }, [props.year, props.days, props.note, form]);

  const year = props.year ?? dayjs().year();
  return (
    <Drawer
      title={`编辑${year}年节假日与调休上班日`}
      open={props.year !== null}
      onClose={props.onClose}
      // Never wider than a phone's screen (a fixed 640 px would push the fields off its left edge).
      size="min(640px, 100vw)"
      forceRender
      extra={
        <Space>
          <Button onClick={props.onClose}>取消</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            保存
          </Button>
        </Space>
      }
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="只需列出例外的日子"
        description="未列出的日子按周一至周五上班、周六周日休息。请按国务院办公厅当年发布的通知，逐日录入放假日（节假日）和调休上班日。保存后，进行中的期限将按新日历重新计算。"
      />
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="note" label="说明" rules={[{ max: 200, message: '最多 200 个字' }]}>
          <Input placeholder="如：国办发明电〔2025〕7号" />
        </Form.Item>
        <Typography.Text strong>日期</Typography.Text>
        <Form.List name="days">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" wrap style={{ display: 'flex', marginTop: 8 }}>
                  <Form.Item
                    name={[field.name, 'day']}
                    rules={[
                      { required: true, message: '请选择日期' },
                      {
                        validator: (_, v: Dayjs | null) =>
                          !v || v.year() === year
                            ? Promise.resolve()
                            : Promise.reject(new Error(`应在${year}年内`)),
                      },
                    ]}
                  >
                    <DatePicker aria-label={`第 ${index + 1} 行日期`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'kind']} rules={[{ required: true, message: '请选择类型' }]}>
                    <Select
                      aria-label={`第 ${index + 1} 行类型`}
                      style={{ width: 156 }}
                      options={[
                        { value: 'holiday', label: '放假（休）' },
                        { value: 'workday', label: '调休上班（班）' },
                      ]}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[
                      { required: true, whitespace: true, message: '请输入名称' },
                      { max: 20, message: '最多 20 个字' },
                    ]}
                  >
                    <Input
                      aria-label={`第 ${index + 1} 行名称`}
                      placeholder="如 国庆节"
                      style={{ width: 160 }}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`删除第 ${index + 1} 行`}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                style={{ marginTop: 8 }}
                onClick={() => {
                  const rows: Row[] = form.getFieldValue('days') ?? [];
                  const last = rows[rows.length - 1];
                  add({
                    day: last?.day ? last.day.add(1, 'day') : null,
                    kind: last?.kind ?? 'holiday',
                    name: last?.name ?? '',
                  });
                }}
              >
                添加一天
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
