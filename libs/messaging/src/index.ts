export * from './notification-templates';
export * from './notification-job';
export * from './notification-outbox';
export * from './redis-connection';
export * from './queue.module';
export * from './notification-job.payload';
export * from './redis.health';
export * from './redis-deadline';
