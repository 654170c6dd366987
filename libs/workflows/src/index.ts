// Contracts shared by the API (client) and the worker. Workflow code itself is reached through the bundle.
export * from './contracts/return-case.contract';
export * from './contracts/case-activities.contract';
export * from './contracts/search-attributes';
export * from './contracts/grant.contract';
export * from './contracts/transfer.contract';
export * from './contracts/workflow-tracing';
