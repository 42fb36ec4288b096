// 窗口重置密码: a citizen or a company's agent who cannot recover the account online comes to the
// counter with the identity document. The clerk finds the account by the number on the document,
// confirms the original was checked, and hands over a one-time reset code on a slip; the person sets
// the new password themselves on the public site (the clerk never learns it).
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  Radio,
  Result,
  Select,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api, apiUrl, type Reply } from '../../api/client.ts';
import { useFormErrors } from '../../components/errors.ts';
import { formatTime } from '../../components/format.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';

type Found = Reply<'/api/counter/accounts/lookup', 'post'>;
type Issued = Reply<'/api/counter/accounts/{id}/reset', 'post'>;
type Kind = Found['kind'];

const DOCUMENTS: Record<Kind, string[]> = {
  citizen: ['居民身份证', '临时居民身份证'],
  org: ['营业执照', '事业单位法人证书', '社会团体法人登记证书', '其他登记证书'],
};

/** "ABCD2345" → "ABCD 2345", read aloud and copied from the slip without doubt. */
const groupCode = (code: string) => code.replace(/(.{4})(?=.)/g, '$1 ');

export default function CounterResetPage() {
  const [lookupForm] = Form.useForm<{ kind: Kind; number: string }>();
  const [resetForm] = Form.useForm<{
    documentType: string;
    checked: boolean;
    agentName?: string;
    agentIdNumber?: string;
  }>();
  const showFormErrors = useFormErrors();
  const [found, setFound] = useState<{ account: Found; number: string } | null>(null);
  const [issued, setIssued] = useState<Issued | null>(null);
  const kind = Form.useWatch('kind', lookupForm) ?? 'citizen';
  const lookup = useMutation({
    mutationFn: (v: { kind: Kind; number: string }) => api.post('/api/counter/accounts/lookup', v),
  });
  const issue = (v: {
    id: string;
    kind: Kind;
    number: string;
    documentType: string;
    checked: boolean;
    agentName?: string;
    agentIdNumber?: string;
  }) => {
    const { id, ...body } = v;
    return api.post(apiUrl('/api/counter/accounts/{id}/reset', { id }), body);
  };
  const reset = useMutation({
    mutationFn: (v: Parameters<typeof issue>[0]) => issue(v),
  });
  const startOver = () => {
    setFound(null);
    setIssued(null);
    lookupForm.resetFields();
    resetForm.resetFields();
  };

  return (
    <PageContainer subTitle="核验证件原件后出具一次性重置码，由本人在网上自设新密码">
      <Card style={{ maxWidth: 760 }}>
        {!found && !issued && (
          <Form
            form={lookupForm}
            layout="vertical"
            initialValues={{ kind: 'citizen' }}
            onFinish={(v) =>
              lookup.mutate(v, {
                onSuccess: (account) => setFound({ account, number: v.number }),
                onError: (e) => showFormErrors(lookupForm, e, { number: '证件号码' }),
              })
            }
          >
            <Form.Item name="kind" label="账号类型">
              <Radio.Group
                options={[
                  { value: 'citizen', label: '个人（居民身份证）' },
                  { value: 'org', label: '法人（统一社会信用代码）' },
                ]}
              />
            </Form.Item>
            <Form.Item
              name="number"
              label={kind === 'citizen' ? '居民身份证号码' : '统一社会信用代码'}
              rules={[{ required: true, message: '请照证件原件输入号码' }]}
              extra="照证件原件输入，不要照来人口述"
            >
              <Input maxLength={30} autoComplete="off" style={{ maxWidth: 320 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={lookup.isPending}>
              查找账号
            </Button>
          </Form>
        )}

        {found && !issued && (
          <div>
            <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }}>
              <Descriptions.Item label="用户名">{found.account.username}</Descriptions.Item>
              <Descriptions.Item label="名称">{found.account.displayName}</Descriptions.Item>
              <Descriptions.Item label={found.account.kind === 'citizen' ? '身份证号' : '统一社会信用代码'}>
                {found.account.identity}
              </Descriptions.Item>
              <Descriptions.Item label="登记的手机">{found.account.phoneMask ?? '未登记'}</Descriptions.Item>
              <Descriptions.Item label="登记的邮箱">{found.account.emailMask ?? '未登记'}</Descriptions.Item>
            </Descriptions>
            {found.account.status !== 'active' && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 16 }}
                title="该账号已停用，不能重置密码"
              />
            )}
            <Form
              form={resetForm}
              layout="vertical"
              initialValues={{ documentType: DOCUMENTS[found.account.kind][0], checked: false }}
              onFinish={(v) =>
                reset.mutate(
                  { ...v, id: found.account.id, kind: found.account.kind, number: found.number },
                  {
                    onSuccess: setIssued,
                    onError: (e) =>
                      showFormErrors(resetForm, e, {
                        documentType: '核验的证件',
                        checked: '核验确认',
                        agentName: '经办人姓名',
                        agentIdNumber: '经办人身份证号码',
                      }),
                  },
                )
              }
            >
              <Form.Item name="documentType" label="核验的证件">
                <Select
                  options={DOCUMENTS[found.account.kind].map((d) => ({ value: d, label: d }))}
                  style={{ maxWidth: 320 }}
                />
              </Form.Item>
              {found.account.kind === 'org' && (
                <Space wrap>
                  <Form.Item
                    name="agentName"
                    label="经办人姓名"
                    rules={[{ required: true, message: '请填写经办人姓名' }]}
                  >
                    <Input maxLength={50} />
                  </Form.Item>
                  <Form.Item
                    name="agentIdNumber"
                    label="经办人居民身份证号码"
                    rules={[{ required: true, message: '请照经办人身份证填写' }]}
                  >
                    <Input maxLength={30} autoComplete="off" />
                  </Form.Item>
                </Space>
              )}
              <Form.Item name="checked" valuePropName="checked">
                <Checkbox>
                  已核验证件原件，来人与证件相符{found.account.kind === 'org' ? '，并已留存授权委托书' : ''}
                </Checkbox>
              </Form.Item>
              <Space>
                <Button
                  type="primary"
                  htmlType="submit"
                  loading={reset.isPending}
                  disabled={found.account.status !== 'active'}
                >
                  出具重置码
                </Button>
                <Button onClick={startOver}>返回</Button>
              </Space>
            </Form>
          </div>
        )}

        {issued && (
          <Result
            status="success"
            title="重置码已出具"
            subTitle={`请抄写或打印给 ${issued.account.displayName}（用户名 ${issued.account.username}），并请本人在有效期内自行设置新密码`}
            extra={
              <div style={{ textAlign: 'left', maxWidth: 460, margin: '0 auto' }}>
                <div
                  className="lz-counter-slip"
                  style={{ border: '1px dashed #999', padding: 16, marginBottom: 16 }}
                >
                  <Typography.Paragraph style={{ marginBottom: 4 }}>
                    用户名：{issued.account.username}
                  </Typography.Paragraph>
                  <Typography.Paragraph style={{ marginBottom: 4 }}>
                    重置码：
                    <Typography.Text strong style={{ fontSize: 22, letterSpacing: 2 }}>
                      {groupCode(issued.code)}
                    </Typography.Text>
                  </Typography.Paragraph>
                  <Typography.Paragraph style={{ marginBottom: 4 }}>
                    有效至：{formatTime(issued.expiresAt)}
                  </Typography.Paragraph>
                  <Typography.Paragraph style={{ marginBottom: 0 }} type="secondary">
                    在网站“登录 → 忘记密码 →
                    已有重置码”中填写用户名、重置码并设置新密码。重置码只能使用一次，请勿告诉他人。
                  </Typography.Paragraph>
                </div>
                <Space>
                  <Button onClick={() => window.print()}>打印</Button>
                  <Button type="primary" onClick={startOver}>
                    办理下一位
                  </Button>
                </Space>
              </div>
            }
          />
        )}
      </Card>
    </PageContainer>
  );
}
