/**
 * The memo that tells the workflow's tracing interceptors (tracing/workflow-tracing.interceptors.ts) to make workflow
 * spans only for calls that carry a trace, instead of for every call. The starter sets it on every new case; a run
 * started without it keeps tracing every call, as its history was recorded.
 */
export const WORKFLOW_TRACING_MEMO = 'workflowTracing';
export const TRACED_ON_REQUEST = 'on-request';
