import { DeleteObjectsCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Readable } from 'node:stream';
import type { DocumentStore } from './document-store';

export interface S3DocumentStoreOptions {
  bucket: string;
  region: string;
  /** An S3-compatible service's address (MinIO, Ceph, a cloud's S3 API); unset for AWS itself. */
  endpoint?: string;
  forcePathStyle: boolean;
  /** Unset: the SDK's own credential chain (instance role, shared profile). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** 5 MB parts (S3's minimum), two in flight: an upload holds about 10 MB whatever the file's size. */
const PART_BYTES = 5 * 1024 * 1024;
const PARTS_IN_FLIGHT = 2;

/**
 * Bytes in an S3-compatible bucket, one object per file under `documents/`, for installations whose files outgrow
 * the database. Written with a streamed multipart upload, read as the object's stream. A sensitive file asks the
 * service to encrypt it at rest (SSE-S3); envelope encryption by the application is the separate seam.
 */
export class S3DocumentStore implements DocumentStore {
  private readonly client: S3Client;

  constructor(private readonly options: S3DocumentStoreOptions) {
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials: options.credentials,
    });
  }

  private key(documentId: string): string {
    return `documents/${documentId}`;
  }

  async write(documentId: string, content: AsyncIterable<Buffer>, options: { sensitive: boolean }): Promise<void> {
    const upload = new Upload({
      client: this.client,
      queueSize: PARTS_IN_FLIGHT,
      partSize: PART_BYTES,
      params: {
        Bucket: this.options.bucket,
        Key: this.key(documentId),
        Body: Readable.from(content),
        ContentType: 'application/octet-stream',
        ...(options.sensitive ? { ServerSideEncryption: 'AES256' as const } : {}),
      },
    });
    await upload.done();
  }

  async *read(documentId: string): AsyncIterable<Buffer> {
    const object = await this.client.send(
      new GetObjectCommand({ Bucket: this.options.bucket, Key: this.key(documentId) }),
    );
    for await (const piece of object.Body as Readable) yield piece as Buffer;
  }

  async remove(documentIds: readonly string[]): Promise<void> {
    // DeleteObjects takes at most 1,000 keys; deleting a missing key is not an error in S3.
    for (let i = 0; i < documentIds.length; i += 1000) {
      const batch = documentIds.slice(i, i + 1000);
      await this.client.send(
        new DeleteObjectsCommand({
          Bucket: this.options.bucket,
          Delete: { Objects: batch.map((id) => ({ Key: this.key(id) })), Quiet: true },
        }),
      );
    }
  }

  /** For shutdown: the SDK keeps sockets open. */
  destroy(): void {
    this.client.destroy();
  }
}
