import { connect } from 'node:net';
import { Writable } from 'node:stream';

export type ScanVerdict = { infected: false } | { infected: true; signature: string };

/** clamd could not give a verdict: down, unreachable, too slow, or it refused the stream. */
export class VirusScanUnavailable extends Error {}

export interface ClamdOptions {
  host: string;
  port: number;
  /** Longest silence on the connection before the scan counts as failed. */
  timeoutMs: number;
}

/** One file on its way through clamd: write its bytes into `input`, end it, await `verdict`. */
export interface ScanSession {
  input: Writable;
  verdict: Promise<ScanVerdict>;
  /** Stops the scan of an upload that failed for another reason. */
  cancel(): void;
}

const END_OF_STREAM = Buffer.alloc(4);

/**
 * A client of clamd's INSTREAM command: `zINSTREAM\0`, then chunks each prefixed by their length as
 * 4 bytes big-endian, then a zero-length chunk; clamd answers `stream: OK` or `stream: <name> FOUND`,
 * NUL-terminated. Bytes are streamed as they arrive, with the socket's backpressure, never buffered.
 */
export class ClamdScanner {
  constructor(private readonly options: ClamdOptions) {}

  scan(): ScanSession {
    const socket = connect({ host: this.options.host, port: this.options.port });
    socket.setTimeout(this.options.timeoutMs);
    const reply: Buffer[] = [];
    let settled = false;
    let settle!: (outcome: ScanVerdict | Error) => void;
    const verdict = new Promise<ScanVerdict>((resolve, reject) => {
      settle = (outcome) => {
        if (settled) return;
        settled = true;
        socket.destroy();
        if (outcome instanceof Error) reject(outcome);
        else resolve(outcome);
      };
    });
    // A caller that stops listening (its upload failed first) must not leave a rejection unhandled.
    verdict.catch(() => undefined);

    socket.on('data', (chunk: Buffer) => {
      reply.push(chunk);
      if (chunk.includes(0)) settle(readReply(Buffer.concat(reply)));
    });
    socket.on('end', () =>
      settle(
        reply.length
          ? readReply(Buffer.concat(reply))
          : new VirusScanUnavailable('clamd closed without answering'),
      ),
    );
    socket.on('close', () => settle(new VirusScanUnavailable('clamd closed the connection')));
    socket.on('timeout', () =>
      settle(new VirusScanUnavailable(`clamd did not answer within ${this.options.timeoutMs} ms`)),
    );
    socket.on('error', (error) => settle(new VirusScanUnavailable(`clamd: ${error.message}`)));
    socket.write('zINSTREAM\0');

    const input = new Writable({
      write(chunk: Buffer, _encoding, done) {
        // Once clamd has answered or gone, the rest of the file has nowhere to go: let it pass.
        if (settled) return done();
        const length = Buffer.alloc(4);
        length.writeUInt32BE(chunk.length);
        socket.write(length);
        if (socket.write(chunk)) return done();
        const resume = () => {
          socket.off('drain', resume);
          socket.off('close', resume);
          done();
        };
        socket.on('drain', resume);
        socket.on('close', resume);
      },
      final(done) {
        if (!settled) socket.write(END_OF_STREAM);
        done();
      },
    });
    return {
      input,
      verdict,
      // The input stays open and swallows what is still written, so a writer waiting on it moves on.
      cancel: () => settle(new VirusScanUnavailable('scan cancelled')),
    };
  }
}

function readReply(raw: Buffer): ScanVerdict | Error {
  const text = raw
    .toString('utf8')
    .replace(/\0[\s\S]*$/, '')
    .trim();
  if (text === 'stream: OK') return { infected: false };
  const found = /^stream: (.+) FOUND$/.exec(text);
  if (found) return { infected: true, signature: found[1] };
  // e.g. "INSTREAM size limit exceeded. ERROR" when StreamMaxLength is below the upload limit.
  return new VirusScanUnavailable(`clamd answered ${JSON.stringify(text.slice(0, 200))}`);
}
