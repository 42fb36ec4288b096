// The public interaction module (互动交流): its API, its public pages, the reply clock and its
// ladder, the letters as clock subjects, the published replies in the site search, and the 互动交流
// columns of the portal leading to its pages.
import { type ActionsOf, defineAuditActions } from '../../platform/audit/actions.ts';
import { inTransaction, systemCtx } from '../../platform/context.ts';
import type { Module } from '../../platform/module.ts';
import { registerSearchSource } from '../../platform/search/index.ts';
import { loadInteractionDemoIfEmpty } from './demo.ts';
import { INTERACTION_AUDIT_OBJECTS } from './interaction.audit-objects.ts';
import { INTERACTION_ERRORS } from './interaction.errors.ts';
import { INTERACTION_PERMISSIONS } from './interaction.policy.ts';
import { registerInteractionRoutes } from './interaction.routes.ts';
import { INTERACTION_SETTINGS, REPLY_CLOCK } from './interaction.settings.ts';
import { registerLetterClockSubject } from './letters/letter-clock.ts';
import { registerOpen311Routes } from './open311/open311.routes.ts';
import { registerLetterPages } from './pages/letters.pages.tsx';
import { ensureRepliesIndexed, REPLY_SEARCH_SOURCE } from './replies/reply-search.ts';

export const INTERACTION_AUDIT = defineAuditActions({
  'interaction.letter.submit': '提交来信',
  'interaction.letter.accept': '来信受理交办',
  'interaction.letter.transfer': '来信转办（改由其他单位办理）',
  'interaction.letter.reject': '来信不予受理',
  'interaction.letter.forward': '来信转其他机关',
  'interaction.letter.merge': '合并重复来信',
  'interaction.letter.complex': '批准按复杂来信办理',
  'interaction.letter.draft': '保存来信答复稿',
  'interaction.letter.draft-submit': '提交来信答复稿审核',
  'interaction.letter.unit-approve': '单位负责人审核来信答复',
  'interaction.letter.office-approve': '办公室审核来信答复',
  'interaction.letter.return': '退回来信答复稿',
  'interaction.letter.reopen': '来信重新办理',
  'interaction.letter.rate': '来信人评价答复',
  'interaction.letter.writer-view': '查看来信人身份',
  'interaction.open311.issue': '签发 Open311 接口密钥',
  'interaction.open311.revoke': '吊销 Open311 接口密钥',
});

declare module '../../platform/audit/actions.ts' {
  interface AuditActions extends ActionsOf<typeof INTERACTION_AUDIT> {}
}

export const interactionModule: Module = {
  name: 'interaction',
  permissions: INTERACTION_PERMISSIONS,
  settings: INTERACTION_SETTINGS,
  errors: INTERACTION_ERRORS,
  auditActions: INTERACTION_AUDIT,
  auditObjects: INTERACTION_AUDIT_OBJECTS,
  clockKinds: [REPLY_CLOCK],
  site: {
    // The portal's 互动交流 column and its 厅长信箱 / 在线咨询 / 网上举报 children (kind 'module',
    // target 'interaction') lead to the letters pages.
    entries: [{ key: 'interaction', path: '/letters' }],
    accountLinks: [{ href: '/letters/mine', label: '我的信件', order: 20 }],
    homeLinks: [
      {
        area: 'interaction',
        href: '/letters/new?channel=mailbox',
        label: '厅长信箱',
        order: 10,
        note: '向厅领导反映问题、提出建议',
      },
      {
        area: 'interaction',
        href: '/letters/new?channel=report',
        label: '网上举报',
        order: 20,
        note: '举报违纪违法行为，为举报人保密',
      },
      {
        area: 'interaction',
        href: '/letters/track',
        label: '来信查询',
        order: 30,
        note: '凭查询码查看办理进度和答复',
      },
      { area: 'interaction', href: '/letters', label: '答复公开', order: 40, note: '公开的来信和答复' },
    ],
    pages: (app) => registerLetterPages(app),
  },
  demo: loadInteractionDemoIfEmpty,
  async register(app, deps) {
    registerLetterClockSubject();
    // The published replies in the site search (rebuilt on start when the index lacks some).
    registerSearchSource(REPLY_SEARCH_SOURCE);
    await inTransaction(systemCtx(deps.database, deps, 'interaction-search'), ensureRepliesIndexed);
    registerInteractionRoutes(app);
    registerOpen311Routes(app);
  },
};
