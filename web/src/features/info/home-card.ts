// Information work's home card (工作台首页): a unit's week and quarter, or the office's queue.
import { lazy } from 'react';
import { registerHomeCard } from '../../home/cards.ts';

registerHomeCard({
  key: 'info.summary',
  order: 150,
  span: 12,
  audience: 'permission',
  permissions: ['info:submit', 'info:review'],
  component: lazy(() => import('./InfoCard.tsx')),
});
