import { ErrorCode } from '@accord/contracts';
import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { AppError } from './app-error';

interface FieldProblem {
  field: string;
  problems: string[];
  /** Machine-readable codes, for the constraints that name one (`context: { code }`). */
  codes?: string[];
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const codes = [
      ...new Set(
        Object.entries(error.contexts ?? {})
          .filter(([constraint]) => error.constraints?.[constraint] !== undefined)
          .map(([, context]) => (context as { code?: unknown }).code)
          .filter((code): code is string => typeof code === 'string'),
      ),
    ];
    const own = error.constraints
      ? [{ field, problems: Object.values(error.constraints), ...(codes.length ? { codes } : {}) }]
      : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * A body the text parser read (JSON sent as text/plain, the type CSV imports use) arrives as a string:
 * for a route that takes a JSON object, that is a mislabelled or malformed body, not a set of bad fields.
 */
class BodyValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && typeof value === 'string' && this.toValidate(metadata)) {
      throw new AppError(
        400,
        ErrorCode.MalformedJson,
        'Send the request body as JSON (Content-Type: application/json)',
      );
    }
    return super.transform(value, metadata);
  }
}

/** Every DTO validated; unknown fields refused; the 400 lists each field and what is wrong with it. */
export function createValidationPipe(): ValidationPipe {
  return new BodyValidationPipe({
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
