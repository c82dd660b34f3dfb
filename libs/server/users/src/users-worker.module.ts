import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersProcessor } from './jobs/users.processor';
import { User } from './user.entity';

/** The users feature's background jobs, hosted by the worker app. */
@Module({
  imports: [TypeOrmModule.forFeature([User])],
  providers: [UsersProcessor],
})
export class UsersWorkerModule {}
