import { PAYMENT_METHODS, type PaymentMethod } from '@accord/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';

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
}
