import {
  CONSENT_PURPOSES,
  ID_DOCUMENT_TYPES,
  LOCALES,
  type IdDocumentType,
  type Locale,
} from '@accord/contracts';
import { ListQueryDto } from '@accord/server-core';
import { ApiHideProperty, ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateClientDto {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  fullName!: string;

  @ApiProperty({ enum: ID_DOCUMENT_TYPES })
  @IsIn(ID_DOCUMENT_TYPES)
  idType!: IdDocumentType;

  @ApiProperty({ description: 'checked against idType (check digits for CN and TW IDs)' })
  @IsString()
  @Length(4, 40)
  idNumber!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '0912-345-678' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Matches(/^\+?[\d\s()-]{7,20}$/, { message: 'phone must be a phone number' })
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(300)
  address?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(4000)
  notes?: string | null;

  @ApiPropertyOptional({
    enum: LOCALES,
    description: 'the language of messages to the client; zh-TW by default',
  })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({
    enum: CONSENT_PURPOSES,
    isArray: true,
    description: 'recording consent stamps who and when; an empty list records that consent was withdrawn',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(CONSENT_PURPOSES.length)
  @IsIn(CONSENT_PURPOSES, { each: true })
  consentPurposes?: string[];

  @ApiPropertyOptional({
    description: 'managers and admins may assign another officer; officers own what they create',
  })
  @IsOptional()
  @IsUUID()
  officerId?: string;
}

export class UpdateClientDto extends PartialType(OmitType(CreateClientDto, ['officerId'] as const)) {
  @ApiProperty()
  @IsInt()
  @Min(1)
  version!: number;
}

export class ClientListQueryDto extends ListQueryDto {
  @IsOptional()
  @IsIn(['fullName', 'createdAt'])
  sort: 'fullName' | 'createdAt' = 'createdAt';

  /** Refused with IDENTIFIER_IN_URL: an address ends up in logs and histories; use POST /clients/lookup. */
  @ApiHideProperty()
  @Allow()
  idNumber?: unknown;

  @ApiHideProperty()
  @Allow()
  phone?: unknown;

  @IsOptional()
  @IsUUID()
  officerId?: string;
}

/** An exact lookup, in a body so the numbers never travel in an address; the list's paging and filters too. */
export class ClientLookupDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: ['fullName', 'createdAt'], default: 'createdAt' })
  @IsOptional()
  @IsIn(['fullName', 'createdAt'])
  sort: 'fullName' | 'createdAt' = 'createdAt';

  @ApiPropertyOptional({ description: 'exact ID number (matched through its keyed hash); this or phone' })
  @ValidateIf((dto: ClientLookupDto) => dto.idNumber !== undefined || dto.phone === undefined)
  @IsString()
  @Length(1, 40)
  idNumber?: string;

  @ApiPropertyOptional({ description: 'exact phone number (matched through its keyed hash)' })
  @IsOptional()
  @IsString()
  @Length(1, 30)
  phone?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  officerId?: string;
}
