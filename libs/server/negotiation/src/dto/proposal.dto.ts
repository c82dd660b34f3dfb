import {
  PLAN_CHARGE_KINDS,
  PROPOSAL_KINDS,
  PROPOSAL_STATUSES,
  type PlanChargeKind,
  type ProposalKind,
  type ProposalStatus,
} from '@accord/contracts';
import { MAX_CHARGE_RATE_PPM } from '@accord/domain';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export class CreateProposalDto {
  @ApiProperty()
  @IsUUID()
  debtId!: string;

  @ApiProperty({ enum: PROPOSAL_KINDS })
  @IsIn(PROPOSAL_KINDS)
  kind!: ProposalKind;

  @ApiProperty({
    description:
      "fen put into the plan: the agreed amount before the creditor's fee or interest on the plan (for lump_sum: the settlement)",
  })
  @IsInt()
  @Min(1)
  @Max(1e13)
  totalFen!: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 120 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  months?: number;

  @ApiPropertyOptional({ description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  firstDueDate?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 24 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(24)
  graceMonths?: number;

  @ApiPropertyOptional({
    description: 'fen of penalty already accrued that the creditor waives: a term of any kind',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1e13)
  waivedPenaltyFen?: number;

  @ApiPropertyOptional({
    enum: PLAN_CHARGE_KINDS,
    description: "the creditor's charge on the plan; none (the default) for 停息掛賬",
  })
  @IsOptional()
  @IsIn(PLAN_CHARGE_KINDS)
  chargeKind?: PlanChargeKind;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: MAX_CHARGE_RATE_PPM,
    description:
      'parts per million: of the base each month (monthly_fee: 0.60 % = 6000), of the balance left each year (annual_rate: 7.2 % = 72000); 0 with none',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_CHARGE_RATE_PPM)
  chargeRatePpm?: number;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: 50,
    description: 'the contacts logged on this case where the proposal was discussed',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  contactIds?: string[];

  @ApiPropertyOptional({
    description:
      "a plan longer than the creditor's longest: a manager's approval of the exception, with the reason (kept on the proposal and the timeline)",
  })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  limitExceptionReason?: string;
}

export class UpdateProposalDto extends PartialType(OmitType(CreateProposalDto, ['debtId'] as const)) {
  @ApiPropertyOptional({
    enum: PROPOSAL_STATUSES,
    description: 'accepted only through POST /proposals/:id/accept',
  })
  @IsOptional()
  @IsIn(PROPOSAL_STATUSES)
  status?: ProposalStatus;

  @IsOptional()
  @IsString()
  @MaxLength(4000)
  creditorAnswer?: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  version!: number;
}

export class AcceptProposalDto {
  @ApiPropertyOptional({ description: 'the creditor’s written confirmation, summarised' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  creditorAnswer?: string;

  @ApiPropertyOptional({
    description: 'YYYY-MM-DD: the first due date the creditor agreed, when it differs from the proposal’s',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  firstDueDate?: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  version!: number;
}

export class ProposalListQuery {
  @IsUUID()
  caseId!: string;
}
