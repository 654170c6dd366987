import type { WorkflowExecutionStatusName } from '@temporalio/client';

/**
 * A run in one of these is done for good: nothing can send it a reopening, and the starter refuses a duplicate id.
 * Retention and erasure read it before they take a case's personal data away.
 */
export const ENDED_WORKFLOW_STATUSES: ReadonlySet<WorkflowExecutionStatusName> = new Set([
  'COMPLETED',
  'FAILED',
  'CANCELLED',
  'TERMINATED',
  'TIMED_OUT',
]);
