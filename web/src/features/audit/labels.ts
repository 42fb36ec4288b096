// The audit log's filter choices from the server's catalogue (/api/audit/catalogue): actions by the
// module that registers them, in Chinese, and the object types; the results' names and colours.
import type { Reply } from '../../api/client.ts';
import { moduleLabel } from '../roles/permissions.ts';

export type AuditCatalogue = Reply<'/api/audit/catalogue'>;

export const RESULT_LABELS: Record<string, { text: string; color: string }> = {
  success: { text: '成功', color: 'green' },
  failure: { text: '失败', color: 'orange' },
  denied: { text: '拒绝', color: 'red' },
};

export interface ActionOption {
  value: string;
  label: string;
  /** What the search matches: the Chinese name, the code and the module's name. */
  search: string;
}

/** The action picker's groups: the platform's first, then each module's, names sorted as listed. */
export function actionGroups(
  catalogue: AuditCatalogue | undefined,
): Array<{ label: string; title: string; options: ActionOption[] }> {
  const groups = new Map<string, ActionOption[]>();
  for (const a of catalogue?.actions ?? []) {
    const list = groups.get(a.module) ?? [];
    groups.set(a.module, list);
    list.push({ value: a.action, label: a.name, search: `${a.name} ${a.action} ${moduleLabel(a.module)}` });
  }
  return [...groups]
    .sort(([a], [b]) => (a === 'platform' ? -1 : b === 'platform' ? 1 : 0))
    .map(([module, options]) => ({ label: moduleLabel(module), title: module, options }));
}

export function objectTypeOptions(catalogue: AuditCatalogue | undefined) {
  return (catalogue?.objectTypes ?? []).map((t) => ({ value: t.type, label: t.name }));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An object id as a table cell shows it when nothing names it: a uuid or a long key shortened. */
export function shortId(id: string): string {
  if (UUID.test(id)) return `${id.slice(0, 8)}…`;
  return id.length > 28 ? `${id.slice(0, 27)}…` : id;
}
