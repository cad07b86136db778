import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';

/**
 * Every error leaves as JSON with a clear message: Nest's own exceptions as they are, body-parser
 * failures (malformed JSON, too large) with their status, and anything else as a 500 without
 * internals. A dependency that is down (Postgres, Redis) answers 503.
 */
@Catch()
export class JsonErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (error instanceof HttpException) {
      const body = error.getResponse();
      res.status(error.getStatus()).json(typeof body === 'string' ? { statusCode: error.getStatus(), message: body } : body);
      return;
    }
    const e = error as { type?: string; status?: number; message?: string; code?: string };
    if (e.type === 'entity.too.large') {
      res.status(HttpStatus.PAYLOAD_TOO_LARGE).json({ statusCode: 413, error: 'Payload Too Large', message: 'the request body is over the size limit' });
      return;
    }
    if (e.type === 'entity.parse.failed') {
      res.status(HttpStatus.BAD_REQUEST).json({ statusCode: 400, error: 'Bad Request', message: 'the body is not valid JSON' });
      return;
    }
    if (isConnectionError(e)) {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ statusCode: 503, error: 'Service Unavailable', message: 'a dependency (database or queue) is unavailable; try again shortly' });
      return;
    }
    this.logger.error(e.message ?? String(error));
    res.status(HttpStatus.INTERNAL_SERVER_ERROR).json({ statusCode: 500, error: 'Internal Server Error', message: 'unexpected error' });
  }
}

function isConnectionError(e: { code?: string; message?: string }): boolean {
  return ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', '08006', '08001'].includes(e.code ?? '') || /Connection terminated|connect ECONNREFUSED/.test(e.message ?? '');
}
