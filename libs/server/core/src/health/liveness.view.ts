import { ApiProperty } from '@nestjs/swagger';

/** The process answers; nothing else was asked. */
export class LivenessView {
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';
}
