/** RFC 6238's time step: a code stands for 30 seconds. */
export const TOTP_STEP_SECONDS = 30;
/** A phone's clock may be a step early or late; more would widen what a stolen code is good for. */
export const TOTP_DRIFT_STEPS = 1;

/** The RFC 6238 counter of an instant: whole steps since the Unix epoch. */
export function totpStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / TOTP_STEP_SECONDS);
}

export type TotpDecision = 'accepted' | 'wrong' | 'replayed';

/**
 * Whether a code that matched (or did not) may sign someone in. A code opens once: a code of the step
 * last accepted, or of an earlier one, is a replay even inside the drift window (someone who saw it on
 * the screen or in transit must not use it in the next 30 seconds).
 * `matchedStep` is the step whose code matched within ±TOTP_DRIFT_STEPS of now, null when none did.
 */
export function decideTotp(
  matchedStep: number | null,
  lastAcceptedStep: number | null,
  nowStep: number,
): TotpDecision {
  if (matchedStep === null || Math.abs(matchedStep - nowStep) > TOTP_DRIFT_STEPS) return 'wrong';
  if (lastAcceptedStep !== null && matchedStep <= lastAcceptedStep) return 'replayed';
  return 'accepted';
}
