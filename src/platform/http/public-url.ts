// The address official output carries (受理通知书, certificate QR codes, emails, the lobby screen's
// links): PUBLIC_URL when configured; otherwise the scheme and host the request came in on; and
// outside a request (jobs) none at all — a document then prints the path only, never a guessed
// http://localhost. A production server refuses to start without PUBLIC_URL (src/config.ts).
import type { Ctx } from '../context.ts';

type Where = Pick<Ctx, 'deps' | 'origin'>;

/** 'https://lyj.henan.gov.cn' (no trailing slash), or null when no address is known. */
export function publicBaseUrl(ctx: Where): string | null {
  const configured = ctx.deps.config.PUBLIC_URL.replace(/\/+$/, '');
  if (configured) return configured;
  return ctx.origin ? ctx.origin.replace(/\/+$/, '') : null;
}

/** The absolute address of a site path, or the path itself when no address is known. */
export function publicLink(ctx: Where, path: string): string {
  const base = publicBaseUrl(ctx);
  return base ? `${base}${path}` : path;
}

/** The start-up warning when documents made outside a request will carry no address; null when fine. */
export function publicUrlWarning(config: Ctx['deps']['config']): string | null {
  if (config.PUBLIC_URL) return null;
  return '未配置 PUBLIC_URL（对外访问地址）：请求中生成的文书（受理通知书、二维码）使用请求的访问地址；定时任务生成的邮件和文书不带网址，只印站内路径。正式部署请配置 PUBLIC_URL。';
}
