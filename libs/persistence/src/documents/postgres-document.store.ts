import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { newContentKey, openChunk, openContentKey, sealChunk, sealContentKey } from '../crypto/chunk-encryption';
import { dataKeys } from '../crypto/field-encryption';
import type { DocumentStore } from './document-store';

/** Rows of this size: big enough that a 50 MB file is 200 rows, small enough that a row is nothing in memory. */
export const CHUNK_BYTES = 256 * 1024;

/**
 * The default store: the bytes in PostgreSQL, as numbered `bytea` chunks of `document_chunk`. Each chunk is one
 * INSERT as it arrives, and a read fetches one chunk at a time, so memory holds a chunk or two whatever the file's
 * size. Backups, replication and retention cover the files with the rest of the case.
 *
 * A sensitive file (medical, protection) is encrypted at rest: a content key of its own, kept envelope-encrypted in
 * `case_document.content_key`, seals each chunk with AES-256-GCM (chunk-encryption.ts). The last chunk is marked
 * as such inside its authentication tag, which is why a chunk is written only once the next one has begun.
 */
@Injectable()
export class PostgresDocumentStore implements DocumentStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async write(documentId: string, content: AsyncIterable<Buffer>, options: { sensitive: boolean }): Promise<void> {
    const contentKey = options.sensitive ? newContentKey() : null;
    if (contentKey) {
      await this.dataSource.query(`UPDATE case_document SET content_key = $2 WHERE id = $1`, [
        documentId,
        sealContentKey(dataKeys(), contentKey),
      ]);
    }
    let seq = 0;
    const insert = async (data: Buffer, last: boolean): Promise<void> => {
      const stored = contentKey ? sealChunk(contentKey, documentId, seq, last, data) : data;
      await this.dataSource.query(`INSERT INTO document_chunk (document_id, seq, data) VALUES ($1, $2, $3)`, [
        documentId,
        seq++,
        stored,
      ]);
    };
    let full: Buffer | null = null;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    for await (const piece of content) {
      let rest = piece;
      while (rest.length > 0) {
        // A full chunk waits until more bytes come, so that the last one is known when it is written.
        if (full) {
          await insert(full, false);
          full = null;
        }
        const take = Math.min(rest.length, CHUNK_BYTES - pendingBytes);
        pending.push(rest.subarray(0, take));
        pendingBytes += take;
        rest = rest.subarray(take);
        if (pendingBytes === CHUNK_BYTES) {
          full = Buffer.concat(pending, pendingBytes);
          pending = [];
          pendingBytes = 0;
        }
      }
    }
    if (full) await insert(full, pendingBytes === 0);
    if (pendingBytes > 0 || seq === 0) await insert(Buffer.concat(pending, pendingBytes), true);
  }

  async *read(documentId: string): AsyncIterable<Buffer> {
    const [record]: Array<{ contentKey: string | null }> = await this.dataSource.query(
      `SELECT content_key AS "contentKey" FROM case_document WHERE id = $1`,
      [documentId],
    );
    const contentKey = record?.contentKey ? openContentKey(dataKeys(), record.contentKey) : null;
    for (let seq = 0; ; seq++) {
      const rows: Array<{ data: Buffer; more: boolean }> = await this.dataSource.query(
        `SELECT data, EXISTS (SELECT 1 FROM document_chunk WHERE document_id = $1 AND seq = $2 + 1) AS more
           FROM document_chunk WHERE document_id = $1 AND seq = $2`,
        [documentId, seq],
      );
      if (rows.length === 0) return;
      const { data, more } = rows[0];
      yield contentKey ? openChunk(contentKey, documentId, seq, !more, data) : data;
      if (!more) return;
    }
  }

  async remove(documentIds: readonly string[]): Promise<void> {
    if (documentIds.length === 0) return;
    await this.dataSource.query(`DELETE FROM document_chunk WHERE document_id = ANY($1::uuid[])`, [[...documentIds]]);
    // Without its key, nothing left anywhere (a backup, a replica's lag) can be read again.
    await this.dataSource.query(`UPDATE case_document SET content_key = NULL WHERE id = ANY($1::uuid[])`, [
      [...documentIds],
    ]);
  }
}
