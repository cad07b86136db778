import { HttpException, HttpStatus } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { authorize } from './api-key.guard';
import type { ApiKeysService } from './api-keys.service';

export interface AdminAccess {
  /** Where the key is read from: the Authorization header unless told otherwise. */
  authorization?: (req: Request) => string | undefined;
  /** Where to send a person whose browser brought no valid key, instead of a JSON 401. */
  signInPage?: (req: Request) => string | null;
}

/**
 * For what is mounted on Express directly rather than through a Nest controller (the queue
 * dashboard under /admin): the guard never sees those requests, so this checks the admin role.
 */
export function adminOnly(keys: ApiKeysService, access: AdminAccess = {}) {
  const authorization = access.authorization ?? ((req: Request) => req.headers.authorization);
  return (req: Request, res: Response, next: NextFunction): void => {
    authorize(keys, authorization(req), 'admin', () =>
      res.setHeader('WWW-Authenticate', 'Bearer'),
    ).then(
      () => next(),
      (err: unknown) => {
        if (!(err instanceof HttpException)) return next(err);
        const signIn = access.signInPage?.(req);
        if (signIn && err.getStatus() === HttpStatus.UNAUTHORIZED) return res.redirect(303, signIn);
        res.status(err.getStatus()).json(err.getResponse());
      },
    );
  };
}
