import type { OpenStage } from '@accord/contracts';
import { ApiProperty } from '@nestjs/swagger';

/** An active officer of the team and how much open work they carry. */
export class OfficerOpenLoad {
  /** @example "3f2a9c4e-8b1d-4e6f-a0c2-5d7e9f1b3a64" */
  officerId!: string;
  name!: string;
  /**
   * Open cases weighted by stage (see `weights`).
   * @example 7.5
   */
  load!: number;
  openCases!: number;
}

/** Whom to give the next case to: the active officer of the team with the lowest weighted open load. */
export class AssignmentSuggestion {
  /** @example "9b1e4d2c-7a3f-4c5e-b8d6-0f2a1c3e5d7b" */
  teamId!: string;
  /** How much work an open case is, keyed by every stage but closed. */
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } })
  weights!: Record<OpenStage, number>;
  /** The first of `officers`; null when the team has no active officer. */
  suggested!: OfficerOpenLoad | null;
  /** Every active officer of the team, lightest load first (then fewer open cases, then by name). */
  officers!: OfficerOpenLoad[];
}
