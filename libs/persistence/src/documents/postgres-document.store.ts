import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DocumentStore } from './document-store';

/** Rows of this size: big enough that a 50 MB file is 200 rows, small enough that a row is nothing in memory. */
export const CHUNK_BYTES = 256 * 1024;

/**
 * The default store: the bytes in PostgreSQL, as numbered `bytea` chunks of `document_chunk`. Each chunk is one
 * INSERT as it arrives, and a read fetches one chunk at a time, so memory holds a chunk or two whatever the file's
 * size. Backups, replication and retention cover the files with the rest of the case.
 */
@Injectable()
export class PostgresDocumentStore implements DocumentStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async write(documentId: string, content: AsyncIterable<Buffer>, _options: { sensitive: boolean }): Promise<void> {
    let seq = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = async (): Promise<void> => {
      if (pendingBytes === 0) return;
      const data = Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      await this.dataSource.query(`INSERT INTO document_chunk (document_id, seq, data) VALUES ($1, $2, $3)`, [
        documentId,
        seq++,
        data,
      ]);
    };
    for await (const piece of content) {
      let rest = piece;
      while (rest.length > 0) {
        const take = Math.min(rest.length, CHUNK_BYTES - pendingBytes);
        pending.push(rest.subarray(0, take));
        pendingBytes += take;
        rest = rest.subarray(take);
        if (pendingBytes === CHUNK_BYTES) await flush();
      }
    }
    await flush();
  }

  async *read(documentId: string): AsyncIterable<Buffer> {
    for (let seq = 0; ; seq++) {
      const rows: Array<{ data: Buffer }> = await this.dataSource.query(
        `SELECT data FROM document_chunk WHERE document_id = $1 AND seq = $2`,
        [documentId, seq],
      );
      if (rows.length === 0) return;
      yield rows[0].data;
    }
  }

  async remove(documentIds: readonly string[]): Promise<void> {
    if (documentIds.length === 0) return;
    await this.dataSource.query(`DELETE FROM document_chunk WHERE document_id = ANY($1::uuid[])`, [[...documentIds]]);
  }
}
