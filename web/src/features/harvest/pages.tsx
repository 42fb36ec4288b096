// The workbench pages of 林木采伐 (harvest quota, permits, transport-permit archive), for the page
// registry (web/src/pages.tsx).
import { ClusterOutlined, FileDoneOutlined, FundOutlined, HistoryOutlined } from '@ant-design/icons';
import { lazy, type ReactNode } from 'react';
import type { AppPage } from '../../pages.tsx';

const GROUP = '林木采伐';

export const HARVEST_PAGES: AppPage[] = [
  {
    path: '/harvest/quotas',
    title: '采伐限额',
    group: GROUP,
    audience: 'permission',
    permissions: ['harvest:read', 'harvest:quota'],
    icon: <FundOutlined />,
    component: lazy(() => import('./QuotaPage.tsx')),
  },
  {
    path: '/harvest/permits',
    title: '采伐许可证登记',
    group: GROUP,
    audience: 'permission',
    permissions: ['harvest:read', 'harvest:revoke'],
    icon: <FileDoneOutlined />,
    component: lazy(() => import('./PermitsPage.tsx')),
  },
  {
    path: '/harvest/transport',
    title: '木材运输证（历史）',
    group: GROUP,
    audience: 'permission',
    permissions: ['harvest:read', 'harvest:transport'],
    icon: <HistoryOutlined />,
    component: lazy(() => import('./TransportPage.tsx')),
  },
];

export const HARVEST_MENU_GROUP_ICONS: Record<string, ReactNode> = { [GROUP]: <ClusterOutlined /> };
