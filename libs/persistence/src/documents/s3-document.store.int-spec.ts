/**
 * The S3 store against a real S3-compatible server on loopback: moto's server (PyPI `moto[server]`), when it is
 * installed; without it this suite is skipped and says so. It checks what moto implements faithfully (multipart
 * upload, ranged streaming reads, batch deletes, the SSE header); it is not AWS, MinIO or Ceph.
 */
import { CreateBucketCommand, GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { S3DocumentStore } from './s3-document.store';

jest.setTimeout(60_000);

const HAS_MOTO = spawnSync('sh', ['-c', 'command -v moto_server'], { stdio: 'ignore' }).status === 0;
if (!HAS_MOTO) console.warn('moto_server is not installed (pip install "moto[server]"): the S3 store suite is skipped');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

(HAS_MOTO ? describe : describe.skip)('S3DocumentStore on an S3-compatible server', () => {
  let server: ChildProcess;
  let endpoint: string;
  let store: S3DocumentStore;
  let client: S3Client;
  const bucket = 'case-files';
  const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };

  beforeAll(async () => {
    const port = await freePort();
    endpoint = `http://127.0.0.1:${port}`;
    server = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
    for (let attempt = 0; ; attempt++) {
      const up = await fetch(`${endpoint}/moto-api/`).then(
        () => true,
        () => false,
      );
      if (up) break;
      if (attempt > 150) throw new Error('moto_server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    client = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials });
    await client.send(new CreateBucketCommand({ Bucket: bucket }));
    store = new S3DocumentStore({ bucket, region: 'us-east-1', endpoint, forcePathStyle: true, credentials });
  });

  afterAll(() => {
    store?.destroy();
    client?.destroy();
    server?.kill();
  });

  async function* pieces(total: number, hash: ReturnType<typeof createHash>): AsyncIterable<Buffer> {
    for (let sent = 0; sent < total; sent += 64 * 1024) {
      const piece = Buffer.alloc(Math.min(64 * 1024, total - sent), sent % 253);
      hash.update(piece);
      yield piece;
    }
  }

  it('writes a 12 MB file as a multipart upload and streams it back byte for byte', async () => {
    const id = randomUUID();
    const written = createHash('sha256');
    await store.write(id, pieces(12 * 1024 * 1024, written), { sensitive: false });
    const read = createHash('sha256');
    let bytes = 0;
    for await (const piece of store.read(id)) {
      read.update(piece);
      bytes += piece.length;
    }
    expect({ bytes, sha256: read.digest('hex') }).toEqual({ bytes: 12 * 1024 * 1024, sha256: written.digest('hex') });
  });

  it('asks the service to encrypt a sensitive file at rest', async () => {
    const id = randomUUID();
    await store.write(id, pieces(1024, createHash('sha256')), { sensitive: true });
    const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: `documents/${id}` }));
    expect(head.ServerSideEncryption).toBe('AES256');
  });

  it('removes files, and removing a missing one is no error', async () => {
    const id = randomUUID();
    await store.write(id, pieces(2048, createHash('sha256')), { sensitive: false });
    await store.remove([id, randomUUID()]);
    await expect(client.send(new GetObjectCommand({ Bucket: bucket, Key: `documents/${id}` }))).rejects.toMatchObject({
      name: 'NoSuchKey',
    });
  });
});
