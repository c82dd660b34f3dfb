import { CONTACT_CHANNELS, CONTACT_PARTIES, type ContactChannel, type ContactParty } from '@accord/contracts';
import { IsInstant, ListQueryDto } from '@accord/server-core';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

export class CreateContactDto {
  @ApiProperty()
  @IsUUID()
  caseId!: string;

  @ApiPropertyOptional({ description: 'the debt talked about, when with a creditor' })
  @IsOptional()
  @IsUUID()
  debtId?: string;

  @ApiProperty({ enum: CONTACT_PARTIES })
  @IsIn(CONTACT_PARTIES)
  party!: ContactParty;

  @ApiProperty({ enum: CONTACT_CHANNELS })
  @IsIn(CONTACT_CHANNELS)
  channel!: ContactChannel;

  @ApiProperty({ description: 'instant with offset, e.g. 2026-11-25T10:30:00+08:00' })
  @IsInstant()
  occurredAt!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  person?: string;

  @ApiProperty()
  @IsString()
  @Length(1, 4000)
  summary!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  outcome?: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'instant with offset' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInstant()
  nextFollowUpAt?: string | null;
}

export class UpdateContactDto extends PartialType(OmitType(CreateContactDto, ['caseId'] as const)) {
  @ApiProperty()
  @IsInt()
  @Min(1)
  version!: number;
}

export class ContactListQueryDto extends ListQueryDto {
  @IsOptional()
  @IsIn(['occurredAt', 'nextFollowUpAt'])
  sort: 'occurredAt' | 'nextFollowUpAt' = 'occurredAt';

  @IsUUID()
  caseId!: string;

  @IsOptional()
  @IsUUID()
  debtId?: string;
}
