export * from './metrics-endpoint';
export * from './tracing';
