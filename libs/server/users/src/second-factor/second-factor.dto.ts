import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class ConfirmSecondFactorDto {
  /** The six digits the authenticator app shows now. */
  @ApiProperty({ example: '492039', pattern: '^[0-9]{6}$' })
  @Matches(/^[0-9]{6}$/)
  code!: string;
}
