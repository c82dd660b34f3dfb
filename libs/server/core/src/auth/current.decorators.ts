import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from './access.guard';
import type { Principal, RequestContext } from './principal';

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentUser used on a route without a role rule');
  return principal;
});

export const RequestInfo = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestContext => {
  const request = ctx.switchToHttp().getRequest<AuthenticatedRequest & { id?: unknown }>();
  const userAgent = request.headers['user-agent'];
  return {
    ip: request.ip ?? null,
    requestId: request.id != null ? String(request.id) : null,
    userAgent: typeof userAgent === 'string' && userAgent ? userAgent.slice(0, 512) : null,
  };
});
