export * from './isco-group.entity';
export * from './occupation-title.entity';
export * from './occupation-word.entity';
export * from './isco-csv';
export * from './occupation-search-index';
export * from './occupation-search.repository';
export * from './isco-group.repository';
