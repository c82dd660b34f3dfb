import { ErrorCode } from '@accord/contracts';
import { CasePolicyService, CasesService } from '@accord/server-cases';
import {
  AuditService,
  ConflictError,
  NotFoundError,
  OBJECT_STORAGE,
  getStoredOrNotFound,
  refusedWithItsCase,
  type ObjectStorage,
  type Principal,
  type RequestContext,
  type StoredUpload,
  UploadReceiver,
} from '@accord/server-core';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import type { PaymentProof } from './views/payment-proof.view';

const PROOF_COLUMNS = `id, payment_id AS "paymentId", case_id AS "caseId", original_name AS "originalName",
  media_type AS "mediaType", size_bytes::int AS "sizeBytes", created_at AS "createdAt"`;

/**
 * Receipts and transfer screenshots behind payments. They go through the same streaming upload and
 * object storage as case documents (type by content, size limit, hashed), under their own keys.
 */
@Injectable()
export class PaymentProofsService {
  private readonly logger = new Logger(PaymentProofsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    @Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage,
    private readonly uploads: UploadReceiver,
    private readonly policy: CasePolicyService,
  ) {}

  async upload(
    principal: Principal,
    paymentId: string,
    request: IncomingMessage,
    context: RequestContext,
  ): Promise<PaymentProof> {
    const caseId = await this.caseOfPayment(principal, paymentId).catch((error: unknown) => {
      request.resume();
      throw error;
    });
    const stored = await this.uploads.receive(request, `payments/${caseId}`);
    try {
      return await this.record(principal, paymentId, caseId, stored, context);
    } catch (error) {
      await this.storage
        .delete(stored.storageKey)
        .catch((e) => this.logger.warn({ err: e }, 'could not remove an unrecorded proof'));
      throw error;
    }
  }

  private record(
    principal: Principal,
    paymentId: string,
    caseId: string,
    stored: StoredUpload,
    context: RequestContext,
  ): Promise<PaymentProof> {
    return this.db.transaction(async (manager) => {
      await this.policy.assert(manager, principal.role, caseId, 'payment.proof');
      const [same] = await manager.query(
        `SELECT id FROM payment_proofs WHERE payment_id = $1 AND sha256 = $2`,
        [paymentId, stored.sha256],
      );
      if (same)
        throw new ConflictError(
          ErrorCode.DuplicateFile,
          'This exact file is already attached to this payment',
          {
            fileId: same.id,
          },
        );
      const [proof] = await manager.query(
        `INSERT INTO payment_proofs (payment_id, case_id, storage_key, sha256, size_bytes, media_type, original_name, uploaded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${PROOF_COLUMNS}`,
        [
          paymentId,
          caseId,
          stored.storageKey,
          stored.sha256,
          stored.sizeBytes,
          stored.mediaType,
          stored.originalName,
          principal.id,
        ],
      );
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'payment.proof_uploaded',
        entityType: 'payment_proof',
        entityId: proof.id,
        context,
        details: {
          paymentId,
          caseId,
          sizeBytes: stored.sizeBytes,
          mediaType: stored.mediaType,
          sha256: stored.sha256,
        },
      });
      return proof as PaymentProof;
    });
  }

  /** The proof's bytes for someone who may see the case; every download is in the audit log. */
  async open(
    principal: Principal,
    proofId: string,
    context: RequestContext,
  ): Promise<{ file: PaymentProof; body: Readable }> {
    const [row] = await this.db.query(
      `SELECT ${PROOF_COLUMNS}, storage_key FROM payment_proofs WHERE id = $1`,
      [proofId],
    );
    if (!row) throw new NotFoundError('Payment proof');
    await this.cases
      .get(principal, row.caseId)
      .catch(refusedWithItsCase('Payment proof', 'payment_proof', proofId));
    const { storage_key: storageKey, ...file } = row;
    const body = await getStoredOrNotFound(this.storage, storageKey, 'Payment proof');
    await this.audit.record(null, {
      actorId: principal.id,
      action: 'payment.proof_downloaded',
      entityType: 'payment_proof',
      entityId: file.id,
      context,
      details: { caseId: file.caseId, paymentId: file.paymentId },
    });
    return { file, body };
  }

  /** The payment's case, if this person may see it (404 otherwise, as for the payment itself). */
  private async caseOfPayment(principal: Principal, paymentId: string): Promise<string> {
    const [row] = await this.db.query(
      `SELECT p.case_id FROM payments y JOIN repayment_plans p ON p.id = y.plan_id WHERE y.id = $1`,
      [paymentId],
    );
    if (!row) throw new NotFoundError('Payment');
    await this.cases.get(principal, row.case_id).catch(refusedWithItsCase('Payment', 'payment', paymentId));
    // Asked before the file is streamed, and again when it is recorded (the case may change meanwhile).
    await this.policy.assert(this.db.manager, principal.role, row.case_id, 'payment.proof');
    return row.case_id;
  }
}
