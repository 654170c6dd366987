export * from './document-store';
export * from './postgres-document.store';
export * from './case-document.repository';
export * from './s3-document.store';
