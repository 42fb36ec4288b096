// Registers the services card on the workbench home page.
import { lazy } from 'react';
import { registerHomeCard } from '../../home/cards.ts';

registerHomeCard({
  key: 'services.cases',
  order: 110,
  span: 12,
  audience: 'permission',
  permissions: ['services:read'],
  component: lazy(() => import('./ServicesHomeCard.tsx')),
});
