import { useState } from 'react';
import { lastDays, periodProblem, type Period } from './period';

/**
 * The period as typed (`draft`, shown in the inputs) and the last one the API would accept (`period`,
 * what the page reads): half-typed or impossible dates never reach the API, and the figures on screen stay
 * those of the last good period meanwhile.
 */
export function usePeriod(initialDays = 30) {
  const [draft, setDraft] = useState<Period>(() => lastDays(initialDays));
  const [period, setPeriod] = useState<Period>(draft);
  const change = (next: Period) => {
    setDraft(next);
    if (!periodProblem(next)) setPeriod(next);
  };
  return { draft, period, change };
}
