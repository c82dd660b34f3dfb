import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RemindersModule } from '@accord/server-reminders';
import { ClientCases } from './client-cases';
import { ClientHooks } from './client-hooks';
import { Client } from './client.entity';
import { ClientsController } from './clients.controller';
import { ClientsService } from './clients.service';

@Module({
  imports: [TypeOrmModule.forFeature([Client]), RemindersModule],
  controllers: [ClientsController],
  providers: [ClientsService, ClientHooks, ClientCases],
  exports: [ClientsService, ClientHooks, ClientCases],
})
export class ClientsModule {}
