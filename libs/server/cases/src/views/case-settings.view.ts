/** The firm's case settings: one row, read by the case policy. */
export class CaseSettings {
  /** Officers' closes wait for a manager, who closes the case with a reason. */
  officerClosesNeedManager!: boolean;
  /** Send it back with a change: a stale one answers 409. */
  version!: number;
  /** @example "2025-05-20T09:00:00.000Z" */
  updatedAt!: string;
}
