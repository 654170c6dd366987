export * from './permissions';
export * from './principal';
export * from './sensitive-data';
export * from './permission-table';
