import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Creditor } from './creditor.entity';
import { CreditorsController } from './creditors.controller';
import { CreditorsService } from './creditors.service';
import { LprRate } from './lpr-rate.entity';
import { LprRatesController } from './lpr-rates.controller';
import { LprRatesService } from './lpr-rates.service';

@Module({
  imports: [TypeOrmModule.forFeature([Creditor, LprRate])],
  controllers: [CreditorsController, LprRatesController],
  providers: [CreditorsService, LprRatesService],
  exports: [CreditorsService, LprRatesService],
})
export class CreditorsModule {}
