import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { type Actor, type CaseAction, DomainError } from '@avrr/domain';
import { CaseScope } from '@avrr/persistence';
import { CaseWorkflowStarter } from '@avrr/temporal';
import { caseActionUpdates, type CaseSnapshot, REFUSAL_PREFIX } from '@avrr/workflows';
import { CaseQueryService } from '../cases/case-query.service';

/** Sends one human action to the case's workflow as an update and returns the case as it now stands. */
@Injectable()
export class CaseActionsService {
  constructor(
    private readonly client: Client,
    private readonly queries: CaseQueryService,
    private readonly starter: CaseWorkflowStarter,
  ) {}

  async execute(caseId: string, action: CaseAction, actor: Actor, scope: CaseScope, idempotencyKey?: string): Promise<CaseSnapshot> {
    const entity = await this.queries.load(caseId, scope);
    // An intake cut short by a crash is finished here rather than making the caller wait for the reconciler.
    if (!entity.workflowStartedAt) await this.starter.ensureStarted(entity);
    const handle = this.client.workflow.getHandle(entity.workflowId);
    try {
      return await handle.executeUpdate(caseActionUpdates[action.type], {
        args: [{ action, actor }],
        // The Idempotency-Key is the update id: Temporal and the workflow answer a retried click with the same result.
        // Scoped by action, so a key reused for another action is a new action rather than the old one's answer.
        updateId: `${action.type}:${idempotencyKey ?? randomUUID()}`,
      });
    } catch (error) {
      throw toHttpError(error, entity.stage === 'closed');
    }
  }
}

function toHttpError(error: unknown, closed: boolean): unknown {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const type = error.cause.type ?? '';
    if (type.startsWith(REFUSAL_PREFIX)) {
      const details = (error.cause.details?.[0] as Record<string, unknown> | undefined) ?? undefined;
      return new DomainError(type.slice(REFUSAL_PREFIX.length), error.cause.message, details);
    }
  }
  if (error instanceof WorkflowNotFoundError) {
    // A closed case's workflow ends after its reopening window; an open case without one means lost Temporal data.
    return closed
      ? new DomainError('case_archived', 'This case is closed and archived; it can no longer change.')
      : new ServiceUnavailableException({
          code: 'workflow_missing',
          message: "This case's workflow cannot be found in Temporal; an administrator must restore it.",
        });
  }
  if (error instanceof WorkflowUpdateFailedError) {
    return new ServiceUnavailableException({ message: 'The case workflow could not apply the action; try again.' });
  }
  return error;
}
