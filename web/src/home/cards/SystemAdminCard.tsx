import { ToolOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Row, Space, Statistic } from 'antd';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { can } from '../../auth/access.ts';
import { useMe } from '../../auth/session.tsx';
import { useCalendarStatus } from '../../features/calendar/api.ts';
import { useUnits } from '../../features/org/api.ts';

export default function SystemAdminCard() {
  const me = useMe();
  const navigate = useNavigate();
  const units = useUnits();
  const accounts = useQuery({
    queryKey: ['accounts', 'count', 'staff'],
    queryFn: () => api.get('/api/accounts', { kind: 'staff', pageSize: 1 }),
    enabled: can(me, 'system:accounts'),
  });
  const calendar = useCalendarStatus();
  const links = [
    { perm: 'system:units', path: '/units', label: '单位管理' },
    { perm: 'system:people', path: '/people', label: '人员与领导分管' },
    { perm: 'system:accounts', path: '/accounts', label: '账号管理' },
    { perm: 'system:calendar', path: '/calendar', label: '工作日历' },
    { perm: 'system:settings', path: '/settings', label: '系统设置' },
  ].filter((l) => can(me, l.perm));

  return (
    <Card
      title={
        <Space>
          <ToolOutlined />
          系统管理员工作
        </Space>
      }
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {calendar.data?.warning && (
          <Alert
            type="warning"
            showIcon
            title={calendar.data.warning}
            action={
              <Button size="small" onClick={() => navigate('/calendar')}>
                维护日历
              </Button>
            }
          />
        )}
        <Row gutter={16}>
          <Col span={12}>
            <Statistic title="单位" value={units.data?.length ?? '—'} suffix={units.data ? '个' : ''} />
          </Col>
          <Col span={12}>
            <Statistic
              title="工作人员账号"
              value={accounts.data?.total ?? '—'}
              suffix={accounts.data ? '个' : ''}
            />
          </Col>
        </Row>
        <Space wrap>
          {links.map((l) => (
            <Button key={l.path} onClick={() => navigate(l.path)}>
              {l.label}
            </Button>
          ))}
        </Space>
      </Space>
    </Card>
  );
}
