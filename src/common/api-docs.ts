import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse, type OpenAPIObject } from '@nestjs/swagger';

/** Every error the API answers, whatever the status. */
export class ErrorResponseDto {
  @ApiProperty({ example: 400 })
  statusCode: number;

  @ApiPropertyOptional({ example: 'Bad Request' })
  error?: string;

  @ApiProperty({ example: 'limit must not be greater than 100' })
  message: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'the fields a 400 names',
    example: ['limit'],
  })
  fields?: string[];
}

/** The paging fields of every list; each list's DTO adds its typed `items`. */
export class PageDto {
  @ApiProperty({ type: 'integer', description: 'matches over all pages' })
  total: number;

  @ApiProperty({ type: 'integer' })
  page: number;

  @ApiProperty({ type: 'integer' })
  limit: number;
}

const WHY: Record<number, string> = {
  400: 'a parameter or the body is malformed, of the wrong type, out of range or unknown',
  401: 'no API key, or one that is not valid or has been revoked',
  403: "the key's role is too low for this route",
  404: 'no such resource',
  409: 'the resource has changed: the decision does not apply to its current state',
  413: 'the body is larger than the configured limit',
  429: 'too many requests: wait for the Retry-After header seconds',
  503: 'a dependency (Postgres or Redis) is down',
};

/** Documents error statuses a handler answers besides those every route shares. */
export function ApiErrors(...statuses: number[]) {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, description: WHY[status], type: ErrorResponseDto }),
    ),
  );
}

/** Set on an operation by @Public(): it needs no key. */
export const PUBLIC_EXTENSION = 'x-public';

type Operation = {
  parameters?: unknown[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
  security?: Record<string, string[]>[];
  [PUBLIC_EXTENSION]?: boolean;
};

/**
 * Adds what follows from the API's global parts rather than from each handler: the bearer key
 * and its 401/403/503 (every route but the public ones), 429 (the rate limit), 400 wherever there is
 * input to validate and 413 wherever there is a body.
 */
export function documentSharedResponses(document: OpenAPIObject): OpenAPIObject {
  const error = (status: number) => ({
    description: WHY[status],
    content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponseDto' } } },
  });
  for (const item of Object.values(document.paths)) {
    for (const op of Object.values(item) as Operation[]) {
      if (!op || typeof op !== 'object' || !op.responses) continue;
      const shared = [429];
      if (!op[PUBLIC_EXTENSION]) {
        op.security = [{ bearer: [] }];
        // the key is looked up in Postgres, so a route with a key answers 503 when it is down
        shared.push(401, 403, 503);
      }
      if (op.parameters?.length || op.requestBody) shared.push(400);
      if (op.requestBody) shared.push(413);
      for (const status of shared) op.responses[status] ??= error(status);
    }
  }
  return document;
}
