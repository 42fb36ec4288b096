// Small helpers shared by every module's routes.

import { type TSchema, Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String(),
    detail: Type.String(),
    errors: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
  },
  { $id: 'Problem', additionalProperties: true },
);

/** Standard error responses for the OpenAPI document. */
export function errorResponses(...statuses: number[]): Record<number, TSchema> {
  const out: Record<number, TSchema> = {};
  for (const s of statuses) out[s] = Type.Ref('Problem');
  return out;
}

export const Uuid = Type.String({ format: 'uuid', description: 'UUID' });
export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export const Paging = {
  page: Type.Integer({ minimum: 1, maximum: 100000, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
};

/** Routes that need a signed-in account call this first. */
export function requireSignedIn(request: FastifyRequest): void {
  if (!request.actor?.id) throw new AppError('UNAUTHENTICATED');
}

export function noStore(reply: FastifyReply): void {
  reply.header('cache-control', 'no-store');
}

/**
 * The 200 reply of a file download for the OpenAPI document: the bytes, in one of these content
 * types (the route sends a Buffer, which is never serialized against it).
 */
export function fileReply(description: string, ...contentTypes: string[]) {
  const schema = Type.Unsafe<Buffer>({ type: 'string', format: 'binary' });
  return { description, content: Object.fromEntries(contentTypes.map((t) => [t, { schema }])) };
}

/** The 200 reply of a route that answers with an HTML page, for the OpenAPI document. */
export function htmlReply(description: string) {
  return { description, content: { 'text/html': { schema: Type.String() } } };
}
