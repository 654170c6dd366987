export * from './name-similarity';
export * from './duplicate-score';
