/** Whether a person has a second factor, and how many recovery codes they have left. */
export class SecondFactorStatus {
  enrolled!: boolean;
  /** @example "2026-12-07T09:30:00.000Z" */
  enrolledAt!: string | null;
  /**
   * Unused recovery codes; each opens one sign-in without the authenticator app.
   * @example 10
   */
  recoveryCodesLeft!: number;
}

/** A second factor being enrolled: what the authenticator app needs. Shown once; confirm with a code. */
export class SecondFactorEnrolment {
  /** The shared secret in Base32, for typing into an app that cannot scan. */
  secret!: string;
  /** The otpauth:// URI the QR code holds (RFC 6238 TOTP, 6 digits, 30 seconds). */
  otpauthUri!: string;
  /** The QR code as a PNG data URL, to show as an image. */
  qrCode!: string;
}

/** The ten recovery codes, shown once at enrolment: only their keyed hashes are kept. */
export class SecondFactorRecoveryCodes {
  /** @example ["k7qd-3mxa", "p2vw-9hrt"] */
  recoveryCodes!: string[];
}
