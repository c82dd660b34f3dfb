import type { DocumentKind } from '@accord/contracts';
import { DocumentDescriptions } from './document-descriptions.view';

/** A paper the client is still asked for. */
export class PublicUploadItem {
  /** @example "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e" */
  id!: string;
  kind!: DocumentKind;
  /** rejected: send it again; received: awaiting the officer's check, more files are welcome. */
  status!: 'requested' | 'rejected' | 'received';
  /** @example "2026-12-14" */
  dueOn!: string;
  /** Why the last file was refused; null unless rejected. */
  rejectionReason!: string | null;
  /** Null when the firm has no template for this kind. */
  descriptions!: DocumentDescriptions | null;
}

/** What the client's upload page shows: their case's outstanding papers and nothing else of it. */
export class PublicUploadLink {
  /** @example "2026-12-14T07:04:05.000Z" */
  expiresAt!: string;
  items!: PublicUploadItem[];
}

/** The client's file, received. */
export class PublicUploadReceipt {
  /** @example "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a" */
  id!: string;
  kind!: DocumentKind;
  /** @example "2026-12-07T07:04:05.000Z" */
  receivedAt!: string;
}
