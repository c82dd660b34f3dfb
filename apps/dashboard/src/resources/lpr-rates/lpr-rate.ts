import type { Schema } from '../../providers/api';

/** An LPR row as the API answers it: its effective date is its id. */
export type LprRateRecord = Schema<'LprRateView'>;
