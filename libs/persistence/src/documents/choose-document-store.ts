import type { AppConfig } from '@avrr/config';
import type { DocumentStore } from './document-store';

/**
 * The store DOCUMENT_STORE names: PostgreSQL's, or an S3-compatible bucket. The AWS SDK is loaded only for the
 * bucket: loading it took a fifth of a second of CPU on every start of the API and the worker.
 */
export async function chooseDocumentStore(
  documents: AppConfig['documents'],
  postgres: DocumentStore,
): Promise<DocumentStore> {
  if (documents.store !== 's3') return postgres;
  const { S3DocumentStore } = await import('./s3-document.store');
  return new S3DocumentStore(documents.s3);
}
