import {
  AccountSetup,
  ANY_SIGNED_IN,
  CurrentUser,
  RequestInfo,
  Roles,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ConfirmSecondFactorDto } from './second-factor.dto';
import { SecondFactorService } from './second-factor.service';
import { SecondFactorEnrolment, SecondFactorRecoveryCodes, SecondFactorStatus } from './second-factor.view';

@ApiTags('auth')
@Controller()
export class SecondFactorController {
  constructor(private readonly secondFactor: SecondFactorService) {}

  /** Whether I have a second factor, since when, and how many recovery codes I have left. */
  @Get('auth/second-factor')
  @Roles(...ANY_SIGNED_IN)
  @AccountSetup()
  status(@CurrentUser() principal: Principal): Promise<SecondFactorStatus> {
    return this.secondFactor.status(principal);
  }

  /** Starts enrolling an authenticator app: its secret and QR code, until a first code confirms it (409 if one is enrolled). */
  @Post('auth/second-factor/enrolment')
  @Roles(...ANY_SIGNED_IN)
  @AccountSetup()
  @HttpCode(200)
  start(@CurrentUser() principal: Principal): Promise<SecondFactorEnrolment> {
    return this.secondFactor.startEnrolment(principal);
  }

  /** Confirms the enrolment with the app's current code (422 SECOND_FACTOR_WRONG): the ten recovery codes, shown once. */
  @Post('auth/second-factor/enrolment/confirm')
  @Roles(...ANY_SIGNED_IN)
  @AccountSetup()
  @HttpCode(200)
  confirm(
    @CurrentUser() principal: Principal,
    @Body() dto: ConfirmSecondFactorDto,
    @RequestInfo() context: RequestContext,
  ): Promise<SecondFactorRecoveryCodes> {
    return this.secondFactor.confirmEnrolment(principal, dto.code, context);
  }

  /** Removes a person's second factor and recovery codes (admins; audited): their sessions end and they enrol again. */
  @Post('users/:id/second-factor/reset')
  @Roles('admin')
  @HttpCode(204)
  async reset(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @RequestInfo() context: RequestContext,
  ): Promise<void> {
    await this.secondFactor.reset(principal, id, context);
  }
}
