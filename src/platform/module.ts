// The contract between the platform and a module: a name and its routes (permissions register
// on import). Modules are listed explicitly in app.ts, in order.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { Deps } from './context.ts';
import type { Database } from './db/client.ts';

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
  name: string;
  /** Registers the module's API routes (under /api) and any public pages. */
  register(app: App, deps: ModuleDeps): Promise<void> | void;
}
