import type { CaseAction, CaseOutcome, CasePolicyReason, CaseStage, Role } from '@accord/contracts';
import type { Approval, PolicyFacts } from '@accord/domain';
import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';

/** The domain's CaseActionAnswer, one class for both forms: `reasons` only when refused. */
export class CaseActionAnswerView {
  allowed!: boolean;
  /** Why not, machine-readable (the dashboard translates them); absent when allowed. */
  reasons?: CasePolicyReason[];
}

/** A manager's (or admin's) recorded yes to an exception, with its reason. */
export class CasePolicyApprovalView implements Approval {
  role!: Role;
  reason!: string | null;
}

/** What the case policy knows about the case, so the dashboard can ask it the same questions as a form is filled. */
export class CasePolicyFactsView implements PolicyFacts {
  stage!: CaseStage;
  /** The purposes the client consents to now (empty when never given or withdrawn). */
  // The plugin reads no type from a readonly array.
  @ApiProperty({ type: [String] })
  consentPurposes!: readonly string[];
  consentWithdrawn!: boolean;
  openDebtCount!: number;
  everyOpenDebtAgreed!: boolean;
  hasRepaymentPlan!: boolean;
  allPlansCompleted!: boolean;
  documentsComplete!: boolean;
  outcome!: CaseOutcome | null;
  closingNote!: string | null;
  approval?: CasePolicyApprovalView | null;
  /** The firm's setting: an officer's close needs a manager. */
  officerClosesNeedManager?: boolean;
  /** Who asks. */
  role!: Role;
  /** The firm's calendar day. */
  today!: string;
}

const answers = {
  type: 'object',
  additionalProperties: { $ref: getSchemaPath(CaseActionAnswerView) },
} as const;

/** What the case policy allows on the case now, each action and each next stage with its reasons when refused. */
@ApiExtraModels(CaseActionAnswerView)
export class CaseActions {
  caseId!: string;
  stage!: CaseStage;
  consentWithdrawn!: boolean;
  facts!: CasePolicyFactsView;
  /** Every action the policy knows (case.update, debt.create, proposal.submit, …), keyed by its name. */
  @ApiProperty(answers)
  actions!: Record<CaseAction, CaseActionAnswerView>;
  /** Each stage the case may move to next, keyed by the stage: closing is asked as case.close. */
  @ApiProperty(answers)
  moves!: Record<string, CaseActionAnswerView>;
}
