/** A link a client uploads through, as the case's page lists it: its token is never shown again. */
export class UploadLink {
  /** @example "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d" */
  id!: string;
  /** The staff member who made it. */
  createdBy!: string;
  /** @example "2026-12-07T07:04:05.000Z" */
  createdAt!: Date;
  /** @example "2026-12-14T07:04:05.000Z" */
  expiresAt!: Date;
  /** Null unless revoked (by hand, or when the case closed or consent was withdrawn). */
  revokedAt!: Date | null;
  /** When a client last uploaded through it; null if never. */
  lastUsedAt!: Date | null;
  /** Files the client has uploaded through it. */
  uploadCount!: number;
  /** Neither revoked nor expired. */
  active!: boolean;
}

/** A case's upload links, newest first. */
export class UploadLinkPage {
  data!: UploadLink[];
  total!: number;
}

/** Texts ready to send the client, in the link's language, naming the link, its last day and what is missing. */
export class UploadLinkMessages {
  sms!: string;
  wechat!: string;
  email!: string;
}

/** A new link: the only answer that holds its token. */
export class CreatedUploadLink {
  /** @example "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d" */
  id!: string;
  /** Shown this once and kept only as a hash: it is also in url, after the #. */
  token!: string;
  /** The page the client opens; the token after # never reaches a server log. */
  url!: string;
  /** @example "2026-12-14T07:04:05.000Z" */
  expiresAt!: string;
  messages!: UploadLinkMessages;
}
