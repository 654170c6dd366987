import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '@avrr/config';
import { dataSourceOptions } from './data-source-options';

/** The data source of the TypeORM CLI and of scripts/migrate.ts. The apps build theirs through Nest. */
export default new DataSource({
  ...dataSourceOptions(loadAppConfig()),
  migrations: [path.join(__dirname, '../../../migrations/*.ts')],
  migrationsTableName: 'typeorm_migrations',
});
