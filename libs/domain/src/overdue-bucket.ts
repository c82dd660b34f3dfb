import type { CardRiskClass, OverdueBucket } from '@accord/contracts';

/** Days-overdue bounds of each bucket, inclusive; the last is open-ended. Not overdue is no bucket. */
export const OVERDUE_BUCKET_BOUNDS: Readonly<Record<OverdueBucket, readonly [number, number | null]>> = {
  M1: [1, 30],
  M2: [31, 60],
  M3: [61, 90],
  'M3+': [91, null],
};

/**
 * A mainland card's risk class by days overdue (商業銀行信用卡業務監督管理辦法 art. 70: up to 90 days
 * 關注, 91–120 次級, 121–180 可疑, over 180 損失), as data: the classes change at 90, 120 and 180 days.
 */
export const CARD_RISK_CLASS_BOUNDS: Readonly<Record<CardRiskClass, readonly [number, number | null]>> = {
  normal: [0, 0],
  special_mention: [1, 90],
  substandard: [91, 120],
  doubtful: [121, 180],
  loss: [181, null],
};

const within = (days: number, [lo, hi]: readonly [number, number | null]) =>
  days >= lo && (hi === null || days <= hi);

export function overdueBucket(days: number): OverdueBucket | null {
  const found = (
    Object.entries(OVERDUE_BUCKET_BOUNDS) as [OverdueBucket, readonly [number, number | null]][]
  ).find(([, bounds]) => within(days, bounds));
  return found ? found[0] : null;
}

export function cardRiskClass(days: number): CardRiskClass {
  const found = (
    Object.entries(CARD_RISK_CLASS_BOUNDS) as [CardRiskClass, readonly [number, number | null]][]
  ).find(([, bounds]) => within(days, bounds));
  return found ? found[0] : 'loss';
}
