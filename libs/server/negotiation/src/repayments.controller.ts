import {
  ACCEPTED_MEDIA_TYPES,
  ANY_SIGNED_IN,
  CurrentUser,
  DownloadQuery,
  RequestInfo,
  Roles,
  storedFileResponse,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { RecordPaymentDto } from './dto/payment.dto';
import { PaymentProofsService } from './payment-proofs.service';
import { RepaymentsService } from './repayments.service';

/** A proof's bytes, in the type found in its content when it was uploaded. */
const PROOF_CONTENT = Object.fromEntries(
  [...ACCEPTED_MEDIA_TYPES].map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
);

@ApiTags('repayments')
@ApiBearerAuth()
@Controller()
export class RepaymentsController {
  constructor(
    private readonly repayments: RepaymentsService,
    private readonly proofs: PaymentProofsService,
  ) {}

  /** A case's repayment plans with their installments and what was paid. */
  @Get('cases/:id/repayment-plans')
  @Roles(...ANY_SIGNED_IN)
  plans(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) caseId: string) {
    return this.repayments.plansOfCase(principal, caseId);
  }

  /** One repayment plan: installments, payments, allocations and proofs. */
  @Get('repayment-plans/:id')
  @Roles(...ANY_SIGNED_IN)
  plan(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.repayments.plan(principal, id);
  }

  /** A payment toward an installment; partial payments and overpayments roll forward through the plan. */
  @Post('installments/:id/payments')
  @Roles(...ANY_SIGNED_IN)
  recordPayment(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) installmentId: string,
    @Body() dto: RecordPaymentDto,
    @RequestInfo() context: RequestContext,
  ) {
    return this.repayments.recordPayment(principal, installmentId, dto, context);
  }

  /** A receipt or transfer screenshot, multipart with one field named "file". */
  @Post('payments/:id/proofs')
  @Roles(...ANY_SIGNED_IN)
  @ApiConsumes('multipart/form-data')
  uploadProof(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) paymentId: string,
    @Req() request: Request,
    @RequestInfo() context: RequestContext,
  ) {
    return this.proofs.upload(principal, paymentId, request, context);
  }

  /** The bytes of a payment proof. */
  @Get('payment-proofs/:id/content')
  @Roles(...ANY_SIGNED_IN)
  @ApiProduces(...ACCEPTED_MEDIA_TYPES)
  @ApiOkResponse({
    description: 'The file: an attachment, or inline when asked (disposition=inline)',
    content: PROOF_CONTENT,
  })
  async downloadProof(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: DownloadQuery,
    @RequestInfo() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { file, body } = await this.proofs.open(principal, id, context);
    return storedFileResponse(response, file, body, query.disposition);
  }

  /** What the case's agreed plans save the client against the claim, per currency, and how it was worked out. */
  @Get('cases/:id/savings')
  @Roles(...ANY_SIGNED_IN)
  savings(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) caseId: string) {
    return this.repayments.savings(principal, caseId);
  }
}
