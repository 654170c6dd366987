import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '@avrr/config';
import { dataSourceOptions } from './data-source-options';

/** The data source of the TypeORM CLI and of scripts/migrate.ts. The apps build theirs through Nest. */
const options = dataSourceOptions(loadAppConfig());
export default new DataSource({
  ...options,
  // A migration may rewrite a large table: no statement limit here.
  extra: { ...options.extra, statement_timeout: 0, query_timeout: undefined },
  migrations: [path.join(__dirname, '../../../migrations/*.ts')],
  migrationsTableName: 'typeorm_migrations',
});
