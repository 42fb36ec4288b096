// /display (the lobby screen), its script and fonts, and /api/display/stats (public, cached).
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { fromRoot } from '../../../paths.ts';
import { chinaDay } from '../../../platform/calendar/index.ts';
import type { App } from '../../../platform/module.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import { assetUrl } from '../../../site/index.ts';
import { renderDisplayPage } from './display.page.tsx';
import { type DisplayStats, displayCtx, displayItems, displayStats } from './display.service.ts';
import { DISPLAY_ROTATE_SECONDS } from './harvest.settings.ts';

const SCRIPT = fs.readFileSync(fromRoot('src/modules/services/harvest/display.js'));
const SCRIPT_HASH = crypto.createHash('sha256').update(SCRIPT).digest('hex').slice(0, 10);
const FONT_DIR = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/package.json')),
  'files',
);
const FONTS: Record<string, string> = {
  'cjk-400.woff2': 'noto-sans-sc-chinese-simplified-400-normal.woff2',
  'cjk-700.woff2': 'noto-sans-sc-chinese-simplified-700-normal.woff2',
};
const YEAR = 31_536_000;
const STATS_TTL_MS = 5_000;
const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

function nowText(now: Date): string {
  const day = chinaDay(now);
  const [y, m, d] = day.split('-').map(Number);
  const time = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(11, 19);
  return `${y}年${m}月${d}日 ${WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()]} ${time}`;
}

/**
 * The address the hall's visitors should type: the configured public one, without the scheme
 * (lyj.henan.gov.cn/services). Never the host the screen itself happens to load from (a hall PC
 * often opens the server by its internal address).
 */
function publicAddress(request: FastifyRequest): string | null {
  const configured = request.ctx().deps.config.PUBLIC_URL.replace(/\/+$/, '');
  return configured ? configured.replace(/^https?:\/\//, '') : null;
}

const StatsView = Type.Object({
  date: Type.String(),
  received: Type.Integer({ description: '今日收件' }),
  accepted: Type.Integer({ description: '今日受理' }),
  decided: Type.Integer({ description: '今日办结（准予或不予许可）' }),
  onTime: Type.Integer({ description: '今日按时办结' }),
  onTimeRate: Type.Union([Type.Number(), Type.Null()], { description: '按时办结率（%）' }),
  updatedAt: Type.String(),
});

export function registerDisplayRoutes(app: App): void {
  // One cache per app: the figures are the same for every screen in the hall.
  let cached: { until: number; value: DisplayStats } | null = null;
  const stats = async (request: FastifyRequest): Promise<DisplayStats> => {
    const ctx = displayCtx(request.ctx());
    const at = ctx.now.getTime();
    if (cached && at < cached.until && at >= cached.until - STATS_TTL_MS) return cached.value;
    const value = await displayStats(ctx);
    cached = { until: at + STATS_TTL_MS, value };
    return value;
  };

  app.get(
    '/display',
    {
      schema: {
        hide: true,
        querystring: Type.Object(
          { i: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const ctx = displayCtx(request.ctx());
      const html = renderDisplayPage({
        siteName: ctx.deps.config.SITE_NAME,
        items: await displayItems(ctx),
        index: request.query.i ?? 0,
        stats: await stats(request),
        intervalSeconds: await getSetting(ctx, DISPLAY_ROTATE_SECONDS),
        cssUrl: assetUrl('harvest-display.css'),
        scriptUrl: `/display/screen.${SCRIPT_HASH}.js`,
        siteAddress: publicAddress(request),
        faviconUrl: assetUrl('favicon.svg'),
        nowText: nowText(ctx.now),
      });
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
    },
  );

  app.get(
    '/display/screen.:hash.js',
    {
      schema: {
        hide: true,
        params: Type.Object(
          { hash: Type.String({ pattern: '^[0-9a-f]{10}$' }) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) =>
      reply
        .type('text/javascript; charset=utf-8')
        .header(
          'cache-control',
          request.params.hash === SCRIPT_HASH ? `public, max-age=${YEAR}, immutable` : 'public, max-age=300',
        )
        .send(SCRIPT),
  );

  app.get(
    '/display/fonts/:file',
    {
      schema: {
        hide: true,
        params: Type.Object({ file: Type.String({ maxLength: 20 }) }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      const file = Object.hasOwn(FONTS, request.params.file) ? FONTS[request.params.file] : undefined;
      if (!file) return reply.callNotFound();
      return reply
        .type('font/woff2')
        .header('cache-control', `public, max-age=${YEAR}, immutable`)
        .send(fs.createReadStream(path.join(FONT_DIR, file)));
    },
  );

  app.get(
    '/api/display/stats',
    {
      config: { public: true },
      schema: {
        tags: ['大厅显示屏'],
        summary: '今日办件数据（公开，缓存数秒）',
        response: { 200: StatsView },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', `public, max-age=${STATS_TTL_MS / 1000}`);
      return stats(request);
    },
  );
}
