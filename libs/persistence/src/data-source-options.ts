import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import type { AppConfig } from '@avrr/config';
import { ENTITIES } from './entities';

export function dataSourceOptions(config: AppConfig): PostgresConnectionOptions {
  return {
    type: 'postgres',
    url: config.database.url,
    entities: ENTITIES,
    synchronize: false,
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    // Keep pool small per process: api and worker each hold one, and 100k sleeping cases need no connections.
    extra: { max: 10 },
    applicationName: 'avrr',
  };
}
