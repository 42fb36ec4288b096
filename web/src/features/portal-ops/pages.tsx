// The portal operations' workbench pages, listed in the workbench's page registry (pages.tsx).
// They sit in the portal's menu group (门户网站).
import {
  BarChartOutlined,
  CloudSyncOutlined,
  DashboardOutlined,
  DisconnectOutlined,
  ShopOutlined,
} from '@ant-design/icons';
import { lazy } from 'react';
import type { AppPage } from '../../pages.tsx';

const GROUP = '门户网站';

export const PORTAL_OPS_PAGES: AppPage[] = [
  {
    path: '/portal-ops/freshness',
    title: '栏目更新监测',
    group: GROUP,
    audience: 'permission',
    permissions: ['portal:freshness', 'portal:edit'],
    icon: <DashboardOutlined />,
    component: lazy(() => import('./FreshnessPage.tsx')),
  },
  {
    path: '/portal-ops/stats',
    title: '访问统计',
    group: GROUP,
    audience: 'permission',
    permissions: ['portal:stats'],
    icon: <BarChartOutlined />,
    component: lazy(() => import('./StatsPage.tsx')),
  },
  {
    path: '/portal-ops/feeds',
    title: '信息采集',
    group: GROUP,
    audience: 'permission',
    permissions: ['portal:feeds'],
    icon: <CloudSyncOutlined />,
    component: lazy(() => import('./FeedsPage.tsx')),
  },
  {
    path: '/portal-ops/board',
    title: '供求信息审核',
    group: GROUP,
    audience: 'permission',
    permissions: ['portal:moderate'],
    icon: <ShopOutlined />,
    component: lazy(() => import('./BoardPage.tsx')),
  },
  {
    path: '/portal-ops/links',
    title: '链接检查',
    group: GROUP,
    audience: 'permission',
    permissions: ['portal:links'],
    icon: <DisconnectOutlined />,
    component: lazy(() => import('./LinksPage.tsx')),
  },
];
