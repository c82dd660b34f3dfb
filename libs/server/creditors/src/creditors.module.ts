import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Creditor } from './creditor.entity';
import { CreditorsController } from './creditors.controller';
import { CreditorsService } from './creditors.service';

@Module({
  imports: [TypeOrmModule.forFeature([Creditor])],
  controllers: [CreditorsController],
  providers: [CreditorsService],
  exports: [CreditorsService],
})
export class CreditorsModule {}
