import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { ApiKeysService } from './api-keys.service';
import { type AuthenticatedRequest, PUBLIC_ROUTE, REQUIRED_ROLE } from './auth.decorators';
import { roleSatisfies, type Role } from './roles';

/** Reads `Authorization: Bearer <key>` on every route not marked @Public(). */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeysService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const req = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
    const needed =
      this.reflector.getAllAndOverride<Role>(REQUIRED_ROLE, targets) ?? defaultRole(req.method);
    req.principal = await authorize(this.keys, req.headers.authorization, needed, () =>
      ctx.switchToHttp().getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer'),
    );
    return true;
  }
}

export function defaultRole(method: string): Role {
  return method === 'GET' || method === 'HEAD' ? 'reader' : 'submitter';
}

/** The principal behind `header` when it holds at least `needed`; else a 401 or 403 to throw. */
export async function authorize(
  keys: ApiKeysService,
  header: string | undefined,
  needed: Role,
  onUnauthorized: () => void,
) {
  const key = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
  const check = key
    ? await keys.authenticate(key)
    : { ok: false as const, reason: 'an API key is required: send Authorization: Bearer <key>' };
  if (!check.ok) {
    onUnauthorized();
    throw new UnauthorizedException(check.reason);
  }
  if (!roleSatisfies(check.principal.role, needed))
    throw new ForbiddenException(
      `this needs the ${needed} role; the key "${check.principal.name}" is ${check.principal.role}`,
    );
  return check.principal;
}
