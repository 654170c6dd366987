import { Inject, Injectable, Logger } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { caseScopeFor, DomainError, type Principal } from '@avrr/domain';
import { type CaseAnonymisation, CaseRetentionRepository, DOCUMENT_STORE, type DocumentStore } from '@avrr/persistence';
import { ENDED_WORKFLOW_STATUSES, TemporalDeadline } from '@avrr/temporal';
import { AuditService } from '../audit/audit.service';
import { CaseQueryService } from '../cases/case-query.service';
import { RequestValidationError } from '../common/request-validation.error';
import type { CaseErasureDto, CaseErasureView, ErasedRowsView } from './erasure.dto';

/**
 * Erasure on a person's request, ahead of the retention period (issue 14): the retention sweep's anonymisation for
 * one closed case, after its workflow is ended and its Temporal histories deleted, each step audited.
 *
 * The unit is the case, not the person: a household's names, notes and papers are woven through one timeline and
 * one state, so no narrower cut could promise that nothing about the person is left. The order makes a failure
 * halfway safe to retry: Temporal first (a retry finds the workflow ended and nothing left to delete), then the
 * anonymisation and its audit entry in one transaction, then the bytes an outside document store holds.
 */
@Injectable()
export class ErasureService {
  private readonly logger = new Logger(ErasureService.name);

  constructor(
    private readonly cases: CaseQueryService,
    private readonly retention: CaseRetentionRepository,
    private readonly temporal: Client,
    private readonly deadline: TemporalDeadline,
    private readonly audit: AuditService,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  async erase(caseId: string, request: CaseErasureDto, principal: Principal): Promise<CaseErasureView> {
    const kase = await this.cases.load(caseId, caseScopeFor(principal));
    if (!kase.people.some((p) => p.id === request.requestedBy))
      throw new RequestValidationError([{ field: 'requestedBy', reason: 'is not a person of this case' }]);
    if (kase.anonymisedAt) throw alreadyAnonymised();
    if (kase.stage !== 'closed')
      throw new DomainError(
        'case_open',
        'Only a closed case can be erased: close it first (a consent withdrawal closes it as withdrawn).',
      );

    const { workflow, runs: historiesDeleted } = await this.deleteWorkflow(kase.workflowId);
    await this.audit.record({
      actorId: principal.userId,
      actorRole: principal.role,
      action: 'persons.erase.temporal',
      outcome: 'ok',
      caseId,
      subject: `person:${request.requestedBy}`,
      changes: [
        { path: 'workflow', after: workflow },
        { path: 'historiesDeleted', after: historiesDeleted },
      ],
    });

    const done = await this.retention.anonymiseOnRequest(caseId, (em, result) =>
      this.audit.recordIn(em, {
        caseId,
        changes: [
          { path: 'requestedBy', after: request.requestedBy },
          { path: 'reason', after: '***' },
          { path: 'anonymised', after: rowCounts(result) },
        ],
      }),
    );
    // Anonymised meanwhile by the retention sweep, which waited for nothing since the workflow has ended.
    if (!done) throw alreadyAnonymised();
    if (done.fileIds.length) {
      // The rows went with the transaction; bytes held outside PostgreSQL (an S3 store) go now. Should this fail, the
      // case stays erased and the log names the files left in the bucket.
      await this.documents
        .remove(done.fileIds)
        .catch((error) =>
          this.logger.error(
            `case ${kase.reference}: files ${done.fileIds.join(', ')} not removed from the store: ${String(error)}`,
          ),
        );
    }
    return {
      caseId,
      reference: kase.reference,
      requestedBy: request.requestedBy,
      erasedAt: new Date().toISOString(),
      workflow,
      historiesDeleted,
      anonymised: rowCounts(done),
    };
  }

  /**
   * Deletes every run of the case's workflow from Temporal, since their histories hold the household's names. A run
   * that still waits for a reopening is terminated by its deletion: an erased case must never be carried back into a
   * workflow. Deletion is Temporal's background work; it is requested here, and done within seconds to a minute.
   */
  private async deleteWorkflow(workflowId: string): Promise<{ workflow: 'ended_now' | 'had_ended'; runs: number }> {
    const namespace = this.temporal.options.namespace;
    return this.deadline.run("deleting the case's workflow", async () => {
      const runs = new Set<string>();
      let workflow: 'ended_now' | 'had_ended' = 'had_ended';
      try {
        const latest = await this.temporal.workflow.getHandle(workflowId).describe();
        runs.add(latest.runId);
        if (!ENDED_WORKFLOW_STATUSES.has(latest.status.name)) workflow = 'ended_now';
      } catch (error) {
        if (!(error instanceof WorkflowNotFoundError)) throw error;
      }
      // Earlier runs, when the workflow continued as new.
      for await (const run of this.temporal.workflow.list({ query: `WorkflowId = '${workflowId}'` }))
        runs.add(run.runId);
      for (const runId of runs) {
        await this.temporal.workflowService.deleteWorkflowExecution({
          namespace,
          workflowExecution: { workflowId, runId },
        });
      }
      return { workflow, runs: runs.size };
    });
  }
}

function alreadyAnonymised(): DomainError {
  return new DomainError('case_anonymised', 'This case is already anonymised: nothing personal is left to erase.');
}

function rowCounts(result: CaseAnonymisation): ErasedRowsView {
  const { people, documents, timelineEvents, skillsProfiles, opportunityLinks, declaredAssets, assetTransfers, files } =
    result;
  return { people, documents, timelineEvents, skillsProfiles, opportunityLinks, declaredAssets, assetTransfers, files };
}
