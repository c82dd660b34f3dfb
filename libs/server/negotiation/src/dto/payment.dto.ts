import { PAYEE_KINDS, PAYMENT_METHODS, type PayeeKind, type PaymentMethod } from '@accord/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const RECORDABLE_PAYEES = PAYEE_KINDS.filter((k) => k !== 'unrecorded');

export class RecordPaymentDto {
  @ApiProperty({ description: 'fen; more than the installment rolls forward to the next ones' })
  @IsInt()
  @Min(1)
  @Max(1e13)
  amountFen!: number;

  @ApiProperty({ description: 'YYYY-MM-DD, not in the future' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  paidOn!: string;

  @ApiProperty({ enum: PAYMENT_METHODS })
  @IsIn(PAYMENT_METHODS)
  method!: PaymentMethod;

  @ApiPropertyOptional({ description: 'the transfer or receipt number' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reference?: string;

  @ApiProperty({
    enum: RECORDABLE_PAYEES,
    description:
      "who received the money: the creditor's own account or app; someone_else (the firm, a collector, an agent) is refused by the case policy",
  })
  @IsIn(RECORDABLE_PAYEES)
  payeeKind!: Exclude<PayeeKind, 'unrecorded'>;

  @ApiProperty({ description: 'the account holder as the receipt shows it, e.g. 招商銀行信用卡中心' })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'payeeName must not be blank' })
  payeeName!: string;

  @ApiPropertyOptional({ description: 'the receiving account or repayment channel as the receipt shows it' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  payeeAccount?: string;
}
