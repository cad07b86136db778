import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

/** Each failed constraint as a sentence naming its field (`page must not be greater than …`). */
function messages(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) =>
      m.startsWith(e.property) ? field + m.slice(e.property.length) : m,
    );
    return [...own, ...messages(e.children ?? [], field)];
  });
}

/**
 * Bodies and queries become their DTO classes: unknown fields and wrong types answer 400 with one
 * message naming every bad field.
 */
export function requestValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) =>
      new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: messages(errors).join('; '),
        fields: [...new Set(errors.map((e) => e.property))],
      }),
  });
}
