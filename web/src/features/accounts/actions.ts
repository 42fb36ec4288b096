// Doing what account-actions.ts offers: dialogs for the long ones, confirmation for the quick ones.
import { App } from 'antd';
import { api, apiUrl } from '../../api/client.ts';
import type { Account } from '../../api/types.ts';
import { errorText } from '../../components/errors.ts';
import type { AccountAction } from './account-actions.ts';
import { useAccountMutation } from './api.ts';

export function useAccountActions(open: {
  edit: (a: Account) => void;
  grant: (a: Account) => void;
  reset: (a: Account) => void;
  approval: (a: Account) => void;
}) {
  const { modal, message } = App.useApp();
  const setStatus = useAccountMutation((v: { id: string; status: 'active' | 'disabled' }) =>
    api.patch(apiUrl('/api/accounts/{id}', { id: v.id }), { status: v.status }),
  );
  const unlock = useAccountMutation((id: string) => api.post(apiUrl('/api/accounts/{id}/unlock', { id })));
  const revoke = useAccountMutation((id: string) =>
    api.post(apiUrl('/api/accounts/{id}/revoke-sessions', { id })),
  );

  const confirm = (title: string, content: string, okText: string, onOk: () => Promise<unknown>) =>
    modal.confirm({
      title,
      content,
      okText,
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => onOk().catch((e) => void message.error(errorText(e))),
    });

  const who = (a: Account) => `${a.displayName}（${a.username}）`;

  return {
    run(action: AccountAction, a: Account) {
      switch (action) {
        case 'edit':
          return open.edit(a);
        case 'grant':
          return open.grant(a);
        case 'reset':
          return open.reset(a);
        case 'approval':
          return open.approval(a);
        case 'disable':
          return confirm(
            `停用账号 ${who(a)}？`,
            '停用后该账号立即退出登录且不能再登录，可随时重新启用。',
            '停用',
            async () => {
              await setStatus.mutateAsync({ id: a.id, status: 'disabled' });
              void message.success('账号已停用');
            },
          );
        case 'enable':
          return setStatus.mutate(
            { id: a.id, status: 'active' },
            {
              onSuccess: () => void message.success('账号已启用'),
              onError: (e) => void message.error(errorText(e)),
            },
          );
        case 'unlock':
          return unlock.mutate(a.id, {
            onSuccess: () => void message.success(`已解锁 ${who(a)}`),
            onError: (e) => void message.error(errorText(e)),
          });
        case 'revoke':
          return confirm(
            `强制 ${who(a)} 下线？`,
            '该账号在所有设备上的登录将立即失效。',
            '强制下线',
            async () => {
              const r = await revoke.mutateAsync(a.id);
              void message.success(r.revoked ? `已结束 ${r.revoked} 个登录会话` : '该账号当前没有登录');
            },
          );
      }
    },
  };
}
