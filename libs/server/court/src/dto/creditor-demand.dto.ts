import { CREDITOR_DEMAND_KINDS } from '@accord/contracts';
import type { CreditorDemandKind } from '@accord/contracts';
import { IsCalendarDate } from '@accord/server-core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** A collection notice or other demand the client received, or the client's acknowledgement of the debt. */
export class CreateCreditorDemandDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  debtId!: string;

  @ApiProperty({ enum: CREDITOR_DEMAND_KINDS })
  @IsIn(CREDITOR_DEMAND_KINDS)
  kind!: CreditorDemandKind;

  @ApiProperty({ format: 'date', example: '2026-09-10' })
  @IsCalendarDate()
  receivedOn!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}
