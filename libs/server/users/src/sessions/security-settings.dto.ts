import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';

export class UpdateSecuritySettingsDto {
  @ApiProperty({ minimum: 5, maximum: 240, example: 30 })
  @IsInt()
  @Min(5)
  @Max(240)
  idleTimeoutMinutes!: number;

  @ApiProperty({ minimum: 1, maximum: 24, example: 12 })
  @IsInt()
  @Min(1)
  @Max(24)
  absoluteLifetimeHours!: number;

  @ApiProperty()
  @IsBoolean()
  secondFactorForOfficers!: boolean;

  @ApiProperty({ description: 'the version you read; a stale one answers 409' })
  @IsInt()
  @Min(1)
  version!: number;
}
