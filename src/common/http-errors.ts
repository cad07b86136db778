import { BadRequestException, NotFoundException, ParseUUIDPipe } from '@nestjs/common';

/** Turns a validation verdict into the value or a 400 that names the problem. */
export function orBadRequest<T>(value: T | Error): T {
  if (value instanceof Error) throw new BadRequestException(value.message);
  return value;
}

export function orNotFound<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new NotFoundException(`${what} not found`);
  return value;
}

/** :id parameters are UUIDs; anything else is a 400 naming the parameter. */
export const UuidParam = new ParseUUIDPipe({
  exceptionFactory: () => new BadRequestException('id must be a UUID'),
});
