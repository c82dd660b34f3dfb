import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ClamdScanner, VirusScanUnavailable } from './clamd-scanner';

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A stand-in for clamd that records what arrives and answers as `answer` decides. */
async function fakeClamd(answer: (received: Buffer, socket: Socket) => void): Promise<number> {
  server = createServer((socket) => {
    let received = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      answer(received, socket);
    });
  });
  await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
  return (server?.address() as AddressInfo).port;
}

/** The chunks of an INSTREAM conversation, or null while it has not ended with its zero-length chunk. */
function instreamChunks(received: Buffer): Buffer[] | null {
  const command = Buffer.from('zINSTREAM\0');
  if (received.length < command.length) return null;
  expect(received.subarray(0, command.length)).toEqual(command);
  const chunks: Buffer[] = [];
  for (let at = command.length; at + 4 <= received.length;) {
    const length = received.readUInt32BE(at);
    if (length === 0) return chunks;
    if (at + 4 + length > received.length) return null;
    chunks.push(received.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return null;
}

async function scan(port: number, parts: Buffer[], timeoutMs = 2000) {
  const session = new ClamdScanner({ host: '127.0.0.1', port, timeoutMs }).scan();
  for (const part of parts) session.input.write(part);
  session.input.end();
  return session.verdict;
}

describe('the clamd INSTREAM client', () => {
  it('sends each chunk behind its 4-byte big-endian length, ends with a zero-length chunk, and reads OK', async () => {
    let chunks: Buffer[] | null = null;
    const port = await fakeClamd((received, socket) => {
      chunks = instreamChunks(received);
      if (chunks) socket.end('stream: OK\0');
    });
    const parts = [Buffer.from('%PDF-1.4 '), Buffer.alloc(70000, 0x41), Buffer.from('%%EOF')];
    expect(await scan(port, parts)).toEqual({ infected: false });
    expect(Buffer.concat(chunks ?? [])).toEqual(Buffer.concat(parts));
  });

  it('reads the name of what clamd found', async () => {
    const port = await fakeClamd((received, socket) => {
      if (instreamChunks(received)) socket.end('stream: Win.Test.EICAR_HDB-1 FOUND\0');
    });
    expect(await scan(port, [Buffer.from('x')])).toEqual({
      infected: true,
      signature: 'Win.Test.EICAR_HDB-1',
    });
  });

  it('counts an error answer, a closed connection, silence and a refused connection as unavailable', async () => {
    const tooLong = await fakeClamd((_received, socket) =>
      socket.end('INSTREAM size limit exceeded. ERROR\0'),
    );
    await expect(scan(tooLong, [Buffer.alloc(1000)])).rejects.toThrow(/size limit exceeded/);
    server?.close();

    const hangsUp = await fakeClamd((_received, socket) => socket.destroy());
    await expect(scan(hangsUp, [Buffer.from('x')])).rejects.toBeInstanceOf(VirusScanUnavailable);
    server?.close();

    const silent = await fakeClamd(() => undefined);
    await expect(scan(silent, [Buffer.from('x')], 300)).rejects.toThrow(/did not answer within 300 ms/);
    await new Promise<void>((done) => server?.close(() => done()));
    server = undefined;

    await expect(scan(silent, [Buffer.from('x')])).rejects.toThrow(/ECONNREFUSED/);
  });

  it('lets a writer finish once the scan is cancelled, even when clamd reads nothing', async () => {
    const port = await fakeClamd((_received, socket) => socket.pause());
    const session = new ClamdScanner({ host: '127.0.0.1', port, timeoutMs: 60000 }).scan();
    const big = Buffer.alloc(1024 * 1024);
    let blocked = false;
    for (let i = 0; i < 64 && !blocked; i++) blocked = !session.input.write(big);
    expect(blocked).toBe(true);
    const drained = new Promise((done) => session.input.once('drain', done));
    session.cancel();
    await drained;
    await expect(session.verdict).rejects.toThrow(/cancelled/);
  });
});
