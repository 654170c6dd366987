export * from './temporal-client.module';
export * from './case-workflow-starter';
export * from './temporal.health';
export * from './temporal-connection-options';
export * from './temporal-deadline';
export * from './workflow-status';
export * from './payload-encryption';
