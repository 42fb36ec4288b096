// The one mapping from errors to HTTP: problem+json (RFC 9457) with a stable code and a
// Chinese message; 5xx details never leave the server.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ForbiddenError } from '../access/policy.ts';
import { recordAuditAlone } from '../audit/audit.service.ts';
import { AppError, type FieldError } from '../errors.ts';

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

const KEYWORD_MESSAGES: Record<string, (p: Record<string, unknown>) => string> = {
  required: () => '必填',
  additionalProperties: () => '不是可接受的字段',
  type: (p) =>
    `类型应为${({ string: '文本', integer: '整数', number: '数字', boolean: '是/否', object: '对象', array: '列表' } as Record<string, string>)[String(p.type)] ?? p.type}`,
  minLength: (p) => `至少 ${p.limit} 个字符`,
  maxLength: (p) => `最多 ${p.limit} 个字符`,
  minimum: (p) => `不得小于 ${p.limit}`,
  maximum: (p) => `不得大于 ${p.limit}`,
  pattern: () => '格式不正确',
  format: (p) => `格式不正确（应为 ${p.format}）`,
  enum: () => '不是可选的值',
  const: () => '不是可选的值',
  anyOf: () => '不是可选的值',
  minItems: (p) => `至少 ${p.limit} 项`,
  maxItems: (p) => `最多 ${p.limit} 项`,
};

export function fieldErrorsFromAjv(errors: AjvError[], part: string): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    let field = e.instancePath.replace(/^\//, '');
    if (e.keyword === 'required') field = [field, String(e.params.missingProperty)].filter(Boolean).join('/');
    if (e.keyword === 'additionalProperties')
      field = [field, String(e.params.additionalProperty)].filter(Boolean).join('/');
    const msg = KEYWORD_MESSAGES[e.keyword]?.(e.params) ?? '不合法';
    const name = field || part;
    if (!out.some((o) => o.field === name)) out.push({ field: name, message: `${name}：${msg}` });
  }
  return out;
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, err: AppError): FastifyReply {
  const body: Record<string, unknown> = {
    type: `urn:linzheng:error:${err.code}`,
    title: err.message,
    status: err.status,
    code: err.code,
    detail: err.errors?.map((e) => e.message).join('；') || err.message,
    instance: request.url.split('?')[0],
    requestId: request.id,
  };
  if (err.errors) body.errors = err.errors;
  if (err.extra) Object.assign(body, err.extra);
  return reply.status(err.status).type('application/problem+json; charset=utf-8').send(body);
}

type HtmlNotFoundPage = (
  request: FastifyRequest,
  reply: FastifyReply,
) => FastifyReply | Promise<FastifyReply>;
// Per app (keyed by its HTTP server, shared by every plugin scope): tests build several apps.
const htmlNotFoundPages = new WeakMap<object, HtmlNotFoundPage>();

/** The public site gives browsers its Chinese 404 page; /api paths keep problem+json. */
export function setHtmlNotFoundPage(app: FastifyInstance, page: HtmlNotFoundPage): void {
  htmlNotFoundPages.set(app.server, page);
}

function wantsHtml(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0];
  if (path === '/api' || path.startsWith('/api/')) return false;
  return (request.headers.accept ?? '').includes('text/html');
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error instanceof ForbiddenError || error.code === 'FORBIDDEN') {
        await recordAuditAlone(request.ctx(), {
          action: 'access.denied',
          result: 'denied',
          objectType: 'route',
          objectId: `${request.method} ${request.routeOptions.url ?? request.url}`,
          detail: { permission: error.extra?.permission ?? null, message: error.message },
        }).catch((e) => request.log.error(e, 'could not audit a denial'));
      }
      return sendProblem(reply, request, error);
    }
    if (error.validation) {
      const errors = fieldErrorsFromAjv(error.validation as AjvError[], error.validationContext ?? 'body');
      return sendProblem(
        reply,
        request,
        new AppError('VALIDATION_FAILED', {
          message: `提交的内容有误：${errors.map((e) => e.message).join('；')}`,
          errors,
        }),
      );
    }
    const status = error.statusCode ?? 500;
    if (status === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return sendProblem(reply, request, new AppError('PAYLOAD_TOO_LARGE'));
    if (status === 429) return sendProblem(reply, request, new AppError('RATE_LIMITED'));
    // The body could not be parsed at all (broken JSON, wrong content type): the field is the body.
    if (status === 400 || status === 415) {
      const message =
        status === 415 ? 'body：不支持的内容类型' : 'body：请求体格式不正确（应为合法的 JSON 或表单）';
      return sendProblem(
        reply,
        request,
        new AppError('BAD_REQUEST', { status, message, errors: [{ field: 'body', message }] }),
      );
    }
    if (status >= 400 && status < 500)
      return sendProblem(
        reply,
        request,
        new AppError('BAD_REQUEST', { status, message: `请求格式不正确（${error.code ?? status}）` }),
      );
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, request, new AppError('INTERNAL'));
  });

  app.setNotFoundHandler((request, reply) => {
    const page = htmlNotFoundPages.get(request.server.server);
    if (page && wantsHtml(request)) return page(request, reply);
    return sendProblem(
      reply,
      request,
      new AppError('NOT_FOUND', { message: `未找到：${request.url.split('?')[0]}` }),
    );
  });
}
