import { createServer as createHttpServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A port nobody listens on yet, so a server can be started there later (the "comes back" case). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface ReceivedMail {
  to: string[];
  raw: string;
}

/**
 * A real SMTP server in the test process. `hold` keeps the next message's DATA unanswered until
 * released, so a test can stop the sender in the middle of a delivery.
 */
export class TestSmtpServer {
  readonly received: ReceivedMail[] = [];
  /**
   * A slow server: the message counts as delivered as soon as its data is in, and the answer comes this
   * much later (a sender that dies meanwhile never learns it was delivered).
   */
  ackDelayMs = 0;
  private server: SMTPServer | null = null;
  private holding: { started: () => void; release: Promise<void>; gone: () => void } | null = null;
  private readonly closed = new Set<string>();
  private readonly onGone = new Map<string, () => void>();

  constructor(readonly port: number) {}

  start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onClose: (session) => {
        this.closed.add(session.id);
        this.onGone.get(session.id)?.();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const hold = this.holding;
          this.holding = null;
          const accept = () => {
            this.received.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              raw: Buffer.concat(chunks).toString('utf8'),
            });
            if (this.ackDelayMs) setTimeout(() => callback(), this.ackDelayMs);
            else callback();
          };
          if (!hold) return accept();
          this.onGone.set(session.id, hold.gone);
          hold.started();
          // The sender never hears back if it dies while held: its connection closes, nothing is accepted.
          void hold.release.then(() => (this.closed.has(session.id) ? undefined : accept()));
        });
      },
    });
    // A sender killed mid-conversation resets its connection: smtp-server reports that as an 'error'
    // event, which without a listener would be thrown in the test process. It is what these tests do.
    this.server.on('error', (error: Error) => this.connectionErrors.push(error));
    return new Promise((resolve) => this.server?.listen(this.port, '127.0.0.1', () => resolve()));
  }

  /** Connections that broke off (a killed sender's reset), kept for a test that wants to look. */
  readonly connectionErrors: Error[] = [];

  /**
   * Holds the next message: `arrived` settles once its data is in (not yet accepted), `senderGone` once
   * the sender's connection has closed while it was held, `release` lets the server answer.
   */
  holdNext(): { arrived: Promise<void>; senderGone: Promise<void>; release: () => void } {
    let release!: () => void;
    let arrived!: () => void;
    let gone!: () => void;
    const arrivedPromise = new Promise<void>((r) => (arrived = r));
    const gonePromise = new Promise<void>((r) => (gone = r));
    this.holding = { started: arrived, release: new Promise<void>((r) => (release = r)), gone };
    return { arrived: arrivedPromise, senderGone: gonePromise, release };
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

export interface ReceivedSms {
  headers: IncomingHttpHeaders;
  body: { to: string; text: string; idempotencyKey: string };
}

/** A real HTTP SMS gateway: answers `failFirst` requests with 503, then accepts, once per idempotency key. */
export class TestSmsGateway {
  readonly requests: ReceivedSms[] = [];
  readonly accepted: ReceivedSms[] = [];
  failFirst = 0;
  private server: Server | null = null;
  port = 0;

  async start(): Promise<void> {
    this.server = createHttpServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => {
        const sms: ReceivedSms = {
          headers: request.headers,
          body: JSON.parse(Buffer.concat(chunks).toString()),
        };
        this.requests.push(sms);
        if (this.failFirst > 0) {
          this.failFirst -= 1;
          response.writeHead(503).end();
          return;
        }
        const key = request.headers['idempotency-key'];
        if (!this.accepted.some((a) => a.headers['idempotency-key'] === key)) this.accepted.push(sms);
        response.writeHead(202, { 'Content-Type': 'application/json' }).end('{"queued":true}');
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server?.address() as { port: number }).port;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
