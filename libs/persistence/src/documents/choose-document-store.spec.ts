import { loadAppConfig } from '@avrr/config';
import { chooseDocumentStore } from './choose-document-store';
import type { DocumentStore } from './document-store';
import { S3DocumentStore } from './s3-document.store';

const postgres = {} as DocumentStore;

describe('chooseDocumentStore', () => {
  it('keeps files in PostgreSQL by default, and in the bucket DOCUMENT_STORE=s3 names', async () => {
    const config = loadAppConfig({ DOCUMENT_STORE: 'postgres' });
    expect(await chooseDocumentStore(config.documents, postgres)).toBe(postgres);
    const s3 = loadAppConfig({ DOCUMENT_STORE: 's3', DOCUMENT_S3_BUCKET: 'case-files' });
    expect(await chooseDocumentStore(s3.documents, postgres)).toBeInstanceOf(S3DocumentStore);
  });
});
