import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches } from 'class-validator';

/** An instant must say its offset (Z or ±hh:mm): a bare local time is ambiguous across time zones. */
export const IsInstant = () =>
  applyDecorators(
    IsISO8601({ strict: true }),
    Matches(/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, {
      message: '$property must be a date and time with its offset, e.g. 2026-11-25T10:30:00+08:00',
    }),
  );
