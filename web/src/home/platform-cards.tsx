// The platform's own home cards: welcome, calendar, unread messages, and one per administrator.
// They are small, so they load with the home page; a module's heavier card can be React.lazy.

import AuditAdminCard from './cards/AuditAdminCard.tsx';
import CalendarCard from './cards/CalendarCard.tsx';
import NotificationsCard from './cards/NotificationsCard.tsx';
import SecurityAdminCard from './cards/SecurityAdminCard.tsx';
import SystemAdminCard from './cards/SystemAdminCard.tsx';
import WelcomeCard from './cards/WelcomeCard.tsx';
import { registerHomeCard } from './cards.ts';

registerHomeCard({
  key: 'platform.welcome',
  order: 0,
  span: 24,
  audience: 'everyone',
  component: WelcomeCard,
});

registerHomeCard({
  key: 'platform.calendar',
  order: 10,
  span: 12,
  audience: 'business',
  permissions: ['system:calendar'],
  component: CalendarCard,
});

registerHomeCard({
  key: 'platform.notifications',
  order: 20,
  span: 12,
  audience: 'everyone',
  component: NotificationsCard,
});

registerHomeCard({
  key: 'platform.admin.system',
  order: 5,
  span: 12,
  audience: 'permission',
  permissions: ['system:units', 'system:people', 'system:accounts', 'system:settings', 'system:calendar'],
  when: (me) => me.adminKind === 'system',
  component: SystemAdminCard,
});

registerHomeCard({
  key: 'platform.admin.security',
  order: 5,
  span: 12,
  audience: 'permission',
  permissions: ['security:lockouts', 'security:grants', 'security:roles'],
  when: (me) => me.adminKind === 'security',
  component: SecurityAdminCard,
});

registerHomeCard({
  key: 'platform.admin.audit',
  order: 5,
  span: 12,
  audience: 'permission',
  permissions: ['audit:read'],
  when: (me) => me.adminKind === 'audit',
  component: AuditAdminCard,
});
