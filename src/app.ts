// buildApp(deps): the platform's plugins first, then each module, listed explicitly (MODULES).
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { infoModule } from './modules/info/index.ts';
import { interactionModule } from './modules/interaction/index.ts';
import { opennessModule } from './modules/openness/index.ts';
import { orgModule } from './modules/org/index.ts';
import { portalModule } from './modules/portal/index.ts';
import { portalOpsModule } from './modules/portal-ops/index.ts';
import { harvestModule } from './modules/services/harvest/index.ts';
import { servicesModule } from './modules/services/index.ts';
import { supervisionModule } from './modules/supervision/index.ts';
import { ROOT } from './paths.ts';
import { accessModule } from './platform/access/access.routes.ts';
import { auditModule } from './platform/audit/audit.routes.ts';
import { authModule } from './platform/auth/auth.routes.ts';
import { calendarModule } from './platform/calendar/calendar.routes.ts';
import type { Deps } from './platform/context.ts';
import { createSm4Cipher, resolveSm4Key } from './platform/crypto/sm.ts';
import { type Database, ping } from './platform/db/client.ts';
import { dbModule } from './platform/db/maintenance.ts';
import { filesModule } from './platform/files/files.module.ts';
import { registerAuthHook } from './platform/http/auth-hook.ts';
import { createHttpFront } from './platform/http/front.ts';
import { registerErrorHandling } from './platform/http/problem.ts';
import { requestIdOf } from './platform/http/request-id.ts';
import { Problem } from './platform/http/route.ts';
import { registerSecurityHeaders } from './platform/http/security-headers.ts';
import { installModules, type Module } from './platform/module.ts';
import { notifyModule } from './platform/notify/notify.routes.ts';
import { settingsModule } from './platform/settings/settings.routes.ts';
import { accountModule } from './site/account/index.ts';
import { cachedPageResponder, installSitePart } from './site/index.ts';
import { siteModule } from './site/site.routes.tsx';

export { ROOT };

export interface RouteEntry {
  method: string;
  url: string;
  public: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}

export interface AppDeps {
  config: Config;
  database: Database;
  /** Injected clock; defaults to the wall clock. */
  now?: () => Date;
}

// The modules, in order (registration, demo data and routes follow it). A new module is one import
// and one line here; see "How to add a module" in docs/ARCHITECTURE.md.
export const MODULES: readonly Module[] = [
  dbModule,
  filesModule,
  authModule,
  accessModule,
  auditModule,
  settingsModule,
  calendarModule,
  notifyModule,
  orgModule,
  portalModule,
  portalOpsModule,
  servicesModule,
  harvestModule,
  opennessModule,
  interactionModule,
  infoModule,
  supervisionModule,
  accountModule,
  // The public website last: its 404 page and home come after every module's own routes.
  siteModule,
];

export async function buildApp(input: AppDeps): Promise<FastifyInstance> {
  const { config, database } = input;
  installModules(MODULES);
  for (const module of MODULES) if (module.site) installSitePart(module.site);
  const deps: Deps = {
    config,
    cipher: createSm4Cipher(resolveSm4Key(config.SM4_KEY, config.DATA_DIR)),
    now: input.now ?? (() => new Date()),
  };

  // Cached public pages and overload shedding, before Fastify (platform/http/front.ts).
  const front = createHttpFront({
    overload: {
      maxRequests: config.OVERLOAD_MAX_REQUESTS,
      maxLagMs: config.OVERLOAD_MAX_LAG_MS,
      retryAfterSeconds: config.OVERLOAD_RETRY_AFTER_SECONDS,
    },
  });
  front.respond(cachedPageResponder(database, { trustProxy: config.TRUST_PROXY, now: deps.now }));

  const app = Fastify({
    serverFactory: front.serverFactory,
    logger:
      config.LOG_LEVEL === 'silent'
        ? false
        : {
            level: config.LOG_LEVEL,
            redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'req.headers.authorization'],
          },
    genReqId: (req) => requestIdOf(req.headers['x-request-id']),
    requestIdHeader: false,
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 1_048_576,
    ajv: {
      customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: true, useDefaults: true },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // The route table, for the generated security tests (every route either public or guarded).
  const routeTable: RouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods)
      if (method !== 'HEAD')
        routeTable.push({ method, url: route.url, public: Boolean(route.config?.public) });
  });
  app.decorate('routeTable', routeTable);

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  const secureCookie = config.COOKIE_SECURE;
  const securityHeaders = registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'self'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        // Plain HTTP intranet deployments must not be told to upgrade to HTTPS.
        upgradeInsecureRequests: null,
      },
    },
    // HSTS only means something behind HTTPS; helmet sends it, browsers ignore it over HTTP.
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    crossOriginEmbedderPolicy: false,
  });
  // The same headers on the front's own answers (503 when overloaded).
  front.headers(securityHeaders);
  await app.register(cookie, {
    parseOptions: { httpOnly: true, sameSite: 'strict', path: '/', secure: secureCookie === true },
  });
  await app.register(formbody, { bodyLimit: 1_048_576 });
  await app.register(rateLimit, { global: false });

  app.addSchema(Problem);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: '林政平台 API',
        version: '0.1.0',
        description: '河南省林业局政务工作平台接口。错误以 problem+json 返回，含稳定的 code。',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'lz_sid' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    hideUntagged: false,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { public: true } }, async () =>
    app.swagger(),
  );

  registerErrorHandling(app);
  registerAuthHook(app, database, deps);

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_req, reply) => {
    const ok = await ping(database);
    return reply
      .status(ok ? 200 : 503)
      .send({ status: ok ? 'ok' : 'database unreachable', database: database.kind });
  });

  const moduleDeps = { ...deps, database };
  for (const module of MODULES) {
    await app.register(async (plugin) => {
      const scope = plugin.withTypeProvider<TypeBoxTypeProvider>();
      await module.register?.(scope, moduleDeps);
      await module.site?.pages?.(scope, moduleDeps);
    });
  }

  // The workbench SPA, built by Vite into dist/web; every /admin/* path serves its index.html.
  const webRoot = path.join(ROOT, 'dist', 'web');
  if (fs.existsSync(path.join(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/admin/',
      decorateReply: true,
      index: false,
      wildcard: false,
      preCompressed: true,
      // File names carry a content hash: cache them for a year.
      setHeaders: (reply, file) => {
        if (file.includes(`${path.sep}assets${path.sep}`))
          reply.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
    const sendIndex = async (_req: unknown, reply: import('fastify').FastifyReply) =>
      reply.header('cache-control', 'no-cache').sendFile('index.html', webRoot, { cacheControl: false });
    app.get('/admin', { schema: { hide: true } }, sendIndex);
    app.get('/admin/*', { schema: { hide: true } }, async (request, reply) => {
      // A missing asset is a 404, not the app's index page (a stale tab would otherwise load HTML as JS).
      if (request.url.startsWith('/admin/assets/')) return reply.callNotFound();
      return sendIndex(request, reply);
    });
  }

  return app;
}
