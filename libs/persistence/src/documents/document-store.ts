/**
 * Where a file's bytes live. Metadata (kind, uploader, size, hash) stays in `case_document` whatever the store; the
 * store holds only bytes, written and read as streams so that no side holds a whole file.
 *
 * `sensitive` is the seam for encryption at rest: a medical certificate or a best-interests determination is written
 * with it set, and a store that encrypts (envelope encryption of sensitive fields, built separately) encrypts those.
 * The PostgreSQL store below does not encrypt yet.
 */
export interface DocumentStore {
  write(documentId: string, content: AsyncIterable<Buffer>, options: { sensitive: boolean }): Promise<void>;
  read(documentId: string): AsyncIterable<Buffer>;
  /** Removes the bytes of these files; removing a file that has none is not an error. */
  remove(documentIds: readonly string[]): Promise<void>;
}

/** The Nest injection token for the configured store. */
export const DOCUMENT_STORE = Symbol('DocumentStore');
