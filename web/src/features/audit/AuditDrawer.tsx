// One audit record with its place in the SM3 hash chain.
import { Alert, Descriptions, Drawer, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { AuditRecord } from '../../api/types.ts';
import { formatTime } from '../../components/format.ts';
import { internalLink } from '../notifications/api.ts';
import { RESULT_LABELS } from './labels.ts';

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
              {r.operator.name}
              {r.operator.username && `（${r.operator.username}）`}
              {r.actorId && (
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  账号标识 {r.actorId}
                </Typography.Text>
              )}
            </Descriptions.Item>
            <Descriptions.Item label="所在单位">{r.operator.unit ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="操作">
              {r.actionName}{' '}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.action}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="对象">
              {!r.objectType ? (
                '—'
              ) : (
                <>
                  {r.object?.typeName ?? r.objectType}{' '}
                  {r.object?.label &&
                    (r.object.link && internalLink({ link: r.object.link }) ? (
                      <Link to={internalLink({ link: r.object.link })!}>{r.object.label}</Link>
                    ) : (
                      r.object.label
                    ))}
                  {r.objectId && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {r.object?.label
                        ? `标识 ${r.objectId}`
                        : `标识 ${r.objectId}（无对应的名称：对象已不存在或此类对象无名称）`}
                    </Typography.Text>
                  )}
                </>
              )}
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
