// Supervision's home card: my open items by deadline colour.
import { lazy } from 'react';
import { registerHomeCard } from '../../home/cards.ts';

registerHomeCard({
  key: 'supervision.mine',
  order: 110,
  span: 12,
  audience: 'permission',
  permissions: ['supervision:read', 'supervision:manage', 'supervision:report', 'supervision:lead'],
  component: lazy(() => import('./SupervisionCard.tsx')),
});
