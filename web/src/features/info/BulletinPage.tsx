// 信息专报：一期 — while a draft, the composer (order, titles and text as printed, 报/送, save,
// issue); once issued, the issue as it prints (red masthead, 期号, office and date, items with their
// source, 报/送), its Word file, and the leaders' instructions with the form to record one.
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  List,
  Modal,
  Radio,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { api, apiUrl } from '../../api/client.ts';
import { can } from '../../auth/access.ts';
import { useMe } from '../../auth/session.tsx';
import { useFormErrors, useShowError } from '../../components/errors.ts';
import { formatDocumentDate, formatTime } from '../../components/format.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { type Bulletin, INFO_KEY } from './api.ts';

type Entry = { itemId: string; title: string; body: string; unitName: string };

function Composer({ b }: { b: Bulletin }) {
  const qc = useQueryClient();
  const { message, modal } = App.useApp();
  const showError = useShowError();
  const [title, setTitle] = useState(b.title);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [reportTo, setReportTo] = useState<string[]>(b.reportTo);
  const [sendTo, setSendTo] = useState<string[]>(b.sendTo);
  useEffect(() => {
    setEntries(
      b.items.map((i) => ({ itemId: i.itemId, title: i.title, body: i.body, unitName: i.unitName })),
    );
  }, [b.items]);
  const save = useMutation({
    mutationFn: () =>
      api.put(apiUrl('/api/info/bulletins/{id}', { id: b.id }), {
        title,
        items: entries.map((e) => ({ itemId: e.itemId, title: e.title, body: e.body })),
        reportTo,
        sendTo,
      }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: INFO_KEY });
      void message.success('已保存');
    },
    onError: showError,
  });
  const issue = useMutation({
    mutationFn: async () => {
      await save.mutateAsync();
      return api.post(apiUrl('/api/info/bulletins/{id}/issue', { id: b.id }));
    },
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: INFO_KEY });
      void message.success(`已印发${r.number ?? ''}`);
    },
    onError: showError,
  });
  const move = (i: number, d: -1 | 1) =>
    setEntries((xs) => {
      const next = [...xs];
      const j = i + d;
      if (j < 0 || j >= next.length) return xs;
      [next[i], next[j]] = [next[j], next[i]];
      return next;
    });
  const patch = (i: number, p: Partial<Entry>) =>
    setEntries((xs) => xs.map((x, k) => (k === i ? { ...x, ...p } : x)));
  return (
    <Card title="编辑本期（草稿）">
      <Form layout="vertical" style={{ maxWidth: 960 }}>
        <Form.Item label="本期标题">
          <Input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={80}
            aria-label="本期标题"
          />
        </Form.Item>
        <List
          header={<Typography.Text strong>所刊信息（按顺序印出；修改只影响本期，原文保留）</Typography.Text>}
          bordered
          dataSource={entries}
          renderItem={(e, i) => (
            <List.Item
              actions={[
                <Button
                  key="up"
                  icon={<ArrowUpOutlined />}
                  aria-label="上移"
                  onClick={() => move(i, -1)}
                  disabled={i === 0}
                />,
                <Button
                  key="down"
                  icon={<ArrowDownOutlined />}
                  aria-label="下移"
                  onClick={() => move(i, 1)}
                  disabled={i === entries.length - 1}
                />,
                <Button
                  key="remove"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label="移出本期"
                  onClick={() => setEntries((xs) => xs.filter((_, k) => k !== i))}
                />,
              ]}
            >
              <Space direction="vertical" style={{ width: '100%' }}>
                <Input
                  value={e.title}
                  onChange={(ev) => patch(i, { title: ev.target.value })}
                  addonBefore={`${i + 1}`}
                  aria-label={`第 ${i + 1} 条标题`}
                />
                <Input.TextArea
                  value={e.body}
                  onChange={(ev) => patch(i, { body: ev.target.value })}
                  autoSize={{ minRows: 3, maxRows: 10 }}
                  aria-label={`第 ${i + 1} 条正文`}
                />
                <Typography.Text type="secondary">{e.unitName}供稿</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
        <Form.Item label="报：" style={{ marginTop: 16 }}>
          <Select mode="tags" value={reportTo} onChange={setReportTo} open={false} aria-label="报送范围" />
        </Form.Item>
        <Form.Item label="送：">
          <Select mode="tags" value={sendTo} onChange={setSendTo} open={false} aria-label="分送范围" />
        </Form.Item>
        <Space>
          <Button loading={save.isPending} onClick={() => save.mutate()}>
            保存
          </Button>
          <Button
            type="primary"
            loading={issue.isPending}
            onClick={() =>
              modal.confirm({
                title: '印发本期专报？',
                content: '印发后取得期号（本年度下一期），不能再修改；所刊信息按“局信息专报采用”计分。',
                okText: '印发',
                onOk: () => issue.mutateAsync(),
              })
            }
          >
            印发
          </Button>
          <a href={`/api/info/bulletins/${b.id}/docx`}>预览 Word</a>
        </Space>
      </Form>
    </Card>
  );
}

function Paper({ b }: { b: Bulletin }) {
  return (
    <div className="lz-bulletin-paper" style={{ background: '#fff', padding: '32px 40px', maxWidth: 820 }}>
      <div style={{ color: '#d00', textAlign: 'center', fontSize: 40, fontWeight: 700, letterSpacing: 4 }}>
        {b.publication}
      </div>
      <div style={{ textAlign: 'center', fontSize: 18, margin: '8px 0' }}>{b.number ?? '（未编号）'}</div>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          borderBottom: '2px solid #d00',
          paddingBottom: 6,
          fontSize: 16,
        }}
      >
        <span>{b.office}</span>
        <span>{formatDocumentDate(b.issuedAt ?? new Date().toISOString())}</span>
      </div>
      <h2 style={{ textAlign: 'center', margin: '24px 0 16px' }}>
        {b.items.length === 1 ? b.items[0].title : b.title}
      </h2>
      {b.items.map((i, k) => (
        <section key={i.itemId} style={{ marginBottom: 16 }}>
          {b.items.length > 1 && (
            <h3>
              {'一二三四五六七八九十'[k] ?? k + 1}、{i.title}
            </h3>
          )}
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized by the server on save (portal's sanitizeBody) */}
          <div className="article-body" dangerouslySetInnerHTML={{ __html: i.body }} />
          <div style={{ textAlign: 'right' }}>（{i.unitName}供稿）</div>
        </section>
      ))}
      <div style={{ borderTop: '1px solid #000', marginTop: 24, paddingTop: 8 }}>
        报：{b.reportTo.join('，')}。
      </div>
      {b.sendTo.length > 0 && (
        <div style={{ borderBottom: '1px solid #000', paddingBottom: 8 }}>送：{b.sendTo.join('，')}。</div>
      )}
    </div>
  );
}

function Instructions({ b }: { b: Bulletin }) {
  const me = useMe();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const showErrors = useFormErrors();
  const record = useMutation({
    mutationFn: (v: {
      itemId: string;
      leaderName: string;
      leaderTitle: string;
      leaderLevel: string;
      instructedAt: dayjs.Dayjs;
      text: string;
    }) =>
      api.post(apiUrl('/api/info/bulletins/{id}/instructions', { id: b.id }), {
        ...v,
        itemId: v.itemId === 'issue' ? null : v.itemId,
        instructedAt: v.instructedAt.toISOString(),
      }),
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: INFO_KEY });
      void message.success(
        `批示已录入${r.points ? `，报送单位加 ${r.points} 分` : ''}${r.supervisionNumber ? `，已立督查事项${r.supervisionNumber}` : ''}`,
      );
      form.resetFields();
      setOpen(false);
    },
    onError: (e) =>
      showErrors(form, e, {
        itemId: '批示对象',
        leaderName: '批示领导',
        leaderTitle: '职务',
        leaderLevel: '层级',
        instructedAt: '批示时间',
        text: '批示内容',
      }),
  });
  return (
    <Card
      title={`领导批示（${b.instructions.length}）`}
      extra={can(me, 'info:review') && <Button onClick={() => setOpen(true)}>录入批示</Button>}
      style={{ marginTop: 16 }}
    >
      {!b.supervisionListens && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="督查督办尚未接收专报批示：批示先记入本期专报并计分；督查督办接入后，录入批示时将在同一步自动立为督查事项，并在此显示督查编号。"
        />
      )}
      <List
        dataSource={b.instructions}
        locale={{ emptyText: '尚无领导批示' }}
        renderItem={(x) => {
          const on = x.itemId ? b.items.find((i) => i.itemId === x.itemId)?.title : null;
          return (
            <List.Item>
              <List.Item.Meta
                title={
                  <Space wrap>
                    {x.leaderTitle}
                    {x.leaderName}
                    <Typography.Text type="secondary">{formatTime(x.instructedAt)}</Typography.Text>
                    {x.points > 0 && <Tag color="purple">+{x.points} 分</Tag>}
                    {x.supervisionNumber && <Tag color="blue">督查事项 {x.supervisionNumber}</Tag>}
                  </Space>
                }
                description={
                  <>
                    <div>批示对象：{on ? `「${on}」` : '本期专报'}</div>
                    <div style={{ color: 'rgba(0,0,0,0.88)' }}>{x.text}</div>
                  </>
                }
              />
            </List.Item>
          );
        }}
      />
      <Modal
        open={open}
        title="录入领导批示"
        okText="录入"
        onCancel={() => setOpen(false)}
        confirmLoading={record.isPending}
        onOk={() => form.validateFields().then((v) => record.mutate(v))}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ itemId: 'issue', leaderLevel: 'provincial', instructedAt: dayjs() }}
        >
          <Form.Item name="itemId" label="批示对象">
            <Select
              options={[
                { value: 'issue', label: '本期专报（整体）' },
                ...b.items.map((i) => ({ value: i.itemId, label: i.title })),
              ]}
            />
          </Form.Item>
          <Space wrap>
            <Form.Item
              name="leaderName"
              label="批示领导"
              rules={[{ required: true, message: '请填写批示领导' }]}
            >
              <Input maxLength={20} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="leaderTitle" label="职务">
              <Input maxLength={40} style={{ width: 200 }} placeholder="如：副省长" />
            </Form.Item>
          </Space>
          <Form.Item name="leaderLevel" label="层级" extra="批示在某条信息上的，报送单位按系统设置加分">
            <Radio.Group
              options={[
                { value: 'provincial', label: '省领导' },
                { value: 'department', label: '局领导' },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="instructedAt"
            label="批示时间"
            rules={[{ required: true, message: '请填写批示时间' }]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          <Form.Item name="text" label="批示内容" rules={[{ required: true, message: '请录入批示内容' }]}>
            <Input.TextArea rows={4} maxLength={5000} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

export default function BulletinPage() {
  const { id = '' } = useParams();
  const q = useQuery({
    queryKey: [...INFO_KEY, 'bulletin', id],
    queryFn: () => api.get(apiUrl('/api/info/bulletins/{id}', { id })),
  });
  if (q.isPending) return <Skeleton active />;
  if (q.isError) return <Alert type="error" title="这一期专报无法打开" />;
  const b = q.data;
  return (
    <PageContainer
      title={b.number ? `${b.publication}${b.number}` : `${b.publication}（草稿）`}
      subTitle={b.title}
      extra={
        <Space>
          <a href={`/api/info/bulletins/${b.id}/docx`}>
            <Button>下载 Word</Button>
          </a>
          {b.status === 'issued' && (
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              打印
            </Button>
          )}
        </Space>
      }
    >
      {b.status === 'draft' ? <Composer b={b} /> : <Paper b={b} />}
      {b.status === 'issued' && <Instructions b={b} />}
    </PageContainer>
  );
}
