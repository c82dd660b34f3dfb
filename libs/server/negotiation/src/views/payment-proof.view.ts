/** A receipt or transfer screenshot kept behind a payment (its bytes at /api/payment-proofs/{id}/content). */
export class PaymentProof {
  id!: string;

  paymentId!: string;

  caseId!: string;

  /**
   * The name it was uploaded with.
   * @example 轉帳截圖.png
   */
  originalName!: string;

  /**
   * The type found in its content, never taken from its name.
   * @example image/png
   */
  mediaType!: string;

  /** @example 284113 */
  sizeBytes!: number;

  createdAt!: Date;
}
