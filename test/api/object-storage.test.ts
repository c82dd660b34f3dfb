import { DiskStorage, S3Storage, StoredObjectMissing, type ObjectStorage } from '@accord/server-core';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A real S3 protocol server in this process (s3rver): the S3 driver is tested over HTTP, as in production.
const folders: string[] = [];
const folder = () => {
  const path = mkdtempSync(join(tmpdir(), 'accord-storage-'));
  folders.push(path);
  return path;
};
let s3server: S3rver;
let s3: S3Storage;

beforeAll(async () => {
  s3server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: folder(),
    configureBuckets: [{ name: 'accord-test', configs: [] }],
  });
  const address = (await s3server.run()) as AddressInfo;
  s3 = new S3Storage({
    bucket: 'accord-test',
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${address.port}`,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
  });
});

afterAll(async () => {
  s3.client.destroy();
  await s3server?.close();
  for (const path of folders) rmSync(path, { recursive: true, force: true });
});

const read = async (stream: Readable) => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

describe.each([
  ['disk', () => new DiskStorage(folder()) as ObjectStorage],
  ['s3', () => s3 as ObjectStorage],
])('%s storage', (_kind, make) => {
  it('stores a stream and gives the same bytes back', async () => {
    const storage = make();
    const bytes = randomBytes(300_000);
    await storage.put(
      'documents/case-1/file-a',
      Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]),
      'application/pdf',
    );
    expect(Buffer.compare(await read(await storage.get('documents/case-1/file-a')), bytes)).toBe(0);
  });

  it('streams a file larger than one multipart part', async () => {
    const storage = make();
    const part = randomBytes(1024 * 1024);
    const twelveMegabytes = Readable.from(
      (function* () {
        for (let i = 0; i < 12; i++) yield part;
      })(),
    );
    await storage.put('documents/case-1/big', twelveMegabytes, 'image/jpeg');
    const back = await read(await storage.get('documents/case-1/big'));
    expect(back.length).toBe(12 * 1024 * 1024);
    expect(Buffer.compare(back.subarray(5 * 1024 * 1024, 6 * 1024 * 1024), part)).toBe(0);
  });

  it('says a missing object is missing, and deletes', async () => {
    const storage = make();
    await expect(storage.get('documents/none/here')).rejects.toBeInstanceOf(StoredObjectMissing);
    await storage.put('documents/case-2/x', Readable.from([Buffer.from('%PDF-1.4')]), 'application/pdf');
    await storage.delete('documents/case-2/x');
    await expect(storage.get('documents/case-2/x')).rejects.toBeInstanceOf(StoredObjectMissing);
  });

  it('refuses keys it did not generate', async () => {
    const storage = make();
    for (const key of ['../etc/passwd', 'documents/../../x', '/absolute', 'Documents/Upper', 'a//b']) {
      await expect(storage.put(key, Readable.from([Buffer.from('x')]), 'text/plain')).rejects.toThrow(
        /invalid storage key/,
      );
    }
  });
});
