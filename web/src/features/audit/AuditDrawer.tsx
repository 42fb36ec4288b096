// One audit record with its place in the SM3 hash chain.
import { Alert, Descriptions, Drawer, Tag, Typography } from 'antd';
import type { AuditRecord } from '../../api/types.ts';
import { formatTime } from '../../components/format.ts';
import { actionLabel, objectTypeLabel, RESULT_LABELS } from './labels.ts';

export function ResultTag({ result }: { result: string }) {
  const r = RESULT_LABELS[result];
  return <Tag color={r?.color}>{r?.text ?? result}</Tag>;
}

function Hash({ value }: { value: string }) {
  return (
    <Typography.Text code copyable style={{ wordBreak: 'break-all', fontSize: 12 }}>
      {value}
    </Typography.Text>
  );
}

export function AuditDrawer(props: {
  record: AuditRecord | null;
  open: boolean;
  missing: number | null;
  onClose: () => void;
}) {
  const r = props.record;
  return (
    <Drawer
      title={r ? `审计记录 #${r.seq}` : '审计记录'}
      open={props.open}
      onClose={props.onClose}
      size={640}
    >
      {!r ? (
        props.missing !== null && (
          <Alert
            type="warning"
            showIcon
            title={`当前页中没有第 ${props.missing} 条记录`}
            description="请调整筛选条件或翻页后再打开。"
          />
        )
      ) : (
        <>
          <Descriptions column={1} bordered size="small" styles={{ label: { width: 120 } }}>
            <Descriptions.Item label="序号">{r.seq}</Descriptions.Item>
            <Descriptions.Item label="时间">{formatTime(r.at, true)}</Descriptions.Item>
            <Descriptions.Item label="操作人">
              {r.actorName ?? '匿名'}
              {r.actorId && (
                <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                  {r.actorId}
                </Typography.Text>
              )}
            </Descriptions.Item>
            <Descriptions.Item label="操作">
              {actionLabel(r.action)} <Typography.Text type="secondary">{r.action}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="对象">
              {objectTypeLabel(r.objectType)} {r.objectId ?? ''}
            </Descriptions.Item>
            <Descriptions.Item label="结果">
              <ResultTag result={r.result} />
            </Descriptions.Item>
            <Descriptions.Item label="来源地址">{r.ip ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="请求编号">{r.requestId ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="详情">
              {r.detail === null || r.detail === undefined ? (
                '—'
              ) : (
                <pre className="lz-json">{JSON.stringify(r.detail, null, 2)}</pre>
              )}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            哈希链
          </Typography.Title>
          <Typography.Paragraph type="secondary">
            本条哈希 = SM3（前一条哈希 ‖
            本条内容）。任何一条被修改、删除或插入，其后的链接都将对不上，“校验审计链”会指出第一处断开。
          </Typography.Paragraph>
          <Descriptions column={1} bordered size="small" styles={{ label: { width: 120 } }}>
            <Descriptions.Item label="前一条哈希">
              <Hash value={r.prevHash} />
            </Descriptions.Item>
            <Descriptions.Item label="本条哈希">
              <Hash value={r.hash} />
            </Descriptions.Item>
          </Descriptions>
        </>
      )}
    </Drawer>
  );
}
