export * from './environment';
export * from './app-config';
export * from './app-config.module';
export * from './logger';
export * from './smtp.config';
export * from './sustainability-weights';
export * from './sustainability-weights.module';
export * from './temporal-connection.config';
