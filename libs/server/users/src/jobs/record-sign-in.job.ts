/** Job name on QueueName.Users. Payload instants are ISO strings: jobs are JSON. */
export const RECORD_SIGN_IN = 'record-sign-in';

export interface RecordSignInPayload {
  userId: string;
  signedInAt: string;
}

/** One job per sign-in audit entry, so enqueueing the same sign-in twice records it once. */
export const recordSignInJobId = (auditEntryId: string) => `sign-in-${auditEntryId}`;
