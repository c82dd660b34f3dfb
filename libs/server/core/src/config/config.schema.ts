import { z } from 'zod';

const booleanish = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Compose files pass `${VAR:-}`: an empty value means the setting is off, not that it is malformed. */
const unsetWhenEmpty = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema);

/**
 * Every environment variable the server reads, validated once at boot. process.env is read nowhere else.
 * Secrets are marked in their description so logs and docs never print them.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .url()
    .describe('secret: PostgreSQL connection URL of the API and worker (the runtime role)'),
  DATABASE_MIGRATION_URL: unsetWhenEmpty(
    z
      .string()
      .url()
      .optional()
      .describe(
        'secret: the owner role that `cli.js migrate` runs as and that owns the schema; DATABASE_URL when absent',
      ),
  ),
  DATABASE_RUNTIME_ROLE: unsetWhenEmpty(
    z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'DATABASE_RUNTIME_ROLE must be a plain lower-case role name')
      .optional()
      .describe("the role `migrate` grants the runtime's rights to; DATABASE_URL's user when absent"),
  ),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15000),
  REDIS_URL: z.string().url().optional().describe('secret: Redis URL; BullMQ PostgreSQL backend when absent'),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]+$/)
    .default('accord'),
  JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').describe('secret'),
  JWT_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(24 * 3600)
    .default(300)
    .describe('lifetime of an access token; the dashboard refreshes it through the session cookie'),
  SHUTDOWN_GRACE_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(300_000)
    .default(10_000)
    .describe('on SIGTERM, how long requests in flight may take to finish before their connections are cut'),
  AUDIT_DENIALS_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .default(120)
    .describe('access denials written to the audit log per API process and minute; the rest are counted'),
  FIELD_ENCRYPTION_KEYS: z
    .string()
    .regex(
      /^[a-z0-9]{1,16}:[A-Za-z0-9+/=_-]{43,}(,[a-z0-9]{1,16}:[A-Za-z0-9+/=_-]{43,})*$/,
      'FIELD_ENCRYPTION_KEYS must be "id:base64key[,id:base64key…]"',
    )
    .describe('secret: AES-256 keys for ID numbers and phones, by key id'),
  FIELD_ENCRYPTION_KEY_ID: z
    .string()
    .optional()
    .describe('the key id new values are encrypted with; the first key by default'),
  FIELD_HASH_KEY: z
    .string()
    .min(43, 'FIELD_HASH_KEY must be at least 32 bytes of base64')
    .describe('secret: HMAC key for exact search'),
  STORAGE_DRIVER: z.enum(['disk', 's3']).default('disk'),
  STORAGE_DIR: z.string().default('.data/uploads').describe('where the disk driver keeps uploaded documents'),
  S3_ENDPOINT: z.string().url().optional().describe('an S3-compatible endpoint; AWS when absent'),
  S3_REGION: z.string().default('us-east-1'),
  S3_BUCKET: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional().describe('secret'),
  S3_SECRET_ACCESS_KEY: z.string().optional().describe('secret'),
  S3_FORCE_PATH_STYLE: booleanish.default(true),
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(20 * 1024 * 1024),
  CLAMAV_HOST: unsetWhenEmpty(
    z
      .string()
      .min(1)
      .optional()
      .describe('clamd to stream every upload through before it is kept; no virus scan when absent'),
  ),
  CLAMAV_PORT: z.coerce.number().int().min(1).max(65535).default(3310),
  CLAMAV_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .default(30000)
    .describe('longest silence from clamd before an upload is refused with 503'),
  FIRM_TIME_ZONE: z.string().default('Asia/Taipei'),
  AFFORDABILITY_COMMIT_BP: z.coerce
    .number()
    .int()
    .min(100)
    .max(10000)
    .default(7000)
    .describe('share of disposable income proposed to creditors, 7000 = 70 %'),
  CORS_ORIGIN: z.string().default('http://localhost:5173'),
  PUBLIC_BASE_URL: z
    .string()
    .url()
    .default('http://localhost:3000')
    .describe('where clients reach the upload page'),
  UPLOAD_LINK_MAX_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  UPLOAD_LINK_REQUESTS_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .default(120)
    .describe('per client address, on the public upload page'),
  EXPORTS_PER_HOUR: z.coerce
    .number()
    .int()
    .min(1)
    .default(60)
    .describe('CSV exports (cases, workload, creditor report) per person per clock hour'),
  IMPORT_CHECKS_PER_HOUR: z.coerce
    .number()
    .int()
    .min(1)
    .default(20)
    .describe(
      'client-import previews and imports per person per clock hour (each checks the file against every client)',
    ),
  SMTP_URL: unsetWhenEmpty(
    z
      .string()
      .url()
      .optional()
      .describe('secret: smtp(s)://user:password@host:port for e-mail reminders; e-mail is off when absent'),
  ),
  MAIL_FROM: z.string().default('Accord <no-reply@accord.local>'),
  SMS_GATEWAY_URL: unsetWhenEmpty(
    z
      .string()
      .url()
      .optional()
      .describe('the SMS gateway endpoint that receives a POST per message; SMS is off when absent'),
  ),
  SMS_GATEWAY_TOKEN: unsetWhenEmpty(
    z.string().optional().describe('secret: sent as a bearer token to the SMS gateway'),
  ),
  SMS_GATEWAY_BODY: z
    .string()
    .default('{"to":"{{to}}","text":"{{text}}","idempotencyKey":"{{key}}"}')
    .describe('JSON body template; {{to}}, {{text}} and {{key}} are filled in (JSON-escaped)'),
  REMINDER_RECONCILE_SECONDS: z.coerce.number().int().min(5).default(120),
  SMTP_MAX_CONNECTIONS: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(5)
    .describe(
      'e-mails one worker has in the SMTP server’s hands at once (also the most a killed worker can double)',
    ),
  SMS_MAX_IN_FLIGHT: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(10)
    .describe('SMS one worker has in the gateway’s hands at once'),
  REMINDER_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
  REMINDER_RETRY_DELAY_MS: z.coerce
    .number()
    .int()
    .min(10)
    .default(30000)
    .describe('first retry delay of a failed delivery; doubles each time'),
  REMINDER_LOCK_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .default(30000)
    .describe('how long a delivery in hand is leased; a worker that died is taken over after it'),
  REMINDER_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(100),
  DASHBOARD_DIST: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: booleanish.default(false),
  SIGN_IN_WINDOW_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(900)
    .describe(
      'how long a failed sign-in counts; no sign-in is ever refused for longer (no permanent lockout)',
    ),
  SIGN_IN_FIRST_DELAY_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(1)
    .describe(
      'wait (429 with Retry-After) after a failed sign-in for that e-mail from that address; doubles with each further failure, up to the window',
    ),
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT: z.coerce
    .number()
    .int()
    .min(1)
    .default(5)
    .describe(
      'failures for one e-mail from any address in the window, past which only addresses without a failure for it may try',
    ),
  SIGN_IN_MAX_FAILURES_PER_ADDRESS: z.coerce
    .number()
    .int()
    .min(1)
    .default(20)
    .describe(
      'failures from one address (an IPv6 one by its /64) for any e-mails in the window, past which it waits',
    ),
  TRUST_PROXY: booleanish.default(false),
});

export type AppConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

export function parseConfig(env: NodeJS.ProcessEnv): AppConfig {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  - ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`Invalid environment configuration:\n${problems.join('\n')}`);
  }
  if (result.data.STORAGE_DRIVER === 's3' && !result.data.S3_BUCKET) {
    throw new ConfigError(
      `Invalid environment configuration:\n  - S3_BUCKET: required when STORAGE_DRIVER is s3`,
    );
  }
  if (!isValidTimeZone(result.data.FIRM_TIME_ZONE)) {
    throw new ConfigError(`Invalid environment configuration:\n  - FIRM_TIME_ZONE: unknown time zone`);
  }
  return result.data;
}

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
