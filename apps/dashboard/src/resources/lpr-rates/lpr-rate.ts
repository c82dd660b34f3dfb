/** An LPR row as the API answers it: its effective date is its id. */
export interface LprRateRecord {
  id: string;
  effectiveOn: string;
  /** Basis points: 385 = 3.85 %. */
  oneYearBp: number;
  fiveYearBp: number | null;
  source: string;
  version: number;
}
