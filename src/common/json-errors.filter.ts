import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Response } from 'express';

/**
 * Every error leaves as JSON with a clear message: Nest's own exceptions as they are (Nest already
 * answers malformed JSON with 400 and an oversized body with 413), a dependency that is down
 * (Postgres, Redis) with 503, anything else as a 500 without internals.
 */
@Catch()
export class JsonErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (error instanceof HttpException) {
      const body = error.getResponse();
      res
        .status(error.getStatus())
        .json(typeof body === 'string' ? { statusCode: error.getStatus(), message: body } : body);
      return;
    }
    const e = error as { message?: string; code?: string };
    if (isConnectionError(e)) {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'a dependency (database or queue) is unavailable; try again shortly',
      });
      return;
    }
    this.logger.error(e.message ?? String(error));
    res
      .status(HttpStatus.INTERNAL_SERVER_ERROR)
      .json({ statusCode: 500, error: 'Internal Server Error', message: 'unexpected error' });
  }
}

function isConnectionError(e: { code?: string; message?: string }): boolean {
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', '08006', '08001'].includes(
      e.code ?? '',
    ) || /Connection terminated|connect ECONNREFUSED/.test(e.message ?? '')
  );
}
