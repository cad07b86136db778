import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

// Decorators for query parameters, each one rule set with its OpenAPI description. A repeated
// parameter arrives as an array and fails the type check, so it is a 400 like any other bad value.

/** Number('') is 0: an empty parameter must fail, not read as zero. */
const numeric = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN,
  );

const trimmed = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Optional free text, trimmed, not blank. */
export function TextQuery(description: string, maxLength = 200) {
  return applyDecorators(
    ApiPropertyOptional({ description, maxLength }),
    IsOptional(),
    trimmed(),
    IsString(),
    IsNotEmpty(),
    MaxLength(maxLength),
  );
}

/** Required free text, trimmed, not blank. */
export function RequiredTextQuery(description: string, maxLength = 200) {
  return applyDecorators(
    ApiProperty({ description, maxLength }),
    IsDefined({ message: '$property is required' }),
    trimmed(),
    IsString(),
    IsNotEmpty(),
    MaxLength(maxLength),
  );
}

/** One of a fixed list of words. */
export function OneOfQuery(values: readonly string[], description: string, required = false) {
  return applyDecorators(
    required
      ? ApiProperty({ enum: values, description })
      : ApiPropertyOptional({ enum: values, description }),
    required ? IsDefined({ message: '$property is required' }) : IsOptional(),
    IsIn(values),
  );
}

export function UuidQuery(description: string) {
  return applyDecorators(
    ApiPropertyOptional({ format: 'uuid', description }),
    IsOptional(),
    IsUUID(),
  );
}

/** A whole number within [min, max]; "1e20", "-1", "2.5" and "x" are refused. */
export function IntQuery(description: string, min: number, max: number, fallback: number) {
  return applyDecorators(
    ApiPropertyOptional({
      type: 'integer',
      minimum: min,
      maximum: max,
      default: fallback,
      description,
    }),
    IsOptional(),
    numeric(),
    IsInt(),
    Min(min),
    Max(max),
  );
}

/** A number within [min, max]. */
export function NumberQuery(description: string, min: number, max: number) {
  return applyDecorators(
    ApiPropertyOptional({ type: 'number', minimum: min, maximum: max, description }),
    IsOptional(),
    numeric(),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    Min(min),
    Max(max),
  );
}
