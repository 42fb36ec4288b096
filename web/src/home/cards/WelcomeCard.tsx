import { Card, Descriptions, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMe } from '../../auth/session.tsx';
import { chinaNow } from '../../components/format.ts';
import { useUnits } from '../../features/org/api.ts';
import { unitTrail } from '../../features/org/units.ts';

const BUILTIN_ROLE_NAMES: Record<string, string> = {
  sysadmin: '系统管理员',
  secadmin: '安全管理员',
  auditadmin: '审计管理员',
};

const PASSWORD_MAX_AGE_DAYS = 90;

function greeting(hour: number): string {
  if (hour < 6) return '夜深了';
  if (hour < 12) return '上午好';
  if (hour < 14) return '中午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}

export default function WelcomeCard() {
  const me = useMe();
  const units = useUnits();
  const now = dayjs();
  const china = chinaNow();
  const unit = me.unitId ? unitTrail(units.data ?? [], me.unitId) || '—' : '未归属单位';
  const expiresIn = me.passwordChangedAt
    ? PASSWORD_MAX_AGE_DAYS - now.diff(dayjs(me.passwordChangedAt), 'day')
    : null;
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {greeting(china.hour)}，{me.displayName}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        今天是 {dayjs(china.day).format('YYYY年M月D日 dddd')}。
      </Typography.Paragraph>
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label="所在单位">{unit}</Descriptions.Item>
        <Descriptions.Item label="角色">
          {me.roles.length === 0
            ? '尚未授权'
            : me.roles.map((r) => (
                <Tag key={r} color={me.adminKind ? 'gold' : 'green'}>
                  {me.roleNames?.[r] ?? BUILTIN_ROLE_NAMES[r] ?? r}
                </Tag>
              ))}
        </Descriptions.Item>
        <Descriptions.Item label="账号">{me.username}</Descriptions.Item>
      </Descriptions>
      {expiresIn !== null && expiresIn <= 14 && (
        <Typography.Text type="warning">
          您的口令将在 {Math.max(0, expiresIn)} 天后到期，请及时通过右上角用户菜单修改。
        </Typography.Text>
      )}
    </Card>
  );
}
