// The workbench pages of 网上办事, for the page registry (web/src/pages.tsx).
import {
  BarChartOutlined,
  FileProtectOutlined,
  FormOutlined,
  ShopOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { lazy } from 'react';
import type { AppPage } from '../../pages.tsx';

export const SERVICES_PAGES: AppPage[] = [
  {
    path: '/services/cases',
    title: '办件队列',
    group: '网上办事',
    audience: 'permission',
    permissions: ['services:read'],
    icon: <UnorderedListOutlined />,
    component: lazy(() => import('./CasesPage.tsx')),
  },
  {
    path: '/services/counter',
    title: '窗口收件',
    group: '网上办事',
    audience: 'permission',
    permissions: ['services:counter'],
    icon: <ShopOutlined />,
    component: lazy(() => import('./CounterDeskPage.tsx')),
  },
  {
    path: '/services/stats',
    title: '办件统计',
    group: '网上办事',
    audience: 'permission',
    permissions: ['services:stats'],
    icon: <BarChartOutlined />,
    component: lazy(() => import('./StatsPage.tsx')),
  },
  {
    path: '/services/items',
    title: '事项表单',
    group: '网上办事',
    audience: 'permission',
    permissions: ['services:items'],
    icon: <FormOutlined />,
    component: lazy(() => import('./ItemFormsPage.tsx')),
  },
];

export const SERVICES_MENU_GROUP_ICONS = { 网上办事: <FileProtectOutlined /> };
