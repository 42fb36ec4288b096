// Account detail (drawer), with the same actions as the list row.
import { Button, Descriptions, Drawer, Result, Skeleton, Space, Tag, Tooltip } from 'antd';
import type { Account } from '../../api/types.ts';
import { useMe } from '../../auth/session.tsx';
import { errorText } from '../../components/errors.ts';
import { formatTime } from '../../components/format.ts';
import { useUnits } from '../org/api.ts';
import { unitTrail } from '../org/units.ts';
import { type AccountAction, actionsFor } from './account-actions.ts';
import { KIND_LABELS, useAccount } from './api.ts';

export function AccountDrawer(props: {
  id: string | undefined;
  onClose: () => void;
  onAction: (action: AccountAction, account: Account) => void;
}) {
  const me = useMe();
  const account = useAccount(props.id);
  const units = useUnits();
  const a = account.data;
  return (
    <Drawer title="账号详情" open={Boolean(props.id)} onClose={props.onClose} size={520}>
      {account.isPending ? (
        <Skeleton active />
      ) : account.isError ? (
        <Result status="warning" title="无法载入账号" subTitle={errorText(account.error)} />
      ) : a ? (
        <>
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label="用户名">{a.username}</Descriptions.Item>
            <Descriptions.Item label="姓名">{a.displayName}</Descriptions.Item>
            <Descriptions.Item label="类型">{KIND_LABELS[a.kind]}</Descriptions.Item>
            <Descriptions.Item label="所属单位">
              {unitTrail(units.data ?? [], a.unitId) || '—'}
            </Descriptions.Item>
            <Descriptions.Item label="角色">
              {a.roles.length ? a.roles.map((r) => <Tag key={r.id}>{r.name}</Tag>) : '未授权'}
            </Descriptions.Item>
            <Descriptions.Item label="状态">
              <StatusTags account={a} />
            </Descriptions.Item>
            {a.locked && <Descriptions.Item label="锁定至">{formatTime(a.lockedUntil)}</Descriptions.Item>}
            <Descriptions.Item label="动态口令">{a.totpEnabled ? '已绑定' : '未绑定'}</Descriptions.Item>
            {a.idNumberMask && <Descriptions.Item label="身份证号">{a.idNumberMask}</Descriptions.Item>}
            {a.creditCode && <Descriptions.Item label="统一社会信用代码">{a.creditCode}</Descriptions.Item>}
            {a.phoneMask && <Descriptions.Item label="手机号码">{a.phoneMask}</Descriptions.Item>}
            <Descriptions.Item label="最近登录">{formatTime(a.lastLoginAt)}</Descriptions.Item>
          </Descriptions>
          <Space wrap style={{ marginTop: 16 }}>
            {actionsFor(me, a).map((x) => (
              <Button key={x.key} danger={x.danger} onClick={() => props.onAction(x.key, a)}>
                {x.label}
              </Button>
            ))}
          </Space>
        </>
      ) : null}
    </Drawer>
  );
}

export function StatusTags({ account }: { account: Account }) {
  return (
    <Space size={4} wrap>
      {account.status === 'disabled' ? <Tag color="default">已停用</Tag> : <Tag color="green">启用</Tag>}
      {account.locked && (
        <Tooltip title={`锁定至 ${formatTime(account.lockedUntil)}`}>
          <Tag color="red">已锁定</Tag>
        </Tooltip>
      )}
      {account.mustChangePassword && <Tag color="orange">待改口令</Tag>}
    </Space>
  );
}
