// 起草答复: the reply as the writer will read it and, when the writer consented and the reply is to
// be published, its public question and answer — with personal data removed in a redaction step:
// 脱敏建议 marks phone and ID numbers, e-mail addresses and names, and fills in the redacted texts
// for the drafter to check and edit (预览 shows them as the public page will).
import { Alert, App, Button, Card, Checkbox, Form, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useFormErrors } from '../../components/errors.ts';
import { fetchRedaction, type LetterDetail, type RedactionPreview, useLetterStep } from './api.ts';

const KIND_LABELS: Record<string, string> = {
  phone: '电话',
  idNumber: '身份证号',
  email: '邮箱',
  name: '姓名',
  address: '地址',
};

const LABELS = {
  reply: '答复内容',
  publicQuestion: '公开的来信内容',
  publicAnswer: '公开的答复内容',
  publish: '公开',
};

export function ReplyEditor({ letter }: { letter: LetterDetail }) {
  const [form] = Form.useForm();
  const step = useLetterStep(letter.id);
  const showErrors = useFormErrors();
  const { message } = App.useApp();
  const [spans, setSpans] = useState<RedactionPreview | null>(null);
  const [suggesting, setSuggesting] = useState(false);
  const publish = Form.useWatch('publish', form) as boolean | undefined;
  const publishable = letter.consentPublish && letter.channel !== 'report' && letter.channel !== 'prereview';

  const suggest = async () => {
    setSuggesting(true);
    try {
      const v = form.getFieldsValue();
      const r = await fetchRedaction(letter.id, {
        question: v.publicQuestion?.trim() ? v.publicQuestion : letter.body,
        answer: v.publicAnswer?.trim() ? v.publicAnswer : (v.reply ?? ''),
      });
      setSpans(r);
      form.setFieldsValue({ publicQuestion: r.question.redacted, publicAnswer: r.answer.redacted });
    } catch (e) {
      showErrors(form, e, LABELS);
    } finally {
      setSuggesting(false);
    }
  };

  const save = (submit: boolean) =>
    form.validateFields().then((v) =>
      step.mutate(
        {
          step: 'draft',
          body: {
            reply: v.reply,
            publish: Boolean(v.publish),
            publicQuestion: v.publish ? v.publicQuestion : undefined,
            publicAnswer: v.publish ? v.publicAnswer : undefined,
            submit,
          },
        },
        {
          onSuccess: () => void message.success(submit ? '已提交单位负责人审核' : '草稿已保存'),
          onError: (e) => showErrors(form, e, LABELS),
        },
      ),
    );

  const found = [...(spans?.question.spans ?? []), ...(spans?.answer.spans ?? [])];
  return (
    <Card title="起草答复" size="small">
      {letter.returnNote ? (
        <Alert
          type="warning"
          showIcon
          title={`退回意见：${letter.returnNote}`}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          reply: letter.replyDraft ?? '',
          publish: letter.publishRequested,
          publicQuestion: letter.publicQuestion ?? '',
          publicAnswer: letter.publicAnswer ?? '',
        }}
      >
        <Form.Item
          name="reply"
          label="答复内容（发送给来信人）"
          rules={[{ required: true, whitespace: true, message: '请填写答复内容' }]}
        >
          <Input.TextArea rows={8} maxLength={5000} showCount />
        </Form.Item>
        {publishable ? (
          <Form.Item name="publish" valuePropName="checked">
            <Checkbox>在网站“答复公开”中公开（来信人已同意公开；须先脱敏）</Checkbox>
          </Form.Item>
        ) : (
          <Typography.Paragraph type="secondary">
            {letter.consentPublish ? '本栏目的来信不公开。' : '来信人未同意公开，答复不会在网站公开。'}
          </Typography.Paragraph>
        )}
        {publish ? (
          <>
            <Space style={{ marginBottom: 12 }} wrap>
              <Button onClick={suggest} loading={suggesting}>
                脱敏建议
              </Button>
              <Typography.Text type="secondary">
                自动标出电话、身份证号、邮箱和姓名，请逐项核对
              </Typography.Text>
            </Space>
            {spans ? (
              <div style={{ marginBottom: 12 }}>
                {found.length ? (
                  <Space size={[4, 4]} wrap>
                    <Typography.Text>已替换：</Typography.Text>
                    {found.map((s) => (
                      <Tag key={`${s.start}-${s.end}-${s.text}`} color="orange">
                        {KIND_LABELS[s.kind] ?? s.kind}：{s.text}
                      </Tag>
                    ))}
                  </Space>
                ) : (
                  <Typography.Text type="secondary">没有发现需要脱敏的个人信息。</Typography.Text>
                )}
              </div>
            ) : null}
            <Form.Item
              name="publicQuestion"
              label="公开的来信内容（脱敏后）"
              rules={[{ required: true, whitespace: true, message: '请填写公开的来信内容' }]}
            >
              <Input.TextArea rows={5} maxLength={3000} showCount />
            </Form.Item>
            <Form.Item
              name="publicAnswer"
              label="公开的答复内容（脱敏后）"
              rules={[{ required: true, whitespace: true, message: '请填写公开的答复内容' }]}
            >
              <Input.TextArea rows={5} maxLength={5000} showCount />
            </Form.Item>
          </>
        ) : null}
        <Space>
          <Button onClick={() => save(false)} loading={step.isPending}>
            保存草稿
          </Button>
          <Button type="primary" onClick={() => save(true)} loading={step.isPending}>
            提交单位负责人审核
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
