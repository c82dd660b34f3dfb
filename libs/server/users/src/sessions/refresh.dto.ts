import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class RefreshSessionDto {
  /**
   * Seconds since the person last touched the page (0 or absent: just now). At the firm's idle timeout
   * the session ends instead of being refreshed.
   */
  @ApiPropertyOptional({ minimum: 0, maximum: 86400, example: 40 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(86400)
  idleSeconds?: number;
}
