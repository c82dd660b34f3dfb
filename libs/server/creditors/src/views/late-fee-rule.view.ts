import type { LateFeeRule } from '@accord/domain';

/**
 * The domain's LateFeeRule, a union a class cannot `implement`: its fields in one class, the kind as an
 * enum and the fields only some kinds have optional. `none` has only its kind; `share_of_minimum` has
 * shareBp and capFen; `fixed` has fen; both of those may have maxCycles.
 */
export class LateFeeRuleView {
  kind!: 'none' | 'share_of_minimum' | 'fixed';

  /** share_of_minimum: basis points of the unpaid minimum each cycle, 500 = 5 %. */
  shareBp?: number;

  /** share_of_minimum: at most this many fen per charge; null: no cap. */
  capFen?: number | null;

  /** fixed: fen per cycle. */
  fen?: number;

  /** Charged for at most this many cycles (Taiwan cards: 3); null or absent: no limit. */
  maxCycles?: number | null;
}

// Every variant of the domain's rule must read as the class: a new kind or a retyped field fails to compile.
type Holds<T extends true> = T;
export type LateFeeRuleReadsAsView = Holds<LateFeeRule extends LateFeeRuleView ? true : false>;
