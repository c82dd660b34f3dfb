import type { OverdueBucket } from '@accord/contracts';

/** The case list's days-overdue filter buckets, inclusive bounds in days; the last is open-ended. */
export const OVERDUE_BUCKET_BOUNDS: Readonly<Record<OverdueBucket, readonly [number, number | null]>> = {
  '0-30': [0, 30],
  '31-90': [31, 90],
  '91-180': [91, 180],
  '180+': [181, null],
};

export function overdueBucket(days: number): OverdueBucket {
  if (days <= 30) return '0-30';
  if (days <= 90) return '31-90';
  if (days <= 180) return '91-180';
  return '180+';
}
