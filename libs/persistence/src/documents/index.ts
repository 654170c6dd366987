export * from './document-store';
export * from './postgres-document.store';
export * from './case-document.repository';
export * from './choose-document-store';
