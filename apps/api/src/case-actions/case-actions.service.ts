import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import microdiff from 'microdiff';
import {
  actorOf,
  type CaseAction,
  caseScopeFor,
  DomainError,
  isPersonalPath,
  MASK,
  maskPersonalData,
  type Principal,
  type Role,
} from '@avrr/domain';
import type { AuditChange } from '@avrr/persistence';
import { AuditService } from '../audit/audit.service';
import { CaseWorkflowStarter, TemporalDeadline } from '@avrr/temporal';
import { caseActionUpdates, type CaseSnapshot, REFUSAL_PREFIX } from '@avrr/workflows';
import { CaseQueryService } from '../cases/case-query.service';
import { EvidenceGate } from '../documents/evidence-gate';
import { stateFor, waitingForRole } from '../cases/case-visibility';
import { refusalForRole } from './refusal-for-role';
import { annotateSpan } from '@avrr/telemetry';

/** Sends one human action to the case's workflow as an update and returns the case as it now stands. */
@Injectable()
export class CaseActionsService {
  constructor(
    private readonly client: Client,
    private readonly queries: CaseQueryService,
    private readonly starter: CaseWorkflowStarter,
    private readonly audit: AuditService,
    private readonly deadline: TemporalDeadline,
    private readonly evidence: EvidenceGate,
  ) {}

  async execute(
    caseId: string,
    action: CaseAction,
    principal: Principal,
    idempotencyKey?: string,
  ): Promise<CaseSnapshot> {
    annotateSpan({ caseId, action: action.type });
    const entity = await this.queries.load(caseId, caseScopeFor(principal));
    const actor = actorOf(principal);
    const missingEvidence = await this.evidence.missingFor(entity, action, principal.role);
    // An intake cut short by a crash is finished here rather than making the caller wait for the reconciler.
    if (!entity.workflowStartedAt) await this.starter.ensureStarted(entity);
    const handle = this.client.workflow.getHandle(entity.workflowId);
    let after: CaseSnapshot;
    try {
      // Past the deadline the caller gets 503 temporal_unavailable; the update may still land, and a retry with the
      // same Idempotency-Key joins it (same update id) rather than acting twice.
      after = await this.deadline.run('the case action', () =>
        handle.executeUpdate(caseActionUpdates[action.type], {
          args: [{ action, actor, ...(missingEvidence ? { missingEvidence } : {}) }],
          // The Idempotency-Key is the update id: Temporal and the workflow answer a retried click with the same result.
          // Scoped by action, so a key reused for another action is a new action rather than the old one's answer.
          updateId: `${action.type}:${idempotencyKey ?? randomUUID()}`,
        }),
      );
    } catch (error) {
      throw toHttpError(error, entity.stage === 'closed', principal.role);
    }
    this.audit.describeChanges(stateChanges(entity.state, after.state));
    // The answer shows the reader only what a read of the case would.
    const state = after.state as unknown as Record<string, unknown>;
    const { text, reason } = waitingForRole(after.waitingFor, state, principal);
    return {
      ...after,
      waitingFor: text,
      waitingReason: reason,
      state: stateFor(state, principal, entity.reference) as unknown as CaseSnapshot['state'],
    } as CaseSnapshot;
  }
}

/**
 * What the action changed in the case state, field by field, personal values masked. The read model can lag the
 * workflow by a step, so "before" is the last projected state: the diff may then include an earlier step too.
 */
export function stateChanges(before: unknown, after: unknown): AuditChange[] {
  const diff = microdiff((before ?? {}) as Record<string, unknown>, (after ?? {}) as Record<string, unknown>);
  return diff
    .filter((d) => d.path[0] !== 'version')
    .map((d) => {
      const path = d.path.join('.');
      const personal = isPersonalPath(path);
      const masked = (v: unknown) => (personal && v !== undefined && v !== null ? MASK : maskPersonalData(v));
      return {
        path,
        ...(d.type !== 'CREATE' ? { before: masked(d.oldValue) } : {}),
        ...(d.type !== 'REMOVE' ? { after: masked(d.value) } : {}),
      };
    });
}

function toHttpError(error: unknown, closed: boolean, role: Role): unknown {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const type = error.cause.type ?? '';
    if (type.startsWith(REFUSAL_PREFIX)) {
      const details = (error.cause.details?.[0] as Record<string, unknown> | undefined) ?? undefined;
      return refusalForRole(type.slice(REFUSAL_PREFIX.length), error.cause.message, details, role);
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
