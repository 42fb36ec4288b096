// 政府信息公开指南: the office revises the guide — each of the parts the Regulations require, and the
// office's address, hours and phone — and every save is a new version; earlier ones stay listed.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, List, Row, Skeleton, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { api } from '../../api/client.ts';
import { can } from '../../auth/access.ts';
import { useMe } from '../../auth/session.tsx';
import { useFormErrors } from '../../components/errors.ts';
import { formatTime } from '../../components/format.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { OPENNESS_KEY, useGuide } from './api.ts';

interface Values {
  title: string;
  sections: Record<string, string>;
  officeAddress: string;
  officeHours: string;
  officePhone: string;
  note?: string;
}

export default function GuidePage() {
  const guide = useGuide();
  const me = useMe();
  const mayEdit = can(me, 'openness:guide');
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showFormErrors = useFormErrors();
  const qc = useQueryClient();
  const current = guide.data?.current ?? null;
  const parts = guide.data?.parts ?? [];
  const labels: Record<string, string> = {
    title: '指南标题',
    sections: '指南内容',
    officeAddress: '办公地址',
    officeHours: '办公时间',
    officePhone: '联系电话',
    note: '修订说明',
    ...Object.fromEntries(parts.map((p) => [`sections/${p.key}`, p.title.replace(/^[一二三四五六]、/, '')])),
  };

  useEffect(() => {
    if (!guide.data) return;
    const c = guide.data.current;
    form.setFieldsValue(
      c
        ? {
            title: c.title,
            sections: { ...c.sections },
            officeAddress: c.officeAddress,
            officeHours: c.officeHours,
            officePhone: c.officePhone,
            note: '',
          }
        : { title: '河南省林业局政府信息公开指南', sections: {} },
    );
  }, [guide.data, form]);

  const save = useMutation({
    mutationFn: (v: Values) =>
      api.post('/api/openness/guide', {
        title: v.title,
        sections: v.sections,
        officeAddress: v.officeAddress,
        officeHours: v.officeHours,
        officePhone: v.officePhone,
        note: v.note ?? '',
        baseVersion: current?.version ?? 0,
      }),
    onSuccess: (g) => {
      void message.success(`已发布第 ${g.version} 版`);
      void qc.invalidateQueries({ queryKey: [...OPENNESS_KEY, 'guide'] });
    },
    onError: (e) => {
      // The API names section fields "sections/scope"; the form's are ['sections', 'scope'].
      showFormErrors(form, e, labels);
    },
  });

  if (guide.isPending)
    return (
      <PageContainer>
        <Skeleton active />
      </PageContainer>
    );

  return (
    <PageContainer
      subTitle={
        current
          ? `现行第 ${current.version} 版，${formatTime(current.createdAt)} 由 ${current.createdByName} 发布`
          : '尚未发布'
      }
      extra={
        <a href="/openness/guide" target="_blank" rel="noreferrer">
          查看公开页面
        </a>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title={mayEdit ? '修订指南' : '现行指南'}>
            {!current ? (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 16 }}
                title="政府信息公开指南尚未发布：《政府信息公开条例》要求行政机关编制并公布指南。"
              />
            ) : null}
            <Form form={form} layout="vertical" disabled={!mayEdit} onFinish={(v) => save.mutate(v)}>
              <Form.Item
                name="title"
                label={labels.title}
                rules={[{ required: true, message: '请填写指南标题' }]}
              >
                <Input maxLength={60} />
              </Form.Item>
              {parts.map((p) => (
                <Form.Item
                  key={p.key}
                  name={['sections', p.key]}
                  label={p.title}
                  rules={[{ required: true, whitespace: true, message: '指南必须写明这一部分' }]}
                >
                  <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={10000} />
                </Form.Item>
              ))}
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="officeAddress"
                    label={labels.officeAddress}
                    rules={[{ required: true, message: '请填写办公地址' }]}
                  >
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="officePhone"
                    label={labels.officePhone}
                    rules={[{ required: true, message: '请填写联系电话' }]}
                  >
                    <Input maxLength={60} placeholder="如 0371-65500000" />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item
                name="officeHours"
                label={labels.officeHours}
                rules={[{ required: true, message: '请填写办公时间' }]}
              >
                <Input maxLength={100} />
              </Form.Item>
              {mayEdit ? (
                <>
                  <Form.Item name="note" label={labels.note} extra="说明本次修订了什么，列入历史版本">
                    <Input maxLength={200} />
                  </Form.Item>
                  <Space>
                    <Button type="primary" htmlType="submit" loading={save.isPending}>
                      发布新版本
                    </Button>
                  </Space>
                </>
              ) : null}
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title="历史版本">
            <List
              size="small"
              dataSource={guide.data?.versions ?? []}
              locale={{ emptyText: '尚无版本' }}
              renderItem={(v) => (
                <List.Item>
                  <Space orientation="vertical" size={0}>
                    <a
                      href={
                        v.version === current?.version
                          ? '/openness/guide'
                          : `/openness/guide?version=${v.version}`
                      }
                      target="_blank"
                      rel="noreferrer"
                    >
                      第 {v.version} 版
                    </a>
                    <Typography.Text type="secondary">
                      {formatTime(v.createdAt)} {v.createdByName}
                      {v.note ? `：${v.note}` : ''}
                    </Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
