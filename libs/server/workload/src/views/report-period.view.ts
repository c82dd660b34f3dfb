/** The days a report covers, both included, on the firm's calendar. */
export class ReportPeriodView {
  /** @example "2025-05-04" */
  from!: string;
  /** @example "2025-06-02" */
  to!: string;
}
