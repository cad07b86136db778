import { HttpException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { authorize } from './api-key.guard';
import type { ApiKeysService } from './api-keys.service';

/**
 * For what is mounted on Express directly rather than through a Nest controller (the queue
 * dashboard under /admin): the guard never sees those requests, so this checks the admin role.
 */
export function adminOnly(keys: ApiKeysService) {
  return (req: Request, res: Response, next: NextFunction): void => {
    authorize(keys, req.headers.authorization, 'admin', () =>
      res.setHeader('WWW-Authenticate', 'Bearer'),
    ).then(
      () => next(),
      (err: unknown) => {
        if (!(err instanceof HttpException)) return next(err);
        res.status(err.getStatus()).json(err.getResponse());
      },
    );
  };
}
