import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';

/** A caller's own request id is kept when it looks like one; otherwise a fresh UUID. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

/**
 * Structured JSON logs (pino) for the API and the worker: one line per request with its id
 * (echoed in x-request-id), never the Authorization header or cookies.
 */
@Module({})
export class LoggingModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            genReqId: requestId,
            redact: {
              paths: [
                'req.headers.authorization',
                'req.headers.cookie',
                'res.headers["set-cookie"]',
              ],
              censor: '[redacted]',
            },
            // the review page's static files and health probes would drown the requests that matter
            autoLogging: {
              ignore: (req) => /^\/(health|metrics)?$|\.(js|css|png)$/.test(req.url ?? ''),
            },
          },
        }),
      ],
    };
  }
}
