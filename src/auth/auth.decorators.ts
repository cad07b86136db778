import {
  applyDecorators,
  createParamDecorator,
  type ExecutionContext,
  SetMetadata,
} from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Request } from 'express';
import { PUBLIC_EXTENSION } from '../common/api-docs';
import type { Principal } from './api-keys.service';
import type { Role } from './roles';

export const PUBLIC_ROUTE = 'auth:public';
export const REQUIRED_ROLE = 'auth:role';

/** Open to anyone, without a key (GET /health). */
export const Public = () =>
  applyDecorators(SetMetadata(PUBLIC_ROUTE, true), ApiExtension(PUBLIC_EXTENSION, true));

/**
 * The weakest role that may call the handler. Without it a GET needs `reader` and any other
 * method `submitter`, so a new route is never open by accident.
 */
export const RequiresRole = (role: Role) => SetMetadata(REQUIRED_ROLE, role);

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
}

/** The caller the guard let in. */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal => {
    const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
    if (!principal) throw new Error('CurrentPrincipal used on a public route');
    return principal;
  },
);
