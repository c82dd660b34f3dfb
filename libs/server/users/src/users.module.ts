import { AccessGuard, PRINCIPAL_LOADER } from '@accord/server-core';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { PrincipalLoaderService } from './principal-loader.service';
import { SecondFactorController } from './second-factor/second-factor.controller';
import { SecondFactorService } from './second-factor/second-factor.service';
import { SecuritySettingsService } from './sessions/security-settings.service';
import { SessionsController } from './sessions/sessions.controller';
import { SessionsService } from './sessions/sessions.service';
import { SignInThrottleService } from './sign-in-throttle.service';
import { TeamsController } from './teams.controller';
import { TeamsService } from './teams.service';
import { Team } from './team.entity';
import { User } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** Users, teams and sign-in for the HTTP API; also installs the global deny-by-default guard. */
@Module({
  imports: [TypeOrmModule.forFeature([User, Team])],
  controllers: [AuthController, SecondFactorController, SessionsController, UsersController, TeamsController],
  providers: [
    AuthService,
    SecondFactorService,
    SecuritySettingsService,
    SessionsService,
    SignInThrottleService,
    UsersService,
    TeamsService,
    { provide: PRINCIPAL_LOADER, useClass: PrincipalLoaderService },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [UsersService, TeamsService],
})
export class UsersModule {}
