import { ErrorCode } from '@accord/contracts';
import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppError } from './app-error';

interface FieldProblem {
  field: string;
  problems: string[];
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Every DTO validated; unknown fields refused; the 400 lists each field and what is wrong with it. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new AppError(400, ErrorCode.ValidationFailed, 'The request has invalid fields', {
        fields: flatten(errors),
      }),
  });
}
