import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class SignInDto {
  @ApiProperty({ example: 'admin@accord.test' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;

  /** With a second factor enrolled: the six digits the authenticator app shows now. */
  @ApiPropertyOptional({ pattern: '^[0-9]{6}$' })
  @IsOptional()
  @Matches(/^[0-9]{6}$/)
  code?: string;

  /** Instead of `code`: one of the recovery codes given at enrolment, good once. */
  @ApiPropertyOptional({ example: 'k7qd-3mxa' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  recoveryCode?: string;
}
