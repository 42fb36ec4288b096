// The workbench pages of 互动交流, for the page registry (web/src/pages.tsx).
import { BarChartOutlined, MailOutlined, MessageOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppPage } from '../../pages.tsx';

export const INTERACTION_PAGES: AppPage[] = [
  {
    path: '/interaction/letters',
    title: '来信办理',
    group: '互动交流',
    audience: 'permission',
    permissions: ['letters:triage', 'letters:read', 'letters:reply', 'letters:approve', 'letters:reports'],
    icon: <MailOutlined />,
    component: lazy(() => import('./LettersPage.tsx')),
  },
  {
    path: '/interaction/stats',
    title: '来信统计',
    group: '互动交流',
    audience: 'permission',
    permissions: ['letters:stats'],
    icon: <BarChartOutlined />,
    component: lazy(() => import('./LetterStatsPage.tsx')),
  },
];

export const INTERACTION_MENU_GROUP_ICONS = { 互动交流: <MessageOutlined /> };
