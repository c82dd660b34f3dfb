import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Length, ValidateIf } from 'class-validator';

/**
 * A calendar date `YYYY-MM-DD` that exists (no 2026-02-30), or null where the field allows it. Whether it
 * may lie in the future is the case policy's question, asked with the firm's today.
 */
export function IsCalendarDate(options: { nullable?: boolean } = {}): PropertyDecorator {
  const date = [IsISO8601({ strict: true, strictSeparator: true }), Length(10, 10)];
  return applyDecorators(...(options.nullable ? [ValidateIf((_, value) => value !== null), ...date] : date));
}
