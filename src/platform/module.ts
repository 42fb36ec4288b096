// The contract between the platform and a module (模块约定). A module is one object that says what
// it brings — permissions, settings, error codes, audit action names, periodic jobs, reminder
// sources, clock kinds, domain-event listeners, public pages, demo data — and a register function
// for its routes. Nothing registers itself on import: src/app.ts lists the modules in order
// (MODULES), buildApp and prepareDatabase install them (installModules), and only then do their
// parts exist.
// docs/ARCHITECTURE.md ("How to add a module") walks through one.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { SitePart } from '../site/registry.ts';
import { registerPermissions } from './access/permissions.ts';
import { type AuditActionTable, registerAuditActions } from './audit/actions.ts';
import { type AuditObjectTable, registerAuditObjects } from './audit/objects.ts';
import type { Ctx, Deps } from './context.ts';
import type { Database } from './db/client.ts';
import { type ErrorTable, registerErrors } from './errors.ts';
import { type EventListener, registerListeners } from './events/index.ts';
import { type Job, registerJob } from './jobs/jobs.ts';
import { type ClockKind, clockKindSettings, registerClockKinds } from './notify/escalation.ts';
import { type ReminderSource, registerReminderSource } from './notify/reminders.service.ts';
import { registerSettings, type SettingDef } from './settings/settings.service.ts';

export interface ModuleDeps extends Deps {
  database: Database;
}

/** A Fastify instance whose route schemas (TypeBox) type the handlers' request. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression<RawServerDefault>,
  RawReplyDefaultExpression<RawServerDefault>,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export interface Module {
  /** Stable, lower case ('services', 'portal-ops'): the owner of everything below. */
  name: string;
  /** Permission code → Chinese name for the role editor ('services:accept': '网上办事：受理…'). */
  permissions?: Readonly<Record<string, string>>;
  /** Runtime settings (defineSetting in <module>.settings.ts), listed on the settings page. */
  settings?: readonly SettingDef[];
  /** Error code → HTTP status and Chinese message: the module's <module>.errors.ts. */
  errors?: ErrorTable;
  /** Audit action → Chinese name ('services.case.submit': '提交申请'), for the audit log viewer. */
  auditActions?: AuditActionTable;
  /**
   * Audit object type → Chinese name and a resolver of labels and workbench links
   * (platform/audit/objects.ts), so the audit log shows 办件 "受理查询码 …" and not an id.
   */
  auditObjects?: AuditObjectTable;
  /** Periodic work, run by one instance at a time under an advisory lock (platform/jobs). */
  jobs?: readonly Job[];
  /** What the deadline sweeper should remind, each reminder sent exactly once (platform/notify). */
  reminders?: readonly ReminderSource[];
  /**
   * What the module times (defineClockKind, platform/notify): kind 'services.statutory', Chinese
   * label, the default escalation ladder; the ladder becomes a setting of the module.
   */
  clockKinds?: readonly ClockKind[];
  /**
   * What it does when another module's domain event happens (platform/events): run inside the
   * publisher's transaction, in MODULES order — listen('info.instruction.recorded', …).
   */
  listens?: readonly EventListener[];
  /** What it adds to the public website: navigation, home links and sections, entry pages, pages. */
  site?: SitePart;
  /**
   * Loads the module's demo data when DEMO_DATA is on (src/prepare.ts, in MODULES order, after the
   * migrations). Idempotent: loads into an empty table only. Returns whether it loaded anything.
   */
  demo?(ctx: Ctx): Promise<boolean>;
  /** Registers the module's API routes (under /api) and its runtime hooks (timers, onClose). */
  register?(app: App, deps: ModuleDeps): Promise<void> | void;
}

/**
 * Installs what the modules declare into the platform's registries: permissions, settings, error
 * codes, audit action and object names, jobs, reminder sources, clock kinds. Idempotent (tests build many
 * apps in one process); refuses a code two modules both claim. The site part and routes are the
 * app's business (buildApp), the demo data prepareDatabase's.
 */
export function installModules(modules: readonly Module[]): void {
  const names = new Set<string>();
  for (const m of modules) {
    if (names.has(m.name)) throw new Error(`module ${m.name} is listed twice`);
    names.add(m.name);
    if (m.permissions) registerPermissions(m.name, m.permissions);
    if (m.settings) registerSettings(m.name, m.settings);
    if (m.errors) registerErrors(m.name, m.errors);
    if (m.auditActions) registerAuditActions(m.name, m.auditActions);
    if (m.auditObjects) registerAuditObjects(m.name, m.auditObjects);
    for (const job of m.jobs ?? []) registerJob(job);
    for (const source of m.reminders ?? []) registerReminderSource(source);
    if (m.listens) registerListeners(m.name, m.listens);
    if (m.clockKinds) {
      for (const kind of m.clockKinds)
        if (!kind.kind.startsWith(`${m.name}.`))
          throw new Error(`clock kind ${kind.kind} of ${m.name} must start with "${m.name}."`);
      // Each kind's ladder is a setting of the module (系统设置 › <kind>.ladder), its limit too when
      // the kind says so (<kind>.limit).
      registerSettings(m.name, m.clockKinds.flatMap(clockKindSettings));
      registerClockKinds(m.clockKinds);
    }
  }
}
