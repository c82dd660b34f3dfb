import { PASSWORD_MAX_LENGTH } from '@accord/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class ChangePasswordDto {
  @ApiProperty({ description: 'the password now in use (the one an admin set, after a reset)' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  currentPassword!: string;

  /** The rules (length, the common list, not built on one's e-mail or name) answer 422 PASSWORD_REJECTED. */
  @ApiProperty({ maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}
