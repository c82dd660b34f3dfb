import { connect } from 'node:net';

/** A request body as a hostile or broken client sends it; supertest only ever builds valid ones. */
export interface BrokenUpload {
  name: string;
  contentType: string;
  body: Buffer;
  /** Hang up after this many body bytes, although Content-Length promised the whole body. */
  hangUpAfter?: number;
}

const BOUNDARY = 'accordrawboundary';

const partHead = (disposition: string) =>
  Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\nContent-Type: application/pdf\r\n\r\n`,
  );
const filePart = (file: Buffer) =>
  Buffer.concat([partHead('form-data; name="file"; filename="statement.pdf"'), file]);
const closing = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);

/**
 * Every way we know a multipart body can be broken: truncated (no closing boundary, cut after the
 * file, cut mid-file, cut in a part header), a boundary other than the declared one, a nameless part,
 * a part header without a colon, no body at all, no boundary in the header, and a client that hangs
 * up mid-file. Each must end its own request only.
 */
export function brokenUploads(file: Buffer): BrokenUpload[] {
  const multipart = `multipart/form-data; boundary=${BOUNDARY}`;
  const whole = Buffer.concat([filePart(file), closing]);
  return [
    {
      name: 'no closing boundary',
      contentType: multipart,
      body: Buffer.concat([filePart(file), Buffer.from(`\r\n--${BOUNDARY}`)]),
    },
    { name: 'ends right after the file data', contentType: multipart, body: filePart(file) },
    {
      name: 'cut mid-file',
      contentType: multipart,
      body: whole.subarray(0, partHead('').length + Math.floor(file.length / 2)),
    },
    {
      name: 'cut inside a part header',
      contentType: multipart,
      body: Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="fi`),
    },
    {
      name: 'a boundary other than the declared one',
      contentType: 'multipart/form-data; boundary=somethingelse',
      body: whole,
    },
    {
      name: 'a part with no name',
      contentType: multipart,
      body: Buffer.concat([partHead('form-data; filename="statement.pdf"'), file, closing]),
    },
    {
      name: 'a part header without a colon',
      contentType: multipart,
      body: Buffer.concat([Buffer.from(`--${BOUNDARY}\r\nthis is not a header\r\n\r\n`), file, closing]),
    },
    { name: 'no body at all', contentType: multipart, body: Buffer.alloc(0) },
    { name: 'no boundary in the content type', contentType: 'multipart/form-data', body: whole },
    {
      name: 'the client hangs up mid-file',
      contentType: multipart,
      body: whole,
      hangUpAfter: partHead('').length + Math.floor(file.length / 2),
    },
  ];
}

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends one request over a plain socket, byte for byte. For a hang-up, answers null once the socket is
 * closed; the server has nobody left to answer.
 */
export function sendRaw(
  port: number,
  path: string,
  upload: BrokenUpload,
  headers: Record<string, string> = {},
): Promise<RawAnswer | null> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    socket.on('data', (chunk) => received.push(chunk));
    let failure: Error | undefined;
    // A server that answers before reading everything may reset the socket: the answer still counts.
    socket.on('error', (error) => (failure = error));
    socket.on('close', () => {
      if (upload.hangUpAfter !== undefined) return resolve(null);
      if (!received.length) return reject(failure ?? new Error('the server closed without answering'));
      try {
        resolve(parseAnswer(Buffer.concat(received)));
      } catch (error) {
        reject(error);
      }
    });
    const head = [
      `POST ${path} HTTP/1.1`,
      'Host: 127.0.0.1',
      'Connection: close',
      `Content-Type: ${upload.contentType}`,
      `Content-Length: ${upload.body.length}`,
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
      '',
      '',
    ].join('\r\n');
    socket.write(head);
    if (upload.hangUpAfter === undefined) {
      socket.write(upload.body);
      return;
    }
    socket.write(upload.body.subarray(0, upload.hangUpAfter), () => {
      // Long enough for the server to be streaming the file into storage when the client goes.
      setTimeout(() => socket.destroy(), 200);
    });
  });
}

function parseAnswer(raw: Buffer): RawAnswer {
  const split = raw.indexOf('\r\n\r\n');
  if (split < 0) throw new Error(`no HTTP answer, got ${JSON.stringify(raw.toString('latin1'))}`);
  const [statusLine, ...lines] = raw.subarray(0, split).toString('latin1').split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = raw.subarray(split + 4);
  if (headers['transfer-encoding'] === 'chunked') body = unchunk(body);
  return { status: Number(statusLine.split(' ')[1]), headers, body: body.toString('utf8') };
}

function unchunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at);
    const size = parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
    if (!size) return Buffer.concat(parts);
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}
