import { LivingMinimum } from '../living-minimum.entity';

/** A page of the living minimums, and how many match in all. */
export class LivingMinimumPage {
  data!: LivingMinimum[];
  total!: number;
}
